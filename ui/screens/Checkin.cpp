// Check-in: a new visitor (first name, neighbourhood, optional phone and birth year, consent),
// a returning one (last 4 phone digits, or first name + birth year, confirmed on a masked
// label), or "stay anonymous".
#include <string>

#include "kiosk/BookingRules.h"
#include "kiosk/Validate.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

using Mode = CheckinUi::Mode;
using Focus = CheckinUi::Focus;

int ParseYear(const std::string& s) { return s.empty() ? 0 : std::stoi(s); }

bool DigitsFocus(Focus f) { return f == Focus::Phone || f == Focus::Year || f == Focus::Last4 || f == Focus::NameYear; }

std::string& FocusedText(CheckinUi& ui) {
    switch (ui.focus) {
        case Focus::First: return ui.first;
        case Focus::Hood: return ui.hood;
        case Focus::Phone: return ui.phone;
        case Focus::Year: return ui.year;
        case Focus::Last4: return ui.last4;
        case Focus::NameFirst: return ui.name_first;
        case Focus::NameYear: return ui.name_year;
    }
    return ui.first;
}

size_t MaxChars(Focus f) {
    switch (f) {
        case Focus::Phone: return 15;
        case Focus::Year: case Focus::NameYear: case Focus::Last4: return 4;
        default: return kMaxNameChars;
    }
}

// The keyboard for the focused field; returns KeyEvent::Enter on validation.
KeyEvent Keys(CheckinUi& ui, const char* ok_label) {
    std::string& text = FocusedText(ui);
    if (DigitsFocus(ui.focus)) return Numpad("checkin.numpad", text, MaxChars(ui.focus), ok_label);
    return Azerty("checkin.keyboard", ui.kb, text, MaxChars(ui.focus));
}

Action Matches(const AppState& s) {
    Action action;
    if (!s.searched) return action;
    if (s.matches.empty()) {
        Text(Tr("ui.checkin.not_found"), FontRole::Bold);
        return action;
    }
    Text(Tr("ui.checkin.is_it_you"), FontRole::Bold);
    int i = 0;
    for (const auto& m : s.matches) {
        const char* id = FrameId({"checkin.match.", i++});
        const std::string_view label =
            FrameTrf("ui.checkin.its_me",
                     {{"label", FrameText([&](std::string& out) { AppendMaskedLabel(out, m); })}});
        // As tall as its words need in the column (large text wraps the name onto two lines).
        const float w = ImGui::GetContentRegionAvail().x;
        const float words_h =
            TextSize(FrameJoin({icon::kVisit, "  ", label}), FontRole::Bold, w - Em(1.0f)).y;
        if (Button(id, label, ImVec2(w, std::max(TouchH(), words_h * 1.1f + Em(0.8f))),
                   Tone::Secondary, icon::kVisit))
            Keep(action, act::Choose{m});
        if (i >= 6) break;
    }
    return action;
}

Action Choose(const AppState& s, CheckinUi& ui) {
    Action action;
    TextCentered(Tr("ui.checkin.title"), FontRole::Title);
    TextCentered(Tr("ui.checkin.subtitle"), FontRole::Body, Colours().text_muted);
    ImGui::Dummy(Em2(0, 1.0f));
    const bool anon = s.after_checkin == AfterCheckin::Reasons;
    const int n = anon ? 3 : 2;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    avail.y -= Em(5);
    const TileGrid g = GridFor(n, avail, Em(16), Em(13), Portrait() ? Em(20) : Em(11));
    GridCursor(g, 0, origin, avail.x);
    if (Tile("checkin.new", icon::kNew, Tr("ui.checkin.new"), Tr("ui.checkin.new_sub"), g.tile)) {
        ui.mode = Mode::New;
        ui.focus = Focus::First;
    }
    GridCursor(g, 1, origin, avail.x);
    if (Tile("checkin.returning", icon::kVisit, Tr("ui.checkin.returning"), Tr("ui.checkin.returning_sub"), g.tile)) {
        ui.mode = Mode::Phone;
        ui.focus = Focus::Last4;
    }
    if (anon) {
        GridCursor(g, 2, origin, avail.x);
        if (Tile("checkin.anonymous", icon::kAnonymous, Tr("ui.checkin.anonymous"), Tr("ui.checkin.anonymous_sub"), g.tile))
            Keep(action, act::StayAnonymous{});
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + avail.y + Em(1)));
    if (!anon) TextCentered(Tr("ui.checkin.name_needed"), FontRole::Body, Colours().text_muted);
    if (Button("checkin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    return action;
}

NewPerson ToNewPerson(const CheckinUi& ui) {
    NewPerson p;
    p.first_name = ui.first;
    p.neighbourhood = ui.hood;
    p.phone = ui.phone;
    p.birth_year = ParseYear(ui.year);
    p.consent_contact = ui.consent;
    return p;
}

// Two columns in landscape (form | keyboard), one above the other in portrait.
void SplitBegin(float& form_w) {
    const float w = ImGui::GetContentRegionAvail().x;
    form_w = Portrait() ? w : std::min(w * 0.42f, Em(22));
}

// After a field is drawn: when the focus just moved to it, the form scrolls to show it.
void ShowWhenFocused(CheckinUi& ui, CheckinUi::Focus field) {
    if (ui.focus == field) KeepInView(ui.in_view, static_cast<int>(field));
}

// The new-visitor form, its keyboard and, always in sight at the bottom, "Retour" and "C'est
// bon". The keyboard sits beside the form when its keys stay a finger wide there, else under it
// at full width (portrait, large text); the form then scrolls to the field being typed.
Action NewVisitor(const AppState& s, CheckinUi& ui) {
    Action action;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // A tighter bar than elsewhere: at large text on a small screen every line counts here.
    const float bar_h = TouchH() + Em(0.6f);
    const float side_form_w = std::min(avail.x * 0.42f, Em(22));
    const float side_kb_w = std::min(avail.x - side_form_w - Em(2.4f) - ImGui::GetStyle().ScrollbarSize, Em(34));
    const bool beside = !Portrait() && AzertyKeyWidth(side_kb_w) >= TouchH();
    const float form_w = beside ? side_form_w : std::min(avail.x - ImGui::GetStyle().ScrollbarSize - Em(0.4f), Em(30));
    const float kb_w = beside ? side_kb_w : std::min(avail.x, DigitsFocus(ui.focus) ? Em(14) : Em(34));
    const float kb_h = DigitsFocus(ui.focus) ? NumpadHeight(kb_w) : AzertyHeight(kb_w);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    // At least the focused field and its label stay in sight above the keyboard.
    const float form_h = beside ? avail.y - bar_h : std::max(TouchH() + Em(1.4f), avail.y - bar_h - kb_h - spacing);
    // An activity with an age range needs the birth year to be booked; not the parent's own
    // for a children's activity (the child's is asked on the booking screen).
    const bool year_needed = s.after_checkin == AfterCheckin::Booking && s.booking_session &&
                             HasAgeRange(s.booking_session->activity) &&
                             !IsForChildren(s.booking_session->activity);

    ImGui::BeginChild("##newform", ImVec2(form_w + ImGui::GetStyle().ScrollbarSize + Em(0.4f), form_h), false);
    TouchScroll();
    ImGui::PushItemWidth(form_w);
    Title(Tr("ui.checkin.new_title"));
    Muted(Tr("ui.checkin.new_privacy"), form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    if (Field("checkin.first", Tr("ui.checkin.first_name"), ui.first, ui.focus == Focus::First, {}, false, form_w)) ui.focus = Focus::First;
    ShowWhenFocused(ui, Focus::First);
    if (Field("checkin.hood", Tr("ui.checkin.neighbourhood"), ui.hood, ui.focus == Focus::Hood, Tr("ui.optional"), false, form_w))
        ui.focus = Focus::Hood;
    ShowWhenFocused(ui, Focus::Hood);
    // Phone and year side by side when both labels fit, else one under the other.
    const float half = (form_w - Em(0.6f)) * 0.5f;
    const bool pair = TextSize(Tr("ui.checkin.birth_year"), FontRole::Bold).x <= half &&
                      TextSize(Tr("ui.checkin.phone"), FontRole::Bold).x <= half;
    const float field_w = pair ? half : form_w;
    ImGui::BeginGroup();
    if (Field("checkin.phone", Tr("ui.checkin.phone"), ui.phone, ui.focus == Focus::Phone, Tr("ui.optional"), false, field_w))
        ui.focus = Focus::Phone;
    ShowWhenFocused(ui, Focus::Phone);
    ImGui::EndGroup();
    if (pair) ImGui::SameLine();
    ImGui::BeginGroup();
    if (Field("checkin.year", Tr("ui.checkin.birth_year"), ui.year, ui.focus == Focus::Year,
              year_needed ? Tr("ui.checkin.year_needed") : Tr("ui.optional"), false, field_w))
        ui.focus = Focus::Year;
    ShowWhenFocused(ui, Focus::Year);
    ImGui::EndGroup();
    ImGui::Dummy(Em2(0, 0.2f));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(form_w);
    ImGui::BeginChild("##consent", ImVec2(form_w, TextSize(Tr("ui.checkin.consent"), FontRole::Body, form_w - Em(2.6f)).y + Em(1.2f)),
                      false, ImGuiWindowFlags_NoScrollbar);
    Checkbox("checkin.consent", Tr("ui.checkin.consent"), ui.consent);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::PopItemWidth();
    ImGui::EndChild();

    if (beside) {
        ImGui::SameLine(0, Em(2));
        ImGui::BeginGroup();
        ImGui::Dummy(Em2(0, 2.4f));
    } else {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - kb_w) * 0.5f));
        ImGui::BeginGroup();
    }
    std::string& text = FocusedText(ui);
    const KeyEvent key = DigitsFocus(ui.focus) ? Numpad("checkin.numpad", text, MaxChars(ui.focus), Tr("ui.key.next"), kb_w)
                                               : Azerty("checkin.keyboard", ui.kb, text, MaxChars(ui.focus), kb_w);
    if (key == KeyEvent::Enter) {
        // Enter moves to the next field; on the last one it registers.
        switch (ui.focus) {
            case Focus::First: ui.focus = Focus::Hood; break;
            case Focus::Hood: ui.focus = Focus::Phone; break;
            case Focus::Phone: ui.focus = Focus::Year; break;
            default:
                if (!ui.first.empty()) Keep(action, act::Register{ToNewPerson(ui)});
        }
    }
    ImGui::EndGroup();

    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH());
    const float x0 = ImGui::GetCursorPosX();
    if (Button("checkin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) ui.mode = Mode::Choose;
    const float reg_w = std::min(std::max(Em(14), ButtonWidth(Tr("ui.checkin.register"), icon::kCheck)),
                                 avail.x - ButtonWidth(Tr("ui.back"), icon::kBack) - Em(1));
    ImGui::SameLine(x0 + avail.x - reg_w);
    if (Button("checkin.register", Tr("ui.checkin.register"), ImVec2(reg_w, 0), Tone::Primary, icon::kCheck,
               !ui.first.empty() && (!year_needed || ui.year.size() == 4)))
        Keep(action, act::Register{ToNewPerson(ui)});
    return action;
}

// The search (phone digits, or first name and year) on one side, and on the other the keypad
// while typing, then the masked lines found: one at a time, so each gets the room it needs at
// any text size. Tapping a field again brings the keypad back.
Action Returning(const AppState& s, CheckinUi& ui) {
    Action action;
    float form_w = 0;
    SplitBegin(form_w);
    const bool by_phone = ui.mode == Mode::Phone;
    const bool results = s.searched && !ui.retyping;
    ImGui::BeginGroup();
    Title(Tr("ui.checkin.returning_title"));
    Flow chips;
    chips.Next(ChipWidth(Tr("ui.checkin.by_phone"), icon::kPhone));
    if (Chip("checkin.by_phone", Tr("ui.checkin.by_phone"), by_phone, icon::kPhone)) {
        ui.mode = Mode::Phone;
        ui.focus = Focus::Last4;
        ui.retyping = true;
    }
    chips.Next(ChipWidth(Tr("ui.checkin.by_name")));
    if (Chip("checkin.by_name", Tr("ui.checkin.by_name"), !by_phone)) {
        ui.mode = Mode::Name;
        ui.focus = Focus::NameFirst;
        ui.retyping = true;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    auto search = [&] {
        ui.retyping = false;
        if (by_phone) return Action(act::FindPhone{ui.last4});
        return Action(act::FindName{ui.name_first, ParseYear(ui.name_year)});
    };
    if (by_phone) {
        if (Field("checkin.last4", Tr("ui.checkin.last4"), ui.last4, !results, "_ _ _ _", false, form_w)) ui.retyping = true;
    } else {
        if (Field("checkin.name_first", Tr("ui.checkin.first_name"), ui.name_first, !results && ui.focus == Focus::NameFirst, {},
                  false, form_w)) {
            ui.focus = Focus::NameFirst;
            ui.retyping = true;
        }
        if (Field("checkin.name_year", Tr("ui.checkin.birth_year"), ui.name_year, !results && ui.focus == Focus::NameYear, {},
                  false, form_w)) {
            ui.focus = Focus::NameYear;
            ui.retyping = true;
        }
    }
    ImGui::Dummy(Em2(0, 0.2f));
    const bool ready = by_phone ? ui.last4.size() == 4 : (!ui.name_first.empty() && ui.name_year.size() == 4);
    if (Button("checkin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) ui.mode = Mode::Choose;
    ImGui::SameLine();
    if (Button("checkin.search", Tr("ui.checkin.search"), ImVec2(0, 0), Tone::Primary, nullptr, ready)) Keep(action, search());
    ImGui::EndGroup();
    if (!Portrait()) ImGui::SameLine(0, Em(2));
    ImGui::BeginGroup();
    if (results) {
        ImGui::BeginChild("##matches", ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y), false,
                          ImGuiWindowFlags_NoScrollbar);
        TouchScroll();
        Keep(action, Matches(s));
        if (s.matches.empty() &&
            Button("checkin.go_new", Tr("ui.checkin.new"), ImVec2(-1, 0), Tone::Secondary, icon::kNew)) {
            ui.mode = Mode::New;
            ui.focus = Focus::First;
        }
        ImGui::EndChild();
    } else {
        ImGui::Dummy(Em2(0, 2.4f));
        if (Keys(ui, Tr("ui.checkin.search")) == KeyEvent::Enter) {
            if (!by_phone && ui.focus == Focus::NameFirst) ui.focus = Focus::NameYear;
            else if (ready) Keep(action, search());
        }
    }
    ImGui::EndGroup();
    return action;
}

}  // namespace

Action DrawCheckin(const AppState& s, CheckinUi& ui) {
    switch (ui.mode) {
        case Mode::Choose: return Choose(s, ui);
        case Mode::New: return NewVisitor(s, ui);
        case Mode::Phone:
        case Mode::Name: return Returning(s, ui);
        case Mode::Prove: return DrawProve(s, ui);
    }
    return {};
}

}  // namespace palier::ui
