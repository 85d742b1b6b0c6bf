// WCAG AA for the kiosk's colours: every text/background pair the widgets draw has a contrast
// ratio of at least 4.5:1, in the calm palette and in the high-contrast one (Theme.h promises
// it; the high-contrast theme is the one the accessibility setting offers).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/widgets/Theme.h"

namespace palier::ui::test {
namespace {

// Relative luminance of an sRGB colour (WCAG 2.x definition).
double Luminance(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    auto channel = [](float x) {
        const double s = x;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(v.x) + 0.7152 * channel(v.y) + 0.0722 * channel(v.z);
}

double Contrast(ImU32 a, ImU32 b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
    const char* what;
    ImU32 fg, bg;
};

// The pairs drawn by ui/widgets and ui/screens: text colours over the surfaces they sit on.
std::vector<Pair> PairsOf(const Palette& p) {
    return {
        {"text on bg", p.text, p.bg},
        {"text on surface (cards, secondary buttons)", p.text, p.surface},
        {"text on surface_alt (quiet buttons)", p.text, p.surface_alt},
        {"muted on bg", p.text_muted, p.bg},
        {"muted on surface", p.text_muted, p.surface},
        {"muted on surface_alt (disabled buttons)", p.text_muted, p.surface_alt},
        {"on_primary on primary", p.on_primary, p.primary},
        {"on_accent on accent", p.on_accent, p.accent},
        {"on_success on success", p.on_success, p.success},
        {"on_danger on danger (error banner)", p.on_danger, p.danger},
        {"warning_text on warning_bg (notice banner)", p.warning_text, p.warning_bg},
        {"primary text on bg (centre name)", p.primary, p.bg},
        {"primary text on surface (booking code)", p.primary, p.surface},
        {"accent text on bg (waitlisted title)", p.accent, p.bg},
        {"accent text on surface (waitlist header)", p.accent, p.surface},
        {"success text on bg (booking confirmed)", p.success, p.bg},
        {"amber text on surface (top bar, sync waiting too long)", p.amber, p.surface},
        {"amber text on bg (sync clock warning)", p.amber, p.bg},
        {"danger text on bg (sync error)", p.danger, p.bg},
    };
}

void ExpectAA(bool high_contrast) {
    SetHighContrast(high_contrast);
    for (const Pair& pair : PairsOf(Colours())) {
        const double ratio = Contrast(pair.fg, pair.bg);
        EXPECT_GE(ratio, 4.5) << (high_contrast ? "high contrast: " : "calm: ") << pair.what << " is " << ratio << ":1";
    }
    SetHighContrast(false);
}

TEST(Theme, ContrastFormulaMatchesKnownValues) {
    EXPECT_NEAR(Contrast(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)), 21.0, 1e-9);
    EXPECT_NEAR(Contrast(IM_COL32(0x77, 0x77, 0x77, 255), IM_COL32(255, 255, 255, 255)), 4.48, 0.01);
}

TEST(Theme, HighContrastMeetsWcagAA) { ExpectAA(true); }
TEST(Theme, CalmPaletteMeetsWcagAA) { ExpectAA(false); }

TEST(Theme, HighContrastTextIsAtLeastSevenToOne) {
    // WCAG AAA for body text on the main surfaces: what the high-contrast setting is for.
    SetHighContrast(true);
    const Palette& p = Colours();
    for (ImU32 bg : {p.bg, p.surface, p.surface_alt}) EXPECT_GE(Contrast(p.text, bg), 7.0);
    SetHighContrast(false);
}

}  // namespace
}  // namespace palier::ui::test
