#pragma once
// The kiosk's relation to the physical screen, kept apart from GLFW so that tests can check it.
//  - It draws in the screen's own pixels. On a scaled display (a Wayland output at 200 %, a
//    HiDPI panel) the window's size is in logical units while its framebuffer has twice the
//    pixels; laying out and rasterising the fonts in logical units and letting the GPU stretch
//    them makes every letter blurred. The layout is already relative to the screen (BodyPxFor),
//    so it is simply computed for the framebuffer, and the pointer is brought to the same units.
//  - It goes back full screen on its own monitor when that monitor is plugged back (the shell
//    acts on GLFW's monitor event; tests/e2e/monitor_replug.sh turns Xvfb's output off and on).
#include <imgui.h>

#include <string>
#include <vector>

namespace palier::ui {

// After the platform backend's NewFrame: DisplaySize becomes the framebuffer's size, the
// framebuffer scale 1, and the pointer (when there is one) is scaled from window units.
void UseFramebufferPixels(ImGuiIO& io, ImVec2 window, ImVec2 framebuffer);

// The monitor to be full screen on among those connected (`names`, in the platform's order):
// the one it was on (`remembered`), else the first (the primary). -1 when none is connected.
int PickMonitor(const std::vector<std::string>& names, const std::string& remembered);

}  // namespace palier::ui
