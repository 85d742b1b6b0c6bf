// Goodbye: thanks, and a 3-tap anonymous survey (yes / a bit / no for three questions).
// Saved as soon as the three are answered; "Passer" skips it.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Record.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

// A face drawn with the draw list: 1 = smile, 2 = neutral, 3 = frown.
void Face(ImDrawList* dl, ImVec2 c, float r, int mood, ImU32 col, float thick) {
    dl->AddCircle(c, r, col, 48, thick);
    dl->AddCircleFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.25f), r * 0.1f, col);
    dl->AddCircleFilled(ImVec2(c.x + r * 0.35f, c.y - r * 0.25f), r * 0.1f, col);
    const float y = c.y + r * 0.35f;
    if (mood == 2) {
        dl->AddLine(ImVec2(c.x - r * 0.4f, y), ImVec2(c.x + r * 0.4f, y), col, thick);
        return;
    }
    const float pi = 3.14159265f;
    if (mood == 1) dl->PathArcTo(ImVec2(c.x, c.y + r * 0.05f), r * 0.5f, pi * 0.2f, pi * 0.8f, 16);
    else dl->PathArcTo(ImVec2(c.x, c.y + r * 0.75f), r * 0.5f, pi * 1.2f, pi * 1.8f, 16);
    dl->PathStroke(col, 0, thick);
}

bool FaceButton(const char* id, const char* label, int mood, bool selected, ImVec2 size) {
    const Palette& p = Colours();
    ImGui::PushID(id);
    const bool pressed = TouchArea("##face", size);
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, selected ? p.primary : p.surface, Em(0.5f));
    dl->AddRect(a, b, selected ? p.primary : p.border, Em(0.5f), 0, HighContrast() ? 2.0f : 1.0f);
    const ImU32 fg = selected ? p.on_primary : p.text;
    ImFont* f = Font(FontRole::Bold);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, 1e9f, 0, label);
    const float cy = (a.y + b.y) * 0.5f;
    if (size.y < ts.y * 2 + Em(1.6f)) {
        // A short row (small screen): the face beside its word, both centred.
        const float r = std::min(size.y * 0.3f, Em(0.8f));
        const float w = 2 * r + Em(0.5f) + ts.x, x = (a.x + b.x - w) * 0.5f;
        Face(dl, ImVec2(x + r, cy), r, mood, fg, std::max(2.0f, r * 0.1f));
        dl->AddText(f, f->FontSize, ImVec2(x + 2 * r + Em(0.5f), cy - ts.y * 0.5f), fg, label);
        return pressed;
    }
    const float r = std::min(size.x, size.y) * 0.22f;
    Face(dl, ImVec2((a.x + b.x) * 0.5f, a.y + r + Em(0.4f)), r, mood, fg, std::max(2.0f, r * 0.1f));
    dl->AddText(f, f->FontSize, ImVec2((a.x + b.x - ts.x) * 0.5f, b.y - ts.y - Em(0.35f)), fg, label);
    return pressed;
}

}  // namespace

Action DrawThanks(const AppState& s, ThanksUi& ui) {
    Action action;
    ImGui::Dummy(Em2(0, 0.5f));
    TextCentered(Tr("ui.thanks.title"), FontRole::Title);
    if (s.survey_saved) {
        ImGui::Dummy(Em2(0, 2));
        TextCentered(Tr("ui.thanks.saved"), FontRole::Title, Colours().success);
        ImGui::Dummy(Em2(0, 1));
        TextCentered(Tr("ui.thanks.see_you"));
        ImGui::Dummy(Em2(0, 1));
        ImGui::SetCursorPosX((ImGui::GetContentRegionAvail().x - Em(14)) * 0.5f);
        if (Button("thanks.home", Tr("ui.thanks.home"), ImVec2(Em(14), 0), Tone::Primary, icon::kHome)) Keep(action, act::Finish{});
        return action;
    }
    TextCentered(Tr("ui.thanks.subtitle"), FontRole::Body, Colours().text_muted);
    ImGui::Dummy(Em2(0, 0.8f));
    const char* questions[] = {Tr("ui.thanks.q_learned"), Tr("ui.thanks.q_changed"), Tr("ui.thanks.q_welcomed")};
    const char* answers[] = {Tr("ui.thanks.yes"), Tr("ui.thanks.a_bit"), Tr("ui.thanks.no")};
    const float avail = ImGui::GetContentRegionAvail().x;
    const float total = std::min(avail, Em(40));
    const float x0 = ImGui::GetCursorPosX() + (avail - total) * 0.5f;
    // Three rows of faces (each under its question) and the "skip" button must fit.
    const float question_h = Font(FontRole::Bold)->FontSize + ImGui::GetStyle().ItemSpacing.y * 2 + Em(0.3f);
    // (each row also ends with a 0.3 em gap and item spacing: keep room for them too)
    const float row_gaps = 3 * (Em(0.3f) + ImGui::GetStyle().ItemSpacing.y * 2);
    const float row_h = std::clamp((ImGui::GetContentRegionAvail().y - BottomBarH() - row_gaps) / 3.0f - question_h, TouchH(), Em(6.2f));
    for (int q = 0; q < 3; ++q) {
        ImGui::SetCursorPosX(x0);
        Text(questions[q], FontRole::Bold, 0, total);
        const float bw = (total - Em(1.2f)) / 3.0f;
        for (int a = 0; a < 3; ++a) {
            if (a) ImGui::SameLine(0, Em(0.6f));
            else ImGui::SetCursorPosX(x0);
            const char* id = FrameId({"thanks.q", q + 1, ".", a + 1});
            if (FaceButton(id, answers[a], a + 1, ui.answers[q] == a + 1, ImVec2(bw, row_h)))
                ui.answers[q] = a + 1;
            RecordWidget(id, FrameJoin({questions[q], " ", answers[a]}), ImGui::GetItemRectMin(),
                         ImGui::GetItemRectMax());
            RecordText(answers[a]);
        }
        ImGui::Dummy(Em2(0, 0.3f));
    }
    if (ui.answers[0] && ui.answers[1] && ui.answers[2])
        Keep(action, act::Survey{SurveyInput{ui.answers[0], ui.answers[1], ui.answers[2]}});
    ImGui::SetCursorPosX(x0);
    if (Button("thanks.skip", Tr("ui.thanks.skip"), ImVec2(0, 0), Tone::Quiet)) {
        if (ui.answers[0] || ui.answers[1] || ui.answers[2])
            Keep(action, act::Survey{SurveyInput{ui.answers[0], ui.answers[1], ui.answers[2]}});
        else
            Keep(action, act::Finish{});
    }
    return action;
}

}  // namespace palier::ui
