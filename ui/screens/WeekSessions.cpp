// Shared by the staff Print and Attendance screens: the week picker (‹ week ›, and back to this
// week) and the week's sessions listed from today on, the days already past folded below.
#include <algorithm>
#include <string>

#include "kiosk/Format.h"
#include "kiosk/UiQueries.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawWeekPicker(const AppState& s, const char* id, float width) {
    Action action;
    ImGui::PushID(id);
    const int off = s.staff_week_offset;
    const float bw = TouchH() * 1.2f;
    const std::string_view label =
        off == 0    ? std::string_view(Tr("ui.week.this"))
        : off == 1  ? std::string_view(Tr("ui.week.next"))
        : off == -1 ? std::string_view(Tr("ui.week.previous"))
                    : FrameTrf("ui.week.of", {{"date", FrameText([&](std::string& out) {
                                                   AppendDayHeading(out, s.monday);
                                               })}});
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const float label_w = width - 2 * bw - 2 * sp;
    if (label_w < TextSize(label, FontRole::Bold).x) {
        // A narrow column: the week's name above, the two arrows under it.
        TextCentered(label, FontRole::Bold, 0, width);
        const float half = (width - sp) * 0.5f;
        if (Button("week.prev", icon::kBack, ImVec2(half, 0), Tone::Secondary, nullptr,
                   off > -kStaffWeeksBack))
            Keep(action, act::StaffWeek{off - 1});
        ImGui::SameLine();
        if (Button("week.next", icon::kNext, ImVec2(half, 0), Tone::Secondary, nullptr,
                   off < kStaffWeeksAhead))
            Keep(action, act::StaffWeek{off + 1});
    } else {
        if (Button("week.prev", icon::kBack, ImVec2(bw, 0), Tone::Secondary, nullptr,
                   off > -kStaffWeeksBack))
            Keep(action, act::StaffWeek{off - 1});
        ImGui::SameLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(
            ImVec2(at.x, at.y + (TouchH() - Font(FontRole::Bold)->FontSize) * 0.5f));
        TextCentered(label, FontRole::Bold, 0, label_w);
        ImGui::SetCursorScreenPos(ImVec2(at.x + label_w + sp, at.y));
        if (Button("week.next", icon::kNext, ImVec2(bw, 0), Tone::Secondary, nullptr,
                   off < kStaffWeeksAhead))
            Keep(action, act::StaffWeek{off + 1});
    }
    if (off != 0) {
        const std::string_view back = Tr("ui.week.back_to_this");
        const float bw_back = std::min(width, ButtonWidth(back, icon::kToday));
        const float bh =
            std::max(TouchH(), TextSize(back, FontRole::Bold, bw_back - Em(3)).y * 1.1f + Em(0.8f));
        if (Button("week.this", back,
                   ImVec2(bw_back, bw_back < ButtonWidth(back, icon::kToday) ? bh : 0), Tone::Quiet,
                   icon::kToday))
            Keep(action, act::StaffWeek{0});
    }
    ImGui::PopID();
    return action;
}

void ForWeekSessions(const AppState& s, bool& show_past, const char* id,
                     FunctionRef<void(const SessionView&, int)> row) {
    const std::string today = FormatDate(s.today);  // ten characters: kept in the string itself
    int past = 0, coming = 0;
    for (const SessionView& v : s.week) {
        if (v.session.cancelled) continue;
        (DatePart(v.session.start) < today ? past : coming) += 1;
    }
    int i = 0;
    for (const SessionView& v : s.week)
        if (!v.session.cancelled && DatePart(v.session.start) >= today) row(v, i++);
    if (past == 0) return;
    // Only this week has both: a week gone by shows its days as they are.
    if (coming > 0) {
        ImGui::Dummy(Em2(0, 0.2f));
        const std::string_view fold = FrameTrf(
            show_past ? "ui.week.hide_past" : "ui.week.show_past", {{"count", FrameNum(past)}});
        if (Button(FrameId({id, ".past"}), fold,
                   ImVec2(ImGui::GetContentRegionAvail().x - Em(0.1f), 0), Tone::Quiet))
            show_past = !show_past;
        if (!show_past) return;
    }
    for (const SessionView& v : s.week)
        if (!v.session.cancelled && DatePart(v.session.start) < today) row(v, i++);
}

}  // namespace palier::ui
