// Two kiosks and the real palier-hub binary on 127.0.0.1: each enrols with a code the hub
// printed, and a booking made at kiosk A reaches kiosk B through the hub, by the same sync the
// kiosk and `palier sync` run. Kiosk A has a staff account, as every real kiosk does: the hub
// acknowledges its entry and keeps nothing of it.
#include <gtest/gtest.h>

#include "hub_process.h"
#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/sync/HubSession.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/StaffStore.h"
#include "test_support.h"

namespace palier::test {
namespace {

class RealHub : public ::testing::Test {
protected:
    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        SetLanguage(Lang::Fr);
        a = std::make_unique<storage::Database>(a_dir.File("palier.db"), clock.clock());
        b = std::make_unique<storage::Database>(b_dir.File("palier.db"), clock.clock());
    }
    static sync::HubSession On(storage::Database& db) {
        return sync::HubSession(
            [&db](const sync::DbStep& step) {
                step(db);
                return true;
            },
            db.clock(), nullptr, sync::SessionOptions{500, 500});
    }
    static void Synced(storage::Database& db) {
        auto r = On(db).Sync();
        ASSERT_TRUE(r.ok()) << r.problem().key << ": " << r.problem().detail;
    }
    TempDir hub_dir, a_dir, b_dir;
    TestClock clock;
    std::unique_ptr<storage::Database> a, b;
    const Id site = "site-local";
};

TEST_F(RealHub, ABookingMadeAtOneKioskAppearsAtTheOther) {
    // The hub's clock starts where the kiosks' stands: the session is to come for it too.
    HubProcess hub(hub_dir.path.string(), {"--now", NowStamp(clock.clock())});
    {
        storage::Transaction tx(a->sql());
        Staff coordinator;
        coordinator.site_id = site;
        coordinator.name = "Nadia";
        coordinator.role = StaffRole::Coordinator;
        storage::SaveStaff(*a, coordinator);
        tx.commit();
    }
    for (storage::Database* kiosk : {a.get(), b.get()}) {
        auto enrolled = On(*kiosk).Enrol(hub.url(), hub.EnrolCode("Maison des Tilleuls"), "");
        ASSERT_TRUE(enrolled.ok()) << enrolled.problem().detail;
        EXPECT_EQ(enrolled->site, "Maison des Tilleuls");
    }
    // A workshop the day after tomorrow, created at A and known at B after a sync each.
    Activity workshop;
    workshop.site_id = site;
    workshop.title = "Atelier couture";
    workshop.capacity = 8;
    workshop.rule = {WeekdayInDays(2), "14:00", "16:00", InDays(2), InDays(2), {}};
    auto activity = SaveActivityAndSessions(*a, workshop);
    ASSERT_TRUE(activity.ok());
    const Id session = storage::SessionsOfActivity(*a, *activity).at(0).id;
    Synced(*a);
    EXPECT_EQ(storage::JournalWaiting(*a), 0);
    Synced(*b);
    ASSERT_TRUE(storage::LoadSession(*b, session).has_value());

    // A resident registers at A and is booked there.
    NewPerson p;
    p.first_name = "Aïcha";
    p.last_name = "Traoré";
    p.birth_year = 1988;
    auto person = RegisterPerson(*a, site, p);
    ASSERT_TRUE(person.ok());
    auto booked = Book(*a, site, BookRequest{session, *person, 1, BookingSource::Staff});
    ASSERT_TRUE(booked.ok()) << booked.problem().key;
    const Id booking = booked->booking.id;
    // Enrolled with no seats of its own in that session, A leaves it to the hub.
    EXPECT_EQ(booked->booking.status, BookingStatus::Pending);

    Synced(*a);
    EXPECT_EQ(storage::LoadBooking(*a, booking)->status, BookingStatus::Confirmed);
    Synced(*b);
    const auto there = storage::LoadBooking(*b, booking);
    ASSERT_TRUE(there.has_value());
    EXPECT_EQ(there->status, BookingStatus::Confirmed);
    EXPECT_EQ(there->session_id, session);
    EXPECT_EQ(there->person_id, *person);
    EXPECT_TRUE(storage::LoadPerson(*b, *person).has_value());
    EXPECT_EQ(hub.Stop(), 0);
}

}  // namespace
}  // namespace palier::test
