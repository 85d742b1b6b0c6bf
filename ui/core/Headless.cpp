#include "ui/core/Headless.h"

#include <cfloat>
#include <string>

#include "ui/widgets/Fonts.h"
#include "ui/widgets/Record.h"
#include "ui/widgets/Theme.h"

namespace palier::ui {
namespace {
// Key indices into io.KeysDown for the keys the kiosk reads (any distinct values will do).
enum { kKeyEnter = 10, kKeyBackspace = 11, kKeyEscape = 12, kKeyPadEnter = 13 };
}  // namespace

Headless::Headless(ImVec2 display) {
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 30.0f;
    io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
    io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
    io.KeyMap[ImGuiKey_Escape] = kKeyEscape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = kKeyPadEnter;
    SetRecording(true);  // taps find their widget, tests read what was shown
}

Headless::~Headless() {
    SetRecording(false);
    ImGui::DestroyContext(ctx_);
}

void Headless::Frame(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    if (app.FontsNeedReload(io.DisplaySize)) {
        LoadFonts(BodyPxFor(io.DisplaySize, TextScale(app.state())));
        SetHighContrast(app.state().settings.high_contrast);
        ApplyStyle();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        app.FontsReloaded(io.DisplaySize);
    }
    io.DeltaTime = 1.0f / 30.0f;
    now_ += io.DeltaTime;
    app.Frame(now_);
}

void Headless::Frames(App& app, int n, double dt) {
    for (int i = 0; i < n; ++i) {
        now_ += dt - 1.0 / 30.0;
        Frame(app);
    }
}

bool Headless::Tap(App& app, std::string_view what, bool wait) {
    auto w = FindWidget(what);
    if (!w) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((w->min.x + w->max.x) * 0.5f, (w->min.y + w->max.y) * 0.5f);
    io.MouseDown[0] = true;
    Frame(app);
    io.MouseDown[0] = false;
    Frame(app);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (wait) app.WaitIdle();
    Frame(app);
    return true;
}

bool Headless::Drag(App& app, std::string_view what, ImVec2 delta, int steps) {
    auto w = FindWidget(what);
    if (!w) return false;
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 start((w->min.x + w->max.x) * 0.5f, (w->min.y + w->max.y) * 0.5f);
    io.MousePos = start;
    io.MouseDown[0] = true;
    Frame(app);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        io.MousePos = ImVec2(start.x + delta.x * t, start.y + delta.y * t);
        Frame(app);
    }
    io.MouseDown[0] = false;
    Frame(app);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    app.WaitIdle();
    Frame(app);
    return true;
}

void Headless::Type(App& app, std::string_view text) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    Frame(app);
}

void Headless::PressEnter(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[kKeyEnter] = true;
    Frame(app);
    io.KeysDown[kKeyEnter] = false;
    Frame(app);
}

}  // namespace palier::ui
