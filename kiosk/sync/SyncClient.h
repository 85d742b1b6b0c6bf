#pragma once
// The kiosk's sync in the background: a thread of its own that enrols when asked, syncs soon
// after each local write (Nudge), every few minutes anyway (the interval kept in the database,
// 60 s by default) and when staff ask (SyncNow); after a failure it waits as Backoff says. A
// hub that no longer knows this kiosk (401) or wants a newer one (426) is not asked again until
// someone enrols the kiosk again or asks for a sync.
// Never on the UI thread, never holding the database while it waits for the network: each
// database step goes through `run_on_db` (HubSession.h).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "Backoff.h"
#include "HubSession.h"

namespace palier::sync {

struct SyncEvent {
    enum class Kind { Enrolled, EnrolRefused, Synced, SyncFailed } kind = Kind::Synced;
    Problem problem;            // EnrolRefused, SyncFailed
    std::string site;           // Enrolled
    bool data_changed = false;  // Synced: entries from elsewhere were applied
    int64_t retry_in_ms = -1;   // SyncFailed: the next try is this far off; -1 = once a person acts
    int64_t attempt = 0;        // Synced, SyncFailed: which sync since Start (1, 2, ...)
};

class SyncClient {
public:
    // Called on the sync thread after each enrolment or sync attempt.
    using Listener = std::function<void(const SyncEvent&)>;
    // `random_unit` draws the back-off's jitter in [0, 1) (default: a random device).
    SyncClient(RunOnDb run_on_db, Clock clock, Listener listener, std::function<double()> random_unit = {});
    ~SyncClient();  // Stop()
    SyncClient(const SyncClient&) = delete;
    SyncClient& operator=(const SyncClient&) = delete;

    void Start();
    // Something was written here: sync in a moment (not while backing off from a failure).
    void Nudge();
    void SyncNow();
    // A resident waits for the hub's answer (a pending booking): sync at once, even while backing
    // off, but not when a person must act first (NeedsPerson). Returns the attempt whose outcome
    // answers them (a sync already under way may have read the journal before their write), or 0
    // when no sync is coming.
    int64_t Hurry();
    // Staff changed how often it syncs (already saved in the database): the next sync moves.
    void SetInterval(int seconds);
    void Enrol(std::string hub_url, std::string code, std::string ca_file = {});
    // Stops the exchange under way and joins. The owner must then no longer hold back the
    // database steps already asked (see RunOnDb): Stop waits for the one running.
    void Stop();
    bool Working() const { return working_; }

private:
    using Steady = std::chrono::steady_clock;
    struct EnrolAsk {
        std::string url, code, ca_file;
    };
    void Run();
    void LearnState();
    void DoEnrol(const EnrolAsk& ask);
    void DoSync(int64_t attempt);
    void Emit(const SyncEvent& e);

    RunOnDb run_on_db_;
    Clock clock_;
    Listener listener_;
    Backoff backoff_;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> working_{false};

    std::mutex mu_;
    std::condition_variable cv_;
    bool stop_ = false;
    bool sync_now_ = false;
    std::optional<EnrolAsk> enrol_;
    bool enrolled_ = false;
    bool held_ = false;  // a refusal that needs a person (NeedsPerson)
    bool learnt_ = false;  // the database said whether this kiosk is enrolled
    bool hurry_ = false;   // Hurry came before that: sync as soon as it is known
    int64_t started_ = 0;  // syncs started since Start
    int interval_s_ = 60;
    Steady::time_point due_ = Steady::time_point::max();
    std::thread thread_;
};

}  // namespace palier::sync
