// The background client: enrols when asked and syncs at once, honours a Retry-After, holds back
// after a 401 until a person acts, and stops at once even while the hub keeps it waiting.
// Events are waited for (the client's thread reports them); nothing asserts how long it took.
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "SyncFixture.h"
#include "kiosk/sync/SyncClient.h"
#include "storage/JournalStore.h"
#include "storage/SyncStateStore.h"

namespace palier::test {
namespace {

using sync::SyncEvent;

class SyncClientTest : public SyncTest {
protected:
    // The test and the client's thread take turns on the database, as the kiosk's worker does.
    sync::RunOnDb Shared() {
        return [this](const sync::DbStep& step) {
            std::lock_guard lock(db_mu_);
            step(*db);
            return true;
        };
    }
    std::unique_ptr<sync::SyncClient> Client() {
        return std::make_unique<sync::SyncClient>(
            Shared(), clock.clock(),
            [this](const SyncEvent& e) {
                std::lock_guard lock(mu_);
                events_.push_back(e);
                cv_.notify_all();
            },
            [] { return 0.0; });
    }
    // The next event of this kind (earlier ones of other kinds are passed over).
    SyncEvent Next(SyncEvent::Kind kind) {
        std::unique_lock lock(mu_);
        for (;;) {
            while (seen_ < events_.size()) {
                const SyncEvent e = events_[seen_++];
                if (e.kind == kind) return e;
            }
            // A safety net against a hang, not a measure of speed.
            if (!cv_.wait_for(lock, std::chrono::seconds(60), [&] { return seen_ < events_.size(); })) {
                ADD_FAILURE() << "no event came";
                return {};
            }
        }
    }
    template <class F>
    auto OnDb(F&& f) {
        std::lock_guard lock(db_mu_);
        return f(*db);
    }

    std::mutex db_mu_, mu_;
    std::condition_variable cv_;
    std::vector<SyncEvent> events_;
    size_t seen_ = 0;
};

TEST_F(SyncClientTest, EnrolsAndSyncsAtOnce) {
    RegisterSome(3);
    const int64_t journal = storage::JournalCount(*db);
    auto client = Client();
    client->Start();
    client->Enrol(hub->url(), FakeHub::kCode);
    EXPECT_EQ(Next(SyncEvent::Kind::Enrolled).site, FakeHub::kSite);
    Next(SyncEvent::Kind::Synced);
    EXPECT_EQ(static_cast<int64_t>(hub->pushed().size()), journal);
    EXPECT_EQ(OnDb([](storage::Database& d) { return storage::JournalWaiting(d); }), 0);
    client->Stop();
}

TEST_F(SyncClientTest, ARefusedCodeIsReported) {
    auto client = Client();
    client->Start();
    client->Enrol(hub->url(), "WRONG-CODE");
    EXPECT_EQ(Next(SyncEvent::Kind::EnrolRefused).problem.key, "err.sync_bad_code");
}

TEST_F(SyncClientTest, RetryAfterIsHonoured) {
    EnrolWith(*hub);
    RegisterSome(1);
    hub->RefuseNext("/api/v1/sync/push", {429, 120});
    auto client = Client();
    client->Start();
    client->SyncNow();
    const SyncEvent failed = Next(SyncEvent::Kind::SyncFailed);
    EXPECT_EQ(failed.problem.key, "err.sync_busy");
    EXPECT_EQ(failed.retry_in_ms, 120'000);
    client->SyncNow();  // staff may still ask
    Next(SyncEvent::Kind::Synced);
}

TEST_F(SyncClientTest, FailuresBackOffFromOneSecond) {
    EnrolWith(*hub);
    RegisterSome(1);
    hub->RefuseNext("/api/v1/sync/push", {500});
    auto client = Client();
    client->Start();
    client->SyncNow();
    EXPECT_EQ(Next(SyncEvent::Kind::SyncFailed).retry_in_ms, 500);  // the jitter draws 0: half of 1 s
    Next(SyncEvent::Kind::Synced);  // tried again by itself
}

TEST_F(SyncClientTest, A401HoldsTheClientUntilAPersonActs) {
    EnrolWith(*hub);
    RegisterSome(1);
    hub->RefuseNext("/api/v1/sync/push", {401});
    auto client = Client();
    client->Start();
    client->SyncNow();
    const SyncEvent failed = Next(SyncEvent::Kind::SyncFailed);
    EXPECT_EQ(failed.problem.key, "err.sync_enrol_again");
    EXPECT_EQ(failed.retry_in_ms, -1);  // not tried again by itself
    client->SyncNow();
    Next(SyncEvent::Kind::Synced);
    EXPECT_EQ(hub->requests("/api/v1/sync/push"), 2);
}

TEST_F(SyncClientTest, StopsAtOnceWhileTheHubKeepsItWaiting) {
    EnrolWith(*hub);
    RegisterSome(1);
    FakeHub::Refusal hang;
    hang.hang = true;
    hub->RefuseNext("/api/v1/sync/push", hang);
    auto client = Client();
    client->Start();
    client->SyncNow();
    while (hub->requests("/api/v1/sync/push") == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    client->Stop();  // returns: the exchange was cancelled
    EXPECT_EQ(OnDb([](storage::Database& d) { return storage::PushedThrough(d); }), 0);
    EXPECT_TRUE(OnDb([](storage::Database& d) { return storage::LoadSyncState(d).last_error; }).empty());
}

}  // namespace
}  // namespace palier::test
