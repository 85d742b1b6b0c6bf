// Check-in: a new visitor (first name, neighbourhood, optional phone and birth year, consent),
// a returning one (last 4 phone digits, or first name + birth year, confirmed on a masked
// label), or "stay anonymous".
#include <string>

#include "kiosk/BookingRules.h"
#include "kiosk/Validate.h"
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
    ImGui::Dummy(Em2(0, 0.5f));
    if (s.matches.empty()) {
        Text(Tr("ui.checkin.not_found"), FontRole::Bold);
        return action;
    }
    Text(Tr("ui.checkin.is_it_you"), FontRole::Bold);
    int i = 0;
    for (const auto& m : s.matches) {
        const std::string id = "checkin.match." + std::to_string(i++);
        if (Button(id.c_str(), Trf("ui.checkin.its_me", {{"label", MaskedLabel(m)}}), ImVec2(-1, 0), Tone::Secondary, icon::kVisit))
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

// The new-visitor form: in landscape a column that scrolls by touch when the largest text
// size makes it taller than the screen (the keyboard beside it stays put). Call FormEnd().
void FormBegin(float form_w) {
    if (Portrait()) return ImGui::BeginGroup();
    const float w = form_w + ImGui::GetStyle().ScrollbarSize + Em(0.4f);
    ImGui::BeginChild("##newform", ImVec2(w, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
}
void FormEnd() {
    if (Portrait()) return ImGui::EndGroup();
    ImGui::EndChild();
}

// After a field is drawn: when the focus just moved to it, scroll the form to show it.
void ShowWhenFocused(CheckinUi& ui, CheckinUi::Focus field) {
    if (ui.focus != field || ui.scrolled_to == field) return;
    ImGui::SetScrollHereY(0.5f);
    ui.scrolled_to = field;
}

Action NewVisitor(const AppState& s, CheckinUi& ui) {
    Action action;
    float form_w = 0;
    SplitBegin(form_w);
    FormBegin(form_w);
    ImGui::PushItemWidth(form_w);
    Title(Tr("ui.checkin.new_title"));
    Muted(Tr("ui.checkin.new_privacy"), form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    if (Field("checkin.first", Tr("ui.checkin.first_name"), ui.first, ui.focus == Focus::First, {}, false, form_w)) ui.focus = Focus::First;
    ShowWhenFocused(ui, Focus::First);
    if (Field("checkin.hood", Tr("ui.checkin.neighbourhood"), ui.hood, ui.focus == Focus::Hood, Tr("ui.optional"), false, form_w))
        ui.focus = Focus::Hood;
    ShowWhenFocused(ui, Focus::Hood);
    const float half = (form_w - Em(0.6f)) * 0.5f;
    ImGui::BeginGroup();
    if (Field("checkin.phone", Tr("ui.checkin.phone"), ui.phone, ui.focus == Focus::Phone, Tr("ui.optional"), false, half))
        ui.focus = Focus::Phone;
    ShowWhenFocused(ui, Focus::Phone);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    // An activity with an age range needs the birth year to be booked; not the parent's own
    // for a children's activity (the child's is asked on the booking screen).
    const bool year_needed = s.after_checkin == AfterCheckin::Booking && s.booking_session &&
                             (s.booking_session->activity.age_min > 0 || s.booking_session->activity.age_max > 0) &&
                             !IsForChildren(s.booking_session->activity);
    if (Field("checkin.year", Tr("ui.checkin.birth_year"), ui.year, ui.focus == Focus::Year,
              year_needed ? Tr("ui.checkin.year_needed") : Tr("ui.optional"), false, half))
        ui.focus = Focus::Year;
    ShowWhenFocused(ui, Focus::Year);
    ImGui::EndGroup();
    ImGui::Dummy(Em2(0, 0.2f));
    ImGui::BeginChild("##consent", ImVec2(form_w, Em(3.4f)), false, ImGuiWindowFlags_NoScrollbar);
    Checkbox("checkin.consent", Tr("ui.checkin.consent"), ui.consent);
    ImGui::EndChild();
    // Back and "C'est bon": under the form in portrait; under the keyboard in landscape, where
    // they stay in sight even when the 64 px fields make the form scroll on a small screen.
    auto buttons = [&](float w) {
        ImGui::Dummy(Em2(0, 0.2f));
        if (Button("checkin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) ui.mode = Mode::Choose;
        ImGui::SameLine();
        if (Button("checkin.register", Tr("ui.checkin.register"), ImVec2(ImGui::GetContentRegionAvail().x < w ? 0 : w - ButtonWidth(Tr("ui.back"), icon::kBack) - Em(0.6f), 0),
                   Tone::Primary, icon::kCheck, !ui.first.empty() && (!year_needed || ui.year.size() == 4)))
            Keep(action, act::Register{ToNewPerson(ui)});
    };
    if (Portrait()) buttons(form_w);
    ImGui::PopItemWidth();
    FormEnd();
    if (!Portrait()) ImGui::SameLine(0, Em(2));
    ImGui::BeginGroup();
    ImGui::Dummy(Em2(0, 2.4f));
    if (Keys(ui, Tr("ui.key.next")) == KeyEvent::Enter) {
        // Enter moves to the next field; on the last one it registers.
        switch (ui.focus) {
            case Focus::First: ui.focus = Focus::Hood; break;
            case Focus::Hood: ui.focus = Focus::Phone; break;
            case Focus::Phone: ui.focus = Focus::Year; break;
            default:
                if (!ui.first.empty()) Keep(action, act::Register{ToNewPerson(ui)});
        }
    }
    if (!Portrait()) {
        ImGui::Dummy(Em2(0, 0.8f));
        buttons(ImGui::GetContentRegionAvail().x);
    }
    ImGui::EndGroup();
    return action;
}

Action Returning(const AppState& s, CheckinUi& ui) {
    Action action;
    float form_w = 0;
    SplitBegin(form_w);
    const bool by_phone = ui.mode == Mode::Phone;
    ImGui::BeginGroup();
    Title(Tr("ui.checkin.returning_title"));
    if (Chip("checkin.by_phone", Tr("ui.checkin.by_phone"), by_phone, icon::kPhone)) {
        ui.mode = Mode::Phone;
        ui.focus = Focus::Last4;
    }
    ImGui::SameLine();
    if (Chip("checkin.by_name", Tr("ui.checkin.by_name"), !by_phone)) {
        ui.mode = Mode::Name;
        ui.focus = Focus::NameFirst;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    auto search = [&] {
        if (by_phone) return Action(act::FindPhone{ui.last4});
        return Action(act::FindName{ui.name_first, ParseYear(ui.name_year)});
    };
    if (by_phone) {
        Field("checkin.last4", Tr("ui.checkin.last4"), ui.last4, true, "_ _ _ _", false, form_w);
    } else {
        if (Field("checkin.name_first", Tr("ui.checkin.first_name"), ui.name_first, ui.focus == Focus::NameFirst, {}, false, form_w))
            ui.focus = Focus::NameFirst;
        if (Field("checkin.name_year", Tr("ui.checkin.birth_year"), ui.name_year, ui.focus == Focus::NameYear, {}, false, form_w))
            ui.focus = Focus::NameYear;
    }
    ImGui::Dummy(Em2(0, 0.2f));
    const bool ready = by_phone ? ui.last4.size() == 4 : (!ui.name_first.empty() && ui.name_year.size() == 4);
    if (Button("checkin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) ui.mode = Mode::Choose;
    ImGui::SameLine();
    if (Button("checkin.search", Tr("ui.checkin.search"), ImVec2(0, 0), Tone::Primary, nullptr, ready)) Keep(action, search());
    ImGui::PushID("matches");
    ImGui::BeginGroup();
    ImGui::PushItemWidth(form_w);
    ImGui::BeginChild("##matches", ImVec2(form_w, 0), false, ImGuiWindowFlags_NoScrollbar);
    Keep(action, Matches(s));
    if (s.searched && s.matches.empty()) {
        if (Button("checkin.go_new", Tr("ui.checkin.new"), ImVec2(-1, 0), Tone::Secondary, icon::kNew)) {
            ui.mode = Mode::New;
            ui.focus = Focus::First;
        }
    }
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::PopID();
    ImGui::EndGroup();
    if (!Portrait()) ImGui::SameLine(0, Em(2));
    ImGui::BeginGroup();
    ImGui::Dummy(Em2(0, 2.4f));
    if (Keys(ui, Tr("ui.checkin.search")) == KeyEvent::Enter) {
        if (!by_phone && ui.focus == Focus::NameFirst) ui.focus = Focus::NameYear;
        else if (ready) Keep(action, search());
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
