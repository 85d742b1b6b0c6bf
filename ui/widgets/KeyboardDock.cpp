#include "ui/widgets/KeyboardDock.h"

#include <imgui.h>

#include <algorithm>
#include <optional>

#include "kiosk/I18n.h"
#include "ui/core/FrameText.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

struct Dock {
    std::optional<DockAsk> ask;        // this frame's
    std::optional<DockAsk> last;       // the last frame's: the room kept this frame
    std::string event_for;             // the field whose keys gave `event`
    KeyEvent event = KeyEvent::None;
    std::string field;                 // the field the keyboard last typed into
    KeyboardUi kb;
};
Dock g_dock;

float Gap() { return Em(0.3f); }
float Pad() { return Em(0.4f); }
float EchoH() { return Em(1.5f); }
float BottomMargin() { return Em(0.3f); }  // under the keys, above the screen's edge
// Keys a finger high and no more: the screen above keeps what room is left.
float KeyH() { return std::max(kMinTouchPx, Em(1.6f)); }
float LettersWidth(float width) { return std::min(width, std::max(Em(40.0f), 10 * TouchH() + 9 * Gap())); }

// Digits on one line with backspace and OK, or two lines when a finger's keys do not fit.
float DigitUnits(const DockAsk& a) { return 10 + (a.extra ? 1.0f : 0.0f) + 1.5f + 2.0f; }
bool DigitsOnOneLine(const DockAsk& a, float width) {
    const float units = DigitUnits(a);
    return (width - Gap() * (units - 1)) / units >= TouchH();
}
float DigitKey(const DockAsk& a, float width) {
    const float units = DigitsOnOneLine(a, width) ? DigitUnits(a) : 10.0f;
    return std::min(Em(4.0f), (width - Gap() * (units - 1)) / units);
}

float KeysHeight(const DockAsk& a, float width) {
    if (a.keys != Keys::Digits) return 4 * KeyH() + 3 * Gap();
    return DigitsOnOneLine(a, width) ? KeyH() : 2 * KeyH() + Gap();
}

KeyEvent DigitStrip(const DockAsk& a, float width) {
    KeyEvent ev = TypeInto(*a.text, a.max_chars, a.extra == nullptr);
    const float key = DigitKey(a, width);
    const ImVec2 size(key, KeyH());
    const bool one_line = DigitsOnOneLine(a, width);
    const float line_w = one_line ? key * DigitUnits(a) + Gap() * (DigitUnits(a) - 1) : key * 10 + Gap() * 9;
    const float x0 = ImGui::GetCursorPosX() + std::max(0.0f, (width - line_w) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(Gap(), Gap()));
    auto add = [&](const char* piece) {
        if (Utf8Length(*a.text) >= a.max_chars) return;
        *a.text += piece;
        ev = KeyEvent::Changed;
    };
    static const char* const kDigits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
    ImGui::SetCursorPosX(x0);
    for (int i = 0; i < 10; ++i) {
        if (i) ImGui::SameLine();
        if (Button(FrameId({"num.", kDigits[i]}), kDigits[i], size, Tone::Secondary))
            add(kDigits[i]);
    }
    if (one_line) {
        ImGui::SameLine();
    } else {
        ImGui::SetCursorPosX(x0 + line_w - (key * (DigitUnits(a) - 10) + Gap() * (DigitUnits(a) - 11)));
    }
    if (a.extra) {
        if (Button("num.extra", a.extra, size, Tone::Secondary)) add(a.extra);
        ImGui::SameLine();
    }
    if (Button("num.backspace", icon::kBackspace, ImVec2(key * 1.5f + Gap() * 0.5f, size.y), Tone::Quiet) && !a.text->empty()) {
        PopUtf8(*a.text);
        ev = KeyEvent::Changed;
    }
    ImGui::SameLine();
    if (Button("num.ok", Tr("ui.key.ok"), ImVec2(key * 2 + Gap(), size.y), Tone::Primary)) ev = KeyEvent::Enter;
    ImGui::PopStyleVar();
    return ev;
}

// What is typed, after the field's label, its end in sight when it is long.
void Echo(const DockAsk& a, float width) {
    const Palette& p = Colours();
    const std::string_view label = FrameJoin({a.label, "  "});
    const float label_w = TextSize(label, FontRole::Bold).x;
    Text(label, FontRole::Bold, p.text_muted, -1);
    ImGui::SameLine(0, 0);
    const float room = width - label_w - Em(1);
    std::string_view tail = *a.text;
    bool cut = false;
    auto shown = [&] { return FrameJoin({cut ? "\xE2\x80\xA6" : "", tail, "|"}); };
    while (!tail.empty() && TextSize(shown(), FontRole::Body).x > room) {
        do tail.remove_prefix(1);  // one character, all its bytes
        while (!tail.empty() && (tail[0] & 0xC0) == 0x80);
        cut = true;
    }
    Text(shown(), FontRole::Body, 0, -1);
}

}  // namespace

KeyEvent DockedKeyboard(const DockAsk& ask) {
    g_dock.ask = ask;
    if (g_dock.event_for != ask.id) return KeyEvent::None;
    const KeyEvent ev = g_dock.event;
    g_dock.event = KeyEvent::None;
    g_dock.event_for.clear();
    return ev;
}

float DockHeight(float width) {
    if (!g_dock.last) return 0;
    return EchoH() + KeysHeight(*g_dock.last, width) + 2 * Pad() + Gap() + BottomMargin();
}

void DrawDock(float width) {
    g_dock.last = g_dock.ask;
    std::optional<DockAsk> ask = std::move(g_dock.ask);
    g_dock.ask.reset();
    if (!ask || !ask->text) return;
    if (g_dock.field != ask->id) {  // another field: a capital for its first letter
        g_dock.field = ask->id;
        g_dock.kb = KeyboardUi{};
        g_dock.kb.shift = ask->keys != Keys::Address;
    }
    // At the bottom of the window, drawn only in room kept for it (from the frame after it is
    // first asked for).
    const float h = EchoH() + KeysHeight(*ask, width) + 2 * Pad() + Gap();
    const float top = ImGui::GetWindowHeight() - h - BottomMargin();
    if (top + 0.5f < ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y) return;
    ImGui::SetCursorPosY(top);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), Colours().border, 1.0f);
    ImGui::Dummy(ImVec2(0, Pad()));
    Echo(*ask, width);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + Pad() + EchoH() + Gap()));
    KeyEvent ev = KeyEvent::None;
    if (ask->keys != Keys::Digits) {
        const float kb_w = LettersWidth(width);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - kb_w) * 0.5f);
        ImGui::BeginGroup();
        ev = Azerty("dock", g_dock.kb, *ask->text, ask->max_chars, kb_w, KeyH(), ask->keys == Keys::Address);
        ImGui::EndGroup();
    } else {
        ImGui::BeginGroup();
        ImGui::PushID("dock");
        ev = DigitStrip(*ask, width);
        ImGui::PopID();
        ImGui::EndGroup();
    }
    if (ev == KeyEvent::Enter) {
        g_dock.event_for = ask->id;
        g_dock.event = ev;
    }
}

void ResetDock() { g_dock = Dock{}; }

}  // namespace palier::ui
