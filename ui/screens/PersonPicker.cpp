// The staff person picker: type a name (any prefix of first or last name), pick a result.
// Results come from SearchPeopleForStaff and are shown masked.
#include <string>

#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawPersonPicker(const AppState& s, PersonPick& pick, const char* id) {
    Action action;
    ImGui::PushID(id);
    const float w = ImGui::GetContentRegionAvail().x;
    if (!pick.person_id.empty()) {
        Text(Tr("ui.picker.chosen"), FontRole::Bold, 0, w);
        const float bw = ButtonWidth(Tr("ui.picker.change"));
        Button("picker.chosen", pick.label, ImVec2(w - bw - Em(0.6f), 0), Tone::Quiet, icon::kVisit, true);
        ImGui::SameLine();
        if (Button("picker.change", Tr("ui.picker.change"), ImVec2(bw, 0), Tone::Secondary)) {
            pick.person_id.clear();
            pick.label.clear();
            pick.typing = true;
        }
        ImGui::PopID();
        return action;
    }
    const float sw = ButtonWidth(Tr("ui.picker.search"));
    ImGui::BeginGroup();
    if (Field("picker.query", Tr("ui.picker.label"), pick.query, pick.typing, Tr("ui.picker.hint"), false, w - sw - Em(0.6f)))
        pick.typing = true;
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetItemRectSize().y - TouchH());
    if (Button("picker.search", Tr("ui.picker.search"), ImVec2(sw, 0), Tone::Primary, nullptr, !pick.query.empty()))
        Keep(action, act::StaffSearch{pick.query});
    int i = 0;
    for (const auto& m : s.staff_matches) {
        const std::string rid = "picker.result." + std::to_string(i++);
        const std::string label = MaskedLabel(m);
        if (Button(rid.c_str(), label, ImVec2(w, 0), Tone::Secondary)) {
            pick.person_id = m.id;
            pick.label = label;
            pick.typing = false;
        }
        if (i >= 5) break;
    }
    if (pick.typing && Azerty("picker.kb", pick.kb, pick.query, 40, w) == KeyEvent::Enter && !pick.query.empty())
        Keep(action, act::StaffSearch{pick.query});
    ImGui::PopID();
    return action;
}

}  // namespace palier::ui
