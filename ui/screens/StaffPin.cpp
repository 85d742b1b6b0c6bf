// Staff sign-in: choose your name, type your PIN on the numeric pad. The check runs on the
// worker (PIN hashing takes ~0.1 s); three wrong PINs lock the account (kiosk/StaffAuth.h).
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/StaffAuth.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffPin(const AppState& s, StaffPinUi& ui) {
    Action action;
    const float total = ImGui::GetContentRegionAvail().x;
    const bool portrait = Portrait();
    const float left_w = portrait ? total : std::min(total * 0.5f, Em(22));
    ImGui::BeginGroup();
    Title(Tr("ui.pin.title"));
    Muted(Tr("ui.pin.who"), left_w);
    ImGui::Dummy(Em2(0, 0.3f));
    if (ui.staff_id.empty() && !s.staff_list.empty()) ui.staff_id = s.staff_list.front().id;
    int i = 0;
    for (const StaffChoice& c : s.staff_list) {
        const std::string id = "pin.staff." + std::to_string(i++);
        const std::string label = c.name + "  \xC2\xB7  " + Tr(RoleKey(c.role));
        if (Button(id.c_str(), label, ImVec2(left_w, 0), ui.staff_id == c.id ? Tone::Primary : Tone::Secondary)) {
            ui.staff_id = c.id;
            ui.pin.clear();
        }
    }
    if (s.staff_list.empty()) Text(Tr("ui.pin.no_staff"), FontRole::Body, 0, left_w);
    ImGui::Dummy(Em2(0, 0.5f));
    if (Button("pin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Finish{});
    ImGui::EndGroup();
    if (!portrait) ImGui::SameLine(0, Em(3));
    ImGui::BeginGroup();
    const float pad_w = Em(14);
    Text(Tr("ui.pin.enter"), FontRole::Bold, 0, pad_w);
    Field("pin.field", {}, ui.pin, true, Tr("ui.pin.hint"), true, pad_w);
    ImGui::Dummy(Em2(0, 0.2f));
    if (s.busy) {
        Text(Tr("ui.pin.checking"), FontRole::Bold, Colours().primary, pad_w);
    } else if (Numpad("pin.pad", ui.pin, 12, Tr("ui.pin.ok"), pad_w) == KeyEvent::Enter && !ui.staff_id.empty() &&
               !ui.pin.empty()) {
        Keep(action, act::SignIn{ui.staff_id, ui.pin});
    }
    ImGui::EndGroup();
    return action;
}

}  // namespace palier::ui
