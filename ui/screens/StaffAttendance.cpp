// Staff "Attendance": pick a week and one of its sessions (today's first, the days gone by
// folded), tap each person present or absent; the waitlist is shown below.
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffAttendance(const AppState& s, StaffAttendanceUi& ui) {
    Action action;
    const Palette& p = Colours();
    const float total = ImGui::GetContentRegionAvail().x;
    const float list_w = std::clamp(total * 0.36f, Em(12), Em(20));
    ImGui::BeginChild("##attsessions", ImVec2(list_w, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Title(Tr("ui.att.title"));
    Keep(action, DrawWeekPicker(s, "att.week", ImGui::GetContentRegionAvail().x - Em(0.1f)));
    ImGui::Dummy(Em2(0, 0.2f));
    int count = 0;
    ForWeekSessions(s, ui.show_past, "att.sessions", [&](const SessionView& v, int i) {
        ++count;
        const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
        const std::string_view label = FrameText([&](std::string& out) {
            AppendShortDay(out, day);
            out += ' ';
            AppendClockTime(out, v.session.start);
            (out += kDot) += v.activity.title;
        });
        if (Button(FrameId({"att.session.", i}), label,
                   ImVec2(ImGui::GetContentRegionAvail().x - Em(0.1f), Em(3.4f)),
                   s.roster_session_id == v.session.id ? Tone::Primary : Tone::Secondary))
            Keep(action, act::PickRoster{v.session.id});
    });
    if (count == 0 && !ui.show_past) {
        bool any = false;
        for (const SessionView& v : s.week) any |= !v.session.cancelled;
        if (!any) Muted(Tr("ui.att.no_session"));
    }
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    if (BeginCard("att.roster", ImVec2(0, ImGui::GetContentRegionAvail().y), true)) {
        if (s.roster_session_id.empty()) {
            Muted(Tr("ui.att.pick"));
        } else {
            const float w = ImGui::GetContentRegionAvail().x;
            int present = 0, listed = 0;
            for (const RosterLine& r : s.roster)
                if (r.booking.status != BookingStatus::Waitlisted) {
                    ++listed;
                    if (r.booking.status == BookingStatus::Attended) ++present;
                }
            Text(FrameTrf("ui.att.count",
                          {{"present", FrameNum(present)}, {"count", FrameNum(listed)}}),
                 FontRole::Title);
            int row = 0;
            bool waitlist_header = false;
            for (const RosterLine& r : s.roster) {
                const int idx = row++;
                const std::string_view name =
                    r.booking.seats > 1 ? FrameJoin({r.person.first_name, " ", r.person.last_name,
                                                     "  (+", r.booking.seats - 1, ")"})
                                        : FrameJoin({r.person.first_name, " ", r.person.last_name});
                if (r.booking.status == BookingStatus::Waitlisted) {
                    if (!waitlist_header) {
                        ImGui::Dummy(Em2(0, 0.4f));
                        Text(Tr("ui.att.waitlist"), FontRole::Bold, p.accent);
                        waitlist_header = true;
                    }
                    Text(FrameJoin({r.waitlist_position, ".  ", name}), FontRole::Body,
                         p.text_muted);
                    continue;
                }
                const float bw = Em(8);
                const float name_w = w - 2 * bw - Em(1);
                const ImVec2 a = ImGui::GetCursorScreenPos();
                // Homework help: each pupil with their tutor, under the name.
                const std::string_view tutor =
                    r.booking.tutor.empty() ? std::string_view()
                                            : FrameTrf("ui.att.tutor", {{"name", r.booking.tutor}});
                float name_h = TextSize(name, FontRole::Bold, name_w).y;
                if (!tutor.empty()) name_h += TextSize(tutor, FontRole::Body, name_w).y;
                ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + std::max(0.0f, (TouchH() - name_h) * 0.5f)));
                ImGui::BeginGroup();
                Text(name, FontRole::Bold, 0, name_w);
                if (!tutor.empty()) Text(tutor, FontRole::Body, p.text_muted, name_w);
                ImGui::EndGroup();
                const float row_bottom = ImGui::GetItemRectMax().y;
                ImGui::SetCursorScreenPos(ImVec2(a.x + w - 2 * bw - Em(0.6f), a.y));
                const bool here = r.booking.status == BookingStatus::Attended;
                const bool absent = r.booking.status == BookingStatus::NoShow;
                if (Button(FrameId({"att.present.", idx}), Tr("ui.att.present"), ImVec2(bw, 0),
                           here ? Tone::Success : Tone::Secondary, here ? icon::kCheck : nullptr))
                    Keep(action, act::Mark{r.booking.id, true});
                ImGui::SameLine();
                if (Button(FrameId({"att.absent.", idx}), Tr("ui.att.absent"), ImVec2(bw, 0),
                           absent ? Tone::Danger : Tone::Secondary))
                    Keep(action, act::Mark{r.booking.id, false});
                if (ImGui::GetCursorScreenPos().y < row_bottom) ImGui::SetCursorScreenPos(ImVec2(a.x, row_bottom + ImGui::GetStyle().ItemSpacing.y));
                ImGui::Separator();
            }
            if (s.roster.empty()) Muted(Tr("ui.att.empty"));
        }
    }
    EndCard();
    return action;
}

}  // namespace palier::ui
