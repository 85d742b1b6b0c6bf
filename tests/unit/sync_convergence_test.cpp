// Convergence: three replicas given the same journal entries from several devices, in thousands
// of random orders with duplicates and replays, end equal byte for byte in every synced table;
// so do the devices that made the changes once they have heard of everything.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/Orientations.h"
#include "kiosk/Privacy.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "sync_support.h"

using namespace palier;
using namespace palier::test;

namespace {

const Id kSite = "site-local";

Id Register(Device& d, const std::string& first, const std::string& phone, const Id& guardian = {}) {
    NewPerson p;
    p.first_name = first;
    p.last_name = "Martin";
    p.birth_year = guardian.empty() ? 1975 : 2014;
    p.phone = phone;
    p.guardian_id = guardian;
    auto id = RegisterPerson(*d.db, kSite, p);
    EXPECT_TRUE(id) << (id ? "" : id.problem().key);
    return id ? *id : Id{};
}

void Edit(Device& d, const Id& person, const std::function<void(Person&)>& change) {
    storage::Transaction tx(d.db->sql());
    auto p = storage::LoadPerson(*d.db, person);
    ASSERT_TRUE(p);
    change(*p);
    storage::SavePerson(*d.db, *p);
    tx.commit();
}

// What a page of entries looks like after a shaky connection: shuffled, some twice, and a
// stretch sent again at the end.
std::vector<JournalEntry> Delivery(std::vector<JournalEntry> all, std::mt19937& rng) {
    std::shuffle(all.begin(), all.end(), rng);
    std::vector<JournalEntry> out;
    for (const auto& e : all) {
        out.push_back(e);
        if (rng() % 5 == 0) out.insert(out.begin() + static_cast<long>(rng() % out.size()), e);
    }
    const size_t from = rng() % out.size();
    const size_t len = rng() % (out.size() - from);
    out.insert(out.end(), out.begin() + static_cast<long>(from), out.begin() + static_cast<long>(from + len));
    return out;
}

class Convergence : public ::testing::Test {
protected:
    TempDir dir;
    Device hub{dir, "hub"}, local{dir, "local"}, bus{dir, "bus"};
    std::vector<JournalEntry> all;

    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        // The hub: the partner directory and the programme.
        Partner cpam;
        cpam.name = "CPAM";
        cpam.topics = {Topic::HealthCoverage};
        {
            storage::Transaction tx(hub.db->sql());
            storage::SavePartner(*hub.db, cpam);
            tx.commit();
        }
        Activity act;
        act.site_id = kSite;
        act.title = "Atelier cuisine";
        act.capacity = 3;
        act.rule = {3, "14:00", "16:00", "2026-11-25", "2026-12-09", {}};
        const Id activity = *SaveActivityAndSessions(*hub.db, act);
        Ship(hub, local);
        Ship(hub, bus);
        const auto sessions = storage::SessionsOfActivity(*local.db, activity);

        // The local: people, a child, visits, bookings, an orientation.
        local.clock.AdvanceSeconds(60);
        const Id fatima = Register(local, "Fatima", "0612345678");
        const Id olena = Register(local, "Olena", "0698765432");
        const Id maya = Register(local, "Maya", "", olena);
        const Id karim = Register(local, "Karim", "0611112222");
        ASSERT_TRUE(LogVisit(*local.db, kSite, {fatima, kReasonPaperwork, "fr"}));
        ASSERT_TRUE(Book(*local.db, kSite, {sessions[0].id, fatima, 1, BookingSource::Staff, false}));
        ASSERT_TRUE(Book(*local.db, kSite, {sessions[0].id, olena, 2, BookingSource::SelfService, false}));
        ASSERT_TRUE(CreateOrientation(*local.db, kSite, "st", {karim, Topic::HealthCoverage, cpam.id, "2026-12-01", "Dossier CSS"}));
        Ship(local, bus);

        // The bus, a day later: its own people, edits to the local's, bookings that queue.
        bus.clock.Set(D("2026-11-24"), 9, 0);
        const Id ines = Register(bus, "Inès", "0733334444");
        Edit(bus, fatima, [](Person& p) { p.neighbourhood = "Les Tilleuls"; });
        Edit(bus, karim, [](Person& p) { p.phone = "0655556666"; });
        ASSERT_TRUE(LogVisit(*bus.db, kSite, {olena, kReasonComputer, "uk"}));
        ASSERT_TRUE(LogVisit(*bus.db, kSite, {{}, kReasonCoffee, "fr"}));
        ASSERT_TRUE(Book(*bus.db, kSite, {sessions[0].id, ines, 1, BookingSource::SelfService, true}));
        ASSERT_TRUE(Book(*bus.db, kSite, {sessions[1].id, maya, 1, BookingSource::Staff, false}));

        // Meanwhile at the local, not yet knowing: Fatima's phone corrected, Karim erased.
        local.clock.Set(D("2026-11-24"), 11, 0);
        Edit(local, fatima, [](Person& p) { p.phone = "0612345679"; });
        ASSERT_TRUE(ErasePerson(*local.db, karim, "st"));
        const auto fatima_booking = storage::BookingsOfPerson(*local.db, fatima).at(0);
        ASSERT_TRUE(CancelBooking(*local.db, fatima_booking.id));

        // The bus, later still, edits the person the local erased.
        bus.clock.Set(D("2026-11-24"), 15, 0);
        Edit(bus, karim, [](Person& p) { p.neighbourhood = "Centre"; });
        ASSERT_TRUE(LogVisit(*bus.db, kSite, {karim, kReasonCoffee, "fr"}));

        // The hub cancels a session and changes the programme.
        hub.clock.Set(D("2026-11-24"), 12, 0);
        ASSERT_TRUE(CancelSession(*hub.db, sessions[2].id));

        for (Device* d : {&hub, &local, &bus}) {
            const auto j = d->Journal();
            all.insert(all.end(), j.begin(), j.end());
        }
    }
};

TEST_F(Convergence, ReplicasAgreeWhateverTheOrderDuplicatesAndReplays) {
    // PALIER_SYNC_ORDERS raises the count for a longer run.
    const char* env = std::getenv("PALIER_SYNC_ORDERS");
    const int rounds = env ? std::atoi(env) : 334;  // 3 x 334 + 3 = 1,005 orders
    std::mt19937 rng(20261124);
    Device replicas[3] = {{dir, "r1", "2026-11-30"}, {dir, "r2", "2026-11-30"}, {dir, "r3", "2026-11-30"}};

    // Once, for real: each replica commits page by page.
    std::string reference;
    for (auto& r : replicas) {
        const auto entries = Delivery(all, rng);
        for (size_t i = 0; i < entries.size();) {
            const size_t n = std::min<size_t>(1 + rng() % 8, entries.size() - i);
            auto page = ApplyRemoteBatch(*r.db, {entries.begin() + static_cast<long>(i),
                                                 entries.begin() + static_cast<long>(i + n)});
            ASSERT_TRUE(page) << page.problem().detail;
            i += n;
        }
        EXPECT_EQ(storage::ParkedCount(*r.db), 0);
        const std::string dump = Dump(*r.db);
        if (reference.empty()) reference = dump;
        ASSERT_EQ(dump, reference);
    }
    ASSERT_NE(reference.find("Les Tilleuls"), std::string::npos);
    ASSERT_NE(reference.find("0612345679"), std::string::npos);   // the correction survived
    ASSERT_EQ(reference.find("0655556666"), std::string::npos);   // erased, whatever came later
    ASSERT_EQ(reference.find("Dossier CSS"), std::string::npos);

    // Then thousands of orders, each in a transaction rolled back after the comparison.
    for (int round = 0; round < rounds; ++round) {
        for (auto& r : replicas) {
            storage::Database& db = *r.db;
            storage::Transaction tx(db.sql());
            db.sql().exec(
                "DELETE FROM booking; DELETE FROM session; DELETE FROM activity; DELETE FROM visit;"
                " DELETE FROM orientation; DELETE FROM partner; DELETE FROM survey;"
                " UPDATE person SET guardian_id = NULL; DELETE FROM person; DELETE FROM site;"
                " DELETE FROM record_stamp; DELETE FROM sync_parked");
            for (const auto& e : Delivery(all, rng)) ApplyRemoteInTransaction(db, e);
            ASSERT_EQ(Dump(db), reference) << "round " << round;
            // no commit: the replica is empty again for the next order
        }
    }

    // The devices that made the changes agree too, once each has heard of everything.
    for (Device* d : {&hub, &local, &bus}) {
        d->clock.Set(D("2026-11-30"), 10, 0);
        auto r = ApplyRemoteBatch(*d->db, all);
        ASSERT_TRUE(r) << r.problem().detail;
        EXPECT_EQ(Dump(*d->db), reference);
    }
}

}  // namespace
