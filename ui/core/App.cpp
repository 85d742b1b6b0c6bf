#include "ui/core/App.h"

#include <imgui.h>

#include <algorithm>

#include "kiosk/Log.h"
#include "kiosk/StaffAuth.h"
#include "ui/core/FrameText.h"
#include "ui/core/Loads.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Record.h"
#include "ui/widgets/Theme.h"

namespace palier::ui {
namespace {

constexpr double kWarningBefore = 10.0;  // the idle warning shows this long before the timeout
constexpr double kSurveyReturn = 6.0;    // the thank-you stays this long after the survey
// A hub that answers later than this is as good as offline for a resident at the screen: the
// booking is shown pending (it still changes on screen if the answer comes while they look).
constexpr double kHubAnswerWait = 2.0;

bool InputThisFrame(const ImGuiIO& io) {
    if (io.MouseDown[0] || io.MouseDown[1] || io.MouseWheel != 0 || !io.InputQueueCharacters.empty()) return true;
    return std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool k) { return k; });
}

}  // namespace

App::App(storage::Database& db, std::string data_dir) : db_(db) {
    state_.data_dir = std::move(data_dir);
    state_.settings = LoadSettings(db_);
    state_.today = Today(db_.clock());
    Lang lang = Lang::Fr;
    if (ParseLang(state_.settings.language, lang)) SetLanguage(lang);
    SetHighContrast(state_.settings.high_contrast);
#ifdef PALIER_HAS_PRINT
    state_.print.available = true;
#endif
    Reload();
}

App::~App() { sync_.Stop(); }

void App::StartSync() {
    sync_.Start(db_.clock());
    state_.sync_running = true;
}

void App::SetWake(std::function<void()> wake) {
    worker_.SetWake(wake);
    sync_.SetWake(std::move(wake));
}

void App::TakeSyncEvents() {
    bool changed = false;
    for (const sync::SyncEvent& e : sync_.TakeEvents()) {
        changed = changed || e.data_changed || e.kind == sync::SyncEvent::Kind::Enrolled;
        if ((e.kind == sync::SyncEvent::Kind::Synced || e.kind == sync::SyncEvent::Kind::SyncFailed) &&
            e.attempt >= state_.hub_answer_attempt)
            state_.hub_answer_awaited = false;
        // Only the person at the Sync screen asked; elsewhere the outcome waits on that screen.
        if (state_.screen != Screen::StaffSync) continue;
        if (e.kind == sync::SyncEvent::Kind::Enrolled) {
            ui_.sync = StaffSyncUi{};
            ShowInfo(Trf("ui.sync.enrolled", {{"site", e.site}}));
        } else if (e.kind == sync::SyncEvent::Kind::EnrolRefused) {
            ShowProblem(e.problem);
        }
    }
    // What others recorded shows at once; otherwise only the sync status changed.
    if (changed) Reload();
    else if (state_.staff) LoadSyncStatus(db_, state_);
}

void App::AwaitHubAnswer() {
    state_.hub_answer_awaited = false;
    if (!state_.booked || state_.booked->booking.status != BookingStatus::Pending) return;
    if (auto* client = sync_.client()) {
        state_.hub_answer_attempt = client->Hurry();
        state_.hub_answer_awaited = state_.hub_answer_attempt > 0;
        state_.hub_asked_at = now_;
    }
}

bool App::PersonWaiting() const {
    return state_.busy || std::any_of(pending_.begin(), pending_.end(), [](const Action& a) { return ByPerson(a); });
}

void App::ShowProblem(const Problem& p) {
    state_.notice = {Describe(p), true};
    if (!p.detail.empty()) LogError(p.key + ": " + p.detail);
}

void App::ShowInfo(std::string text) { state_.notice = {std::move(text), false}; }

void App::Navigate(Screen to) {
    if (to == Screen::StaffPrint && state_.screen != to) DropPreview();  // made again from fresh data
    state_.notice = {};
    state_.screen = to;
    Reload();
}

void App::ResetVisit() {
    DropPreview();
    ResetDock();
    const bool staff_was_in = state_.staff.has_value();
    const KioskSettings settings = state_.settings;
    const std::string data_dir = state_.data_dir;
    state_ = AppState{};
    state_.settings = settings;
    state_.data_dir = data_dir;
    state_.today = Today(db_.clock());
#ifdef PALIER_HAS_PRINT
    state_.print.available = true;
#endif
    ui_ = UiStates{};
    Lang lang = Lang::Fr;
    if (lang_override_) SetLanguage(*lang_override_);
    else if (ParseLang(settings.language, lang)) SetLanguage(lang);
    if (staff_was_in) LogInfo("staff mode closed");
    Reload();
}

void App::OverrideLook(bool high_contrast, float text_scale) {
    if (high_contrast) state_.settings.high_contrast = true;
    if (text_scale > 0) state_.settings.text_scale = text_scale;
    SetHighContrast(state_.settings.high_contrast);
}

void App::SetDefaultLanguage(Lang lang) {
    lang_override_ = lang;
    SetLanguage(lang);
}

#ifndef PALIER_HAS_PRINT
void App::StartPrint(const act::PrintDoc&) {}
void App::LoadPrinters() {}
void App::StartPreview(const act::PreviewDoc&) {}
#endif

void App::DropPreview() {
    ++preview_generation_;
    preview_doc_.reset();
    auto& pv = state_.print.preview;
    if (pv.texture) release_next_frame_.push_back(pv.texture);
    pv = {};
}

void App::ReleaseTextures(bool all) {
    if (all && state_.print.preview.texture) {
        release_next_frame_.push_back(state_.print.preview.texture);
        state_.print.preview.texture = nullptr;
    }
    if (textures_.release)
        for (ImTextureID t : release_next_frame_) textures_.release(t);
    release_next_frame_.clear();
}

void App::SetTextureHooks(TextureHooks hooks) {
    ReleaseTextures(true);
    textures_ = std::move(hooks);
}

void App::WaitIdle() {
    // A completion may start more work (a queued action, a PDF going to the printer).
    while (worker_.Busy() || print_worker_.Busy() || !pending_.empty()) {
        worker_.WaitIdle();
        print_worker_.WaitIdle();
        if (pending_.empty() || worker_.Busy()) continue;
        Action a = std::move(pending_.front());
        pending_.pop_front();
        Start(std::move(a));
    }
    state_.busy = false;
}

double App::NextTimer() const {
    const bool dirty = VisitInProgress(state_);
    double next = -1;
    auto consider = [&](double in) {
        if (in >= 0 && (next < 0 || in < next)) next = in;
    };
    if (dirty) {
        const double timeout = state_.settings.idle_timeout_seconds;
        const double idle = now_ - last_input_;
        if (idle < timeout - kWarningBefore) consider(timeout - kWarningBefore - idle);
        else consider(1.0);  // the countdown changes every second
    }
    if (state_.survey_saved) consider(std::max(0.0, state_.survey_saved_at + kSurveyReturn - now_));
    if (state_.hub_answer_awaited) consider(std::max(0.0, state_.hub_asked_at + kHubAnswerWait - now_));
    if (state_.busy || state_.print.working || state_.print.looking || state_.print.preview.loading) consider(0.05);
    // An idle welcome screen shows the new day's date at midnight without waiting for a touch.
    const int64_t now_ms = db_.clock().NowMs();
    consider(static_cast<double>(LocalMs(AddDays(state_.today, 1), 0, 0) - now_ms) / 1000.0 + 0.05);
    return next;
}

bool App::FontsNeedReload(ImVec2 display) const {
    return display.x != fonts_for_.x || display.y != fonts_for_.y || fonts_scale_ != TextScale(state_);
}

void App::FontsReloaded(ImVec2 display) {
    fonts_for_ = display;
    fonts_scale_ = TextScale(state_);
}

void App::Frame(double now) {
    now_ = now;
    if (first_frame_) {
        last_input_ = now;
        first_frame_ = false;
    }
    ReleaseTextures(false);  // the last frame's draw data has been shown
    if (worker_.Drain() > 0 && !worker_.Busy()) state_.busy = false;
    print_worker_.Drain();
    state_.busy_seconds = state_.busy ? now - busy_since_ : 0;
    ImGuiIO& io = ImGui::GetIO();
    // Someone waiting for their save is not idle: the countdown starts when it is done.
    if (InputThisFrame(io) || state_.busy) last_input_ = now;

    // Idle: after the timeout everything typed is wiped and the welcome screen returns.
    const bool dirty = VisitInProgress(state_);
    state_.idle_seconds = now - last_input_;
    // ResetVisit() reloads from the database: not while a worker job owns it (PIN, preview).
    const bool db_free = !state_.busy && !worker_.Busy();
    if (dirty && db_free && state_.idle_seconds >= state_.settings.idle_timeout_seconds) {
        LogInfo("idle timeout: back to welcome");
        ResetVisit();
    }
    if (db_free && state_.survey_saved && now - state_.survey_saved_at >= kSurveyReturn) ResetVisit();
    if (db_free && Today(db_.clock()) != state_.today) {
        state_.today = Today(db_.clock());
        Reload();  // "today", the programme and the follow-ups due all move with the date
    }
    if (db_free && sync_.EventsWaiting()) TakeSyncEvents();
    if (state_.hub_answer_awaited && now - state_.hub_asked_at >= kHubAnswerWait) state_.hub_answer_awaited = false;
    state_.now_ms = db_.clock().NowMs();
    state_.sync_working = sync_.client() && sync_.client()->Working();

    NewFrameText();  // the last frame's words have been drawn
    ImGui::NewFrame();
    ClearRecords();
    Action action = DrawApp(state_, ui_);
    ImGui::Render();

    // While the person's last write runs, or their last tap waits for a sync step to finish, a
    // second tap (the same button again, impatiently) is not queued behind it: it would book
    // twice. What a screen asks by itself waits its turn.
    if (!IsNone(action) && PersonWaiting() && ByPerson(action)) {
        LogInfo("a tap while the last one is being saved: ignored");
        action = {};
    }
    if (!IsNone(action)) pending_.push_back(std::move(action));
    while (!pending_.empty() && !worker_.Busy()) {
        Action a = std::move(pending_.front());
        pending_.pop_front();
        Start(std::move(a));
    }
    // The sync's next database step goes in only when nothing of the person's waits: one short
    // step at a time, so a tap waits at most for one of them.
    if (pending_.empty() && !worker_.Busy())
        if (Worker::Job step = sync_.NextStep(db_)) worker_.Post(std::move(step));
}

}  // namespace palier::ui
