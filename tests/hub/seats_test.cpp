// Seats across kiosks through the hub's placement (kiosk/SeatPlacement.h): kiosks that book
// offline never oversell a session, whatever order they sync in.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <random>

#include "hub_support.h"
#include "kiosk/Booking.h"
#include "kiosk/BookingRules.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/SeatPlacement.h"
#include "kiosk/SeatRules.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"

using namespace palier;
using namespace palier::test;

namespace {

// A kiosk enrolled on the in-process hub, with its push and pull cursors.
struct Kiosk {
    Device device;
    hub::HubDevice as;
    int64_t cursor = 0;
    Kiosk(const TempDir& dir, const std::string& name) : device(dir, name) {}
};

class Seats : public ::testing::Test {
protected:
    TempDir dir;
    TestClock hub_clock;
    std::unique_ptr<hub::HubStore> hub = hub::OpenSqliteHub(dir.File("hub"), hub_clock.clock());
    std::vector<std::unique_ptr<Kiosk>> kiosks;
    const Id site = "site-local";
    Id session;

    Seats() { hub_clock.Set(D("2026-11-23"), 10, 0); }

    // `site_id`: the site the kiosk records for, as kiosk/sync says at enrolment.
    Kiosk& AddKiosk(const std::string& name, const Id& site_id = {}) {
        auto k = std::make_unique<Kiosk>(dir, name);
        const std::string code = hub->NewEnrolCode(name, 3600 * 1000);
        const auto e = std::get<hub::Enrolment>(
            hub->Enrol({code, k->device.db->device_id(), storage::kJournalFormat, site_id}));
        k->as = *hub->Authenticate(e.token);
        // What kiosk/sync records at enrolment: from now on this kiosk confirms only its allotment.
        k->device.db->sql().exec("INSERT OR REPLACE INTO meta(key, value) VALUES('sync.token', 'enrolled')");
        kiosks.push_back(std::move(k));
        return *kiosks.back();
    }
    // Push what the kiosk has not sent, apply the hub's corrections, pull the rest.
    void Sync(Kiosk& k) {
        auto& db = *k.device.db;
        const auto waiting = storage::JournalAfter(db, storage::PushedThrough(db), 1 << 30);
        if (!waiting.empty()) {
            auto r = hub->Push(k.as, PushOf(k.device, waiting));
            ASSERT_TRUE(std::holds_alternative<hub::PushAck>(r)) << std::get<hub::Refusal>(r).sentence;
            const auto& ack = std::get<hub::PushAck>(r);
            auto applied = ApplyRemoteBatch(db, ack.corrections);
            ASSERT_TRUE(applied);
            storage::MarkPushedThrough(db, ack.acked_through);
        }
        for (bool more = true; more;) {
            const auto page = hub->Pull(k.as, k.cursor, 50);
            auto applied = ApplyRemoteBatch(db, page.changes);
            ASSERT_TRUE(applied) << applied.problem().detail;
            k.cursor = page.cursor;
            more = page.more;
        }
        storage::Transaction tx(db.sql());
        FillOwnAllotments(db);
        tx.commit();
    }
    // The bus and one of its stops, recorded at `k` (synced with the first workshop); the stop's id.
    static constexpr const char* kBus = "site-bus";
    Id BusAndStop(Kiosk& k) {
        Site bus;
        bus.id = kBus;
        bus.name = "Le bus du Plateau";
        bus.kind = SiteKind::Bus;
        Site stop;
        stop.id = "site-stop";
        stop.name = "Place du marché";
        stop.kind = SiteKind::Stop;
        stop.parent_id = kBus;
        storage::Transaction tx(k.device.db->sql());
        storage::SaveSite(*k.device.db, bus);
        storage::SaveSite(*k.device.db, stop);
        tx.commit();
        return stop.id;
    }
    // A workshop of `capacity` seats created at the first kiosk, known everywhere; held at a bus
    // stop when `stop_id` is set.
    void Workshop(int capacity, const Id& stop_id = {}) {
        Activity act;
        act.site_id = site;
        act.stop_id = stop_id;
        act.title = "Atelier couture";
        act.capacity = capacity;
        act.rule = {3, "14:00", "16:00", "2026-12-02", "2026-12-02", {}};
        auto& first = kiosks.front()->device;
        auto id = SaveActivityAndSessions(*first.db, act);
        ASSERT_TRUE(id);
        session = storage::SessionsOfActivity(*first.db, *id).at(0).id;
        for (auto& k : kiosks) Sync(*k);
        for (auto& k : kiosks) Sync(*k);
    }
    Id Person(Kiosk& k, const std::string& first) {
        NewPerson p;
        p.first_name = first;
        p.birth_year = 1985;
        auto id = RegisterPerson(*k.device.db, site, p);
        EXPECT_TRUE(id);
        return *id;
    }
    BookingStatus BookAt(Kiosk& k, const Id& person, int seats = 1) {
        auto r = Book(*k.device.db, site, {session, person, seats, BookingSource::Staff, true});
        EXPECT_TRUE(r) << (r ? "" : r.problem().key);
        return r ? r->booking.status : BookingStatus::Cancelled;
    }
    std::string HubDumpNow() {
        storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
        return Dump(look);
    }
    static std::map<BookingStatus, int> Seats_(storage::Database& db, const Id& s) {
        std::map<BookingStatus, int> out;
        for (const auto& b : storage::BookingsOfSession(db, s)) out[b.status] += b.seats;
        return out;
    }
    void ExpectAllAgree() {
        const std::string hub_state = HubDumpNow();
        for (auto& k : kiosks) EXPECT_EQ(Dump(*k->device.db), hub_state) << "kiosk " << k->device.db->device_id();
    }
    void Allot(Kiosk& k, int seats) {
        auto r = hub->Allot(session, k.device.db->device_id(), seats);
        ASSERT_TRUE(std::holds_alternative<Allotment>(r)) << std::get<hub::Refusal>(r).sentence;
    }
};

TEST_F(Seats, TwoOfflineKiosksBookingTheLastSeatsEndWithExactlyCapacityConfirmed) {
    Kiosk& a = AddKiosk("local");
    Kiosk& b = AddKiosk("bus");
    Workshop(3);
    const Id a1 = Person(a, "Awa"), a2 = Person(a, "Binta");
    const Id b1 = Person(b, "Chloé"), b2 = Person(b, "Dounia");
    // No allotment: everything waits for the hub.
    EXPECT_EQ(BookAt(a, a1), BookingStatus::Pending);
    EXPECT_EQ(BookAt(b, b1), BookingStatus::Pending);
    EXPECT_EQ(BookAt(a, a2), BookingStatus::Pending);
    EXPECT_EQ(BookAt(b, b2), BookingStatus::Pending);
    Sync(a);
    Sync(b);
    Sync(a);
    storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
    auto seats = Seats_(look, session);
    EXPECT_EQ(seats[BookingStatus::Confirmed], 3);
    EXPECT_EQ(seats[BookingStatus::Waitlisted], 1);
    EXPECT_EQ(seats[BookingStatus::Pending], 0);
    // The kiosk that synced first had its two placed; the other's second waits.
    EXPECT_EQ(storage::LiveBookingOf(look, session, b2)->status, BookingStatus::Waitlisted);
    EXPECT_EQ(storage::LiveBookingOf(look, session, b2)->hub_note, "waitlisted");  // said on My bookings
    ExpectAllAgree();
    const auto anomalies = hub->Anomalies(10);
    ASSERT_FALSE(anomalies.empty());
    EXPECT_EQ(anomalies.front().kind, "waitlisted");

    // A confirmed seat cancelled at a kiosk goes back to the pool, and the hub moves the
    // waitlist up.
    ASSERT_TRUE(CancelBooking(*a.device.db, storage::LiveBookingOf(*a.device.db, session, a1)->id));
    Sync(a);
    Sync(b);
    EXPECT_EQ(storage::LiveBookingOf(*b.device.db, session, b2)->status, BookingStatus::Confirmed);
    Sync(a);
    ExpectAllAgree();
}

TEST_F(Seats, ABusWithAnAllotmentOfFourConfirmsFourOfflineAndTheHubNeverOverbooks) {
    Kiosk& local = AddKiosk("local");
    Kiosk& bus = AddKiosk("bus");
    Workshop(6);
    Allot(bus, 4);
    Sync(bus);
    Sync(local);
    std::vector<Id> at_bus, at_local;
    for (const char* n : {"Awa", "Binta", "Chloé", "Dounia", "Elif"}) at_bus.push_back(Person(bus, n));
    for (const char* n : {"Fanta", "Gül", "Hawa"}) at_local.push_back(Person(local, n));
    for (int i = 0; i < 4; ++i) EXPECT_EQ(BookAt(bus, at_bus[i]), BookingStatus::Confirmed) << i;
    EXPECT_EQ(BookAt(bus, at_bus[4]), BookingStatus::Pending);
    for (const auto& p : at_local) EXPECT_EQ(BookAt(local, p), BookingStatus::Pending);
    Sync(local);  // the pool has 6 - 4 kept for the bus = 2
    Sync(bus);
    Sync(local);
    storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
    auto seats = Seats_(look, session);
    EXPECT_EQ(seats[BookingStatus::Confirmed], 6);
    EXPECT_EQ(seats[BookingStatus::Waitlisted], 2);
    for (int i = 0; i < 4; ++i) EXPECT_EQ(storage::LiveBookingOf(look, session, at_bus[i])->status, BookingStatus::Confirmed);
    ExpectAllAgree();

    // An allotment cannot take seats already given, nor shrink (the bus may have given them).
    EXPECT_TRUE(std::holds_alternative<hub::Refusal>(hub->Allot(session, bus.device.db->device_id(), 3)));
    EXPECT_TRUE(std::holds_alternative<hub::Refusal>(hub->Allot(session, local.device.db->device_id(), 1)));
}

TEST_F(Seats, TheBusGetsItsShareOfASessionAtItsStopAndConfirmsItOffline) {
    Kiosk& local = AddKiosk("local", site);
    const Id stop = BusAndStop(local);
    Kiosk& bus = AddKiosk("bus", kBus);
    Workshop(7, stop);
    const Id bus_id = bus.device.db->device_id(), local_id = local.device.db->device_id();

    // Half of 7 for the bus, once; the local gets no share of it.
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 1);
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 0);
    Sync(bus);
    Sync(local);
    const auto shares = storage::AllotmentsOfSession(*bus.device.db, session);
    ASSERT_EQ(shares.size(), 1u);
    EXPECT_EQ(shares[0].device_id, bus_id);
    EXPECT_EQ(shares[0].seats, 3);

    // Offline at the stop, the bus confirms three residents on the spot; the fourth waits.
    std::vector<Id> at_bus;
    for (const char* n : {"Awa", "Binta", "Chloé", "Dounia"}) at_bus.push_back(Person(bus, n));
    for (int i = 0; i < 3; ++i) EXPECT_EQ(BookAt(bus, at_bus[i]), BookingStatus::Confirmed) << i;
    EXPECT_EQ(BookAt(bus, at_bus[3]), BookingStatus::Pending);
    // The local books the pool's four meanwhile: the bus's pending one ends waitlisted.
    for (const char* n : {"Fanta", "Gül", "Hawa", "Inès"}) EXPECT_EQ(BookAt(local, Person(local, n)), BookingStatus::Pending);
    Sync(local);
    Sync(bus);
    Sync(local);
    storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
    auto seats = Seats_(look, session);
    EXPECT_EQ(seats[BookingStatus::Confirmed], 7);
    EXPECT_EQ(seats[BookingStatus::Waitlisted], 1);
    EXPECT_EQ(storage::LiveBookingOf(look, session, at_bus[3])->status, BookingStatus::Waitlisted);
    ExpectAllAgree();

    // A coordinator may still raise the share (here refused: no seat is free), never lower it.
    EXPECT_TRUE(std::holds_alternative<hub::Refusal>(hub->Allot(session, bus_id, 2)));
    EXPECT_TRUE(std::holds_alternative<hub::Refusal>(hub->Allot(session, local_id, 1)));
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 0);
}

TEST_F(Seats, TheBusShareTakesOnlyFreeSeatsAndNoneAfterTheCutOffOrWhenSetToZero) {
    Kiosk& local = AddKiosk("local", site);
    const Id stop = BusAndStop(local);
    Kiosk& bus = AddKiosk("bus", kBus);
    Workshop(4, stop);
    // Before any share: the local places three bookings through the hub, one seat stays free.
    for (const char* n : {"Fanta", "Gül", "Hawa"}) EXPECT_EQ(BookAt(local, Person(local, n)), BookingStatus::Pending);
    Sync(local);
    EXPECT_EQ(hub->GiveBusShares(0), 0);  // the share switched off
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 1);
    Sync(bus);
    const auto shares = storage::AllotmentsOfSession(*bus.device.db, session);
    ASSERT_EQ(shares.size(), 1u);
    EXPECT_EQ(shares[0].seats, 1);  // half of 4 is 2, but only 1 seat was free

    // A session at the stop within the cut-off gets no share: its seats are the pool's.
    Activity late;
    late.site_id = site;
    late.stop_id = stop;
    late.title = "Goûter partagé";
    late.capacity = 10;
    late.rule = {2, "16:00", "17:00", "2026-11-24", "2026-11-24", {}};  // tomorrow, in 30 hours
    ASSERT_TRUE(SaveActivityAndSessions(*local.device.db, late));
    Sync(local);
    hub_clock.Set(D("2026-11-23"), 17, 0);  // 23 hours before it
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 0);
    hub_clock.Set(D("2026-11-23"), 10, 0);  // 30 hours before it, it had its share
    EXPECT_EQ(hub->GiveBusShares(kBusSharePercent), 1);
}

TEST_F(Seats, AtTheCutOffTheUnusedAllotmentGoesBackToThePool) {
    Kiosk& local = AddKiosk("local");
    Kiosk& bus = AddKiosk("bus");
    Workshop(2);
    Allot(bus, 2);
    Sync(bus);
    Sync(local);
    const Id p = Person(local, "Awa");
    EXPECT_EQ(BookAt(local, p), BookingStatus::Pending);
    Sync(local);
    EXPECT_EQ(storage::LiveBookingOf(*local.device.db, session, p)->status, BookingStatus::Waitlisted);
    // The day before the session: the bus's two unused seats return to the pool, the waitlist
    // moves up, and a new booking takes the last one.
    hub_clock.Set(D("2026-12-01"), 15, 0);
    local.device.clock.Set(D("2026-12-01"), 15, 0);
    EXPECT_EQ(hub->SettleDue(), 1);
    EXPECT_EQ(hub->SettleDue(), 0);
    const Id q = Person(local, "Binta");
    EXPECT_EQ(BookAt(local, q), BookingStatus::Pending);
    Sync(local);
    EXPECT_EQ(storage::LiveBookingOf(*local.device.db, session, p)->status, BookingStatus::Confirmed);
    EXPECT_EQ(storage::LiveBookingOf(*local.device.db, session, q)->status, BookingStatus::Confirmed);
    // The bus, offline since, its clock reading 13:30 (24 h 30 before the start): by its own
    // clock the cut-off is not there yet, but it stops giving its allotment an hour early, so it
    // does not give again the seats the pool has just given.
    bus.device.clock.Set(D("2026-12-01"), 13, 30);
    const Id r = Person(bus, "Chloé");
    EXPECT_EQ(BookAt(bus, r), BookingStatus::Pending);
}

TEST_F(Seats, APastSessionIsHistoryTheHubLeavesAsItCame) {
    Kiosk& a = AddKiosk("local");
    Workshop(2);
    const Id q = Person(a, "Binta");
    EXPECT_EQ(BookAt(a, q), BookingStatus::Pending);
    // The kiosk comes back online after the session: nothing is placed or moved up any more.
    hub_clock.Set(D("2026-12-03"), 10, 0);
    Sync(a);
    storage::Database look(dir.File("hub/palier.db"), hub_clock.clock());
    EXPECT_EQ(storage::LiveBookingOf(look, session, q)->status, BookingStatus::Pending);
    EXPECT_TRUE(hub->Anomalies(10).empty());
}

TEST_F(Seats, OnePersonBookedFromTwoKiosksKeepsOneLiveBooking) {
    Kiosk& a = AddKiosk("local");
    Kiosk& b = AddKiosk("bus");
    Workshop(5);
    const Id p = Person(a, "Awa");
    Sync(a);
    Sync(b);
    BookAt(a, p);
    BookAt(b, p);
    Sync(a);
    Sync(b);
    Sync(a);
    int live = 0;
    for (const auto& bk : storage::BookingsOfSession(*a.device.db, session))
        if (bk.person_id == p && IsLive(bk.status)) ++live;
    EXPECT_EQ(live, 1);
    ExpectAllAgree();
}

TEST_F(Seats, ASessionCancelledAtOneKioskCancelsTheBookingsMadeOfflineElsewhere) {
    Kiosk& a = AddKiosk("local");
    Kiosk& b = AddKiosk("bus");
    Workshop(5);
    const Id p = Person(b, "Awa");
    BookAt(b, p);
    ASSERT_TRUE(CancelSession(*a.device.db, session));
    Sync(a);
    Sync(b);
    Sync(a);
    EXPECT_EQ(storage::LiveBookingOf(*b.device.db, session, p), std::nullopt);
    ExpectAllAgree();
}

// Five kiosks, random interleavings of booking, cancelling and syncing: after everyone has
// synced, every database agrees, no session is oversold, nobody holds two live bookings.
TEST_F(Seats, RandomSchedulesOfFiveKiosksNeverOversellAndConverge) {
    const char* env = std::getenv("PALIER_SEAT_SCHEDULES");
    const int schedules = env ? std::atoi(env) : 40;
    for (int round = 0; round < schedules; ++round) {
        SCOPED_TRACE("schedule " + std::to_string(round));
        TempDir here;
        TestClock clock;
        clock.Set(D("2026-11-23"), 10, 0);
        hub = hub::OpenSqliteHub(here.File("hub"), clock.clock());
        kiosks.clear();
        for (int i = 0; i < 5; ++i) {
            auto k = std::make_unique<Kiosk>(here, "k" + std::to_string(i));
            const auto code = hub->NewEnrolCode("site", 3600 * 1000);
            const auto e = std::get<hub::Enrolment>(hub->Enrol({code, k->device.db->device_id(), storage::kJournalFormat, {}}));
            k->as = *hub->Authenticate(e.token);
            k->device.db->sql().exec("INSERT INTO meta(key, value) VALUES('sync.token', 'enrolled')");
            kiosks.push_back(std::move(k));
        }
        std::mt19937 rng(static_cast<unsigned>(round));
        Workshop(3);
        if (rng() % 2) Allot(*kiosks[1], 1 + static_cast<int>(rng() % 2));
        std::vector<std::vector<Id>> people(5);
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 2; ++j) people[i].push_back(Person(*kiosks[i], "P" + std::to_string(i * 2 + j)));
        for (auto& k : kiosks) Sync(*k);
        for (int step = 0; step < 25; ++step) {
            const size_t i = rng() % 5;
            Kiosk& k = *kiosks[i];
            switch (rng() % 3) {
                case 0: {  // book someone (maybe someone registered elsewhere)
                    const auto& group = people[rng() % 5];
                    const Id who = group[rng() % group.size()];
                    if (storage::LoadPerson(*k.device.db, who) && !storage::LiveBookingOf(*k.device.db, session, who))
                        BookAt(k, who);
                    break;
                }
                case 1: {  // cancel a live booking this kiosk knows
                    std::vector<Id> live;
                    for (const auto& b : storage::BookingsOfSession(*k.device.db, session))
                        if (IsLive(b.status)) live.push_back(b.id);
                    if (!live.empty()) {
                        ASSERT_TRUE(CancelBooking(*k.device.db, live[rng() % live.size()]));
                    }
                    break;
                }
                default: Sync(k); break;
            }
        }
        // Rounds until one changes nothing anywhere: a kiosk may fill its allotment from what a
        // round brought, and the hub answer that in the next.
        auto writes_so_far = [&] {
            int64_t n = hub->Pull(kiosks[0]->as, 0, 5000).cursor;
            for (auto& k : kiosks) n += storage::JournalCount(*k->device.db);
            return n;
        };
        for (int pass = 0, before = -1; pass < 10; ++pass) {
            for (auto& k : kiosks) Sync(*k);
            const int now = static_cast<int>(writes_so_far());
            if (now == before) break;
            before = now;
        }
        storage::Database look(here.File("hub/palier.db"), clock.clock());
        auto seats = Seats_(look, session);
        EXPECT_LE(seats[BookingStatus::Confirmed], 3);
        EXPECT_EQ(seats[BookingStatus::Pending], 0);
        std::map<Id, int> live_of;
        for (const auto& b : storage::BookingsOfSession(look, session)) {
            if (IsLive(b.status)) {
                EXPECT_EQ(++live_of[b.person_id], 1);
            }
        }
        // Nobody waits while a seat is free.
        if (seats[BookingStatus::Waitlisted] > 0) {
            EXPECT_EQ(seats[BookingStatus::Confirmed], 3);
        }
        const std::string hub_state = Dump(look);
        for (auto& k : kiosks) EXPECT_EQ(Dump(*k->device.db), hub_state);
        if (HasFailure()) break;
    }
}

}  // namespace
