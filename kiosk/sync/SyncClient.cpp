#include "SyncClient.h"

#include <random>

#include "storage/SyncStateStore.h"

namespace palier::sync {
namespace {

// Writes come in bursts (a booking, then the visit it counts): one sync for the burst.
constexpr auto kAfterNudge = std::chrono::seconds(2);
// Started with the kiosk: the first screen is drawn before the first sync.
constexpr auto kAfterStart = std::chrono::seconds(3);

std::function<double()> RandomUnit() {
    auto gen = std::make_shared<std::mt19937_64>(std::random_device{}());
    return [gen] { return std::uniform_real_distribution<double>(0.0, 1.0)(*gen); };
}

}  // namespace

SyncClient::SyncClient(RunOnDb run_on_db, Clock clock, Listener listener, std::function<double()> random_unit)
    : run_on_db_(std::move(run_on_db)),
      clock_(std::move(clock)),
      listener_(std::move(listener)),
      backoff_(random_unit ? std::move(random_unit) : RandomUnit()) {}

SyncClient::~SyncClient() { Stop(); }

void SyncClient::Start() {
    if (thread_.joinable()) return;
    PrepareHttp();
    thread_ = std::thread([this] { Run(); });
}

void SyncClient::Nudge() {
    std::lock_guard lock(mu_);
    if (!enrolled_ || held_ || backoff_.failures() > 0) return;
    due_ = std::min(due_, Steady::now() + kAfterNudge);
    cv_.notify_all();
}

int64_t SyncClient::Hurry() {
    std::lock_guard lock(mu_);
    if (!learnt_) {
        hurry_ = true;
        return started_ + 1;
    }
    if (!enrolled_ || held_) return 0;
    due_ = Steady::now();
    cv_.notify_all();
    return started_ + 1;
}

void SyncClient::SetInterval(int seconds) {
    std::lock_guard lock(mu_);
    interval_s_ = std::max(5, seconds);
    if (enrolled_ && !held_ && backoff_.failures() == 0)
        due_ = std::min(due_, Steady::now() + std::chrono::seconds(interval_s_));
    cv_.notify_all();
}

void SyncClient::SyncNow() {
    std::lock_guard lock(mu_);
    sync_now_ = true;
    held_ = false;
    cv_.notify_all();
}

void SyncClient::Enrol(std::string hub_url, std::string code, std::string ca_file) {
    std::lock_guard lock(mu_);
    enrol_ = EnrolAsk{std::move(hub_url), std::move(code), std::move(ca_file)};
    cv_.notify_all();
}

void SyncClient::Stop() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
    }
    cancel_ = true;
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SyncClient::Emit(const SyncEvent& e) {
    if (listener_) listener_(e);
}

void SyncClient::LearnState() {
    storage::SyncState state;
    if (!run_on_db_([&](storage::Database& db) { state = storage::LoadSyncState(db); })) return;
    std::lock_guard lock(mu_);
    learnt_ = true;
    enrolled_ = state.enrolled();
    interval_s_ = std::max(5, state.interval_seconds);
}

void SyncClient::Run() {
    LearnState();
    std::unique_lock lock(mu_);
    if (enrolled_) due_ = Steady::now() + (hurry_ ? Steady::duration{} : kAfterStart);
    hurry_ = false;
    while (!stop_) {
        if (enrol_) {
            const EnrolAsk ask = *enrol_;
            enrol_.reset();
            lock.unlock();
            DoEnrol(ask);
            lock.lock();
            continue;
        }
        if (sync_now_ || (enrolled_ && !held_ && Steady::now() >= due_)) {
            sync_now_ = false;
            due_ = Steady::time_point::max();
            const int64_t attempt = ++started_;
            lock.unlock();
            DoSync(attempt);
            lock.lock();
            continue;
        }
        if (!enrolled_ || held_ || due_ == Steady::time_point::max()) cv_.wait(lock);
        else cv_.wait_until(lock, due_);
    }
}

void SyncClient::DoEnrol(const EnrolAsk& ask) {
    working_ = true;
    HubSession session(run_on_db_, clock_, &cancel_);
    auto r = session.Enrol(ask.url, ask.code, ask.ca_file);
    working_ = false;
    if (!r) {
        if (r.problem().key != "err.sync_stopped") Emit({SyncEvent::Kind::EnrolRefused, r.problem(), {}, false});
        return;
    }
    LearnState();
    {
        std::lock_guard lock(mu_);
        held_ = false;
        backoff_.Succeeded();
        due_ = Steady::now();
    }
    Emit({SyncEvent::Kind::Enrolled, {}, r->site, false});
}

void SyncClient::DoSync(int64_t attempt) {
    working_ = true;
    HubSession session(run_on_db_, clock_, &cancel_);
    auto r = session.Sync();
    working_ = false;
    if (r) {
        {
            std::lock_guard lock(mu_);
            backoff_.Succeeded();
            due_ = Steady::now() + std::chrono::seconds(interval_s_);
        }
        SyncEvent done{SyncEvent::Kind::Synced, {}, {}, r->applied > 0 || r->promoted > 0};
        done.attempt = attempt;
        Emit(done);
        return;
    }
    const Problem& p = r.problem();
    if (p.key == "err.sync_stopped") return;
    int64_t retry_in_ms = -1;
    {
        std::lock_guard lock(mu_);
        if (p.key == "err.sync_not_enrolled") enrolled_ = false;
        if (NeedsPerson(p)) {
            held_ = true;
        } else {
            retry_in_ms = backoff_.Failed(session.retry_after_ms());
            due_ = Steady::now() + std::chrono::milliseconds(retry_in_ms);
        }
    }
    SyncEvent failed{SyncEvent::Kind::SyncFailed, p, {}, false, retry_in_ms};
    failed.attempt = attempt;
    Emit(failed);
}

}  // namespace palier::sync
