// Booking one session: its details, for me or for my child, seats, then a confirmation with
// the short code (or the waitlist position when the session is full).
#include <algorithm>
#include <string>

#include "kiosk/BookingRules.h"
#include "kiosk/Codes.h"
#include "kiosk/Validate.h"
#include "ui/core/Format.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Keyboard.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

void Details(const AppState& s, const SessionView& v, float width, bool with_description = true) {
    const Palette& p = Colours();
    // The kind above the title, unless the title already says it ("Accompagnement scolaire").
    const std::string kind = Tr(ActivityKindKey(v.activity.kind));
    if (kind != v.activity.title) Text(kind, FontRole::Bold, p.primary, width);
    Text(v.activity.title, FontRole::Title, 0, width);
    const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
    Text(LongDate(day) + "  \xC2\xB7  " + TimeRange(v.session.start, v.session.end), FontRole::Bold, 0, width);
    if (!v.place.empty()) Text(v.place, FontRole::Body, 0, width);
    Text(AgeText(v.activity.age_min, v.activity.age_max) + "  \xC2\xB7  " + PriceText(v.activity.price_cents) + "  \xC2\xB7  " +
             SeatsText(v),
         FontRole::Body, p.text_muted, width);
    if (with_description && !v.activity.description.empty()) {
        ImGui::Dummy(Em2(0, 0.3f));
        Text(v.activity.description, FontRole::Body, 0, width);
    }
    if (!v.activity.facilitator.empty())
        Muted(Trf("ui.booking.with", {{"name", v.activity.facilitator}}), width);
}

// Waitlisted without a phone on file: the number is asked (optional), or the visitor is told how
// else they will learn of a freed seat.
Action PhoneAsk(BookingUi& ui, float w) {
    Action action;
    Title(Tr("ui.booking.phone_title"));
    Text(Tr("ui.booking.phone_why"), FontRole::Body, 0, w);
    Muted(Tr("ui.booking.no_phone_note"), w);
    ImGui::Dummy(Em2(0, 0.2f));
    const float pad_w = std::min(Em(10), w * 0.55f);
    const float field_w = std::min(Em(9), w - pad_w - Em(1));
    // The field and its button on the left, the keypad beside them.
    ImGui::BeginGroup();
    Field("booking.phone", Tr("ui.checkin.phone"), ui.phone, true, Tr("ui.optional"), false, field_w);
    ImGui::Dummy(Em2(0, 0.2f));
    if (Button("booking.save_phone", Tr("ui.booking.save_phone"), ImVec2(field_w, Em(3.2f)), Tone::Primary, icon::kCheck,
               !ui.phone.empty()))
        Keep(action, act::SavePhone{ui.phone});
    ImGui::EndGroup();
    ImGui::SameLine(0, Em(1));
    ImGui::BeginGroup();
    const KeyEvent key = Numpad("booking.numpad", ui.phone, 15, Tr("ui.key.ok"), pad_w);
    ImGui::EndGroup();
    if (key == KeyEvent::Enter && !ui.phone.empty()) Keep(action, act::SavePhone{ui.phone});
    return action;
}

Action Confirmation(const AppState& s, const SessionView& v, BookingUi& ui) {
    Action action;
    const BookOutcome& b = *s.booked;
    const bool waiting = b.booking.status == BookingStatus::Waitlisted;
    const bool ask_phone = waiting && !s.visitor_has_phone;
    const float total = ImGui::GetContentRegionAvail().x;
    const bool side = ask_phone && !Portrait();
    const float w = side ? std::min(total * 0.5f, Em(30)) : std::min(total, Em(34));
    if (!side) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (total - w) * 0.5f);
    ImGui::BeginGroup();
    TextCentered(std::string(icon::kCheck) + "  " +
                     (waiting ? Trf("ui.booking.waitlisted", {{"position", std::to_string(b.waitlist_position)}})
                              : std::string(Tr("ui.booking.confirmed"))),
                 FontRole::Title, waiting ? Colours().accent : Colours().success, w);
    if (!s.booked_for_name.empty())
        TextCentered(Trf("ui.booking.booked_for", {{"name", s.booked_for_name}}), FontRole::Bold, 0, w);
    ImGui::Dummy(Em2(0, 0.5f));
    BeginPanel(w);
    const float inner = PanelInner(w);
    if (side) {
        // Beside the phone form: what and when, and the code; the rest is on the programme.
        Text(v.activity.title, FontRole::Title, 0, inner);
        const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
        Text(LongDate(day) + "  \xC2\xB7  " + TimeRange(v.session.start, v.session.end), FontRole::Bold, 0, inner);
    } else {
        Details(s, v, inner, false);
    }
    ImGui::Dummy(Em2(0, 0.4f));
    TextCentered(Tr("ui.booking.code"), FontRole::Bold, Colours().text_muted, inner);
    TextCentered(b.booking.code, FontRole::Huge, Colours().primary, inner);
    EndPanel();
    ImGui::Dummy(Em2(0, 0.4f));
    if (!ask_phone)
        TextCentered(waiting ? Tr(ui.phone_saved ? "ui.booking.phone_saved" : "ui.booking.waitlist_note") : Tr("ui.booking.code_note"),
                     FontRole::Body, Colours().text_muted, w);
    if (ask_phone && !side) Keep(action, PhoneAsk(ui, w));
    auto buttons = [&](float row_w) {
        const float bw = (row_w - Em(1.2f)) / 3.0f;
        if (Button("booking.mine", Tr("ui.booking.see_mine"), ImVec2(bw, Em(2.6f)), Tone::Secondary, icon::kBookings))
            Keep(action, act::StartCheckin{AfterCheckin::MyBookings});
        ImGui::SameLine();
        if (Button("booking.more", Tr("ui.booking.more"), ImVec2(bw, Em(2.6f)), Tone::Secondary, icon::kActivities))
            Keep(action, act::ShowWeek{s.week_offset});
        ImGui::SameLine();
        if (Button("booking.done", Tr("ui.welcome.goodbye"), ImVec2(bw, Em(2.6f)), Tone::Primary, icon::kHeart))
            Keep(action, act::Goodbye{});
    };
    if (!side) {
        ImGui::Dummy(Em2(0, 0.6f));
        buttons(w);
    }
    ImGui::EndGroup();
    if (side) {
        ImGui::SameLine(0, Em(2));
        // Scrolls by touch rather than running under the buttons when a notice takes room.
        const float h = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - Em(2.6f) - ImGui::GetStyle().ItemSpacing.y * 3;
        ImGui::BeginChild("##phoneask", ImVec2(0, h), false);
        TouchScroll();
        Keep(action, PhoneAsk(ui, ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize));
        ImGui::EndChild();
        // The way on, across the screen's width at the bottom.
        ImGui::SetCursorPosY(ImGui::GetWindowHeight() - Em(2.6f) - ImGui::GetStyle().ItemSpacing.y);
        buttons(total);
    }
    return action;
}

// "Pour qui ?": the visitor, each registered child, or a child not yet registered.
void WhoChips(const AppState& s, BookingUi& ui) {
    Title(Tr("ui.booking.for_whom"));
    Flow who;
    const std::string me = Trf("ui.booking.for_me", {{"name", s.visitor.first_name}});
    who.Next(ChipWidth(me));
    if (Chip("booking.for_me", me, ui.for_person.empty() && !ui.new_child)) {
        ui.for_person.clear();
        ui.new_child = false;
        ui.year.clear();
    }
    int i = 0;
    for (const ChildChoice& c : s.children) {
        const std::string label = Trf("ui.booking.for_child", {{"name", c.first_name}});
        who.Next(ChipWidth(label));
        const std::string id = "booking.child." + std::to_string(i++);
        if (Chip(id.c_str(), label, !ui.new_child && ui.for_person == c.id)) {
            ui.for_person = c.id;
            ui.new_child = false;
            ui.year.clear();
        }
    }
    const std::string unregistered = Tr("ui.booking.for_new_child");
    who.Next(ChipWidth(unregistered));
    if (Chip("booking.new_child", unregistered, ui.new_child) && !ui.new_child) {
        ui.for_person.clear();
        ui.new_child = true;
        ui.focus = BookingUi::Focus::ChildFirst;
        ui.year.clear();
    }
}

Action BookNewChild(const SessionView& v, const BookingUi& ui, bool full) {
    if (ui.child_first.empty() || ui.child_year.size() != 4) return {};
    return act::BookNewChild{v.session.id, ui.child_first, std::stoi(ui.child_year), full};
}

// What is typed before booking (a child not yet registered, or a birth year the activity needs)
// is typed in a form on the left with the keyboard on the right (one above the other in
// portrait): the session is recalled in one line above "Pour qui ?".
Action TypedForm(const AppState& s, BookingUi& ui, const SessionView& v, bool full, bool ask_year) {
    Action action;
    using Focus = BookingUi::Focus;
    const bool portrait = Portrait();
    const float total = ImGui::GetContentRegionAvail().x;
    const float form_w = portrait ? total : std::min(total * 0.5f, Em(28));
    const float bottom = TouchH() + ImGui::GetStyle().ItemSpacing.y * 2;
    const float avail_h = ImGui::GetContentRegionAvail().y - bottom;
    ImGui::BeginChild("##typedform", ImVec2(form_w + ImGui::GetStyle().ScrollbarSize, portrait ? avail_h * 0.5f : avail_h), false);
    TouchScroll();
    Text(v.activity.title, FontRole::Bold, Colours().primary, form_w);
    const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
    Muted(LongDate(day) + "  \xC2\xB7  " + TimeRange(v.session.start, v.session.end) + "  \xC2\xB7  " +
              AgeText(v.activity.age_min, v.activity.age_max),
          form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    WhoChips(s, ui);
    ImGui::Dummy(Em2(0, 0.3f));
    const int seats = v.activity.kind == ActivityKind::HomeworkHelp ? 1 : ui.seats;
    std::string* typing = nullptr;
    bool digits = true;
    if (!ask_year) {
        Text(Tr("ui.booking.new_child_note"), FontRole::Body, 0, form_w);
        const float half = (form_w - Em(0.6f)) * 0.5f;
        ImGui::BeginGroup();
        if (Field("booking.child_first", Tr("ui.booking.child_first"), ui.child_first, ui.focus == Focus::ChildFirst, {}, false, half))
            ui.focus = Focus::ChildFirst;
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (Field("booking.child_year", Tr("ui.booking.child_year"), ui.child_year, ui.focus == Focus::ChildYear,
                  Tr("ui.booking.child_year_hint"), false, half))
            ui.focus = Focus::ChildYear;
        ImGui::EndGroup();
        if (full) Text(Tr("ui.booking.full_note_child"), FontRole::Body, 0, form_w);
        digits = ui.focus == Focus::ChildYear;
        typing = digits ? &ui.child_year : &ui.child_first;
    } else {
        // The prompt names whose year it is: a parent booking for themselves must not type
        // their child's year here.
        const Id booked_for = ui.for_person.empty() ? s.visitor.person_id : ui.for_person;
        if (booked_for == s.visitor.person_id) {
            Text(Trf("ui.booking.year_needed_mine", {{"name", s.visitor.first_name}}), FontRole::Bold, 0, form_w);
            if (IsForChildren(v.activity)) Muted(Tr("ui.booking.year_child_hint"), form_w);
        } else {
            std::string name;
            for (const ChildChoice& c : s.children)
                if (c.id == booked_for) name = c.first_name;
            Text(Trf("ui.booking.year_needed", {{"name", name}}), FontRole::Bold, 0, form_w);
        }
        ImGui::Dummy(Em2(0, 0.2f));
        Field("booking.year", Tr("ui.checkin.birth_year"), ui.year, true, Tr("ui.booking.year_hint"), false, std::min(Em(10), form_w));
        typing = &ui.year;
    }
    // The button to book: under the form in portrait; under the keyboard in landscape, where it
    // stays in sight however tall the form grows.
    auto confirm = [&](float w) {
        ImGui::Dummy(Em2(0, 0.3f));
        if (ask_year) {
            if (Button("booking.confirm", Tr("ui.booking.year_and_book"), ImVec2(w, 0), Tone::Primary, icon::kCheck, ui.year.size() == 4))
                Keep(action, act::Book{v.session.id, ui.for_person, seats, full, std::stoi(ui.year)});
        } else if (Button("booking.confirm", full ? Tr("ui.booking.child_waitlist") : Tr("ui.booking.child_and_book"), ImVec2(w, 0),
                          Tone::Primary, icon::kCheck, !ui.child_first.empty() && ui.child_year.size() == 4)) {
            Keep(action, BookNewChild(v, ui, full));
        }
    };
    if (portrait) confirm(form_w);
    ImGui::EndChild();
    if (!portrait) ImGui::SameLine(0, Em(1.5f));
    ImGui::BeginGroup();
    if (!portrait) ImGui::Dummy(Em2(0, 1.0f));
    const KeyEvent key = digits ? Numpad("booking.numpad", *typing, 4, Tr("ui.key.ok"), std::min(Em(12), ImGui::GetContentRegionAvail().x))
                                : Azerty("booking.keyboard", ui.kb, *typing, kMaxNameChars);
    if (key == KeyEvent::Enter) {
        if (ask_year) {
            if (ui.year.size() == 4) Keep(action, act::Book{v.session.id, ui.for_person, seats, full, std::stoi(ui.year)});
        } else if (ui.focus == Focus::ChildFirst) {
            ui.focus = Focus::ChildYear;
        } else {
            Keep(action, BookNewChild(v, ui, full));
        }
    }
    if (!portrait) confirm(std::min(ImGui::GetContentRegionAvail().x, Em(24)));
    ImGui::EndGroup();
    return action;
}

}  // namespace

Action DrawBooking(const AppState& s, BookingUi& ui) {
    Action action;
    if (!s.booking_session) {
        Text(Tr("ui.booking.gone"), FontRole::Title);
        if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
        return action;
    }
    const SessionView& v = *s.booking_session;
    if (s.booked) return Confirmation(s, v, ui);
    const bool full = v.seats_left <= 0;
    // The booking was refused for want of a birth year (age range): it is asked on the keypad,
    // then saved with the booking (App::Apply).
    const Id booked_for = ui.for_person.empty() ? s.visitor.person_id : ui.for_person;
    const bool ask_year = !ui.new_child && !s.year_needed_for.empty() && s.year_needed_for == booked_for;
    if ((ui.new_child || ask_year) && !s.visitor.person_id.empty()) {
        Keep(action, TypedForm(s, ui, v, full, ask_year));
        ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH() - ImGui::GetStyle().ItemSpacing.y);
        if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
        return action;
    }

    const bool portrait = Portrait();
    const float total = ImGui::GetContentRegionAvail().x;
    const float left_w = portrait ? total : total * 0.55f;
    BeginPanel(left_w);
    Details(s, v, PanelInner(left_w));
    EndPanel();
    if (!portrait) ImGui::SameLine(0, Em(1.5f));
    ImGui::BeginGroup();
    const float right_w = portrait ? total : total - left_w - Em(1.5f);
    if (s.visitor.person_id.empty()) {
        Title(Tr("ui.booking.who_title"));
        Text(Tr("ui.booking.identify_first"), FontRole::Body, 0, right_w);
        ImGui::Dummy(Em2(0, 0.5f));
        if (Button("booking.identify", Tr("ui.booking.identify"), ImVec2(right_w, Em(2.8f)), Tone::Primary, icon::kVisit))
            Keep(action, act::StartCheckin{AfterCheckin::Booking});
    } else {
        WhoChips(s, ui);
        ImGui::Dummy(Em2(0, 0.5f));
        const int seats = v.activity.kind == ActivityKind::HomeworkHelp ? 1 : ui.seats;
        if (v.activity.kind != ActivityKind::HomeworkHelp) {
            Stepper("booking.seats", Tr("ui.booking.seats"), ui.seats, 1, 10);
            ImGui::Dummy(Em2(0, 0.5f));
        }
        if (full) Text(s.visitor_has_phone ? Tr("ui.booking.full_note") : Tr("ui.booking.full_note_no_phone"), FontRole::Body, 0, right_w);
        ImGui::Dummy(Em2(0, 0.3f));
        if (Button("booking.confirm", full ? Tr("ui.booking.join_waitlist") : Tr("ui.booking.confirm"), ImVec2(right_w, Em(2.8f)),
                   Tone::Primary, icon::kCheck))
            Keep(action, act::Book{v.session.id, ui.for_person, seats, full});
    }
    ImGui::EndGroup();
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH() - ImGui::GetStyle().ItemSpacing.y);
    if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
    return action;
}

}  // namespace palier::ui
