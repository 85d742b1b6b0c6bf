// 5,000 journal entries of kiosk A reach the real palier-hub while a proxy cuts connections at
// random byte offsets (requests and answers, half-way through bodies) and the hub is killed with
// SIGKILL and restarted on the same data folder. The sync is tried again until it completes;
// then the hub holds each of A's entries exactly once, A's cursor is at its last entry, and a
// kiosk B that pulled everything (through the same faults) has the same people and bookings.
// The cuts come from a seed, printed; PALIER_FAULT_SEED replays one.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>

#include "CutProxy.h"
#include "direct_session.h"
#include "hub_process.h"
#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/I18n.h"
#include "storage/CatalogueStore.h"
#include "storage/HubTables.h"
#include "storage/JournalRenumber.h"
#include "storage/JournalStore.h"
#include "sync_support.h"

namespace palier::test {
namespace {

constexpr int64_t kEntries = 5000;
constexpr int kMaxAttempts = 400;

uint64_t FaultSeed() {
    if (const char* s = std::getenv("PALIER_FAULT_SEED"); s && *s) return std::strtoull(s, nullptr, 10);
    return 20261123;
}

// Rows of a table, in id order, as a text to compare replicas.
std::string Rows(storage::Database& db, const std::string& table) {
    std::string out;
    DumpQuery(db, out, table, "SELECT * FROM " + table + " ORDER BY id");
    return out;
}

class FaultSync : public ::testing::Test {
protected:
    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        SetLanguage(Lang::Fr);
    }

    // Syncs until a sync completes with nothing left to push; the number of attempts. A cut or
    // a dead hub is a connection problem: any other failure (an answer taken for unreadable, a
    // refusal) is the hub or the kiosk getting something wrong.
    int SyncUntilDone(storage::Database& db) {
        for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
            auto r = SessionOn(db, kOptions).Sync();
            if (r.ok() && storage::JournalWaiting(db) == 0) return attempt;
            if (!r.ok()) {
                EXPECT_EQ(r.problem().key, "err.sync_unreachable") << r.problem().detail;
            }
        }
        ADD_FAILURE() << "no sync completed in " << kMaxAttempts << " attempts";
        return kMaxAttempts;
    }

    // Kiosk A's journal up to exactly kEntries: people registered, every fourth one booked
    // (pending, or waitlisted once the sessions are full: the hub places them).
    void Record(Device& a) {
        Activity club;
        club.site_id = site;
        club.title = "Club lecture";
        club.capacity = 40;
        club.rule = {WeekdayInDays(2), "14:00", "16:00", InDays(2), InDays(2 + 7 * 7), {}};
        auto activity = SaveActivityAndSessions(*a.db, club);
        ASSERT_TRUE(activity.ok());
        const auto sessions = storage::SessionsOfActivity(*a.db, *activity);
        ASSERT_FALSE(sessions.empty());
        for (int i = 0; storage::JournalEnd(*a.db) < kEntries; ++i) {
            const int64_t before = storage::JournalEnd(*a.db);
            const Id person = RegisterAt(a, site, ("Personne " + std::to_string(i)).c_str());
            ASSERT_EQ(storage::JournalEnd(*a.db), before + 1) << "a registration is one entry";
            // A booking is written only where it cannot go past kEntries.
            if (i % 4 != 0 || kEntries - storage::JournalEnd(*a.db) < 4) continue;
            auto booked = Book(*a.db, site,
                               BookRequest{sessions[i % sessions.size()].id, person, 1, BookingSource::Staff, true});
            ASSERT_TRUE(booked.ok()) << booked.problem().key;
        }
        ASSERT_EQ(storage::JournalEnd(*a.db), kEntries);
    }

    // Batches of 500: A's push is ten requests, so that the hub can die at the 3rd and the 7th
    // whatever the client's default batch.
    static constexpr sync::SessionOptions kOptions{500, 200};
    TempDir dir;
    const Id site = "site-local";
};

TEST_F(FaultSync, FiveThousandEntriesThroughCutConnectionsAndAKilledHubArriveOnceEach) {
    const uint64_t seed = FaultSeed();
    std::cout << "fault seed " << seed << " (PALIER_FAULT_SEED replays it)" << std::endl;
    RecordProperty("fault_seed", std::to_string(seed));

    Device a(dir, "a", "2026-11-23"), b(dir, "b", "2026-11-23");
    // The journal is what this test is about, not the kiosk's fsyncs: 5,000 writes stay quick.
    a.db->sql().exec("PRAGMA synchronous = OFF");

    const std::string hub_dir = dir.File("hub");
    const std::vector<std::string> hub_args{"--now", NowStamp(a.clock.clock()), "--rate", "1000"};
    std::mutex hub_mu;  // the hub is replaced on the proxy's thread
    auto hub = std::make_unique<HubProcess>(hub_dir, hub_args);
    CutProxy proxy(seed);
    proxy.SetUpstream(hub->port());
    for (Device* d : {&a, &b}) {
        std::string code;
        {
            std::lock_guard lock(hub_mu);
            code = hub->EnrolCode("Maison des Tilleuls");
        }
        auto enrolled = SessionOn(*d->db, kOptions).Enrol(proxy.url(), code, "");
        ASSERT_TRUE(enrolled.ok()) << enrolled.problem().detail;
    }
    // Enrolled, A leaves its bookings to the hub's placement: the answers carry corrections.
    ASSERT_NO_FATAL_FAILURE(Record(a));

    // The hub dies twice during A's push: once as a request has just reached it (before or
    // during its transaction), once as its answer begins (the batch committed, the answer lost);
    // and once as the answer to a pull (the 20th page asked, A's or B's) begins.
    int pushes = 0, pulls = 0, kills = 0;
    proxy.SetHook([&](CutProxy::Moment moment, const std::string& line) {
        const bool push = line.rfind("POST /api/v1/sync/push", 0) == 0;
        const bool pull = line.rfind("GET /api/v1/sync/pull", 0) == 0;
        if (moment == CutProxy::Moment::RequestSent) {
            pushes += push;
            pulls += pull;
        }
        const bool kill = (push && moment == CutProxy::Moment::RequestSent && pushes == 3) ||
                          (push && moment == CutProxy::Moment::AnswerBegun && pushes == 7) ||
                          (pull && moment == CutProxy::Moment::AnswerBegun && pulls == 20);
        if (!kill) return false;
        std::lock_guard lock(hub_mu);
        hub->Kill();
        hub.reset();
        hub = std::make_unique<HubProcess>(hub_dir, hub_args);
        proxy.SetUpstream(hub->port());
        ++kills;
        return true;
    });
    proxy.SetFaults(true);
    const int a_attempts = SyncUntilDone(*a.db);
    const int b_attempts = SyncUntilDone(*b.db);
    // A once more: the hub's placements of its bookings, whose answers may have been cut.
    const int a_again = SyncUntilDone(*a.db);
    proxy.SetFaults(false);
    std::cout << "syncs tried: A " << a_attempts << " + " << a_again << ", B " << b_attempts << "; connections "
              << proxy.connections() << ", requests cut " << proxy.cut_requests() << ", answers cut "
              << proxy.cut_answers() << ", hub killed " << kills << std::endl;
    EXPECT_EQ(kills, 3);
    EXPECT_GT(proxy.cut_requests() + proxy.cut_answers(), 0);
    ASSERT_TRUE(SessionOn(*b.db, kOptions).Sync().ok());  // B after A's last answers, without faults

    // A's cursor is at its last entry.
    EXPECT_EQ(storage::PushedThrough(*a.db), kEntries);
    EXPECT_EQ(storage::JournalWaiting(*a.db), 0);
    {
        std::lock_guard lock(hub_mu);
        EXPECT_EQ(hub->Stop(), 0);
    }
    // The hub holds each of A's entries once, under its number, as A wrote it.
    storage::OpenOptions read_only;
    read_only.read_only = true;
    storage::Database held(hub_dir + "/palier.db", FixedClock(0), read_only);
    const Id device = a.db->device_id();
    SQLite::Statement count(held.sql(),
                            "SELECT count(*), count(DISTINCT seq), min(seq), max(seq),"
                            " count(DISTINCT kind || '/' || record_id || '/' || hlc) FROM hub_log WHERE device_id = ?");
    count.bind(1, device);
    ASSERT_TRUE(count.executeStep());
    EXPECT_EQ(count.getColumn(0).getInt64(), kEntries);
    EXPECT_EQ(count.getColumn(1).getInt64(), kEntries);
    EXPECT_EQ(count.getColumn(2).getInt64(), 1);
    EXPECT_EQ(count.getColumn(3).getInt64(), kEntries);
    EXPECT_EQ(count.getColumn(4).getInt64(), kEntries) << "one write logged under two numbers";
    int64_t differ = 0;
    for (const JournalEntry& e : a.Journal()) {
        const auto h = storage::HubLogEntry(held, device, e.seq);
        if (!h || h->kind != e.kind || h->record_id != e.record_id || h->op != e.op || h->hlc != e.hlc ||
            h->payload != e.payload)
            ++differ;
    }
    EXPECT_EQ(differ, 0);
    EXPECT_EQ(storage::DeviceById(held, device)->acked_through, kEntries);

    // B, which pulled everything, has A's people and bookings as A has them.
    EXPECT_EQ(Rows(*a.db, "person"), Rows(*b.db, "person"));
    EXPECT_EQ(Rows(*a.db, "booking"), Rows(*b.db, "booking"));
    const std::string people = Rows(*b.db, "person");
    EXPECT_GT(std::count(people.begin(), people.end(), '\n'), 3000);
}

}  // namespace
}  // namespace palier::test
