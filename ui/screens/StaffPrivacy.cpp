// Staff "Privacy": find a person, export what is held about them, erase them (after a
// confirmation), run the retention purge and show what it did.
#include <string>

#include "kiosk/Privacy.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffPrivacy(const AppState& s, StaffPrivacyUi& ui) {
    Action action;
    const float total = ImGui::GetContentRegionAvail().x;
    const float col = (total - Em(1.2f)) * 0.5f;
    ImGui::BeginChild("##privacy1", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Title(Tr("ui.privacy.title"));
    // An export, an erasure or the purge runs on the worker: the screen stays live and says so.
    if (s.busy) Text(Tr("ui.privacy.working"), FontRole::Bold, Colours().primary);
    Keep(action, DrawPersonPicker(s, ui.pick, "privacy.pick"));
    if (!ui.pick.person_id.empty()) {
        ImGui::Dummy(Em2(0, 0.3f));
        if (Button("privacy.export", Tr("ui.privacy.export"), ImVec2(-1, 0), Tone::Secondary, icon::kPaper))
            Keep(action, act::Export{ui.pick.person_id});
        if (!ui.confirm_erase) {
            if (Button("privacy.erase", Tr("ui.privacy.erase"), ImVec2(-1, 0), Tone::Danger)) ui.confirm_erase = true;
        } else {
            Banner(FrameTrf("ui.privacy.erase_confirm", {{"label", ui.pick.label}}), true);
            if (Button("privacy.keep", Tr("ui.cancel"), ImVec2(0, 0), Tone::Secondary)) ui.confirm_erase = false;
            ImGui::SameLine();
            if (Button("privacy.yes_erase", Tr("ui.privacy.yes_erase"), ImVec2(0, 0), Tone::Danger))
                Keep(action, act::Erase{ui.pick.person_id});
        }
    }
    ImGui::Dummy(Em2(0, 0.6f));
    Text(Tr("ui.privacy.purge_title"), FontRole::Bold);
    Muted(FrameTrf("ui.privacy.purge_explain", {{"months", FrameNum(kRetentionMonths)}}));
    if (!ui.confirm_purge) {
        if (Button("privacy.purge", Tr("ui.privacy.purge"), ImVec2(0, 0), Tone::Secondary)) ui.confirm_purge = true;
    } else {
        if (Button("privacy.purge_keep", Tr("ui.cancel"), ImVec2(0, 0), Tone::Secondary)) ui.confirm_purge = false;
        ImGui::SameLine();
        if (Button("privacy.purge_yes", Tr("ui.privacy.purge_yes"), ImVec2(0, 0), Tone::Danger)) Keep(action, act::Purge{});
    }
    if (s.purge)
        Text(FrameTrf("ui.privacy.purged",
                      {{"count", FrameNum(s.purge->erased)}, {"date", s.purge->cutoff}}),
             FontRole::Bold, Colours().primary);
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    if (BeginCard("privacy.export_view", ImVec2(0, ImGui::GetContentRegionAvail().y), true)) {
        if (s.export_json.empty()) {
            Muted(Tr("ui.privacy.export_here"));
        } else {
            if (!s.export_path.empty()) Muted(s.export_path);
            // Staff-only view of the export (it is what the person asked to see).
            Text(s.export_json, FontRole::Body);
        }
    }
    EndCard();
    return action;
}

}  // namespace palier::ui
