// Staff "Sync": this kiosk has no hub yet, so it says so plainly, with how many changes are
// waiting to be sent.
#include <string>

#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffSync(const AppState& s, StaffSyncUi&) {
    Title(Tr("ui.sync.title"));
    ImGui::Dummy(Em2(0, 0.4f));
    if (BeginCard("sync.card", ImVec2(std::min(ImGui::GetContentRegionAvail().x, Em(34)), Em(12)))) {
        Text(FrameJoin({icon::kSync, "  ", Tr("ui.sync.not_set_up")}), FontRole::Bold);
        ImGui::Dummy(Em2(0, 0.3f));
        Text(Tr("ui.sync.explain"));
        ImGui::Dummy(Em2(0, 0.3f));
        Text(FrameTrf("ui.sync.pending", {{"count", FrameNum(s.pending_changes)}}), FontRole::Bold,
             Colours().primary);
    }
    EndCard();
    return {};
}

}  // namespace palier::ui
