// The kiosk on a scaled display and after its monitor comes back (ui/core/Display.h).
#include <gtest/gtest.h>
#include <imgui.h>

#include <cfloat>

#include "ui/core/Display.h"
#include "ui/core/Headless.h"
#include "ui/widgets/Fonts.h"

namespace palier::ui {
namespace {

// A Wayland output at 200 %: the window is 960x540 units over 1920x1080 pixels. The kiosk lays
// out and rasterises for the pixels, and a finger at unit (100, 50) lands on pixel (200, 100).
TEST(ScaledDisplay, TheKioskDrawsInTheScreensOwnPixels) {
    Headless headless(ImVec2(960, 540));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplayFramebufferScale = ImVec2(2, 2);
    io.MousePos = ImVec2(100, 50);
    UseFramebufferPixels(io, ImVec2(960, 540), ImVec2(1920, 1080));
    EXPECT_EQ(io.DisplaySize.x, 1920);
    EXPECT_EQ(io.DisplaySize.y, 1080);
    EXPECT_EQ(io.DisplayFramebufferScale.x, 1);
    EXPECT_EQ(io.DisplayFramebufferScale.y, 1);
    EXPECT_EQ(io.MousePos.x, 200);
    EXPECT_EQ(io.MousePos.y, 100);
    // Text is rasterised at the size it is shown in pixels: the same as on a 1080p screen at 100 %.
    EXPECT_EQ(BodyPxFor(io.DisplaySize, 1.0f), BodyPxFor(ImVec2(1920, 1080), 1.0f));
    EXPECT_GT(BodyPxFor(io.DisplaySize, 1.0f), BodyPxFor(ImVec2(960, 540), 1.0f));
}

TEST(ScaledDisplay, NoPointerStaysNoPointerAndAMinimisedWindowChangesNothing) {
    Headless headless(ImVec2(800, 600));
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    UseFramebufferPixels(io, ImVec2(800, 600), ImVec2(1600, 1200));
    EXPECT_EQ(io.MousePos.x, -FLT_MAX);
    io.DisplaySize = ImVec2(800, 600);
    UseFramebufferPixels(io, ImVec2(0, 0), ImVec2(0, 0));
    EXPECT_EQ(io.DisplaySize.x, 800);
}

TEST(MonitorReplug, TheKioskGoesBackToItsOwnMonitor) {
    EXPECT_EQ(PickMonitor({}, "HDMI-1"), -1) << "nothing connected: stay as it is";
    EXPECT_EQ(PickMonitor({"eDP-1", "HDMI-1"}, "HDMI-1"), 1) << "the touchscreen plugged back";
    EXPECT_EQ(PickMonitor({"eDP-1"}, "HDMI-1"), 0) << "its monitor still away: the primary";
    EXPECT_EQ(PickMonitor({"DP-2", "HDMI-1"}, ""), 0);
}

}  // namespace
}  // namespace palier::ui
