#include "ui/core/Script.h"

#include <cfloat>
#include <fstream>
#include <sstream>

#include "ui/widgets/Record.h"

namespace palier::ui {
namespace {

constexpr int kMaxTries = 90;  // frames to wait for a widget or a text once the worker is idle

std::string Trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return {};
    const size_t b = s.find_last_not_of(" \t\r");
    return s.substr(a, b - a + 1);
}

int KeyIndex(const ImGuiIO& io, const std::string& name) {
    if (name == "Enter") return io.KeyMap[ImGuiKey_Enter];
    if (name == "Backspace") return io.KeyMap[ImGuiKey_Backspace];
    if (name == "Escape") return io.KeyMap[ImGuiKey_Escape];
    return -1;
}

}  // namespace

std::optional<ScriptPlayer> ScriptPlayer::Parse(const std::string& text, std::string& error) {
    ScriptPlayer p;
    std::istringstream in(text);
    std::string raw;
    int line = 0;
    while (std::getline(in, raw)) {
        ++line;
        const std::string l = Trim(raw);
        if (l.empty() || l[0] == '#') continue;
        const size_t sp = l.find(' ');
        const std::string verb = l.substr(0, sp);
        const std::string arg = sp == std::string::npos ? std::string() : Trim(l.substr(sp + 1));
        Kind k;
        if (verb == "tap") k = Kind::Tap;
        else if (verb == "type") k = Kind::Type;
        else if (verb == "key") k = Kind::Key;
        else if (verb == "wait") k = Kind::Wait;
        else if (verb == "expect") k = Kind::Expect;
        else if (verb == "screenshot") k = Kind::Screenshot;
        else {
            error = "line " + std::to_string(line) + ": unknown step \"" + verb + "\"";
            return std::nullopt;
        }
        if (arg.empty()) {
            error = "line " + std::to_string(line) + ": \"" + verb + "\" needs an argument";
            return std::nullopt;
        }
        if (k == Kind::Key && arg != "Enter" && arg != "Backspace" && arg != "Escape") {
            error = "line " + std::to_string(line) + ": key must be Enter, Backspace or Escape";
            return std::nullopt;
        }
        if (k == Kind::Wait && arg.find_first_not_of("0123456789") != std::string::npos) {
            error = "line " + std::to_string(line) + ": wait needs a number of frames";
            return std::nullopt;
        }
        p.steps_.push_back({k, arg, line});
    }
    return p;
}

std::optional<ScriptPlayer> ScriptPlayer::Load(const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read the script " + path;
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return Parse(ss.str(), error);
}

void ScriptPlayer::Next() {
    ++index_;
    phase_ = 0;
    tries_ = 0;
}

void ScriptPlayer::Fail(const std::string& why) {
    failed_ = true;
    error_ = "script line " + std::to_string(steps_[index_].line) + ": " + why;
}

void ScriptPlayer::BeforeFrame(ImGuiIO& io) {
    if (failed_ || index_ >= steps_.size()) return;
    const Step& s = steps_[index_];
    switch (s.kind) {
        case Kind::Tap:
            if (phase_ == 0) {
                auto w = FindWidget(s.arg);
                if (!w) {
                    if (!app_busy_ && ++tries_ > kMaxTries) {
                        std::string seen;
                        for (const auto& w : WidgetsDrawn()) seen += "\n  " + w.id + " \"" + w.label + "\"";
                        Fail("nothing to tap called \"" + s.arg + "\"; on screen:" + seen);
                    }
                    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
                    return;
                }
                tap_at_ = ImVec2((w->min.x + w->max.x) * 0.5f, (w->min.y + w->max.y) * 0.5f);
                io.MousePos = tap_at_;
                io.MouseDown[0] = true;
                phase_ = 1;
            } else if (phase_ == 1) {
                io.MousePos = tap_at_;  // the platform backend resets it every frame
                io.MouseDown[0] = false;  // the release over the widget is the click
                phase_ = 2;
            } else {
                io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
                io.MouseDown[0] = false;
                phase_ = 3;
            }
            break;
        case Kind::Type:
            if (phase_ == 0) {
                io.AddInputCharactersUTF8(s.arg.c_str());
                phase_ = 1;
            }
            break;
        case Kind::Key: {
            const int k = KeyIndex(io, s.arg);
            if (k >= 0 && k < 512) io.KeysDown[k] = phase_ == 0;
            phase_ = phase_ == 0 ? 1 : 2;
            break;
        }
        default:
            break;
    }
}

ScriptPlayer::Status ScriptPlayer::AfterFrame(std::string& screenshot, bool app_busy) {
    screenshot.clear();
    app_busy_ = app_busy;
    if (failed_) return Status::Failed;
    if (index_ >= steps_.size()) return Status::Done;
    const Step& s = steps_[index_];
    switch (s.kind) {
        case Kind::Tap:
            if (phase_ == 3) Next();
            break;
        case Kind::Type:
            if (phase_ == 1) Next();
            break;
        case Kind::Key:
            if (phase_ == 2) Next();
            break;
        case Kind::Wait:
            if (++phase_ >= std::stoi(s.arg)) Next();
            break;
        case Kind::Expect:
            if (AllTextDrawn().find(s.arg) != std::string::npos) Next();
            else if (!app_busy && ++tries_ > kMaxTries) Fail("\"" + s.arg + "\" is not on screen");
            break;
        case Kind::Screenshot:
            screenshot = s.arg;
            Next();
            break;
    }
    if (failed_) return Status::Failed;
    return index_ >= steps_.size() ? Status::Done : Status::Running;
}

}  // namespace palier::ui
