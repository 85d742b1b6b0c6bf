// The kiosk's side of docs/SYNC.md against a fake hub: enrolment, push (the cursor moves only
// on the hub's acknowledgement, a failure loses nothing), pull (each page applied with its
// cursor), and the refusals in words.
#include "SyncFixture.h"
#include "kiosk/I18n.h"
#include "kiosk/Settings.h"
#include "kiosk/SyncStatus.h"
#include "kiosk/sync/HubAddress.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/SyncStateStore.h"

namespace palier::test {
namespace {

using sync::HubSession;
using sync::SessionOptions;

TEST_F(SyncTest, EnrolmentKeepsTheHubTheTokenAndTheSite) {
    KioskSettings settings = LoadSettings(*db);
    settings.site_id = "site-bus";
    ASSERT_TRUE(SaveSettings(*db, settings));
    auto done = Session().Enrol(hub->url() + "/", " k7qf-3mzp ", "");
    ASSERT_TRUE(done.ok()) << done.problem().detail;
    EXPECT_EQ(done->site, FakeHub::kSite);
    const storage::SyncState s = storage::LoadSyncState(*db);
    EXPECT_TRUE(s.enrolled());
    EXPECT_EQ(s.hub_url, hub->url());
    EXPECT_EQ(s.token, FakeHub::kToken);
    EXPECT_EQ(s.site, FakeHub::kSite);
    EXPECT_TRUE(s.clock_known);
    EXPECT_EQ(s.clock_offset_ms, 0);  // the fake hub's clock reads the suite's moment too
    // The hub learns which site the kiosk records for (the bus's kiosks get their share).
    EXPECT_EQ(hub->enrolled_site_id(), "site-bus");
}

TEST_F(SyncTest, ACodeUsedTwiceIsRefusedInWords) {
    EnrolWith(*hub);
    storage::Database second(other_dir.File("palier.db"), clock.clock());
    HubSession session([&](const sync::DbStep& step) {
        step(second);
        return true;
    }, clock.clock());
    auto again = session.Enrol(hub->url(), FakeHub::kCode, "");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.problem().key, "err.sync_bad_code");
    EXPECT_NE(Describe(again.problem()).find("code"), std::string::npos);
    EXPECT_FALSE(storage::LoadSyncState(second).enrolled());
}

TEST_F(SyncTest, TheHubAddressIsHttpsExceptOnThisMachine) {
    EXPECT_EQ(*sync::HubUrl("hub.example.org/"), "https://hub.example.org");
    EXPECT_EQ(*sync::HubUrl(" HTTPS://Hub.example.org:8443 "), "https://Hub.example.org:8443");
    EXPECT_EQ(*sync::HubUrl("http://127.0.0.1:8080/"), "http://127.0.0.1:8080");
    EXPECT_EQ(*sync::HubUrl("http://localhost"), "http://localhost");
    EXPECT_EQ(sync::HubUrl("http://hub.example.org").problem().key, "err.sync_hub_https");
    EXPECT_EQ(sync::HubUrl("ftp://hub.example.org").problem().key, "err.sync_hub_https");
    EXPECT_EQ(sync::HubUrl("   ").problem().key, "err.sync_hub_empty");
    EXPECT_EQ(sync::EnrolmentCode("k7qf 3mzp"), "K7QF3MZP");
}

TEST_F(SyncTest, NothingIsSentBeforeEnrolment) {
    RegisterSome(1);
    auto r = Session().Sync();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_not_enrolled");
    EXPECT_EQ(hub->requests("/api/v1/sync"), 0);
}

TEST_F(SyncTest, PushSendsEverythingWaitingInBatchesAndMovesTheCursorOnEachAck) {
    RegisterSome(5);
    const int64_t journal = storage::JournalCount(*db);
    ASSERT_GE(journal, 5);
    EnrolWith(*hub);
    auto r = Session(SessionOptions{2, 200}).Sync();
    ASSERT_TRUE(r.ok()) << r.problem().detail;
    EXPECT_EQ(r->pushed, journal);
    EXPECT_EQ(hub->requests("/api/v1/sync/push"), (journal + 1) / 2);
    EXPECT_EQ(static_cast<int64_t>(hub->pushed().size()), journal);
    EXPECT_EQ(storage::PushedThrough(*db), journal);
    EXPECT_EQ(storage::JournalWaiting(*db), 0);
    for (const std::string& t : hub->tokens_seen()) EXPECT_EQ(t, std::string("Bearer ") + FakeHub::kToken);
    const storage::SyncState s = storage::LoadSyncState(*db);
    EXPECT_EQ(s.last_success_ms, TestMomentMs());
    EXPECT_TRUE(s.last_error.empty());
}

TEST_F(SyncTest, TheCursorMovesNoFurtherThanTheHubAcknowledged) {
    RegisterSome(4);
    EnrolWith(*hub);
    hub->AckAtMost(2);
    auto r = Session().Sync();
    ASSERT_FALSE(r.ok());  // the hub took two, then nothing more: said, not looped on
    EXPECT_EQ(r.problem().key, "err.sync_refused");
    EXPECT_EQ(storage::PushedThrough(*db), 2);
    EXPECT_EQ(storage::JournalWaiting(*db), storage::JournalCount(*db) - 2);
}

TEST_F(SyncTest, AHubErrorLeavesTheCursorAndLosesNothing) {
    RegisterSome(3);
    const int64_t journal = storage::JournalCount(*db);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/push", {500});
    auto failed = Session().Sync();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.problem().key, "err.sync_hub_failed");
    EXPECT_EQ(storage::PushedThrough(*db), 0);
    EXPECT_EQ(storage::JournalWaiting(*db), journal);
    EXPECT_EQ(storage::LoadSyncState(*db).last_error, "err.sync_hub_failed");
    EXPECT_EQ(storage::LoadSyncState(*db).last_success_ms, 0);

    auto again = Session().Sync();
    ASSERT_TRUE(again.ok()) << again.problem().detail;
    EXPECT_EQ(static_cast<int64_t>(hub->pushed().size()), journal);
    EXPECT_EQ(storage::JournalWaiting(*db), 0);
    EXPECT_TRUE(storage::LoadSyncState(*db).last_error.empty());
}

TEST_F(SyncTest, AConnectionCutHalfWayLeavesTheCursorAndLosesNothing) {
    RegisterSome(3);
    const int64_t journal = storage::JournalCount(*db);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/push", {200, -1, true});
    auto failed = Session().Sync();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.problem().key, "err.sync_unreachable");
    EXPECT_EQ(storage::PushedThrough(*db), 0);
    auto again = Session().Sync();
    ASSERT_TRUE(again.ok()) << again.problem().detail;
    EXPECT_EQ(static_cast<int64_t>(hub->pushed().size()), journal);
    EXPECT_EQ(storage::PushedThrough(*db), journal);
}

TEST_F(SyncTest, AHubThatIsGoneIsSaidInWords) {
    EnrolWith(*hub);
    hub.reset();  // nobody listens on that port any more
    RegisterSome(1);
    auto r = Session().Sync();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_unreachable");
    EXPECT_NE(Describe(r.problem()).find("serveur"), std::string::npos);
    EXPECT_EQ(storage::JournalWaiting(*db), storage::JournalCount(*db));
}

TEST_F(SyncTest, TooManyRequestsSaysWhenToComeBack) {
    RegisterSome(1);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/push", {429, 120});
    HubSession session = Session();
    auto r = session.Sync();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_busy");
    EXPECT_EQ(session.retry_after_ms(), 120'000);
    EXPECT_FALSE(sync::NeedsPerson(r.problem()));
    EXPECT_EQ(storage::PushedThrough(*db), 0);
}

TEST_F(SyncTest, AShortRetryAfterIsWaitedForWithinTheSync) {
    RegisterSome(1);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/pull", {429, 1});
    auto r = Session().Sync();
    ASSERT_TRUE(r.ok()) << r.problem().detail;
    EXPECT_EQ(hub->requests("/api/v1/sync/pull"), 2);
}

TEST_F(SyncTest, AnUnknownTokenAsksForEnrolmentAgain) {
    RegisterSome(1);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/push", {401});
    auto r = Session().Sync();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_enrol_again");
    EXPECT_TRUE(sync::NeedsPerson(r.problem()));
    EXPECT_NE(Describe(r.problem()).find("inscrire"), std::string::npos);
}

TEST_F(SyncTest, AHubThatWantsANewerKioskSaysSo) {
    RegisterSome(1);
    EnrolWith(*hub);
    hub->RefuseNext("/api/v1/sync/push", {426});
    auto r = Session().Sync();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_update");
    EXPECT_TRUE(sync::NeedsPerson(r.problem()));
    EXPECT_NE(Describe(r.problem(), Lang::En).find("update this kiosk"), std::string::npos);
}

TEST_F(SyncTest, PullAppliesEachPageWithItsCursor) {
    const auto others = OtherKioskRegisters(5);
    ASSERT_GE(others.size(), 5u);
    hub->AddChanges(others);
    EnrolWith(*hub);
    auto r = Session(SessionOptions{500, 2}).Sync();
    ASSERT_TRUE(r.ok()) << r.problem().detail;
    EXPECT_EQ(r->received, static_cast<int64_t>(others.size()));
    EXPECT_EQ(hub->requests("/api/v1/sync/pull"), static_cast<int>((others.size() + 1) / 2));
    EXPECT_EQ(storage::LoadSyncState(*db).pull_cursor, static_cast<int64_t>(others.size()));
    for (const JournalEntry& e : others)
        if (e.kind == "person") {
            EXPECT_TRUE(storage::LoadPerson(*db, e.record_id).has_value()) << e.record_id;
        }
    // What was applied is not journaled again: nothing of it waits to go back to the hub.
    EXPECT_EQ(storage::JournalWaiting(*db), 0);
}

TEST_F(SyncTest, APullCutHalfWayKeepsThePagesAlreadyApplied) {
    const auto others = OtherKioskRegisters(5);
    hub->AddChanges(others);
    EnrolWith(*hub);
    FakeHub::Refusal second_page{503, 30};
    second_page.skip = 1;
    hub->RefuseNext("/api/v1/sync/pull", second_page);
    auto failed = Session(SessionOptions{500, 2}).Sync();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.problem().key, "err.sync_busy");
    EXPECT_EQ(storage::LoadSyncState(*db).pull_cursor, 2);
    EXPECT_TRUE(storage::LoadPerson(*db, others[0].record_id).has_value());

    auto again = Session(SessionOptions{500, 2}).Sync();
    ASSERT_TRUE(again.ok()) << again.problem().detail;
    EXPECT_EQ(again->received, static_cast<int64_t>(others.size()) - 2);
    EXPECT_EQ(storage::LoadSyncState(*db).pull_cursor, static_cast<int64_t>(others.size()));
}

TEST_F(SyncTest, AClockFarFromTheHubsIsNoticed) {
    hub = std::make_unique<FakeHub>(TestMomentMs() + 3 * 60 * 1000);
    EnrolWith(*hub);
    auto r = Session().Sync();
    ASSERT_TRUE(r.ok()) << r.problem().detail;
    auto o = LoadSyncOverview(*db);
    ASSERT_TRUE(o.ok());
    EXPECT_TRUE(o->clock_known);
    EXPECT_EQ(o->clock_offset_ms, 3 * 60 * 1000);
    EXPECT_TRUE(ClockDiffers(o->clock_offset_ms));
    EXPECT_FALSE(ClockDiffers(90 * 1000));
}

TEST_F(SyncTest, TheSyncIntervalStaysWithinItsBounds) {
    ASSERT_TRUE(SetSyncInterval(*db, 300));
    EXPECT_EQ(LoadSyncOverview(*db)->interval_seconds, 300);
    for (int bad : {0, kShortestSyncInterval - 1, kLongestSyncInterval + 1, -60}) {
        const Status st = SetSyncInterval(*db, bad);
        ASSERT_FALSE(st) << bad;
        EXPECT_EQ(st.problem().key, "err.sync_interval_range");
        EXPECT_NE(Describe(st.problem()).find("86400"), std::string::npos) << Describe(st.problem());
    }
    EXPECT_EQ(LoadSyncOverview(*db)->interval_seconds, 300);  // a refusal leaves it as it was
}

TEST_F(SyncTest, EnrollingWithAnotherHubStartsBothCursorsAgain) {
    RegisterSome(2);
    hub->AddChanges(OtherKioskRegisters(1));
    EnrolWith(*hub);
    ASSERT_TRUE(Session().Sync().ok());
    ASSERT_GT(storage::PushedThrough(*db), 0);
    FakeHub other(TestMomentMs());
    EnrolWith(other);
    EXPECT_EQ(storage::PushedThrough(*db), 0);
    EXPECT_EQ(storage::LoadSyncState(*db).pull_cursor, 0);
    ASSERT_TRUE(Session().Sync().ok());
    EXPECT_EQ(static_cast<int64_t>(other.pushed().size()), storage::JournalCount(*db));
}

}  // namespace
}  // namespace palier::test
