// Check-in's last step for a visitor chosen from the masked matches: the fact the search did not
// show (birth year after a phone search, last 4 phone digits after a name search), or the code
// of one of their bookings. What counts as proof and how many tries a visit gets is
// kiosk/Identity.h; this screen only asks and says when to go to the desk.
#include <algorithm>
#include <string>

#include "ui/core/FrameText.h"
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

// Codes mix letters and digits: one row of digits under the letter keyboard, its keys as big.
void DigitRow(std::string& text, float width) {
    const float gap = Em(0.3f);
    const float key = AzertyKeyWidth(width);
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (int d = 0; d < 10; ++d) {
        if (d) ImGui::SameLine();
        const std::string_view digit = FrameNum(d);
        if (Button(FrameId({"prove.digit.", d}), digit, ImVec2(key, AzertyKeyHeight()),
                   Tone::Secondary) &&
            text.size() < kMaxCodeChars)
            text += digit;
    }
    ImGui::PopStyleVar();
}

bool Ready(const CheckinUi& ui) { return ui.by_code ? !ui.proof.empty() : ui.proof.size() == 4; }

}  // namespace

// The question on one side and its keyboard on the other when the keys stay a finger wide
// there, else the keyboard under the question at full width (portrait, large text, the code's
// letters); "Retour" and "Vérifier" stay at the bottom.
Action DrawProve(const AppState& s, CheckinUi& ui) {
    Action action;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool by_phone = s.visitor.found_by == FoundBy::Phone;
    const bool can_try = s.proof.any() && !s.identity_tries.exhausted();
    if (!s.proof.fact) ui.by_code = true;
    if (!can_try) {
        const float w = Portrait() ? avail.x : std::min(avail.x, Em(34));
        Title(FrameTrf("ui.prove.title", {{"name", s.visitor.first_name}}));
        Text(Tr("ui.prove.desk"), FontRole::Bold, 0, w);
        ImGui::Dummy(Em2(0, 0.5f));
        if (Button("prove.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
        return action;
    }

    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float bar_h = TouchH() + Em(0.6f);
    const float body_h = avail.y - bar_h;
    const float scrollbar = ImGui::GetStyle().ScrollbarSize + Em(0.4f);  // and room for the clip edge
    const float side_form_w = std::min(avail.x * 0.42f, Em(22));
    const float side_kb_w = avail.x - side_form_w - Em(2) - scrollbar;
    float kb_w = 0, kb_h = 0;
    bool beside = !Portrait();
    if (ui.by_code) {
        kb_w = std::min(side_kb_w, Em(34));
        beside = beside && AzertyKeyWidth(kb_w) >= TouchH();
        if (!beside) kb_w = std::min(avail.x, Em(34));
        kb_h = AzertyHeight(kb_w) + AzertyKeyHeight() + 2 * Em(0.3f);  // and the digits row
    } else {
        kb_w = NumpadWidthWithin(std::min(beside ? side_kb_w : avail.x, Em(14)), beside ? body_h : body_h * 0.6f);
        kb_h = NumpadHeight(kb_w);
    }
    const float form_w = beside ? side_form_w : std::min(avail.x - scrollbar, Em(34));
    const float form_h = beside ? body_h : std::max(TouchH() + Em(1.4f), body_h - kb_h - spacing);

    ImGui::BeginChild("##prove", ImVec2(form_w + scrollbar, form_h), false);
    TouchScroll();
    Title(FrameTrf("ui.prove.title", {{"name", s.visitor.first_name}}));
    Muted(Tr("ui.prove.why"), form_w);
    ImGui::Dummy(Em2(0, 0.3f));
    // The code is offered to everyone with the fact on file, bookings or not, so the choices
    // shown do not tell a stranger whether the person has booked anything.
    if (s.proof.fact) {
        Flow chips;
        chips.Next(ChipWidth(by_phone ? Tr("ui.prove.use_year") : Tr("ui.prove.use_phone")));
        if (Chip("prove.fact", by_phone ? Tr("ui.prove.use_year") : Tr("ui.prove.use_phone"), !ui.by_code)) {
            ui.by_code = false;
            ui.proof.clear();
            ui.proof_in_view = {};
        }
        chips.Next(ChipWidth(Tr("ui.prove.use_code")));
        if (Chip("prove.code", Tr("ui.prove.use_code"), ui.by_code)) {
            ui.by_code = true;
            ui.proof.clear();
            ui.proof_in_view = {};
        }
        ImGui::Dummy(Em2(0, 0.2f));
    }
    const char* label = ui.by_code ? Tr("ui.prove.ask_code")
                        : by_phone ? Tr("ui.prove.ask_year")
                                   : Tr("ui.prove.ask_last4");
    Field("prove.value", label, ui.proof, true, ui.by_code ? "K7Q3" : "_ _ _ _", false, form_w);
    KeepInView(ui.proof_in_view, 0);
    ImGui::EndChild();

    if (beside) {
        ImGui::SameLine(0, Em(2));
    } else {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - kb_w) * 0.5f));
    }
    ImGui::BeginGroup();
    const KeyEvent k = ui.by_code ? Azerty("prove.keyboard", ui.kb, ui.proof, kMaxCodeChars, kb_w)
                                  : Numpad("prove.numpad", ui.proof, 4, Tr("ui.key.ok"), kb_w);
    if (k == KeyEvent::Enter && Ready(ui)) Keep(action, Claim(ui));
    if (ui.by_code) {
        DigitRow(ui.proof, kb_w);
        // Shown as printed on the slip: in capitals.
        for (char& c : ui.proof)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    ImGui::EndGroup();

    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - TouchH());
    const float x0 = ImGui::GetCursorPosX();
    if (Button("prove.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    const float check_w = std::min(std::max(Em(12), ButtonWidth(Tr("ui.prove.check"), icon::kCheck)),
                                   avail.x - ButtonWidth(Tr("ui.back"), icon::kBack) - Em(1));
    ImGui::SameLine(x0 + avail.x - check_w);
    if (Button("prove.check", Tr("ui.prove.check"), ImVec2(check_w, 0), Tone::Primary, icon::kCheck, Ready(ui))) Keep(action, Claim(ui));
    return action;
}

}  // namespace palier::ui
