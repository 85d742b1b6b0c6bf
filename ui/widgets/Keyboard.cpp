#include "ui/widgets/Keyboard.h"

#include <imgui.h>

#include <algorithm>
#include <string_view>

#include "kiosk/I18n.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

// Lower and upper case of the keys, row by row. Accents first so they are easy to find.
const char* const kAccentLow[] = {"é", "è", "ê", "à", "ç", "ù", "â", "î", "ô", "û", "ë", "ï", "œ"};
const char* const kAccentUp[] = {"É", "È", "Ê", "À", "Ç", "Ù", "Â", "Î", "Ô", "Û", "Ë", "Ï", "Œ"};
const char* const kRows[3] = {"azertyuiop", "qsdfghjklm", "wxcvbn"};

void AppendUtf8(std::string& s, unsigned c) {
    if (c < 0x80) {
        s += static_cast<char>(c);
    } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool Add(std::string& text, std::string_view piece, size_t max_chars) {
    if (Utf8Length(text) >= max_chars) return false;
    text += piece;
    return true;
}

bool KeyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); }

}  // namespace

size_t Utf8Length(const std::string& s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void PopUtf8(std::string& s) {
    while (!s.empty()) {
        const char c = s.back();
        s.pop_back();
        if ((c & 0xC0) != 0x80) break;
    }
}

KeyEvent TypeInto(std::string& text, size_t max_chars, bool digits_only) {
    ImGuiIO& io = ImGui::GetIO();
    KeyEvent ev = KeyEvent::None;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < 0x20 || c == 0x7F) continue;
        if (digits_only && (c < '0' || c > '9')) continue;
        if (Utf8Length(text) >= max_chars) break;
        AppendUtf8(text, c);
        ev = KeyEvent::Changed;
    }
    io.InputQueueCharacters.resize(0);
    if (KeyPressed(ImGuiKey_Backspace) && !text.empty()) {
        PopUtf8(text);
        ev = KeyEvent::Changed;
    }
    if (KeyPressed(ImGuiKey_Enter) || KeyPressed(ImGuiKey_KeyPadEnter)) ev = KeyEvent::Enter;
    return ev;
}

namespace {
float AzertyWidth(float width) { return width > 0 ? width : std::min(ImGui::GetContentRegionAvail().x, Em(34.0f)); }
float AzertyGap() { return Em(0.3f); }
float NumpadWidth(float width) { return width > 0 ? width : std::min(ImGui::GetContentRegionAvail().x, Em(14.0f)); }
float NumpadGap() { return Em(0.35f); }
float NumpadKeyHeight(float width) { return std::max(TouchH(), (NumpadWidth(width) - 2 * NumpadGap()) / 3.0f * 0.62f); }
}  // namespace

float AzertyKeyWidth(float width) { return (AzertyWidth(width) - AzertyGap() * 12) / 13.0f; }  // 13 keys on the accent row
float AzertyHeight(float width) { return 5 * std::max(TouchH(), AzertyKeyWidth(width) * 0.9f) + 4 * AzertyGap(); }
float NumpadHeight(float width) { return 5 * NumpadKeyHeight(width) + 4 * NumpadGap(); }

KeyEvent Azerty(const char* id, KeyboardUi& kb, std::string& text, size_t max_chars, float width) {
    width = AzertyWidth(width);
    const float gap = AzertyGap();
    const float key = AzertyKeyWidth(width);
    const ImVec2 size(key, std::max(TouchH(), key * 0.9f));
    KeyEvent ev = TypeInto(text, max_chars, false);
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    auto press = [&](std::string_view piece) {
        if (Add(text, piece, max_chars)) ev = KeyEvent::Changed;
        kb.shift = false;
    };
    // Accents.
    for (int i = 0; i < 13; ++i) {
        if (i) ImGui::SameLine();
        const char* k = kb.shift ? kAccentUp[i] : kAccentLow[i];
        std::string kid = std::string("key.") + kAccentLow[i];
        if (Button(kid.c_str(), k, size, Tone::Quiet)) press(k);
    }
    // Letters, indented like a real keyboard.
    for (int r = 0; r < 3; ++r) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (key + gap) * 0.5f * static_cast<float>(r + 1));
        const std::string_view row = kRows[r];
        if (r == 2) {
            if (Button("key.shift", icon::kShift, ImVec2(key * 1.5f, size.y), kb.shift ? Tone::Primary : Tone::Quiet))
                kb.shift = !kb.shift;
            ImGui::SameLine();
        }
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) ImGui::SameLine();
            char c = row[i];
            if (kb.shift) c = static_cast<char>(c - 'a' + 'A');
            const std::string k(1, c);
            std::string kid = std::string("key.") + row[i];
            if (Button(kid.c_str(), k, size, Tone::Secondary)) press(k);
        }
        if (r == 2) {
            ImGui::SameLine();
            if (Button("key.apostrophe", "'", size, Tone::Secondary)) press("'");
            ImGui::SameLine();
            if (Button("key.hyphen", "-", size, Tone::Secondary)) press("-");
        }
    }
    // Space, backspace, validate.
    if (Button("key.backspace", icon::kBackspace, ImVec2(key * 2 + gap, size.y), Tone::Quiet) && !text.empty()) {
        PopUtf8(text);
        ev = KeyEvent::Changed;
    }
    ImGui::SameLine();
    if (Button("key.space", Tr("ui.key.space"), ImVec2(key * 7 + gap * 6, size.y), Tone::Secondary)) press(" ");
    ImGui::SameLine();
    if (Button("key.enter", Tr("ui.key.ok"), ImVec2(key * 4 + gap * 3, size.y),
               Tone::Primary))
        ev = KeyEvent::Enter;
    ImGui::PopStyleVar();
    ImGui::PopID();
    if (text.empty()) kb.shift = true;
    return ev;
}

KeyEvent Numpad(const char* id, std::string& text, size_t max_chars, const char* ok_label, float width,
                const char* extra) {
    width = NumpadWidth(width);
    const float gap = NumpadGap();
    const float key = (width - 2 * gap) / 3.0f;
    const ImVec2 size(key, NumpadKeyHeight(width));
    KeyEvent ev = TypeInto(text, max_chars, extra == nullptr);
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    static const char* const kDigits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    for (int i = 0; i < 9; ++i) {
        if (i % 3) ImGui::SameLine();
        std::string kid = std::string("num.") + kDigits[i];
        if (Button(kid.c_str(), kDigits[i], size, Tone::Secondary) && Add(text, kDigits[i], max_chars))
            ev = KeyEvent::Changed;
    }
    if (Button("num.backspace", icon::kBackspace, size, Tone::Quiet) && !text.empty()) {
        PopUtf8(text);
        ev = KeyEvent::Changed;
    }
    ImGui::SameLine();
    // Without an extra key, 0 takes its place; the validation key has a row of its own so that
    // its word ("Chercher", "Valider") is never broken.
    const ImVec2 zero_size = extra ? size : ImVec2(2 * key + gap, size.y);
    if (Button("num.0", "0", zero_size, Tone::Secondary) && Add(text, "0", max_chars)) ev = KeyEvent::Changed;
    if (extra) {
        ImGui::SameLine();
        if (Button("num.extra", extra, size, Tone::Secondary) && Add(text, extra, max_chars)) ev = KeyEvent::Changed;
    }
    if (Button("num.ok", ok_label, ImVec2(width, size.y), Tone::Primary)) ev = KeyEvent::Enter;
    ImGui::PopStyleVar();
    ImGui::PopID();
    return ev;
}

}  // namespace palier::ui
