// Staff sign-in: type your PIN on the numeric pad; the PIN alone says who you are. The check
// runs on the worker (PIN hashing takes ~0.1 s per account); three wrong PINs in a row lock PIN
// entry at this kiosk for a while (kiosk/StaffAuth.h).
// The notice (wrong PIN, locked, checking) has a slot of its own of fixed height, drawn here
// instead of above the screen, so the keypad never moves under the finger between tries.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffPin(const AppState& s, StaffPinUi& ui) {
    Action action;
    const float total = ImGui::GetContentRegionAvail().x;
    const bool portrait = Portrait();
    // The pad keeps its width; the words take what is left (large text on a small screen).
    const float pad_w = std::floor(std::min(Em(14), portrait ? total : total * 0.55f));
    const float gap = Em(2);
    const float left_w = portrait ? total : std::min(total - pad_w - gap, Em(22));
    ImGui::BeginGroup();
    Title(Tr("ui.pin.title"));
    Muted(Tr("ui.pin.who"), left_w);
    if (s.staff_list.empty()) Text(Tr("ui.pin.no_staff"), FontRole::Body, 0, left_w);
    ImGui::Dummy(Em2(0, 0.5f));
    // The slot: as tall as a three-line notice, whatever is (or is not) in it.
    const ImVec2 slot = ImGui::GetCursorPos();
    const float slot_h = Em(5.2f);
    ImGui::BeginChild("##pinnotice", ImVec2(left_w, slot_h), false, ImGuiWindowFlags_NoScrollbar);
    if (s.busy) Text(Tr("ui.pin.checking"), FontRole::Bold, Colours().primary, left_w);
    else if (!s.notice.text.empty()) Banner(s.notice.text, s.notice.error);
    ImGui::EndChild();
    ImGui::SetCursorPos(ImVec2(slot.x, slot.y + slot_h + ImGui::GetStyle().ItemSpacing.y));
    if (Button("pin.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Finish{});
    ImGui::EndGroup();
    // Against the right edge (less the pixel the clip takes), whatever the words' width.
    if (!portrait) ImGui::SameLine(ImGui::GetCursorPosX() + total - pad_w - Em(0.1f));
    ImGui::BeginGroup();
    Text(Tr("ui.pin.enter"), FontRole::Bold, 0, pad_w);
    Field("pin.field", {}, ui.pin, true, Tr("ui.pin.hint"), true, pad_w);
    ImGui::Dummy(Em2(0, 0.2f));
    // The pad stays drawn while the PIN is checked: nothing under the finger changes. Its keys
    // are as tall as the room under the field lets them be, OK included.
    const float below = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    const float keys_w = std::floor(NumpadWidthWithin(pad_w, below));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad_w - keys_w);
    if (Numpad("pin.pad", ui.pin, 12, Tr("ui.pin.ok"), keys_w) == KeyEvent::Enter && !s.busy && !ui.pin.empty())
        Keep(action, act::SignIn{ui.pin});
    ImGui::EndGroup();
    return action;
}

}  // namespace palier::ui
