// Staff "Today": the visitor log of the day, and a quick add of a walk-in on someone's behalf.
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/LongList.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {
void AppendReasons(std::string& out, uint32_t bits) {
    bool first = true;
    for (VisitReason r : AllReasons())
        if (bits & r) {
            if (!first) out += ", ";
            out += Tr(ReasonKey(r));
            first = false;
        }
}
// The day's log, in a card `width` wide.
void VisitList(const AppState& s, StaffTodayUi& ui, float width) {
    const Palette& p = Colours();
    ImGui::BeginGroup();
    Title(FrameTrf("ui.today.title",
                   {{"count", FrameNum(static_cast<long long>(s.visits_today.size()))}}));
    if (!ui.adding) {
        if (Button("today.add", Tr("ui.today.add"), ImVec2(0, 0), Tone::Primary, icon::kNew)) ui.adding = true;
    }
    ImGui::Dummy(Em2(0, 0.2f));
    if (BeginCard("today.list", ImVec2(width, ImGui::GetContentRegionAvail().y), true)) {
        if (s.visits_today.empty()) Muted(Tr("ui.today.none"));
        // A busy day counts a few hundred visits: only those in sight are drawn.
        LongList("today.rows", s.visits_today.size(), [&](size_t i) {
            const VisitRow& r = s.visits_today[i];
            Text(FrameText([&](std::string& out) {
                     AppendClockTime(out, r.visit.at);
                     out += "   ";
                     out += r.label.empty() ? std::string_view(Tr("ui.today.anonymous"))
                                            : std::string_view(r.label);
                 }),
                 FontRole::Bold, 0, -1);
            Text(FrameText([&](std::string& out) {
                     AppendReasons(out, r.visit.reasons);
                     out += kDot;
                     out += r.visit.is_new ? Tr("ui.today.new") : Tr("ui.today.returning");
                 }),
                 FontRole::Body, p.text_muted);
            ImGui::Separator();
        });
    }
    EndCard();
    ImGui::EndGroup();
}

}  // namespace

Action DrawStaffToday(const AppState& s, StaffTodayUi& ui) {
    Action action;
    const float total = ImGui::GetContentRegionAvail().x;
    if (!ui.adding) {
        VisitList(s, ui, total);
        return action;
    }
    // Searching or registering someone: the form needs the room, the day's list steps aside.
    const bool form_out = ui.pick.person_id.empty() && (ui.pick.typing || ui.pick.registering);
    if (!form_out) {
        VisitList(s, ui, total * 0.5f);
        ImGui::SameLine(0, Em(1.2f));
    }
    ImGui::BeginGroup();
    // The form scrolls; its buttons stay in sight under it.
    const float bar_h = BottomBarH();
    ImGui::BeginChild("##todayadd", ImVec2(0, ImGui::GetContentRegionAvail().y - bar_h), false);
    TouchScroll();
    Title(Tr("ui.today.add_title"));
    Keep(action, DrawPersonPicker(s, ui.pick, "today.pick"));
    Muted(Tr("ui.today.person_optional"));
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.today.reasons"), FontRole::Bold);
    Flow flow;
    for (VisitReason r : AllReasons()) {
        flow.Next(ChipWidth(Tr(ReasonKey(r))));
        if (Chip(FrameId({"today.", ReasonKey(r)}), Tr(ReasonKey(r)), (ui.reasons & r) != 0))
            ui.reasons ^= r;
    }
    ImGui::EndChild();
    ImGui::Dummy(Em2(0, 0.1f));
    if (Button("today.cancel", Tr("ui.cancel"), ImVec2(0, 0), Tone::Quiet)) ui = StaffTodayUi{};
    ImGui::SameLine();
    if (Button("today.save", Tr("ui.today.save"), ImVec2(0, 0), Tone::Primary, icon::kCheck, ui.reasons != 0))
        Keep(action, act::StaffLogVisit{ui.pick.person_id, ui.reasons});
    ImGui::EndGroup();
    return action;
}

}  // namespace palier::ui
