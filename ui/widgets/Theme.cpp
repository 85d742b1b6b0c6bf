#include "ui/widgets/Theme.h"

namespace palier::ui {
namespace {

constexpr ImU32 Rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Calm: warm paper background, deep blue-green actions. Contrast (text on background):
// text 14.9:1, muted 7.4:1, white on primary 7.0:1, white on accent 5.0:1, white on success 6.4:1,
// white on danger 7.1:1, amber on white 5.4:1.
const Palette kCalm = {
    Rgb(0xF4F1EA), Rgb(0xFFFFFF), Rgb(0xE8E2D4), Rgb(0x1D2731), Rgb(0x4A5561), Rgb(0xC9C1AE),
    Rgb(0x1B5E7A), Rgb(0xFFFFFF), Rgb(0xA8501A), Rgb(0xFFFFFF), Rgb(0x2E6B3A), Rgb(0xFFFFFF),
    Rgb(0xA3262A), Rgb(0xFFFFFF), Rgb(0x1B5E7A), Rgb(0xFFF1C7), Rgb(0x5A3B00), Rgb(0x1D2731, 150),
    Rgb(0x9A5B00),
};
// High contrast: black and white, yellow actions with black text (19:1), cyan accent (16:1).
const Palette kHigh = {
    Rgb(0x000000), Rgb(0x101010), Rgb(0x262626), Rgb(0xFFFFFF), Rgb(0xE6E6E6), Rgb(0xFFFFFF),
    Rgb(0xFFD400), Rgb(0x000000), Rgb(0x00E5FF), Rgb(0x000000), Rgb(0x7CFC8A), Rgb(0x000000),
    Rgb(0xFF8A80), Rgb(0x000000), Rgb(0xFFD400), Rgb(0xFFD400), Rgb(0x000000), Rgb(0x000000, 200),
    Rgb(0xFFD400),
};

bool g_high = false;
float g_body_px = 32.0f;

}  // namespace

const Palette& Colours() { return g_high ? kHigh : kCalm; }
bool HighContrast() { return g_high; }
void SetHighContrast(bool on) { g_high = on; }
float BodyPx() { return g_body_px; }
void SetBodyPx(float px) { g_body_px = px; }

void ApplyStyle() {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    const Palette& p = Colours();
    s.WindowPadding = Em2(1.0f, 0.8f);
    s.FramePadding = Em2(0.6f, 0.5f);
    s.ItemSpacing = Em2(0.6f, 0.6f);
    s.ItemInnerSpacing = Em2(0.4f, 0.4f);
    s.TouchExtraPadding = Em2(0.15f, 0.15f);
    s.ScrollbarSize = Em(1.0f);
    s.GrabMinSize = Em(1.5f);
    s.WindowRounding = 0;
    s.FrameRounding = Em(0.4f);
    s.ScrollbarRounding = Em(0.5f);
    s.ChildRounding = Em(0.5f);
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = g_high ? 2.0f : 1.0f;
    auto c = [](ImU32 u) { return ImGui::ColorConvertU32ToFloat4(u); };
    ImVec4* col = s.Colors;
    col[ImGuiCol_WindowBg] = c(p.bg);
    col[ImGuiCol_ChildBg] = c(p.bg);
    col[ImGuiCol_PopupBg] = c(p.surface);
    col[ImGuiCol_Text] = c(p.text);
    col[ImGuiCol_TextDisabled] = c(p.text_muted);
    col[ImGuiCol_Border] = c(p.border);
    col[ImGuiCol_FrameBg] = c(p.surface);
    col[ImGuiCol_ScrollbarBg] = c(p.surface_alt);
    col[ImGuiCol_ScrollbarGrab] = c(p.text_muted);
    col[ImGuiCol_ScrollbarGrabHovered] = c(p.primary);
    col[ImGuiCol_ScrollbarGrabActive] = c(p.primary);
    col[ImGuiCol_ModalWindowDimBg] = c(p.dim_overlay);
}

}  // namespace palier::ui
