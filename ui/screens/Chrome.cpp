// The frame around every screen: top bar (centre, date, language switch, Terminer), the notice,
// the staff menu, and the idle warning. Screens draw inside the content area.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <span>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/StaffAuth.h"
#include "ui/core/FrameText.h"
#include "ui/core/ScreenTable.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Keyboard.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

// `text` cut to fit `width` on one line, with an ellipsis when something was left out.
std::string_view Shortened(std::string_view text, FontRole role, float width) {
    if (TextSize(text, role).x <= width) return text;
    const std::string_view ellipsis = "\xE2\x80\xA6";  // …
    const float room = width - TextSize(ellipsis, role).x;
    size_t end = text.size();
    while (end > 0 && TextSize(text.substr(0, end), role).x > room) {
        do --end;
        while (end > 0 &&
               (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);  // a whole UTF-8 character
    }
    while (end > 0 && text[end - 1] == ' ') --end;
    return FrameJoin({text.substr(0, end), ellipsis});
}

constexpr double kWarningBefore = 10.0;

// Staff screens: when the kiosk last synced, amber with the count when changes have waited too
// long for the hub. Nothing before the kiosk is enrolled (the Sync screen says why).
std::string_view SyncLine(const AppState& s, ImU32& colour) {
    if (!s.staff || !IsStaffScreen(s.screen) || !s.sync.enrolled) return {};
    const SyncOverview& o = s.sync;
    const bool too_long = WaitingTooLong(o, s.now_ms);
    if (too_long) colour = Colours().amber;
    return FrameText([&](std::string& out) {
        out += kDot;
        if (o.last_success_ms > 0)
            AppendTrf(out, "ui.sync.top_last", {{"ago", AgoText(std::max<int64_t>(0, s.now_ms - o.last_success_ms))}});
        else
            out += Tr("ui.sync.top_never");
        if (!too_long) return;
        out += kDot;
        AppendTrf(out, "ui.sync.top_waiting", {{"count", FrameNum(o.waiting)}});
    });
}

Action TopBar(const AppState& s) {
    Action action;
    const Palette& p = Colours();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    // Right side width first: the centre's name gets what is left (smaller font, then clipped).
    Lang shown_langs[std::size(kAllLangs)];  // languages whose screens are translated
    size_t lang_count = 0;
    for (Lang l : ShippedLangs())
        if (HasKey("ui.lang.name", l)) shown_langs[lang_count++] = l;
    const std::span<const Lang> langs(shown_langs, lang_count);
    const bool in_progress = VisitInProgress(s);
    const char* end_label = s.staff ? Tr("ui.staff.sign_out") : Tr("ui.top.finish");
    // Residents choose their own text size for the visit; staff set the kiosk's in the settings.
    const bool resident = !IsStaffScreen(s.screen) && s.screen != Screen::StaffPin;
    static const char* const size_keys[] = {"ui.top.text_size.0", "ui.top.text_size.1", "ui.top.text_size.2"};
    static_assert(std::size(size_keys) == kTextScaleCount);
    const char* size_label = Tr(size_keys[TextScaleIndex(TextScale(s))]);
    float right = (in_progress ? ButtonWidth(end_label, icon::kHome) : 0.0f) + Em(0.6f);
    if (resident) right += ChipWidth(size_label) + Em(0.4f);
    for (Lang l : langs) right += ChipWidth(Tr("ui.lang.name", l)) + Em(0.4f);
    // Narrow screen, large text: the buttons go on a second row under the centre's name when
    // the name would not fit beside them even in the smaller font.
    const bool two_rows = right > w - Em(8) || TextSize(s.centre_label, FontRole::Bold).x > w - right - Em(1.0f);
    // On two rows the date moves down beside the buttons, so the bar takes one row's height more,
    // not two.
    const float names_h = two_rows ? Em(2.6f) : Em(3.6f);
    const float h = two_rows ? names_h + TouchH() + Em(0.5f) : names_h;
    const float buttons_y = two_rows ? a.y + names_h : a.y + (names_h - TouchH()) * 0.5f;
    const float left_w = two_rows ? w : w - right - Em(1.0f);
    const float date_w = two_rows ? w - right - Em(1.0f) : left_w;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x0 = ImGui::GetWindowPos().x, x1 = x0 + ImGui::GetWindowWidth();
    dl->PushClipRectFullScreen();
    dl->AddRectFilled(ImVec2(x0, ImGui::GetWindowPos().y), ImVec2(x1, a.y + h), p.surface);
    dl->AddLine(ImVec2(x0, a.y + h), ImVec2(x1, a.y + h), p.border, 2.0f);
    dl->PopClipRect();
    // Left: the centre and today's date.
    ImGui::BeginGroup();
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + Em(0.25f)));
    const FontRole name_font = TextSize(s.centre_label, FontRole::Title).x <= left_w ? FontRole::Title : FontRole::Bold;
    ImGui::PushClipRect(a, ImVec2(a.x + left_w, a.y + names_h), true);
    Text(s.centre_label, name_font, p.primary, -1);
    ImGui::PopClipRect();
    const std::string_view full_date = FrameText([&](std::string& out) {
        AppendDayHeading(out, s.today);
        if (!s.staff) return;
        out += kDot;
        AppendTrf(out, "ui.staff.signed_in_as", {{"name", s.staff->name}});
    });
    ImU32 sync_colour = p.text_muted;
    const std::string_view sync = SyncLine(s, sync_colour);
    const float sync_w = sync.empty() ? 0.0f : TextSize(sync, FontRole::Body).x;
    const std::string_view date = Shortened(full_date, FontRole::Body, std::max(Em(4), date_w - sync_w));
    const ImVec2 date_at = two_rows ? ImVec2(a.x, buttons_y + (TouchH() - TextSize(date, FontRole::Body).y) * 0.5f)
                                    : ImVec2(a.x, a.y + Em(2.25f));
    ImGui::SetCursorScreenPos(date_at);
    ImGui::PushClipRect(date_at, ImVec2(a.x + date_w, a.y + h), true);
    Text(date, FontRole::Body, p.text_muted, -1);
    if (!sync.empty()) {
        ImGui::SameLine(0, 0);
        Text(sync, FontRole::Body, sync_colour, -1);
    }
    ImGui::PopClipRect();
    ImGui::EndGroup();
    // Right: text size, languages, then Terminer.
    float x = a.x + std::max(0.0f, w - right);
    if (resident) {
        ImGui::SetCursorScreenPos(ImVec2(x, buttons_y));
        if (Chip("top.text_size", size_label, s.visit_text_scale > 0)) Keep(action, act::SetTextSize{NextTextScale(TextScale(s))});
        x += ChipWidth(size_label) + Em(0.4f);
    }
    for (Lang l : langs) {
        ImGui::SetCursorScreenPos(ImVec2(x, buttons_y));
        if (Chip(FrameId({"lang.", LangCode(l)}), Tr("ui.lang.name", l), CurrentLanguage() == l))
            Keep(action, act::SetLang{l});
        x += ChipWidth(Tr("ui.lang.name", l)) + Em(0.4f);
    }
    ImGui::SetCursorScreenPos(ImVec2(x + Em(0.2f), buttons_y));
    if (in_progress) {
        if (Button("top.finish", end_label, ImVec2(0, 0), Tone::Accent, icon::kHome))
            Keep(action, s.staff ? Action(act::SignOut{}) : Action(act::Finish{}));
    }
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h + (two_rows ? Em(0.5f) : Em(1.0f))));
    return action;
}

Action StaffMenu(const AppState& s) {
    Action action;
    TouchScroll();  // with the largest text the menu may be taller than the screen
    struct Item {
        Screen screen;
        const char* icon;
        const char* key;
    };
    static const Item items[] = {
        {Screen::StaffToday, icon::kToday, "ui.staff.menu.today"},
        {Screen::StaffOrientation, icon::kOrientation, "ui.staff.menu.orientation"},
        {Screen::StaffActivities, icon::kActivities, "ui.staff.menu.activities"},
        {Screen::StaffAttendance, icon::kAttendance, "ui.staff.menu.attendance"},
        {Screen::StaffPrint, icon::kPrint, "ui.staff.menu.print"},
        {Screen::StaffSync, icon::kSync, "ui.staff.menu.sync"},
        {Screen::StaffSettings, icon::kSettings, "ui.staff.menu.settings"},
        {Screen::StaffPrivacy, icon::kPrivacy, "ui.staff.menu.privacy"},
    };
    Muted(Tr(RoleKey(s.staff->role)));
    int shown = 0;
    for (const Item& it : items) shown += MayOpen(s.staff->role, AreaOf(it.screen)) ? 1 : 0;
    // Buttons share the height (never under the touch minimum); past that, the menu scrolls.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float fit = (ImGui::GetContentRegionAvail().y - spacing * static_cast<float>(shown)) / static_cast<float>(std::max(shown, 1));
    const float button_h = std::clamp(fit, TouchH(), std::max(TouchH(), Em(2.4f)));
    const float width = ImGui::GetContentRegionAvail().x;
    for (const Item& it : items) {
        if (!MayOpen(s.staff->role, AreaOf(it.screen))) continue;
        if (Button(FrameId({"menu.", ScreenName(it.screen)}), Tr(it.key),
                   ImVec2(width - Em(0.1f), button_h),
                   s.screen == it.screen ? Tone::Primary : Tone::Secondary, it.icon))
            Keep(action, act::Go{it.screen});
    }
    return action;
}

void IdleWarning(const AppState& s) {
    const double timeout = s.settings.idle_timeout_seconds;
    if (!VisitInProgress(s) || s.idle_seconds < timeout - kWarningBefore) return;
    const int left = std::max(0, static_cast<int>(std::ceil(timeout - s.idle_seconds)));
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::Begin("##idle", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y), Colours().dim_overlay);
    const ImVec2 card(std::min(Em(26), vp->Size.x * 0.9f), Em(12));
    ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - card.x) * 0.5f, vp->Pos.y + (vp->Size.y - card.y) * 0.5f));
    if (BeginCard("idle.card", card)) {
        TextCentered(Tr("ui.idle.title"), FontRole::Title);
        ImGui::Dummy(Em2(0, 0.4f));
        TextCentered(FrameTrf("ui.idle.body", {{"seconds", FrameNum(left)}}));
        ImGui::Dummy(Em2(0, 0.6f));
        ImGui::SetCursorPosX((card.x - Em(14)) * 0.5f);
        Button("idle.stay", Tr("ui.idle.stay"), ImVec2(Em(14), 0), Tone::Primary);  // any touch counts
    }
    EndCard();
    ImGui::End();
    ImGui::PopStyleColor();
}

Action DrawScreen(const AppState& s, UiStates& ui) { return InfoOf(s.screen).draw(s, ui); }

}  // namespace

Action DrawApp(const AppState& s, UiStates& ui) {
    Action action;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, Em2(1.5f, 0.0f));
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::SetCursorPosY(Em(0.0f));
    Keep(action, TopBar(s));
    const bool staff_area = s.staff && IsStaffScreen(s.screen);
    // A staff field being typed: its keyboard under the screen, across the whole width (its
    // height holds its own margin to the bottom edge).
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float dock_h = DockHeight(full_w);
    const float bottom_pad = dock_h > 0 ? 0.0f : Em(1.0f);
    const ImVec2 avail(full_w, ImGui::GetContentRegionAvail().y - bottom_pad - dock_h);
    if (staff_area) {
        const float menu_w = std::clamp(avail.x * 0.2f, Em(9), Em(13));
        ImGui::BeginChild("##staffmenu", ImVec2(menu_w, avail.y), false);
        Keep(action, StaffMenu(s));
        ImGui::EndChild();
        ImGui::SameLine(0, Em(1.2f));
    }
    ImGui::BeginChild("##content", ImVec2(0, avail.y), false, ImGuiWindowFlags_NoScrollbar);
    // The PIN screen shows its notice in a slot of its own (the keypad must not move).
    // A write that takes more than a moment (another program holds the database, a slow card)
    // says so: the tap was taken and a second one is not needed.
    constexpr double kSayWorkingAfter = 0.4;
    if (s.busy && s.busy_seconds >= kSayWorkingAfter && s.screen != Screen::StaffPin && s.screen != Screen::StaffPrivacy) {
        Banner(Tr("ui.working"), false);
        ImGui::Dummy(Em2(0, 0.3f));
    } else if (!s.notice.text.empty() && s.screen != Screen::StaffPin) {
        Banner(s.notice.text, s.notice.error);
        ImGui::Dummy(Em2(0, 0.3f));
    }
    Keep(action, DrawScreen(s, ui));
    ImGui::EndChild();
    DrawDock(full_w);
    ImGui::End();
    IdleWarning(s);
    return action;
}

}  // namespace palier::ui
