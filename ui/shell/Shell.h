#pragma once
// The GLFW + OpenGL 3 shell: one window (full screen on the primary monitor, or --windowed),
// the main loop written once, and shutdown in reverse order. Runs on the main thread.
#include "ui/core/App.h"
#include "ui/shell/Options.h"

namespace palier::ui {

// Exit codes of the kiosk program.
enum ExitCode { kExitOk = 0, kExitUsage = 2, kExitStorage = 3, kExitNoDisplay = 4, kExitScript = 5, kExitScreenshot = 6 };

// True when a display server is announced (DISPLAY or WAYLAND_DISPLAY).
bool HasDisplay();
// The sentence shown when there is no screen (and how to get a screenshot instead).
const char* NoDisplaySentence();

// Runs the kiosk until the window closes, the screenshot is written or the script ends.
int RunShell(App& app, const Options& opt);

}  // namespace palier::ui
