// The hub's rules on its own storage, in process with a test clock: enrolment, push, pull,
// replays, refusals that change nothing, erasure reaching the hub's log.
#include <gtest/gtest.h>

#include "hub_support.h"
#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/Privacy.h"
#include "storage/CatalogueStore.h"
#include "storage/StaffStore.h"

using namespace palier;
using namespace palier::test;

namespace {

class HubStoreTest : public ::testing::Test {
protected:
    TempDir dir;
    TestClock hub_clock;
    Device a{dir, "a"}, b{dir, "b"};
    std::unique_ptr<hub::HubStore> hub = hub::OpenSqliteHub(dir.File("hub"), hub_clock.clock());
    const Id site = "site-local";

    // The kiosks' clocks (sync_support.h) and the hub's agree, whatever moment the suite runs at.
    HubStoreTest() { hub_clock.Set(D("2026-11-23"), 10, 0); }

    // The hub's own file, opened beside the store to look at it.
    std::string State() {
        storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
        return HubDump(look);
    }
    int64_t LogCount() {
        storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
        return storage::HubLogCount(look);
    }
    hub::HubDevice Enrolled(const Device& d, const std::string& site_name = "Local") {
        const std::string code = hub->NewEnrolCode(site_name, 24 * 3600 * 1000);
        auto e = hub->Enrol({code, d.db->device_id(), storage::kJournalFormat, {}});
        EXPECT_TRUE(std::holds_alternative<hub::Enrolment>(e));
        auto device = hub->Authenticate(std::get<hub::Enrolment>(e).token);
        EXPECT_TRUE(device);
        return *device;
    }
    Id Register(Device& d, const char* first, const char* phone = "") { return RegisterAt(d, site, first, phone); }
    // A staff account: journaled at the kiosk, never shared (it stays on its kiosk).
    void AddCoordinator(Device& d, const char* name) {
        storage::Transaction tx(d.db->sql());
        Staff s;
        s.site_id = site;
        s.name = name;
        s.role = StaffRole::Coordinator;
        storage::SaveStaff(*d.db, s);
        tx.commit();
    }
    static int64_t Acked(const std::variant<hub::PushAck, hub::Refusal>& r) {
        if (auto* ack = std::get_if<hub::PushAck>(&r)) return ack->acked_through;
        ADD_FAILURE() << std::get<hub::Refusal>(r).sentence;
        return -1;
    }
    // Everything the hub hands `d`, applied as the kiosk applies a pull, page by page.
    void PullInto(const hub::HubDevice& as, Device& d, int page = 3) {
        int64_t cursor = 0;
        for (bool more = true; more;) {
            const auto p = hub->Pull(as, cursor, page);
            auto r = ApplyRemoteBatch(*d.db, p.changes);
            ASSERT_TRUE(r) << r.problem().detail;
            cursor = p.cursor;
            more = p.more;
        }
    }
};

TEST_F(HubStoreTest, AnEnrolmentCodeWorksOnceWithinADayAndTheHubKeepsNoToken) {
    const std::string code = hub->NewEnrolCode("Bus", 24 * 3600 * 1000);
    ASSERT_EQ(code.size(), 9u);  // XXXX-XXXX
    std::string typed = code;
    for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    typed[4] = ' ';
    auto first = hub->Enrol({typed, "kiosk-1", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(first));
    const auto& e = std::get<hub::Enrolment>(first);
    EXPECT_EQ(e.site, "Bus");
    EXPECT_EQ(e.token.size(), 64u);
    EXPECT_EQ(State().find(e.token), std::string::npos);
    EXPECT_EQ(State().find(hub::NormaliseCode(code)), std::string::npos);

    auto again = hub->Enrol({code, "kiosk-2", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(again));
    EXPECT_EQ(std::get<hub::Refusal>(again).status, 401);

    const std::string late = hub->NewEnrolCode("Bus", 24 * 3600 * 1000);
    hub_clock.AdvanceSeconds(24 * 3600);
    auto expired = hub->Enrol({late, "kiosk-3", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(expired));
    EXPECT_EQ(std::get<hub::Refusal>(expired).status, 401);
}

// The hub enrolled the kiosk but its answer never arrived: the kiosk tries again with the code
// still on its screen and gets a token; the first one, which nobody holds, opens nothing. Another
// kiosk cannot take the code, nor can the kiosk once revoked.
TEST_F(HubStoreTest, AKioskWhoseAnswerWasLostEnrolsAgainWithTheSameCodeUntilRevoked) {
    const std::string code = hub->NewEnrolCode("Bus", 3600 * 1000);
    const auto lost = std::get<hub::Enrolment>(hub->Enrol({code, "kiosk-1", storage::kJournalFormat, {}}));
    auto again = hub->Enrol({code, "kiosk-1", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(again));
    const auto& kept = std::get<hub::Enrolment>(again);
    EXPECT_EQ(kept.site, "Bus");
    EXPECT_NE(kept.token, lost.token);
    EXPECT_FALSE(hub->Authenticate(lost.token));
    ASSERT_TRUE(hub->Authenticate(kept.token));

    auto other = hub->Enrol({code, "kiosk-2", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(other));
    EXPECT_EQ(std::get<hub::Refusal>(other).status, 401);

    ASSERT_TRUE(hub->Revoke("kiosk-1"));
    auto revoked = hub->Enrol({code, "kiosk-1", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(revoked));
    EXPECT_EQ(std::get<hub::Refusal>(revoked).status, 401);
    EXPECT_FALSE(hub->Authenticate(kept.token));

    hub_clock.AdvanceSeconds(3600);
    const std::string later = hub->NewEnrolCode("Bus", 3600 * 1000);
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(hub->Enrol({later, "kiosk-1", storage::kJournalFormat, {}})))
        << "a new code enrols a revoked kiosk again";
    auto expired = hub->Enrol({code, "kiosk-1", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(expired)) << "the first code has expired";
}

TEST_F(HubStoreTest, ARevokedTokenNoLongerOpensAndANewEnrolmentReplacesTheOldToken) {
    const std::string code = hub->NewEnrolCode("Local", 3600 * 1000);
    const auto first = std::get<hub::Enrolment>(hub->Enrol({code, "kiosk-1", storage::kJournalFormat, {}}));
    const std::string code2 = hub->NewEnrolCode("Local", 3600 * 1000);
    const auto second = std::get<hub::Enrolment>(hub->Enrol({code2, "kiosk-1", storage::kJournalFormat, {}}));
    EXPECT_FALSE(hub->Authenticate(first.token));
    ASSERT_TRUE(hub->Authenticate(second.token));
    EXPECT_TRUE(hub->Revoke("kiosk-1"));
    EXPECT_FALSE(hub->Authenticate(second.token));
    EXPECT_FALSE(hub->Revoke("no-such-kiosk"));
    EXPECT_FALSE(hub->Authenticate(""));
}

TEST_F(HubStoreTest, ABatchReplayedOneToThreeTimesLeavesTheHubIdentical) {
    const auto da = Enrolled(a);
    const Id p = Register(a, "Fatima", "0612345678");
    ASSERT_TRUE(LogVisit(*a.db, site, {p, kReasonCoffee, "fr"}));
    const auto entries = a.Journal();
    EXPECT_EQ(Acked(hub->Push(da, PushOf(a, entries))), entries.back().seq);
    const std::string once = State();
    for (int replay = 1; replay <= 3; ++replay) {
        EXPECT_EQ(Acked(hub->Push(da, PushOf(a, entries))), entries.back().seq);
        EXPECT_EQ(State(), once) << "after replay " << replay;
    }
    // A batch that starts inside what the hub holds and goes on is taken from where it stopped.
    ASSERT_TRUE(SetPhone(*a.db, p, "0611223344"));
    const auto more = a.Journal();
    EXPECT_EQ(Acked(hub->Push(da, PushOf(a, more))), more.back().seq);
    EXPECT_EQ(LogCount(), static_cast<int64_t>(more.size()));
}

}  // namespace

namespace {

TEST_F(HubStoreTest, ASequenceGapIsRefusedAndChangesNothing) {
    const auto da = Enrolled(a);
    Register(a, "Fatima");
    Register(a, "Omar");
    const auto entries = a.Journal();
    ASSERT_GE(entries.size(), 2u);
    const std::string before = State();
    auto r = hub->Push(da, PushOf(a, {entries.begin() + 1, entries.end()}));
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(r));
    EXPECT_EQ(std::get<hub::Refusal>(r).status, 400);
    EXPECT_NE(std::get<hub::Refusal>(r).sentence.find("gap"), std::string::npos);
    EXPECT_EQ(State(), before);
}

TEST_F(HubStoreTest, TwoKiosksEndWithTheSameRecordsAsTheHubAndNeverGetTheirOwnEntriesBack) {
    const auto da = Enrolled(a), db_ = Enrolled(b, "Bus");
    const Id fatima = Register(a, "Fatima", "0612345678");
    const Id omar = Register(b, "Omar");
    ASSERT_TRUE(LogVisit(*b.db, site, {omar, kReasonCoffee, "fr"}));
    Acked(hub->Push(da, PushOf(a, a.Journal())));
    Acked(hub->Push(db_, PushOf(b, b.Journal())));

    const auto page = hub->Pull(da, 0, 1000);
    EXPECT_FALSE(page.more);
    for (const auto& e : page.changes) EXPECT_EQ(e.device_id, b.db->device_id());
    PullInto(da, a);
    PullInto(db_, b, 1);
    storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
    EXPECT_EQ(Dump(*a.db), Dump(*b.db));
    EXPECT_EQ(Dump(*a.db), Dump(look));
    EXPECT_NE(Dump(look).find(fatima), std::string::npos);
}

TEST_F(HubStoreTest, AnErasureWipesThePersonFromTheHubsLogAndCopy) {
    const auto da = Enrolled(a), db_ = Enrolled(b, "Bus");
    const Id p = Register(a, "Zoulikha", "0698765432");
    Acked(hub->Push(da, PushOf(a, a.Journal())));
    PullInto(db_, b);
    ASSERT_TRUE(ErasePerson(*a.db, p, "staff"));
    Acked(hub->Push(da, PushOf(a, a.Journal())));
    const std::string state = State();
    EXPECT_EQ(state.find("Zoulikha"), std::string::npos);
    EXPECT_EQ(state.find("0698765432"), std::string::npos);
    PullInto(db_, b);
    EXPECT_EQ(Dump(*b.db).find("Zoulikha"), std::string::npos);
}

TEST_F(HubStoreTest, AKiosksStaffAccountsAreAcknowledgedButNeverReachTheHubOrTheOthers) {
    const auto da = Enrolled(a), db_ = Enrolled(b, "Bus");
    Register(a, "Fatima");
    AddCoordinator(a, "Mme Diallo");
    Register(a, "Omar");
    const auto entries = a.Journal();
    ASSERT_EQ(Acked(hub->Push(da, PushOf(a, entries))), entries.back().seq);
    EXPECT_EQ(LogCount(), 2);
    EXPECT_EQ(State().find("Diallo"), std::string::npos);
    for (const auto& e : hub->Pull(db_, 0, 100).changes) EXPECT_NE(e.kind, "staff");
}

TEST_F(HubStoreTest, AnEnrolmentAgainAndASequenceGapSayWhereTheHubStands) {
    const auto da = Enrolled(a);
    for (const char* n : {"Fatima", "Omar", "Inès"}) Register(a, n);
    const auto entries = a.Journal();
    ASSERT_GE(entries.size(), 3u);
    Acked(hub->Push(da, PushOf(a, {entries.front()})));
    auto gap = hub->Push(da, PushOf(a, {entries.at(2)}));
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(gap));
    EXPECT_EQ(std::get<hub::Refusal>(gap).acked_through, entries.front().seq);
    const std::string code = hub->NewEnrolCode("Local", 3600 * 1000);
    auto again = hub->Enrol({code, a.db->device_id(), storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(again));
    EXPECT_EQ(std::get<hub::Enrolment>(again).acked_through, entries.front().seq);
}

TEST_F(HubStoreTest, AStampFarAheadOfTheHubsClockIsClampedAndRecordedAsAnAnomaly) {
    const auto da = Enrolled(a);
    a.clock.AdvanceSeconds(3600);  // this kiosk's clock runs an hour ahead of the hub's
    Register(a, "Fatima");
    Acked(hub->Push(da, PushOf(a, a.Journal())));
    const auto anomalies = hub->Anomalies(10);
    ASSERT_FALSE(anomalies.empty());
    EXPECT_EQ(anomalies.front().kind, "clamped");
    EXPECT_EQ(anomalies.front().device_id, a.db->device_id());
}

}  // namespace

namespace {

// A kiosk restored from an older copy sends new writes under numbers the hub holds: refused
// with where the hub stands and from where they differ, the hub unchanged. Entries the hub keeps
// nothing of (staff) are told apart from those it keeps.
TEST_F(HubStoreTest, AnotherWriteUnderANumberTheHubHoldsIsAConflictThatChangesNothing) {
    const auto da = Enrolled(a);
    Register(a, "Fatima");
    AddCoordinator(a, "Mme Diallo");
    Register(a, "Omar");
    const auto entries = a.Journal();
    ASSERT_EQ(entries.size(), 3u);
    ASSERT_EQ(entries[1].kind, "staff");
    ASSERT_EQ(Acked(hub->Push(da, PushOf(a, entries))), 3);
    const std::string before = State();

    auto as = [](JournalEntry e, int64_t seq) {
        e.seq = seq;
        return e;
    };
    struct Case {
        const char* what;
        std::vector<JournalEntry> push;
        int64_t differs_from;
    };
    const std::vector<Case> conflicts = {
        {"a person where the hub keeps nothing (staff)", {entries[0], as(entries[2], 2)}, 2},
        {"staff where the hub keeps a person", {entries[0], entries[1], as(entries[1], 3)}, 3},
        {"another person under a held number, and a new entry", {as(entries[0], 3), as(entries[2], 4)}, 3},
    };
    for (const auto& c : conflicts) {
        auto r = hub->Push(da, PushOf(a, c.push));
        ASSERT_TRUE(std::holds_alternative<hub::Refusal>(r)) << c.what;
        const auto& refusal = std::get<hub::Refusal>(r);
        EXPECT_EQ(refusal.status, 409) << c.what;
        EXPECT_EQ(refusal.acked_through, 3) << c.what;
        EXPECT_EQ(refusal.differs_from, c.differs_from) << c.what;
        EXPECT_FALSE(refusal.sentence.empty());
        EXPECT_EQ(State(), before) << c.what;
    }
    // Staff under a number where the hub keeps nothing either: nothing of it would be kept.
    JournalEntry other_staff = entries[1];
    other_staff.record_id = "another-staff-account";
    EXPECT_EQ(Acked(hub->Push(da, PushOf(a, {entries[0], other_staff, entries[2]}))), 3);
}

}  // namespace
