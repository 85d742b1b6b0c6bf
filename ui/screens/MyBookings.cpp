// My bookings: each upcoming booking with its status and code; cancel after a "yes".
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawMyBookings(const AppState& s, MyBookingsUi& ui) {
    Action action;
    const Palette& p = Colours();
    Title(Tr("ui.mybookings.title"));
    if (!s.visitor.label.empty()) Muted(s.visitor.label);
    ImGui::Dummy(Em2(0, 0.4f));
    ImGui::BeginChild("##mine", ImVec2(0, ImGui::GetContentRegionAvail().y - BottomBarH()), false);
    TouchScroll();
    const float width = ImGui::GetContentRegionAvail().x - Em(0.2f);
    if (s.my_bookings.empty()) {
        ImGui::Dummy(Em2(0, 2));
        TextCentered(Tr("ui.mybookings.none"), FontRole::Body, p.text_muted);
        ImGui::Dummy(Em2(0, 1));
        ImGui::SetCursorPosX((width - Em(16)) * 0.5f);
        if (Button("mybookings.browse", Tr("ui.welcome.activities"), ImVec2(Em(16), 0), Tone::Primary, icon::kActivities))
            Keep(action, act::ShowWeek{0});
    }
    int i = 0;
    for (const BookingView& b : s.my_bookings) {
        const int idx = i++;
        // Words on the left (what, when, status and code), the buttons on the right; the row
        // is as tall as its words at the chosen text size.
        const bool confirming = ui.confirm_cancel == b.booking.id;
        const float btn_w = Em(9);
        const float buttons_w = confirming ? btn_w * 2 + Em(0.3f) : btn_w;
        const float words_w = width - buttons_w - Em(2.4f);
        const Date day = ParseDate(DatePart(b.session.start)).value_or(s.today);
        const std::string_view when = FrameText([&](std::string& out) {
            AppendDayHeading(out, day);
            out += kDot;
            AppendTimeRange(out, b.session.start, b.session.end);
            if (b.booking.seats <= 1) return;
            out += kDot;
            AppendTrf(out, "ui.mybookings.seats", {{"count", FrameNum(b.booking.seats)}});
        });
        // What the hub decided while this kiosk could not ask it, said in plain words.
        const bool hub_waitlisted = b.booking.status == BookingStatus::Waitlisted && b.booking.hub_note == "waitlisted";
        const bool hub_cancelled = b.booking.status == BookingStatus::Cancelled;
        const std::string_view status = FrameText([&](std::string& out) {
            if (hub_cancelled) {
                out += Tr("ui.mybookings.session_cancelled");
                return;
            }
            if (b.booking.status == BookingStatus::Waitlisted)
                AppendTrf(out, "ui.mybookings.position", {{"position", FrameNum(b.waitlist_position)}});
            else
                out += Tr(BookingStatusKey(b.booking.status));
            if (!hub_waitlisted) return;
            out += kDot;
            out += Tr("ui.mybookings.no_seat_left_at_sync");
        });
        const std::string_view code = FrameTrf("ui.mybookings.code", {{"code", b.booking.code}});
        const float words_h = TextSize(b.activity.title, FontRole::Bold, words_w).y + TextSize(when, FontRole::Body, words_w).y +
                              TextSize(status, FontRole::Bold, words_w).y + TextSize(code, FontRole::Body, words_w).y;
        const float h = std::max(Em(4.6f), words_h + Em(1.0f));
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), p.surface, Em(0.5f));
        dl->AddRect(a, ImVec2(a.x + width, a.y + h), p.border, Em(0.5f));
        ImGui::SetCursorScreenPos(ImVec2(a.x + Em(0.8f), a.y + Em(0.5f)));
        ImGui::BeginGroup();
        Text(b.activity.title, FontRole::Bold, 0, words_w);
        Text(when, FontRole::Body, p.text_muted, words_w);
        const bool confirmed = b.booking.status == BookingStatus::Confirmed || b.booking.status == BookingStatus::Attended;
        Text(status, FontRole::Bold, confirmed ? p.success : p.accent, words_w);
        Text(code, FontRole::Body, 0, words_w);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(a.x + width - buttons_w - Em(0.8f), a.y + (h - TouchH()) * 0.5f));
        if (confirming) {
            if (Button(FrameId({"mybookings.keep.", idx}), Tr("ui.mybookings.keep"),
                       ImVec2(btn_w, 0), Tone::Secondary))
                ui.confirm_cancel.clear();
            ImGui::SameLine(0, Em(0.3f));
            if (Button(FrameId({"mybookings.yes.", idx}), Tr("ui.mybookings.yes_cancel"),
                       ImVec2(btn_w, 0), Tone::Danger))
                Keep(action, act::CancelMine{b.booking.id});
        } else if (hub_cancelled) {
            ImGui::Dummy(ImVec2(btn_w, 0));
        } else if (Button(FrameId({"mybookings.cancel.", idx}), Tr("ui.mybookings.cancel"),
                          ImVec2(btn_w, 0), Tone::Secondary)) {
            ui.confirm_cancel = b.booking.id;
        }
        ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h + Em(0.6f)));
        ImGui::Dummy(ImVec2(width, 0));
    }
    ImGui::EndChild();
    if (Button("mybookings.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    ImGui::SameLine();
    if (Button("mybookings.more", Tr("ui.booking.more"), ImVec2(0, 0), Tone::Secondary, icon::kActivities))
        Keep(action, act::ShowWeek{0});
    return action;
}

}  // namespace palier::ui
