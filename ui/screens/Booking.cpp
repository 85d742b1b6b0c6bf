// Booking one session: its details, for me or for my child, seats, then a confirmation with
// the short code (or the waitlist position when the session is full).
#include <algorithm>
#include <string>

#include "kiosk/BookingRules.h"
#include "kiosk/BookingText.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Validate.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Keyboard.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

// "Mercredi 25 novembre  ·  14h00 – 16h30"
std::string_view When(const AppState& s, const SessionView& v) {
    return FrameText([&](std::string& out) {
        AppendDayHeading(out, ParseDate(DatePart(v.session.start)).value_or(s.today));
        out += kDot;
        AppendTimeRange(out, v.session.start, v.session.end);
    });
}

void Details(const AppState& s, const SessionView& v, float width, bool with_description = true) {
    const Palette& p = Colours();
    // The kind above the title, unless the title already says it ("Accompagnement scolaire").
    const std::string_view kind = Tr(ActivityKindKey(v.activity.kind));
    if (kind != v.activity.title) Text(kind, FontRole::Bold, p.primary, width);
    Text(v.activity.title, FontRole::Title, 0, width);
    Text(When(s, v), FontRole::Bold, 0, width);
    if (!v.place.empty()) Text(v.place, FontRole::Body, 0, width);
    Text(FrameText([&](std::string& out) {
             AppendAgeRangeText(out, v.activity.age_min, v.activity.age_max);
             out += kDot;
             AppendPriceText(out, v.activity.price_cents);
             out += kDot;
             AppendSeatsText(out, v);
         }),
         FontRole::Body, p.text_muted, width);
    if (with_description && !v.activity.description.empty()) {
        ImGui::Dummy(Em2(0, 0.3f));
        Text(v.activity.description, FontRole::Body, 0, width);
    }
    if (!v.activity.facilitator.empty())
        Muted(FrameTrf("ui.booking.with", {{"name", v.activity.facilitator}}), width);
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
    // Beyond this kiosk's seats while the hub could not be reached: it may end on the waitlist.
    const bool pending = b.booking.status == BookingStatus::Pending;
    // ... unless the hub is still being asked: its answer comes within a moment when it is online.
    const bool asking = pending && s.hub_answer_awaited;
    const bool ask_phone = waiting && !s.visitor_has_phone;
    const float total = ImGui::GetContentRegionAvail().x;
    const bool side = ask_phone && !Portrait();
    // What was booked scrolls by touch; the way on stays at the bottom, whatever the text size.
    // Three buttons across, or, when their words would not fit (portrait, large text), the two
    // ways on above the goodbye.
    const float gap = Em(0.6f);
    const float third = (total - 2 * gap) / 3.0f;
    const bool across = ButtonWidth(Tr("ui.booking.see_mine"), icon::kBookings) <= third &&
                        ButtonWidth(Tr("ui.booking.more"), icon::kActivities) <= third &&
                        ButtonWidth(Tr("ui.welcome.goodbye"), icon::kHeart) <= third;
    const float bar_h = across ? BottomBarH() : BottomBarH() + TouchH() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##confirmation", ImVec2(0, ImGui::GetContentRegionAvail().y - bar_h), false);
    TouchScroll();
    const float inner_total = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    const std::string_view status = FrameJoin(
        {icon::kCheck, "  ",
         waiting   ? FrameTrf("ui.booking.waitlisted", {{"position", FrameNum(b.waitlist_position)}})
         : asking  ? std::string_view(Tr("ui.booking.asking_hub"))
         : pending ? std::string_view(Tr("ui.booking.pending"))
                   : std::string_view(Tr("ui.booking.confirmed"))});
    const ImU32 status_col = waiting || pending ? Colours().accent : Colours().success;
    const char* note = waiting   ? Tr(ui.phone_saved ? "ui.booking.phone_saved" : "ui.booking.waitlist_note")
                       : asking  ? Tr("ui.booking.asking_hub_note")
                       : pending ? Tr("ui.booking.pending_note")
                                 : Tr("ui.booking.code_note");
    // Landscape with little height (1280x800, large text): what was booked on the left, the
    // code on the right, so that the code is in sight without scrolling.
    const bool low = !ask_phone && !Portrait() && ImGui::GetContentRegionAvail().y < Em(21);
    if (low) {
        const float gap_x = Em(1.5f);
        const float left_w = (inner_total - gap_x) * 0.55f, right_w = inner_total - gap_x - left_w;
        ImGui::BeginGroup();
        Text(status, FontRole::Title, status_col, left_w);
        if (!s.booked_for_name.empty())
            Text(FrameTrf("ui.booking.booked_for", {{"name", s.booked_for_name}}), FontRole::Bold,
                 0, left_w);
        ImGui::Dummy(Em2(0, 0.3f));
        Text(v.activity.title, FontRole::Bold, 0, left_w);
        Text(When(s, v), FontRole::Body, 0, left_w);
        if (!v.place.empty()) Muted(v.place, left_w);
        ImGui::EndGroup();
        ImGui::SameLine(0, gap_x);
        ImGui::BeginGroup();
        BeginPanel(right_w);
        TextCentered(Tr("ui.booking.code"), FontRole::Bold, Colours().text_muted, PanelInner(right_w));
        TextCentered(b.booking.code, FontRole::Huge, Colours().primary, PanelInner(right_w));
        EndPanel();
        ImGui::Dummy(Em2(0, 0.3f));
        TextCentered(note, FontRole::Body, Colours().text_muted, right_w);
        ImGui::EndGroup();
    } else {
        const float w = side ? std::min(inner_total * 0.5f, Em(30)) : std::min(inner_total, Em(34));
        if (!side) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner_total - w) * 0.5f);
        ImGui::BeginGroup();
        TextCentered(status, FontRole::Title, status_col, w);
        if (!s.booked_for_name.empty())
            TextCentered(FrameTrf("ui.booking.booked_for", {{"name", s.booked_for_name}}),
                         FontRole::Bold, 0, w);
        ImGui::Dummy(Em2(0, 0.5f));
        BeginPanel(w);
        const float inner = PanelInner(w);
        if (side) {
            // Beside the phone form: what and when, and the code; the rest is on the programme.
            Text(v.activity.title, FontRole::Title, 0, inner);
            Text(When(s, v), FontRole::Bold, 0, inner);
        } else {
            Details(s, v, inner, false);
        }
        ImGui::Dummy(Em2(0, 0.4f));
        TextCentered(Tr("ui.booking.code"), FontRole::Bold, Colours().text_muted, inner);
        TextCentered(b.booking.code, FontRole::Huge, Colours().primary, inner);
        EndPanel();
        ImGui::Dummy(Em2(0, 0.4f));
        if (!ask_phone) TextCentered(note, FontRole::Body, Colours().text_muted, w);
        if (ask_phone && !side) Keep(action, PhoneAsk(ui, w));
        ImGui::EndGroup();
        if (side) {
            ImGui::SameLine(0, Em(2));
            ImGui::BeginChild("##phoneask", ImVec2(0, 0), false);
            TouchScroll();
            Keep(action, PhoneAsk(ui, ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize));
            ImGui::EndChild();
        }
    }
    ImGui::EndChild();
    const float bw = across ? third : (total - gap) / 2.0f;
    if (Button("booking.mine", Tr("ui.booking.see_mine"), ImVec2(bw, 0), Tone::Secondary, icon::kBookings))
        Keep(action, act::StartCheckin{AfterCheckin::MyBookings});
    ImGui::SameLine(0, gap);
    if (Button("booking.more", Tr("ui.booking.more"), ImVec2(bw, 0), Tone::Secondary, icon::kActivities))
        Keep(action, act::ShowWeek{s.week_offset});
    if (across) ImGui::SameLine(0, gap);
    if (Button("booking.done", Tr("ui.welcome.goodbye"), ImVec2(across ? bw : total, 0), Tone::Primary, icon::kHeart))
        Keep(action, act::Goodbye{});
    return action;
}

void WhoChips(const AppState& s, BookingUi& ui) {
    Title(Tr("ui.booking.for_whom"));
    Flow who;
    const std::string_view me = FrameTrf("ui.booking.for_me", {{"name", s.visitor.first_name}});
    who.Next(ChipWidth(me));
    if (Chip("booking.for_me", me, ui.for_person.empty() && !ui.new_child)) {
        ui.for_person.clear();
        ui.new_child = false;
        ui.year.clear();
    }
    int i = 0;
    for (const ChildChoice& c : s.children) {
        const std::string_view label = FrameTrf("ui.booking.for_child", {{"name", c.first_name}});
        who.Next(ChipWidth(label));
        if (Chip(FrameId({"booking.child.", i++}), label, !ui.new_child && ui.for_person == c.id)) {
            ui.for_person = c.id;
            ui.new_child = false;
            ui.year.clear();
        }
    }
    const std::string_view unregistered = Tr("ui.booking.for_new_child");
    who.Next(ChipWidth(unregistered));
    if (Chip("booking.new_child", unregistered, ui.new_child) && !ui.new_child) {
        ui.for_person.clear();
        ui.new_child = true;
        ui.focus = BookingUi::Focus::ChildFirst;
        ui.in_view = {};
        ui.year.clear();
    }
}

Action BookNewChild(const SessionView& v, const BookingUi& ui, bool full) {
    if (ui.child_first.empty() || ui.child_year.size() != 4) return {};
    return act::BookNewChild{v.session.id, ui.child_first, std::stoi(ui.child_year), full};
}

// What is typed before booking (a child not yet registered, or a birth year the activity needs):
// the form on one side and the keyboard on the other when its keys stay a finger wide there,
// else the keyboard under the form (portrait, large text), the form scrolling to the field being
// typed. The session is recalled in one line above "Pour qui ?"; "Retour" and the button that
// books stay at the bottom.
Action TypedForm(const AppState& s, BookingUi& ui, const SessionView& v, bool full, bool ask_year) {
    Action action;
    using Focus = BookingUi::Focus;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float scrollbar = ImGui::GetStyle().ScrollbarSize + Em(0.4f);  // and room for the clip edge
    const float body_h = avail.y - (TouchH() + Em(0.6f));
    const float side_form_w = std::min(avail.x * 0.45f, Em(28));
    const float side_kb_w = avail.x - side_form_w - Em(2) - scrollbar;
    const bool digits = ask_year || ui.focus == Focus::ChildYear;
    // The keypad is narrow: beside the form in landscape. The letters go beside it only when
    // their keys stay a finger wide there.
    const bool beside = !Portrait() && (digits || AzertyKeyWidth(std::min(side_kb_w, Em(34))) >= TouchH());
    float kb_w = 0, kb_h = 0;
    if (digits) {
        kb_w = NumpadWidthWithin(std::min(beside ? side_kb_w : avail.x, Em(14)), beside ? body_h : body_h * 0.6f);
        kb_h = NumpadHeight(kb_w);
    } else {
        kb_w = std::min(beside ? side_kb_w : avail.x, Em(34));
        kb_h = AzertyHeight(kb_w);
    }
    const float form_w = beside ? side_form_w : std::min(avail.x - scrollbar, Em(34));
    const float form_h = beside ? body_h : std::max(TouchH() + Em(1.4f), body_h - kb_h - spacing);

    ImGui::BeginChild("##typedform", ImVec2(form_w + scrollbar, form_h), false);
    TouchScroll();
    Text(v.activity.title, FontRole::Bold, Colours().primary, form_w);
    Muted(FrameText([&](std::string& out) {
              out += When(s, v);
              out += kDot;
              AppendAgeRangeText(out, v.activity.age_min, v.activity.age_max);
          }),
          form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    WhoChips(s, ui);
    ImGui::Dummy(Em2(0, 0.3f));
    auto show_when_focused = [&ui](Focus field) {
        if (ui.focus == field) KeepInView(ui.in_view, static_cast<int>(field));
    };
    const int seats = SeatsBooked(v.activity, ui.seats);
    std::string* typing = nullptr;
    if (!ask_year) {
        Text(Tr("ui.booking.new_child_note"), FontRole::Body, 0, form_w);
        const float half = (form_w - Em(0.6f)) * 0.5f;
        // Side by side when both labels fit their half, else one under the other.
        const bool two = TextSize(Tr("ui.booking.child_first"), FontRole::Bold).x <= half &&
                         TextSize(Tr("ui.booking.child_year"), FontRole::Bold).x <= half;
        const float field_w = two ? half : form_w;
        ImGui::BeginGroup();
        if (Field("booking.child_first", Tr("ui.booking.child_first"), ui.child_first, ui.focus == Focus::ChildFirst, {}, false, field_w))
            ui.focus = Focus::ChildFirst;
        show_when_focused(Focus::ChildFirst);
        ImGui::EndGroup();
        if (two) ImGui::SameLine();
        ImGui::BeginGroup();
        if (Field("booking.child_year", Tr("ui.booking.child_year"), ui.child_year, ui.focus == Focus::ChildYear,
                  Tr("ui.booking.child_year_hint"), false, field_w))
            ui.focus = Focus::ChildYear;
        show_when_focused(Focus::ChildYear);
        ImGui::EndGroup();
        if (full) Text(Tr("ui.booking.full_note_child"), FontRole::Body, 0, form_w);
        typing = digits ? &ui.child_year : &ui.child_first;
    } else {
        // The prompt names whose year it is: a parent booking for themselves must not type
        // their child's year here.
        const Id& booked_for = ui.for_person.empty() ? s.visitor.person_id : ui.for_person;
        if (booked_for == s.visitor.person_id) {
            Text(FrameTrf("ui.booking.year_needed_mine", {{"name", s.visitor.first_name}}),
                 FontRole::Bold, 0, form_w);
            if (IsForChildren(v.activity)) Muted(Tr("ui.booking.year_child_hint"), form_w);
        } else {
            std::string_view name;
            for (const ChildChoice& c : s.children)
                if (c.id == booked_for) name = c.first_name;
            Text(FrameTrf("ui.booking.year_needed", {{"name", name}}), FontRole::Bold, 0, form_w);
        }
        ImGui::Dummy(Em2(0, 0.2f));
        Field("booking.year", Tr("ui.checkin.birth_year"), ui.year, true, Tr("ui.booking.year_hint"), false, std::min(Em(10), form_w));
        typing = &ui.year;
    }
    ImGui::Dummy(Em2(0, 0.3f));  // room under the last field, so that scrolled to it shows it whole
    ImGui::EndChild();

    if (beside) {
        ImGui::SameLine(0, Em(2));
    } else {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - kb_w) * 0.5f));
    }
    ImGui::BeginGroup();
    const KeyEvent key = digits ? Numpad("booking.numpad", *typing, 4, Tr("ui.key.ok"), kb_w)
                                : Azerty("booking.keyboard", ui.kb, *typing, kMaxNameChars, kb_w);
    ImGui::EndGroup();
    auto book = [&]() -> Action {
        if (ask_year) return ui.year.size() == 4 ? Action(act::Book{v.session.id, ui.for_person, seats, full, std::stoi(ui.year)}) : Action{};
        return BookNewChild(v, ui, full);
    };
    if (key == KeyEvent::Enter) {
        if (!ask_year && ui.focus == Focus::ChildFirst) {
            ui.focus = Focus::ChildYear;
        } else {
            Keep(action, book());
        }
    }

    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH());
    const float x0 = ImGui::GetCursorPosX();
    if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
    const char* label = ask_year ? Tr("ui.booking.year_and_book") : full ? Tr("ui.booking.child_waitlist") : Tr("ui.booking.child_and_book");
    const bool ready = ask_year ? ui.year.size() == 4 : !ui.child_first.empty() && ui.child_year.size() == 4;
    const float go_w = std::min(std::max(Em(12), ButtonWidth(label, icon::kCheck)), avail.x - ButtonWidth(Tr("ui.back"), icon::kBack) - Em(1));
    ImGui::SameLine(x0 + avail.x - go_w);
    if (Button("booking.confirm", label, ImVec2(go_w, 0), Tone::Primary, icon::kCheck, ready)) Keep(action, book());
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
    const Id& booked_for = ui.for_person.empty() ? s.visitor.person_id : ui.for_person;
    const bool ask_year = !ui.new_child && !s.year_needed_for.empty() && s.year_needed_for == booked_for;
    if ((ui.new_child || ask_year) && !s.visitor.person_id.empty()) {
        return TypedForm(s, ui, v, full, ask_year);
    }

    // The details and the choices scroll by touch; Retour and the button that books stay at the
    // bottom, whatever the text size.
    const bool portrait = Portrait();
    const float total = ImGui::GetContentRegionAvail().x;
    const float gap = Em(1.5f);
    ImGui::BeginChild("##booking", ImVec2(0, ImGui::GetContentRegionAvail().y - BottomBarH()), false);
    TouchScroll();
    const float body_w = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    const float left_w = portrait ? body_w : body_w * 0.55f;
    const float right_w = portrait ? body_w : body_w - left_w - gap;
    BeginPanel(left_w);
    Details(s, v, PanelInner(left_w));
    EndPanel();
    if (!portrait) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    if (s.visitor.person_id.empty()) {
        Text(Tr("ui.booking.who_title"), FontRole::Title, 0, right_w);
        Text(Tr("ui.booking.identify_first"), FontRole::Body, 0, right_w);
    } else {
        WhoChips(s, ui);
        ImGui::Dummy(Em2(0, 0.5f));
        if (!OneSeatABooking(v.activity)) {
            Stepper("booking.seats", Tr("ui.booking.seats"), ui.seats, 1, 10);
            ImGui::Dummy(Em2(0, 0.5f));
        }
        if (full) Text(s.visitor_has_phone ? Tr("ui.booking.full_note") : Tr("ui.booking.full_note_no_phone"), FontRole::Body, 0, right_w);
    }
    ImGui::EndGroup();
    ImGui::EndChild();

    if (Button("booking.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::ShowWeek{s.week_offset});
    const float back_w = ImGui::GetItemRectSize().x;
    const float go_w = portrait ? total - back_w - Em(1) : std::min(total - back_w - Em(1), right_w + ImGui::GetStyle().ScrollbarSize);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - go_w);
    if (s.visitor.person_id.empty()) {
        if (Button("booking.identify", Tr("ui.booking.identify"), ImVec2(go_w, 0), Tone::Primary, icon::kVisit))
            Keep(action, act::StartCheckin{AfterCheckin::Booking});
    } else {
        const int seats = SeatsBooked(v.activity, ui.seats);
        if (Button("booking.confirm", full ? Tr("ui.booking.join_waitlist") : Tr("ui.booking.confirm"), ImVec2(go_w, 0), Tone::Primary,
                   icon::kCheck))
            Keep(action, act::Book{v.session.id, ui.for_person, seats, full});
    }
    return action;
}

}  // namespace palier::ui
