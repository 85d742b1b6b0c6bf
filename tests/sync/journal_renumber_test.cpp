// storage/JournalRenumber.h: the journal of a kiosk that is behind the hub follows the hub's
// numbering, in one transaction, without losing, reordering or changing an entry.
#include <SQLiteCpp/Statement.h>

#include "kiosk/FrontDesk.h"
#include "storage/JournalRenumber.h"
#include "storage/JournalStore.h"
#include "storage/SyncStateStore.h"
#include "tests/unit/test_support.h"

namespace palier::test {
namespace {

class JournalRenumber : public DbTest {
protected:
    void RegisterSome(int n) {
        for (int i = 0; i < n; ++i) {
            NewPerson p;
            p.first_name = "Personne " + std::to_string(i);
            p.birth_year = 1980;
            ASSERT_TRUE(RegisterPerson(*db, site, p));
        }
    }
    std::vector<JournalEntry> Journal() { return storage::JournalAfter(*db, 0, 1000); }
    static std::vector<int64_t> Seqs(const std::vector<JournalEntry>& entries) {
        std::vector<int64_t> out;
        for (const auto& e : entries) out.push_back(e.seq);
        return out;
    }
};

TEST_F(JournalRenumber, EntriesFromTheFirstThatDiffersFollowTheHubInTheirOrder) {
    RegisterSome(5);
    storage::MarkPushedThrough(*db, 2);
    const auto before = Journal();
    const auto moved = storage::FollowHub(*db, 4, 9);
    EXPECT_EQ(moved.moved, 2);
    EXPECT_EQ(moved.first_old, 4);
    EXPECT_EQ(moved.first_new, 10);
    const auto after = Journal();
    EXPECT_EQ(Seqs(after), (std::vector<int64_t>{1, 2, 3, 10, 11}));
    for (size_t i = 0; i < after.size(); ++i) {  // the same writes, in the same order
        EXPECT_EQ(after[i].record_id, before[i].record_id);
        EXPECT_EQ(after[i].hlc, before[i].hlc);
        EXPECT_EQ(after[i].payload, before[i].payload);
    }
    EXPECT_EQ(storage::PushedThrough(*db), 9);
    EXPECT_EQ(storage::JournalWaiting(*db), 2);
    // The hub's 4..9 are entries this file lacks: to fetch.
    const auto state = storage::LoadSyncState(*db);
    EXPECT_EQ(state.own_from, 4);
    EXPECT_EQ(state.own_through, 9);
    RegisterSome(1);
    EXPECT_EQ(Journal().back().seq, 12);
}

TEST_F(JournalRenumber, WithNothingToMoveTheNextEntryFollowsTheHub) {
    RegisterSome(2);
    storage::MarkPushedThrough(*db, 2);
    const auto moved = storage::FollowHub(*db, storage::JournalEnd(*db) + 1, 40);
    EXPECT_EQ(moved.moved, 0);
    EXPECT_EQ(storage::PushedThrough(*db), 40);
    EXPECT_EQ(storage::JournalWaiting(*db), 0);
    RegisterSome(1);
    EXPECT_EQ(Seqs(Journal()), (std::vector<int64_t>{1, 2, 41}));
    EXPECT_EQ(storage::JournalEnd(*db), 41);
}

TEST_F(JournalRenumber, AnEmptyJournalFollowsTheHubToo) {
    storage::FollowHub(*db, 1, 7);
    RegisterSome(1);
    EXPECT_EQ(Seqs(Journal()), (std::vector<int64_t>{8}));
}

TEST_F(JournalRenumber, AGapWithEveryEntryStillHereSendsThemAgain) {
    RegisterSome(6);
    storage::MarkPushedThrough(*db, 5);
    const auto r = storage::ResumeAfterGap(*db, 2);
    EXPECT_FALSE(storage::LoadSyncState(*db).own_to_fetch());
    EXPECT_EQ(r.rewound_to, 2);
    EXPECT_EQ(r.moved, 0);
    EXPECT_EQ(storage::PushedThrough(*db), 2);
    EXPECT_EQ(Seqs(Journal()), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
}

TEST_F(JournalRenumber, AGapOverEntriesThisKioskNoLongerHasRenumbersWhatItHolds) {
    RegisterSome(7);
    storage::MarkPushedThrough(*db, 5);
    // 3 and 4 are gone from this file; 5, acknowledged by the hub that lost it, is still here.
    const Id five = Journal().at(4).record_id;
    db->sql().exec("DELETE FROM journal WHERE seq BETWEEN 3 AND 4");
    const auto r = storage::ResumeAfterGap(*db, 2);
    EXPECT_EQ(r.rewound_to, -1);
    EXPECT_EQ(r.moved, 3);
    EXPECT_EQ(storage::PushedThrough(*db), 2);
    EXPECT_EQ(Seqs(Journal()), (std::vector<int64_t>{1, 2, 3, 4, 5}));
    EXPECT_EQ(Journal().at(2).record_id, five);
}

TEST_F(JournalRenumber, AFailureHalfWayLeavesTheJournalAndTheCursorAsTheyWere) {
    RegisterSome(3);
    storage::MarkPushedThrough(*db, 1);
    // A trigger that refuses the second renumbered entry's new number.
    db->sql().exec(
        "CREATE TEMP TRIGGER refuse AFTER UPDATE OF seq ON journal WHEN NEW.seq = 11 BEGIN"
        " SELECT RAISE(ABORT, 'refused'); END");
    EXPECT_ANY_THROW(storage::FollowHub(*db, 2, 9));
    db->sql().exec("DROP TRIGGER temp.refuse");
    EXPECT_EQ(Seqs(Journal()), (std::vector<int64_t>{1, 2, 3}));
    EXPECT_EQ(storage::PushedThrough(*db), 1);
}

}  // namespace
}  // namespace palier::test

namespace palier::test {
namespace {

TEST_F(JournalRenumber, OwnEntriesToFetchJoinAndAreClearedOnceFetched) {
    storage::SaveOwnToFetch(*db, 4, 9);
    storage::SaveOwnToFetch(*db, 7, 12);
    auto s = storage::LoadSyncState(*db);
    EXPECT_EQ(s.own_from, 4);
    EXPECT_EQ(s.own_through, 12);
    storage::SaveOwnFetched(*db, 10);
    EXPECT_EQ(storage::LoadSyncState(*db).own_from, 10);
    EXPECT_TRUE(storage::LoadSyncState(*db).own_to_fetch());
    storage::SaveOwnFetched(*db, 13);
    EXPECT_FALSE(storage::LoadSyncState(*db).own_to_fetch());
}

}  // namespace
}  // namespace palier::test
