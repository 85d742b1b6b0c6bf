// Thousands of random book / cancel / attend sequences checked against a plain model:
// confirmed seats never exceed capacity, the waitlist is first come first served, and no
// booking is lost or duplicated.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "kiosk/Booking.h"
#include "kiosk/BookingRules.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

namespace {
struct ModelBooking {
    Id id;
    Id person;
    int seats;
    BookingStatus status;
};

bool Holds(BookingStatus s) {
    return s == BookingStatus::Confirmed || s == BookingStatus::Attended || s == BookingStatus::NoShow;
}
int Taken(const std::vector<ModelBooking>& m) {
    int n = 0;
    for (const auto& b : m)
        if (Holds(b.status)) n += b.seats;
    return n;
}
void Promote(std::vector<ModelBooking>& m, int capacity) {
    for (bool again = true; again;) {
        again = false;
        for (auto& b : m)  // creation order is FIFO order
            if (b.status == BookingStatus::Waitlisted && b.seats <= capacity - Taken(m)) {
                b.status = BookingStatus::Confirmed;
                again = true;
                break;
            }
    }
}
}  // namespace

TEST(BookingProperty, RandomSequencesKeepTheInvariants) {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    TestClock clock;
    std::mt19937 rng(20261123);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int operations = 0;
    for (int scenario = 0; scenario < 40; ++scenario) {
        storage::Database db(":memory:", clock.clock());
        const int capacity = pick(1, 8);
        Activity a;
        a.site_id = "s";
        a.title = "Atelier";
        a.capacity = capacity;
        a.rule = {2, "14:00", "16:00", "2026-11-24", "2026-11-24", {}};
        auto act = SaveActivityAndSessions(db, a);
        ASSERT_TRUE(act);
        const Id session = storage::SessionsOfActivity(db, *act).at(0).id;
        std::vector<Id> people;
        for (int i = 0; i < 12; ++i) {
            NewPerson p;
            p.first_name = "P" + std::to_string(i);
            people.push_back(*RegisterPerson(db, "s", p));
        }
        std::vector<ModelBooking> model;
        for (int step = 0; step < 60; ++step, ++operations) {
            const int op = pick(0, 9);
            if (op < 6) {  // book
                const Id& person = people[static_cast<size_t>(pick(0, 11))];
                const int seats = pick(1, 3);
                const bool waitlist = pick(0, 1) == 1;
                const bool live = std::any_of(model.begin(), model.end(), [&](const ModelBooking& b) {
                    return b.person == person && b.status != BookingStatus::Cancelled;
                });
                const bool fits = seats <= capacity - Taken(model);
                auto r = Book(db, "s", {session, person, seats, BookingSource::Staff, waitlist});
                if (live) {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.already_booked");
                } else if (fits || waitlist) {
                    ASSERT_TRUE(r) << Describe(r.problem());
                    const auto expected = fits ? BookingStatus::Confirmed : BookingStatus::Waitlisted;
                    EXPECT_EQ(r->booking.status, expected);
                    model.push_back({r->booking.id, person, seats, expected});
                } else {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.session_full");
                }
            } else if (op < 8 && !model.empty()) {  // cancel
                auto& b = model[static_cast<size_t>(pick(0, static_cast<int>(model.size()) - 1))];
                auto r = CancelBooking(db, b.id);
                if (b.status == BookingStatus::Confirmed || b.status == BookingStatus::Waitlisted) {
                    ASSERT_TRUE(r);
                    b.status = BookingStatus::Cancelled;
                    Promote(model, capacity);
                } else {
                    ASSERT_FALSE(r);
                }
            } else if (!model.empty()) {  // attendance
                auto& b = model[static_cast<size_t>(pick(0, static_cast<int>(model.size()) - 1))];
                const bool present = pick(0, 1) == 1;
                auto r = MarkAttendance(db, b.id, present);
                if (Holds(b.status)) {
                    ASSERT_TRUE(r);
                    b.status = present ? BookingStatus::Attended : BookingStatus::NoShow;
                } else {
                    ASSERT_FALSE(r);
                }
            }

            // The database agrees with the model, booking by booking.
            const auto stored = storage::BookingsOfSession(db, session);
            ASSERT_EQ(stored.size(), model.size()) << "a booking was lost or duplicated";
            int taken = 0;
            std::vector<Id> waitlist_db, waitlist_model;
            for (const auto& s : stored) {
                auto it = std::find_if(model.begin(), model.end(), [&](const ModelBooking& m) { return m.id == s.id; });
                ASSERT_NE(it, model.end());
                EXPECT_EQ(s.status, it->status);
                if (Holds(s.status)) taken += s.seats;
                if (s.status == BookingStatus::Waitlisted) waitlist_db.push_back(s.id);  // FIFO order
            }
            for (const auto& m : model)
                if (m.status == BookingStatus::Waitlisted) waitlist_model.push_back(m.id);
            ASSERT_LE(taken, capacity);
            ASSERT_EQ(waitlist_db, waitlist_model);
            for (size_t i = 0; i < waitlist_db.size(); ++i)
                EXPECT_EQ(WaitlistPosition(stored, waitlist_db[i]), static_cast<int>(i) + 1);
        }
    }
    EXPECT_GE(operations, 2000);
}
