// Check-in's last step for a visitor chosen from the masked matches: the fact the search did not
// show (birth year after a phone search, last 4 phone digits after a name search), or the code
// of one of their bookings. What counts as proof and how many tries a visit gets is
// kiosk/Identity.h; this screen only asks and says when to go to the desk.
#include <algorithm>
#include <string>

#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

constexpr size_t kMaxCodeChars = 12;  // "KM3P-1A2B" and a little room

Action Claim(const CheckinUi& ui) {
    IdentityClaim c;
    c.kind = ui.by_code ? IdentityClaim::Kind::Code : IdentityClaim::Kind::Fact;
    c.value = ui.proof;
    return act::Prove{c};
}

// Codes mix letters and digits: one row of digits under the letter keyboard, as wide as it.
void DigitRow(std::string& text) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, Em(34.0f));
    const float gap = Em(0.3f);
    const float key = (width - gap * 9) / 10.0f;
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (int d = 0; d < 10; ++d) {
        if (d) ImGui::SameLine();
        const std::string digit(1, static_cast<char>('0' + d));
        if (Button(("prove.digit." + digit).c_str(), digit, ImVec2(key, std::max(TouchH(), key * 0.9f)), Tone::Secondary) &&
            text.size() < kMaxCodeChars)
            text += digit;
    }
    ImGui::PopStyleVar();
}

bool Ready(const CheckinUi& ui) { return ui.by_code ? !ui.proof.empty() : ui.proof.size() == 4; }

}  // namespace

Action DrawProve(const AppState& s, CheckinUi& ui) {
    Action action;
    const float w = ImGui::GetContentRegionAvail().x;
    const float form_w = Portrait() ? w : std::min(w * 0.42f, Em(22));
    const bool by_phone = s.visitor.found_by == FoundBy::Phone;
    const bool can_try = s.proof.any() && !s.identity_tries.exhausted();
    if (!s.proof.fact) ui.by_code = true;

    ImGui::BeginGroup();
    Title(Trf("ui.prove.title", {{"name", s.visitor.first_name}}));
    Muted(Tr("ui.prove.why"), form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    if (!can_try) {
        Text(Tr("ui.prove.desk"), FontRole::Bold, 0, form_w);
        ImGui::Dummy(Em2(0, 0.5f));
        if (Button("prove.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
        ImGui::EndGroup();
        return action;
    }
    // The code is offered to everyone with the fact on file, bookings or not, so the choices
    // shown do not tell a stranger whether the person has booked anything.
    if (s.proof.fact) {
        if (Chip("prove.fact", by_phone ? Tr("ui.prove.use_year") : Tr("ui.prove.use_phone"), !ui.by_code)) {
            ui.by_code = false;
            ui.proof.clear();
        }
        ImGui::SameLine();
        if (Chip("prove.code", Tr("ui.prove.use_code"), ui.by_code)) {
            ui.by_code = true;
            ui.proof.clear();
        }
        ImGui::Dummy(Em2(0, 0.2f));
    }
    const std::string label = ui.by_code ? Tr("ui.prove.ask_code") : by_phone ? Tr("ui.prove.ask_year") : Tr("ui.prove.ask_last4");
    Field("prove.value", label, ui.proof, true, ui.by_code ? "K7Q3" : "_ _ _ _", false, form_w);
    ImGui::Dummy(Em2(0, 0.2f));
    if (Button("prove.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    ImGui::SameLine();
    if (Button("prove.check", Tr("ui.prove.check"), ImVec2(0, 0), Tone::Primary, icon::kCheck, Ready(ui))) Keep(action, Claim(ui));
    ImGui::EndGroup();
    if (!Portrait()) ImGui::SameLine(0, Em(2));
    ImGui::BeginGroup();
    ImGui::Dummy(Em2(0, 2.4f));
    const KeyEvent k = ui.by_code ? Azerty("prove.keyboard", ui.kb, ui.proof, kMaxCodeChars)
                                  : Numpad("prove.numpad", ui.proof, 4, Tr("ui.key.ok"));
    if (k == KeyEvent::Enter && Ready(ui)) Keep(action, Claim(ui));
    if (ui.by_code) {
        DigitRow(ui.proof);
        // Shown as printed on the slip: in capitals.
        for (char& c : ui.proof)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    ImGui::EndGroup();
    return action;
}

}  // namespace palier::ui
