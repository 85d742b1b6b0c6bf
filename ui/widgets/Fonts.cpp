#include "ui/widgets/Fonts.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "ui/widgets/Theme.h"

namespace palier::ui {
namespace {

ImFont* g_fonts[5] = {};

// Text: Latin-1, Latin Extended-A, Cyrillic, Arabic, punctuation, currency, arrows.
const ImWchar kTextRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x0400, 0x04FF, 0x0600, 0x06FF,
    0x2000, 0x206F, 0x20A0, 0x20BF, 0x2190, 0x21FF, 0,
};
// Titles and buttons: the same without Arabic (shaping is not done yet).
const ImWchar kBoldRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x0400, 0x04FF, 0x2000, 0x206F, 0x20A0, 0x20BF, 0x2190, 0x21FF, 0,
};
// Pictograms only (see icon:: in Fonts.h), merged into the text fonts too.
const ImWchar kIconRanges[] = {
    0x2139, 0x2139, 0x2190, 0x2192, 0x21BB, 0x21BB, 0x21E7, 0x21E7, 0x2302, 0x2302,
    0x2328, 0x2328, 0x232B, 0x232B, 0x25A4, 0x25A4, 0x2600, 0x2600, 0x2602, 0x2602, 0x2605, 0x2605, 0x260E, 0x260E,
    0x2611, 0x2611, 0x2615, 0x2615, 0x263A, 0x263A, 0x2665, 0x2665, 0x266B, 0x266B,
    0x2692, 0x2692, 0x2696, 0x2696, 0x2699, 0x2699, 0x269A, 0x269A, 0x26A0, 0x26A0,
    0x2702, 0x2702, 0x2708, 0x2708, 0x270E, 0x270E, 0x2713, 0x2715, 0x271A, 0x271A,
    0x279C, 0x279C, 0x20AC, 0x20AC, 0x2212, 0x2212, 0x2022, 0x2022, 0,
};
// Huge digits (booking codes, the clock, PIN dots): ASCII and the bullet.
const ImWchar kHugeRanges[] = {0x0020, 0x007E, 0x2022, 0x2022, 0x25CF, 0x25CF, 0};

ImFont* Load(const std::string& file, float px, const ImWchar* ranges, bool with_icons) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImFont* f = io.Fonts->AddFontFromFileTTF(file.c_str(), px, &cfg, ranges);
    if (f && with_icons) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.OversampleH = 2;
        merge.PixelSnapH = true;
        io.Fonts->AddFontFromFileTTF(file.c_str(), px, &merge, kIconRanges);
    }
    return f;
}

}  // namespace

std::string FontDir() {
    if (const char* env = std::getenv("PALIER_FONTS")) return env;
    return "/usr/share/fonts/truetype/dejavu";
}

float BodyPxFor(ImVec2 display, float text_scale) {
    const float base = std::min(display.x, display.y) / 34.0f;
    return std::round(std::clamp(base, 14.0f, 72.0f) * std::clamp(text_scale, 0.75f, 2.0f));
}

bool LoadFonts(float body_px) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    for (auto& f : g_fonts) f = nullptr;
    const std::string regular = FontDir() + "/DejaVuSans.ttf";
    const std::string bold = FontDir() + "/DejaVuSans-Bold.ttf";
    std::error_code ec;
    SetBodyPx(body_px);
    if (!std::filesystem::exists(regular, ec) || !std::filesystem::exists(bold, ec)) {
        ImFont* def = io.Fonts->AddFontDefault();
        for (auto& f : g_fonts) f = def;
        return false;
    }
    io.Fonts->TexDesiredWidth = 4096;
    g_fonts[static_cast<int>(FontRole::Body)] = Load(regular, body_px, kTextRanges, true);
    g_fonts[static_cast<int>(FontRole::Bold)] = Load(bold, body_px, kBoldRanges, true);
    g_fonts[static_cast<int>(FontRole::Title)] = Load(bold, std::round(body_px * 1.6f), kBoldRanges, true);
    g_fonts[static_cast<int>(FontRole::Icon)] = Load(regular, std::round(body_px * 2.6f), kIconRanges, false);
    g_fonts[static_cast<int>(FontRole::Huge)] = Load(bold, std::round(body_px * 3.0f), kHugeRanges, false);
    io.FontDefault = g_fonts[0];
    return true;
}

ImFont* Font(FontRole role) {
    ImFont* f = g_fonts[static_cast<int>(role)];
    return f ? f : ImGui::GetFont();
}

}  // namespace palier::ui
