#pragma once
// --script FILE: a text file of steps played one frame at a time, so an end-to-end test can
// walk a whole visit through the real window. One step a line; '#' starts a comment.
//   tap <id or label>     synthesised touch (press, release) at the widget's centre; the widget
//                         is found by id, exact label, or a label containing the words
//   type <text>           characters as a keyboard or barcode reader would type them
//   key Enter|Backspace|Escape
//   wait <frames>
//   expect <text>         fails unless a string drawn on screen contains <text> (retries ~60 frames)
//   screenshot <file.png>
// UI thread only. Input is written into ImGuiIO after the platform backend's NewFrame.
#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace palier::ui {

class ScriptPlayer {
public:
    enum class Kind { Tap, Type, Key, Wait, Expect, Screenshot };
    struct Step {
        Kind kind;
        std::string arg;
        int line = 0;
    };
    enum class Status { Running, Done, Failed };

    // Parses the script; on a syntax error returns nullopt and sets `error`.
    static std::optional<ScriptPlayer> Parse(const std::string& text, std::string& error);
    static std::optional<ScriptPlayer> Load(const std::string& path, std::string& error);

    // Before App::Frame: feeds this frame's synthetic input.
    void BeforeFrame(ImGuiIO& io);
    // After App::Frame: checks expectations; sets `screenshot` when one is due this frame.
    // `app_busy`: the worker is still writing or reading; a widget or a text awaited is then
    // not late yet, however long the disk takes.
    Status AfterFrame(std::string& screenshot, bool app_busy);
    const std::string& error() const { return error_; }
    size_t step_index() const { return index_; }

private:
    void Next();
    void Fail(const std::string& why);
    std::vector<Step> steps_;
    size_t index_ = 0;
    int phase_ = 0;
    int tries_ = 0;
    bool app_busy_ = false;  // as of the last frame
    ImVec2 tap_at_;
    std::string error_;
    bool failed_ = false;
};

}  // namespace palier::ui
