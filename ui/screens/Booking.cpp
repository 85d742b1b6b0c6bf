// Booking one session: its details, for me or for my child, seats, then a confirmation with
// the short code (or the waitlist position when the session is full).
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
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

Action Confirmation(const AppState& s, const SessionView& v) {
    Action action;
    const BookOutcome& b = *s.booked;
    const bool waiting = b.booking.status == BookingStatus::Waitlisted;
    const float w = std::min(ImGui::GetContentRegionAvail().x, Em(34));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
    ImGui::BeginGroup();
    TextCentered(std::string(icon::kCheck) + "  " +
                     (waiting ? Trf("ui.booking.waitlisted", {{"position", std::to_string(b.waitlist_position)}})
                              : std::string(Tr("ui.booking.confirmed"))),
                 FontRole::Title, waiting ? Colours().accent : Colours().success, w);
    ImGui::Dummy(Em2(0, 0.5f));
    BeginPanel(w);
    const float inner = PanelInner(w);
    Details(s, v, inner, false);
    ImGui::Dummy(Em2(0, 0.4f));
    TextCentered(Tr("ui.booking.code"), FontRole::Bold, Colours().text_muted, inner);
    TextCentered(b.booking.code, FontRole::Huge, Colours().primary, inner);
    EndPanel();
    ImGui::Dummy(Em2(0, 0.4f));
    TextCentered(waiting ? Tr("ui.booking.waitlist_note") : Tr("ui.booking.code_note"), FontRole::Body, Colours().text_muted, w);
    ImGui::Dummy(Em2(0, 0.6f));
    const float bw = (w - Em(1.2f)) / 3.0f;
    if (Button("booking.mine", Tr("ui.booking.see_mine"), ImVec2(bw, Em(2.6f)), Tone::Secondary, icon::kBookings))
        Keep(action, act::StartCheckin{AfterCheckin::MyBookings});
    ImGui::SameLine();
    if (Button("booking.more", Tr("ui.booking.more"), ImVec2(bw, Em(2.6f)), Tone::Secondary, icon::kActivities))
        Keep(action, act::ShowWeek{s.week_offset});
    ImGui::SameLine();
    if (Button("booking.done", Tr("ui.welcome.goodbye"), ImVec2(bw, Em(2.6f)), Tone::Primary, icon::kHeart))
        Keep(action, act::Goodbye{});
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
    if (s.booked) return Confirmation(s, v);

    const bool portrait = Portrait();
    const float total = ImGui::GetContentRegionAvail().x;
    const float left_w = portrait ? total : total * 0.55f;
    BeginPanel(left_w);
    Details(s, v, PanelInner(left_w));
    EndPanel();
    if (!portrait) ImGui::SameLine(0, Em(1.5f));
    ImGui::BeginGroup();
    const float right_w = portrait ? total : total - left_w - Em(1.5f);
    const bool full = v.seats_left <= 0;
    if (s.visitor.person_id.empty()) {
        Title(Tr("ui.booking.who_title"));
        Text(Tr("ui.booking.identify_first"), FontRole::Body, 0, right_w);
        ImGui::Dummy(Em2(0, 0.5f));
        if (Button("booking.identify", Tr("ui.booking.identify"), ImVec2(right_w, Em(2.8f)), Tone::Primary, icon::kVisit))
            Keep(action, act::StartCheckin{AfterCheckin::Booking});
    } else {
        Title(Tr("ui.booking.for_whom"));
        Flow who;
        const std::string me = Trf("ui.booking.for_me", {{"name", s.visitor.first_name}});
        who.Next(ChipWidth(me));
        if (Chip("booking.for_me", me, ui.for_person.empty())) ui.for_person.clear();
        int i = 0;
        for (const ChildChoice& c : s.children) {
            const std::string label = Trf("ui.booking.for_child", {{"name", c.first_name}});
            who.Next(ChipWidth(label));
            const std::string id = "booking.child." + std::to_string(i++);
            if (Chip(id.c_str(), label, ui.for_person == c.id)) ui.for_person = c.id;
        }
        ImGui::Dummy(Em2(0, 0.5f));
        // The booking was refused for want of a birth year (age range): ask it on the keypad;
        // it is saved for the person, then the booking is made (App::Apply).
        const Id booked_for = ui.for_person.empty() ? s.visitor.person_id : ui.for_person;
        const bool ask_year = !s.year_needed_for.empty() && s.year_needed_for == booked_for;
        const int seats = v.activity.kind == ActivityKind::HomeworkHelp ? 1 : ui.seats;
        if (ask_year) {
            std::string name = s.visitor.first_name;
            for (const ChildChoice& c : s.children)
                if (c.id == booked_for) name = c.first_name;
            Text(Trf("ui.booking.year_needed", {{"name", name}}), FontRole::Bold, 0, right_w);
            ImGui::Dummy(Em2(0, 0.2f));
            const float pad_w = std::min(Em(10), right_w * 0.6f);
            const float field_w = std::min(Em(7), right_w - pad_w - Em(1));
            Field("booking.year", Tr("ui.checkin.birth_year"), ui.year, true, Tr("ui.booking.year_hint"), false, field_w);
            ImGui::SameLine(0, Em(1));
            ImGui::BeginGroup();
            const KeyEvent key = Numpad("booking.numpad", ui.year, 4, Tr("ui.key.ok"), pad_w);
            ImGui::EndGroup();
            if (key == KeyEvent::Enter && ui.year.size() == 4)
                Keep(action, act::Book{v.session.id, ui.for_person, seats, full, std::stoi(ui.year)});
            ImGui::Dummy(Em2(0, 0.3f));
            if (Button("booking.confirm", Tr("ui.booking.year_and_book"), ImVec2(right_w, Em(2.8f)), Tone::Primary, icon::kCheck,
                       ui.year.size() == 4))
                Keep(action, act::Book{v.session.id, ui.for_person, seats, full, std::stoi(ui.year)});
        } else {
            if (v.activity.kind != ActivityKind::HomeworkHelp) {
                Stepper("booking.seats", Tr("ui.booking.seats"), ui.seats, 1, 10);
                ImGui::Dummy(Em2(0, 0.5f));
            }
            if (full) Text(Tr("ui.booking.full_note"), FontRole::Body, 0, right_w);
            ImGui::Dummy(Em2(0, 0.3f));
            if (Button("booking.confirm", full ? Tr("ui.booking.join_waitlist") : Tr("ui.booking.confirm"), ImVec2(right_w, Em(2.8f)),
                       Tone::Primary, icon::kCheck))
                Keep(action, act::Book{v.session.id, ui.for_person, seats, full});
        }
    }
    ImGui::EndGroup();
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH() - ImGui::GetStyle().ItemSpacing.y);
    if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
    return action;
}

}  // namespace palier::ui
