#include "ui/widgets/Keyboard.h"

#include <imgui.h>

#include <algorithm>
#include <string_view>

#include "kiosk/I18n.h"
#include "ui/core/FrameText.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

// Ten keys a row so that every key stays wide enough for a finger: letters on the first layer,
// digits (booking codes) and accented letters on the second, as on a phone.
const char* const kRows[3] = {"azertyuiop", "qsdfghjklm", "wxcvbn'"};
const char* const kMoreLow[3][10] = {{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
                                     {"é", "è", "ê", "ë", "à", "â", "ç", "ù", "û", "ô"},
                                     {"î", "ï", "ü", "ÿ", "œ", "æ", "'"}};
const char* const kMoreUp[3][10] = {{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
                                    {"É", "È", "Ê", "Ë", "À", "Â", "Ç", "Ù", "Û", "Ô"},
                                    {"Î", "Ï", "Ü", "Ÿ", "Œ", "Æ", "'"}};
constexpr int kRowKeys[3] = {10, 10, 7};
// A web address or a file path: lower case, no accent in a host name, and the signs both use
// (a hyphen in "hub-ca.pem" or "mon-centre.fr").
const char* const kAddressRows[3] = {"azertyuiop", "qsdfghjklm", "wxcvbn."};
const char* const kAddressMore[3][10] = {{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
                                         {":", "/", ".", "_", "~", "?", "=", "&", "%", "@"},
                                         {"-", "#", "+", ",", ";", "!", "*"}};

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
float NumpadKeyHeight(float width) { return std::max(AzertyKeyHeight(), (NumpadWidth(width) - 2 * NumpadGap()) / 3.0f * 0.62f); }
}  // namespace

float AzertyKeyWidth(float width) { return (AzertyWidth(width) - AzertyGap() * 9) / 10.0f; }
// A finger's height, no more (a key holds one letter): four rows must leave room for the form
// above them at large text.
float AzertyKeyHeight() { return std::max(kMinTouchPx, Em(1.9f)); }
float AzertyHeight(float) { return 4 * AzertyKeyHeight() + 3 * AzertyGap(); }
float NumpadHeight(float width) { return 5 * NumpadKeyHeight(width) + 4 * NumpadGap(); }
float NumpadWidthWithin(float max_w, float max_h) {
    // Keys are 0.62 as high as wide above a finger's height: solve for the width that fills max_h.
    const float gap = NumpadGap();
    const float key_h = std::max(AzertyKeyHeight(), (max_h - 4 * gap) / 5.0f);
    return std::min(max_w, 3 * key_h / 0.62f + 2 * gap);
}

KeyEvent Azerty(const char* id, KeyboardUi& kb, std::string& text, size_t max_chars, float width, float key_h,
                bool address) {
    width = AzertyWidth(width);
    const float gap = AzertyGap();
    const float key = AzertyKeyWidth(width);
    const float h = key_h > 0 ? key_h : AzertyKeyHeight();
    const ImVec2 size(key, h);
    auto span = [&](float units) { return ImVec2(key * units + gap * (units - 1), h); };
    KeyEvent ev = TypeInto(text, max_chars, false);
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    auto press = [&](std::string_view piece, bool accent) {
        if (Add(text, piece, max_chars)) ev = KeyEvent::Changed;
        kb.shift = false;
        if (accent) kb.more = false;  // one accented letter, then back to the letters
    };
    for (int r = 0; r < 3; ++r) {
        if (r == 2) {
            if (Button("key.shift", icon::kShift, span(1.5f), kb.shift ? Tone::Primary : Tone::Quiet)) kb.shift = !kb.shift;
            ImGui::SameLine();
        }
        for (int i = 0; i < kRowKeys[r]; ++i) {
            if (i) ImGui::SameLine();
            std::string_view label;
            const char* kid = nullptr;
            if (kb.more && address) {
                label = kAddressMore[r][i];
                kid = FrameId({"key.", label});
            } else if (kb.more) {
                label = kb.shift ? kMoreUp[r][i] : kMoreLow[r][i];
                kid = FrameId({"key.", kMoreLow[r][i]});
            } else {
                const char c = (address ? kAddressRows : kRows)[r][i];
                const char shown =
                    kb.shift && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
                label = FrameJoin({std::string_view(&shown, 1)});
                kid = FrameId({"key.", std::string_view(&c, 1)});
            }
            if (label == "'") kid = "key.apostrophe";
            const bool accent = kb.more && !address && r > 0 && label != "'";
            if (Button(kid, label, size, kb.more && r == 0 ? Tone::Quiet : Tone::Secondary))
                press(label, accent);
        }
        if (r == 2) {
            ImGui::SameLine();
            if (Button("key.backspace", icon::kBackspace, span(1.5f), Tone::Quiet) && !text.empty()) {
                PopUtf8(text);
                ev = KeyEvent::Changed;
            }
        }
    }
    if (Button("key.more", kb.more ? Tr("ui.key.letters") : Tr("ui.key.more"), span(2.5f), kb.more ? Tone::Primary : Tone::Quiet))
        kb.more = !kb.more;
    ImGui::SameLine();
    if (Button("key.hyphen", "-", size, Tone::Secondary)) press("-", false);
    ImGui::SameLine();
    if (Button("key.space", Tr("ui.key.space"), span(4.5f), Tone::Secondary)) press(" ", false);
    ImGui::SameLine();
    if (Button("key.enter", Tr("ui.key.ok"), span(2), Tone::Primary)) ev = KeyEvent::Enter;
    ImGui::PopStyleVar();
    ImGui::PopID();
    if (text.empty() && !address) kb.shift = true;
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
        if (Button(FrameId({"num.", kDigits[i]}), kDigits[i], size, Tone::Secondary) &&
            Add(text, kDigits[i], max_chars))
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
