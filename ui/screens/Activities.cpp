// This week's activities by day, filterable by kind; each with time, place, age, price and
// seats left, and a button to book or join the waitlist.
#include <string>
#include <vector>

#include "kiosk/BookingRules.h"
#include "kiosk/Codes.h"
#include "ui/core/Format.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

const char* KindIcon(ActivityKind k) {
    switch (k) {
        case ActivityKind::Workshop: return icon::kWorkshop;
        case ActivityKind::HomeworkHelp: return icon::kPaper;
        case ActivityKind::Outing: return icon::kOuting;
        case ActivityKind::Event: return icon::kMusic;
        case ActivityKind::Permanence: return icon::kPermanence;
    }
    return icon::kActivities;
}

// One session as a row of the programme. Returns an intent when its button is tapped.
Action SessionRow(const AppState& s, const SessionView& v, int index, float width) {
    Action action;
    const Palette& p = Colours();
    const bool past = HasStarted(v.session, s.now_stamp);
    const float h = Em(4.6f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), p.surface, Em(0.5f));
    dl->AddRect(a, ImVec2(a.x + width, a.y + h), p.border, Em(0.5f));
    // Left: day and time.
    const float left_w = Em(7.5f);
    ImGui::SetCursorScreenPos(ImVec2(a.x + Em(0.8f), a.y + Em(0.5f)));
    ImGui::BeginGroup();
    Text(ShortDay(ParseDate(DatePart(v.session.start)).value_or(s.today)), FontRole::Bold, p.primary, -1);
    Text(TimeRange(v.session.start, v.session.end), FontRole::Body, 0, -1);
    ImGui::EndGroup();
    // Middle: what, where, for whom, how much.
    const float btn_w = Em(10.5f);
    const float mid_w = width - left_w - btn_w - Em(3.0f);
    ImGui::SetCursorScreenPos(ImVec2(a.x + left_w + Em(0.8f), a.y + Em(0.5f)));
    ImGui::BeginGroup();
    const std::string title = std::string(KindIcon(v.activity.kind)) + "  " + v.activity.title;
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(a.x + left_w + mid_w, a.y + h), true);
    Text(title, FontRole::Bold, v.session.cancelled ? p.text_muted : 0, -1);
    std::string line = v.place.empty() ? std::string() : v.place + "  \xC2\xB7  ";
    line += AgeText(v.activity.age_min, v.activity.age_max) + "  \xC2\xB7  " + PriceText(v.activity.price_cents);
    Text(line, FontRole::Body, p.text_muted, -1);
    ImGui::PopClipRect();
    ImGui::EndGroup();
    // Right: seats and the button.
    const float rx = a.x + width - btn_w - Em(0.8f);
    const bool over = v.session.end <= s.now_stamp;
    const std::string seats = past ? std::string(over ? Tr("ui.seats.past") : Tr("ui.seats.started")) : SeatsText(v);
    const ImVec2 ss = TextSize(seats, FontRole::Body);
    ImGui::SetCursorScreenPos(ImVec2(rx + (btn_w - ss.x) * 0.5f, a.y + Em(0.25f)));
    const ImU32 seat_col = v.session.cancelled ? p.danger : (v.seats_left <= 0 ? p.accent : p.success);
    Text(seats, FontRole::Body, HighContrast() ? p.text : seat_col, -1);
    if (!past && !v.session.cancelled) {
        ImGui::SetCursorScreenPos(ImVec2(rx, a.y + h - TouchH() - Em(0.45f)));
        const std::string id = "activities.book." + std::to_string(index);
        const bool full = v.seats_left <= 0;
        if (Button(id.c_str(), full ? Tr("ui.activities.waitlist") : Tr("ui.activities.book"), ImVec2(btn_w, 0),
                   full ? Tone::Secondary : Tone::Primary))
            Keep(action, act::OpenSession{v.session.id});
    }
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h + Em(0.6f)));
    ImGui::Dummy(ImVec2(width, 0));
    return action;
}

// A row of filter chips on one line, which scrolls sideways by touch when the chips do not
// all fit (large text, small screen); with `wrap` they wrap onto more lines instead. Call End().
class ChipRow {
public:
    ChipRow(const char* id, float needed, bool wrap) : wrap_(wrap) {
        const float avail = ImGui::GetContentRegionAvail().x;
        scroll_ = !wrap && needed > avail;
        if (!scroll_) return;
        ImGui::BeginChild(id, ImVec2(avail, TouchH() + ImGui::GetStyle().ScrollbarSize + Em(0.4f)), false,
                          ImGuiWindowFlags_HorizontalScrollbar);
        TouchScrollX();
    }
    void Next(float w) {
        if (wrap_) return flow_.Next(w);
        if (!first_) ImGui::SameLine();
        first_ = false;
    }
    void End() {
        if (scroll_) ImGui::EndChild();
    }

private:
    bool wrap_ = false, scroll_ = false, first_ = true;
    Flow flow_;
};

}  // namespace

Action DrawActivities(const AppState& s, ActivitiesUi& ui) {
    Action action;
    // Short for the text size (largest text on 1280x800): title and filters scroll with the
    // programme, so that at least a few sessions show.
    const bool tight = ImGui::GetContentRegionAvail().y < Em(24);
    if (tight) {
        ImGui::BeginChild("##programme", ImVec2(0, ImGui::GetContentRegionAvail().y - BottomBarH()), false);
        TouchScroll();
    }
    // Title, with the week switch on the same line when it fits.
    const char* weeks[] = {Tr("ui.activities.this_week"), Tr("ui.activities.next_week")};
    const float weeks_w = ChipWidth(weeks[0]) + ChipWidth(weeks[1]) + ImGui::GetStyle().ItemSpacing.x;
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float title_y = ImGui::GetCursorPosY();
    Title(Tr("ui.activities.title"));
    if (TextSize(Tr("ui.activities.title"), FontRole::Title).x + weeks_w + Em(2) < full_w) {
        ImGui::SameLine(full_w - weeks_w);
        ImGui::SetCursorPosY(title_y);
    }
    for (int w = 0; w < 2; ++w) {
        if (w) ImGui::SameLine();
        const std::string id = "activities.week." + std::to_string(w);
        if (Chip(id.c_str(), weeks[w], s.week_offset == w)) Keep(action, act::ShowWeek{w});
    }
    // Days, then kinds: one row each; a row that does not fit scrolls sideways.
    std::vector<std::string> day_labels{Tr("ui.activities.all_days")};
    for (int d = 1; d <= 7; ++d) day_labels.push_back(ShortDay(AddDays(s.monday, d - 1)));
    float days_w = 0;
    for (const std::string& l : day_labels) days_w += ChipWidth(l) + ImGui::GetStyle().ItemSpacing.x;
    ChipRow days("##days", days_w, false);
    for (int d = 0; d <= 7; ++d) {
        days.Next(ChipWidth(day_labels[static_cast<size_t>(d)]));
        const std::string id = "activities.day." + std::to_string(d);
        if (Chip(id.c_str(), day_labels[static_cast<size_t>(d)], ui.day == d)) ui.day = d;
    }
    days.End();
    constexpr int kKinds = static_cast<int>(ActivityKind::Permanence) + 1;
    float kinds_w = ChipWidth(Tr("ui.activities.all_kinds")) + ImGui::GetStyle().ItemSpacing.x;
    for (int k = 0; k < kKinds; ++k)
        kinds_w += ChipWidth(Tr(ActivityKindKey(static_cast<ActivityKind>(k))), KindIcon(static_cast<ActivityKind>(k))) +
                   ImGui::GetStyle().ItemSpacing.x;
    ChipRow kinds("##kinds", kinds_w, false);
    kinds.Next(ChipWidth(Tr("ui.activities.all_kinds")));
    if (Chip("activities.kind.all", Tr("ui.activities.all_kinds"), ui.kind < 0)) ui.kind = -1;
    for (int k = 0; k < kKinds; ++k) {
        const char* label = Tr(ActivityKindKey(static_cast<ActivityKind>(k)));
        kinds.Next(ChipWidth(label, KindIcon(static_cast<ActivityKind>(k))));
        const std::string id = std::string("activities.") + ActivityKindKey(static_cast<ActivityKind>(k));
        if (Chip(id.c_str(), label, ui.kind == k, KindIcon(static_cast<ActivityKind>(k)))) ui.kind = k;
    }
    kinds.End();
    ImGui::Dummy(Em2(0, 0.3f));

    if (!tight) {
        ImGui::BeginChild("##programme", ImVec2(0, ImGui::GetContentRegionAvail().y - BottomBarH()), false);
        TouchScroll();
    }
    const float width = ImGui::GetContentRegionAvail().x - Em(0.2f);
    int shown = 0, index = 0;
    for (const SessionView& v : s.week) {
        ++index;
        if (ui.day && Weekday(ParseDate(DatePart(v.session.start)).value_or(s.today)) != ui.day) continue;
        if (ui.kind >= 0 && static_cast<int>(v.activity.kind) != ui.kind) continue;
        Keep(action, SessionRow(s, v, index - 1, width));
        ++shown;
    }
    if (shown == 0) {
        ImGui::Dummy(Em2(0, 2));
        TextCentered(Tr("ui.activities.none"), FontRole::Body, Colours().text_muted);
    }
    ImGui::EndChild();
    if (Button("activities.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    return action;
}

}  // namespace palier::ui
