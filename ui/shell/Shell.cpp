#include "ui/shell/Shell.h"

#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "kiosk/Log.h"
#include "ui/core/Display.h"
#include "ui/core/Script.h"
#include "ui/shell/Png.h"
#include "ui/widgets/Record.h"
#include "ui/widgets/Fonts.h"
#include "ui/widgets/Theme.h"

namespace palier::ui {
namespace {

constexpr int kScreenshotFrames = 5;     // frames rendered before a --screen capture
constexpr int kFramesAfterInput = 3;     // ImGui needs a few frames to settle after an event
constexpr double kLongestSleep = 30.0;   // even idle, wake now and then (the date changes)

struct GlfwSession {
    bool ok = glfwInit() == GLFW_TRUE;
    ~GlfwSession() {
        if (ok) glfwTerminate();
    }
};
struct WindowDeleter {
    void operator()(GLFWwindow* w) const { glfwDestroyWindow(w); }
};
using WindowPtr = std::unique_ptr<GLFWwindow, WindowDeleter>;

void OnGlfwError(int code, const char* what) { LogError("glfw " + std::to_string(code) + ": " + what); }

int g_pending_frames = kFramesAfterInput;
void Wake(GLFWwindow*) { g_pending_frames = kFramesAfterInput; }
bool g_monitors_changed = false;
void OnMonitor(GLFWmonitor*, int) {
    g_monitors_changed = true;
    g_pending_frames = kFramesAfterInput;
}

ImVec2 WindowSize(GLFWwindow* window) {
    int w = 0, h = 0;
    glfwGetWindowSize(window, &w, &h);
    return ImVec2(static_cast<float>(w), static_cast<float>(h));
}
ImVec2 FramebufferSize(GLFWwindow* window) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    return ImVec2(static_cast<float>(w), static_cast<float>(h));
}

// A full-screen kiosk whose monitor was unplugged is left windowed by GLFW; once a monitor is
// there again (its own, by name, else the primary) it goes back to full screen on it.
void BackToFullScreen(GLFWwindow* window, std::string& remembered) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) names.emplace_back(glfwGetMonitorName(monitors[i]) ? glfwGetMonitorName(monitors[i]) : "");
    const int pick = PickMonitor(names, remembered);
    if (pick < 0) return;  // nothing connected yet: the next monitor event tries again
    GLFWmonitor* monitor = monitors[pick];
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    if (!mode) return;
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    LogInfo("full screen again on " + names[static_cast<size_t>(pick)]);
    if (remembered.empty()) remembered = names[static_cast<size_t>(pick)];
}

void ReloadFontsIfNeeded(App& app, GLFWwindow* window) {
    const ImVec2 display = FramebufferSize(window);  // the screen's own pixels (ui/core/Display.h)
    if (!app.FontsNeedReload(display)) return;
    LoadFonts(BodyPxFor(display, TextScale(app.state())));
    SetHighContrast(app.state().settings.high_contrast);
    ApplyStyle();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    app.FontsReloaded(display);
}

// Milliseconds since the process started, from the kernel's start time (/proc/self/stat,
// 10 ms resolution); if that cannot be read, since this file's statics were initialised.
const auto g_loaded_at = std::chrono::steady_clock::now();
long MsSinceProcessStart() {
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t paren = stat.rfind(')');
    timespec boot{};
    const long ticks = sysconf(_SC_CLK_TCK);
    if (paren != std::string::npos && ticks > 0 && clock_gettime(CLOCK_BOOTTIME, &boot) == 0) {
        std::istringstream fields(stat.substr(paren + 2));  // from field 3 (state) on
        std::string field;
        for (int i = 3; i <= 22 && (fields >> field); ++i) {
            if (i != 22) continue;
            const double started = std::stod(field) / static_cast<double>(ticks);
            const double now = static_cast<double>(boot.tv_sec) + static_cast<double>(boot.tv_nsec) * 1e-9;
            return std::lround((now - started) * 1000.0);
        }
    }
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - g_loaded_at).count());
}

// The print preview's page as a GL texture (UI thread, context current). GL 1.1 calls only.
ImTextureID UploadTexture(const uint8_t* rgba, int width, int height) {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);  // rows are width * 4 bytes
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    glBindTexture(GL_TEXTURE_2D, 0);
    return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(tex));
}

void ReleaseTexture(ImTextureID id) {
    const GLuint tex = static_cast<GLuint>(reinterpret_cast<intptr_t>(id));
    glDeleteTextures(1, &tex);
}

}  // namespace

bool HasDisplay() {
    const char* x = std::getenv("DISPLAY");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wl && *wl);
}

const char* NoDisplaySentence() {
    return "There is no screen to show the kiosk on (no X11 or Wayland display); to get a picture instead, run: "
           "xvfb-run -a -s \"-screen 0 1920x1080x24\" palier-kiosk --demo --screen welcome --screenshot welcome.png";
}

int RunShell(App& app, const Options& opt) {
    std::optional<ScriptPlayer> script;
    if (!opt.script.empty()) {
        std::string error;
        script = ScriptPlayer::Load(opt.script, error);
        if (!script) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return kExitUsage;
        }
    }
    if (!HasDisplay()) {
        std::fprintf(stderr, "%s\n", NoDisplaySentence());
        return kExitNoDisplay;
    }
    glfwSetErrorCallback(OnGlfwError);
    GlfwSession glfw;
    if (!glfw.ok) {
        std::fprintf(stderr, "%s\n", NoDisplaySentence());
        return kExitNoDisplay;
    }
    const bool automated = !opt.screenshot.empty() || script.has_value();
    SetRecording(automated);  // a script taps widgets by name and waits for words
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // A public kiosk stays on screen when the focus goes to another monitor or window.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    GLFWmonitor* monitor = nullptr;
    int width = opt.width, height = opt.height;
    if (width == 0 && automated) width = 1920, height = 1080;
    if (width == 0) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) {
            std::fprintf(stderr, "%s\n", NoDisplaySentence());
            return kExitNoDisplay;
        }
        width = mode->width, height = mode->height;
    } else {
        glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
    }
    WindowPtr window(glfwCreateWindow(width, height, "Palier", monitor, nullptr));
    if (!window) {
        std::fprintf(stderr, "%s\n", NoDisplaySentence());
        return kExitNoDisplay;
    }
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(automated ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no window layout
    io.LogFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window.get(), true);
    // Full screen on a touchscreen: no mouse pointer over the buttons (shown with --windowed,
    // where a mouse is what drives it). ImGui leaves the cursor as set here.
    if (monitor) {
        glfwSetInputMode(window.get(), GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
        io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    }
    ImGui_ImplOpenGL3_Init("#version 130");
    app.SetWake([] { glfwPostEmptyEvent(); });
    app.SetTextureHooks({UploadTexture, ReleaseTexture});
    // Any event (touch, key, resize) asks for a few frames; ImGui's callbacks stay installed.
    glfwSetWindowRefreshCallback(window.get(), Wake);
    glfwSetMonitorCallback(OnMonitor);
    std::string own_monitor = monitor && glfwGetMonitorName(monitor) ? glfwGetMonitorName(monitor) : "";

    int exit_code = kExitOk;
    int frame = 0;
    long frame_count = 0;
    const bool screenshot_only = !opt.screenshot.empty() && !script;
    while (!glfwWindowShouldClose(window.get())) {
        if (automated || g_pending_frames > 0) {
            glfwPollEvents();
        } else {
            const double timer = app.NextTimer();
            glfwWaitEventsTimeout(timer < 0 ? kLongestSleep : std::max(timer, 0.01));
            g_pending_frames = kFramesAfterInput;
        }
        --g_pending_frames;
        if (g_monitors_changed) {
            g_monitors_changed = false;
            if (monitor && !glfwGetWindowMonitor(window.get())) BackToFullScreen(window.get(), own_monitor);
        }
        ReloadFontsIfNeeded(app, window.get());
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        UseFramebufferPixels(io, WindowSize(window.get()), FramebufferSize(window.get()));
        if (script) script->BeforeFrame(io);
        if (io.MouseDown[0] || !io.InputQueueCharacters.empty()) g_pending_frames = kFramesAfterInput;
        app.Frame(glfwGetTime());
        std::string shot;
        ScriptPlayer::Status status = ScriptPlayer::Status::Running;
        if (script) status = script->AfterFrame(shot, app.Busy());
        if (screenshot_only && ++frame >= kScreenshotFrames && !app.Busy()) shot = opt.screenshot;

        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window.get(), &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(Colours().bg);
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!shot.empty()) {
            if (!SaveBackBufferPng(shot, fb_w, fb_h)) {
                std::fprintf(stderr, "Could not write the screenshot %s.\n", shot.c_str());
                exit_code = kExitScreenshot;
                break;
            }
            LogInfo("screenshot written: " + shot);
            if (screenshot_only) break;
        }
        glfwSwapBuffers(window.get());
        // For scripts/bench: the time a person waits for the first picture.
        if (frame_count++ == 0) LogInfo("first frame after " + std::to_string(MsSinceProcessStart()) + " ms");
        if (status == ScriptPlayer::Status::Failed) {
            std::fprintf(stderr, "%s\n", script->error().c_str());
            exit_code = kExitScript;
            break;
        }
        if (status == ScriptPlayer::Status::Done) {
            app.WaitIdle();
            break;
        }
        // Ctrl+Shift+Q closes the kiosk (for the person who maintains it; residents have no keyboard).
        if (io.KeyCtrl && io.KeyShift && glfwGetKey(window.get(), GLFW_KEY_Q) == GLFW_PRESS) break;
    }
    app.WaitIdle();
    glfwSetMonitorCallback(nullptr);
    app.SetWake(nullptr);
    app.SetTextureHooks({});  // frees the preview's texture while the context is still current
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return exit_code;
}

}  // namespace palier::ui
