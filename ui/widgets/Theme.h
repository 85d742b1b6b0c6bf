#pragma once
// Colours and sizes of the kiosk, by role. Two palettes: the calm default and a high-contrast
// one; every text/background pair used by the widgets meets WCAG AA (4.5:1) in both.
// Sizes are in "em" (multiples of the body font's pixel size) so the text-size setting and
// the three screen sizes need no pixel literal anywhere.
#include <imgui.h>

namespace palier::ui {

struct Palette {
    ImU32 bg, surface, surface_alt, text, text_muted, border;
    ImU32 primary, on_primary, accent, on_accent, success, on_success, danger, on_danger;
    ImU32 focus, warning_bg, warning_text, dim_overlay;
    ImU32 amber;  // text that asks for attention without being an error, on surface or bg
};

const Palette& Colours();
void SetHighContrast(bool on);  // applies to ImGui's style too
bool HighContrast();

// Pixel size of the body font; set by the font loader. Em(1) is one body line.
float BodyPx();
void SetBodyPx(float px);
inline float Em(float n) { return n * BodyPx(); }
inline ImVec2 Em2(float x, float y) { return ImVec2(Em(x), Em(y)); }

// Minimum height of anything that can be touched: 2.2 em (70 px at 1080p), and never under the
// 64 px a finger needs, however small the screen (53 px would be 2.2 em at 1280x800).
constexpr float kMinTouchPx = 64.0f;
inline float TouchH() { return Em(2.2f) > kMinTouchPx ? Em(2.2f) : kMinTouchPx; }

// Sets ImGui's style (rounding, padding, TouchExtraPadding) from the palette and BodyPx().
void ApplyStyle();

}  // namespace palier::ui
