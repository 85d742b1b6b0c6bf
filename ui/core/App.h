#pragma once
// The kiosk's main loop body, written once and shared by the GLFW shell, the headless tests
// and the benchmark. App owns the AppState, the per-screen UI structs and the worker; the
// caller owns the Database, the window and the GPU.
//
// Per frame (UI thread): Frame(now) drains worker results, tracks idleness, runs
// ImGui::NewFrame() .. DrawApp() .. ImGui::Render(), then applies the frame's intent through
// kiosk/ services. The caller does the platform NewFrame before and draws ImGui's draw data after.
#include <imgui.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/Database.h"
#include "ui/core/Actions.h"
#include "ui/core/AppState.h"
#include "ui/core/SyncLink.h"
#include "ui/core/Worker.h"
#include "ui/screens/ScreenUi.h"

namespace palier::print {
class ComposedDocument;
}

namespace palier::ui {

// How App turns an RGBA image (print preview) into something ImGui can draw. palier_ui has no
// GL: the GLFW shell sets these; headless tests leave them empty and get placeholders.
// Both are called on the UI thread with the GL context current.
struct TextureHooks {
    std::function<ImTextureID(const uint8_t* rgba, int width, int height)> upload;
    std::function<void(ImTextureID)> release;
};

class App {
public:
    App(storage::Database& db, std::string data_dir);
    ~App();  // stops the sync, then the workers finish
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // One frame. `now`: seconds on a monotonic clock (tests pass a fake one).
    void Frame(double now);
    // Applies an intent and waits for the work it started (tests, automation). Frame() starts
    // the frame's intent without waiting: its writes finish on the worker.
    void Apply(Action action);
    // An intent from outside a frame (the benchmark, automation): started by the next frame, in
    // turn, exactly as if it had been tapped.
    void Queue(Action action) { pending_.push_back(std::move(action)); }

    // Opens a screen with sensible context for automation (--screen): demo resident, first
    // session with seats, signed-in demo coordinator. Returns false with a log line when the
    // context cannot be made (e.g. no demo coordinator): the screen shown is then the nearest.
    bool OpenForAutomation(Screen screen);

    // The language the kiosk returns to after each visit (--lang); default: the settings'.
    void SetDefaultLanguage(Lang lang);
    // Theme and text size for this run only (--high-contrast, --text-scale); not saved, and
    // saving the settings screen puts the saved ones back. text_scale 0 = keep the settings'.
    void OverrideLook(bool high_contrast, float text_scale);

    // Fonts must be (re)built for this display: first frame, resize, text-size change.
    bool FontsNeedReload(ImVec2 display) const;
    void FontsReloaded(ImVec2 display);

    // Installs the texture hooks. Replacing or clearing them first releases every texture made
    // with the old ones: the shell clears them before its GL context goes away.
    void SetTextureHooks(TextureHooks hooks);

    // Syncs with the hub in the background from now on (the kiosk; tests that bring a hub).
    // Until then, or without an enrolment, nothing leaves the kiosk.
    void StartSync();
    // Called from another thread when a frame is needed: work done, a sync step or event waiting.
    void SetWake(std::function<void()> wake);

    // Seconds until a timer needs a frame (idle warning, timeout, survey return); < 0 = none.
    double NextTimer() const;

    const AppState& state() const { return state_; }
    UiStates& ui() { return ui_; }
    Worker& worker() { return worker_; }
    storage::Database& db() { return db_; }
    // Work started and not finished: a write, a preview, a print or the printer list.
    bool Busy() const { return worker_.Busy() || print_worker_.Busy() || !pending_.empty(); }
    void WaitIdle();

private:
    friend struct Applier;
    void Start(Action action);  // Apply.cpp: runs the intent, posting its writes to the worker
    void Reload();              // data the current screen shows
    void Navigate(Screen to);   // clears the notice, reloads
    void ResetVisit();          // wipes everything typed and the visitor
    void ShowProblem(const Problem& p);
    void ShowInfo(std::string text);

    storage::Database& db_;
    AppState state_;
    UiStates ui_;
    Worker worker_;        // owns the database while it runs a job: writes, PIN checks, PDFs
    Worker print_worker_;  // CUPS calls that may block for seconds; never touches the database
    // Declared after the workers so that it stops first: its steps run on worker_.
    SyncLink sync_;
    void TakeSyncEvents();  // UI thread, the database free
    // state_.booked is pending: the hub is asked now, and the confirmation waits a moment for it.
    void AwaitHubAnswer();
    bool PersonWaiting() const;  // an action of the person queued or running
    void StartPrint(const act::PrintDoc& a);  // ApplyPrint.cpp
    void SendToPrinter(std::vector<uint8_t> pdf, const std::string& file_name, const std::string& title,
                       const act::PrintDoc& a);
    void LoadPrinters();
    // Print preview (ApplyPrint.cpp): composes and renders on worker_, which owns the database
    // meanwhile; the texture is made on the UI thread when the result is drained.
    void StartPreview(const act::PreviewDoc& a);
    void DropPreview();            // forgets the document, frees its texture at the next frame
    void ReleaseTextures(bool all);  // frees textures no longer drawn (all: every one, now)
    TextureHooks textures_;
    std::shared_ptr<print::ComposedDocument> preview_doc_;  // used by worker_ jobs only
    int preview_generation_ = 0;  // a preview finishing after DropPreview() is ignored
    std::vector<ImTextureID> release_next_frame_;  // still in the draw data being shown
    std::deque<Action> pending_;
    double last_input_ = 0;
    double busy_since_ = 0;
    double now_ = 0;
    bool first_frame_ = true;
    ImVec2 fonts_for_{0, 0};
    float fonts_scale_ = 0;
    std::optional<Lang> lang_override_;
};

}  // namespace palier::ui
