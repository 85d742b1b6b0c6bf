#pragma once
// Dear ImGui without a window: for the headless tests and the frame benchmark.
// Creates a context with a display size, loads the kiosk fonts and builds the atlas in memory
// (no GPU), maps the keys a script may press, and can click a widget by id or label over two
// frames exactly as a finger would. UI thread only; one Headless alive at a time.
#include <imgui.h>

#include <string_view>

#include "ui/core/App.h"

namespace palier::ui {

class Headless {
public:
    explicit Headless(ImVec2 display = ImVec2(1920, 1080));
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // Rebuilds fonts when the app asks (first frame, text-size change) and runs one frame.
    void Frame(App& app);
    // Runs `n` frames, advancing the fake clock by `dt` seconds each.
    void Frames(App& app, int n, double dt = 1.0 / 30.0);
    // Presses and releases over the widget (id or label) found in the last frame, waits for the
    // worker (unless `wait` is false: a test of the screen while slow work runs), then runs one
    // more frame for the intent to be applied. Returns false when no such widget was drawn.
    bool Tap(App& app, std::string_view what, bool wait = true);
    // A finger put down on the widget (id or label), moved by `delta` over `steps` frames and
    // lifted: a scroll. Returns false when no such widget was drawn.
    bool Drag(App& app, std::string_view what, ImVec2 delta, int steps = 8);
    // Types text as a keyboard would, and presses Enter when asked.
    void Type(App& app, std::string_view text);
    void PressEnter(App& app);
    // Moves the fake clock without any input (idle time).
    void Advance(double seconds) { now_ += seconds; }
    double now() const { return now_; }

private:
    ImGuiContext* ctx_ = nullptr;
    double now_ = 1000.0;
};

}  // namespace palier::ui
