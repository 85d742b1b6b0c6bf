// Random sequences of bookings, cancellations, attendance, capacity changes (activity and
// session, up and down) and erasures over several sessions, checked after every step against a
// plain model: confirmed seats never exceed capacity, the waitlist is first come first served
// and nobody on it would fit, and no booking is lost or duplicated.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "kiosk/Booking.h"
#include "kiosk/BookingRules.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/Privacy.h"
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
struct ModelSession {
    Id id;
    int override_capacity = -1;
    std::vector<ModelBooking> bookings;  // creation order is FIFO order
};

bool Holds(BookingStatus s) {
    return s == BookingStatus::Confirmed || s == BookingStatus::Attended || s == BookingStatus::NoShow;
}
bool Live(BookingStatus s) { return s != BookingStatus::Cancelled; }
int Taken(const ModelSession& s) {
    int n = 0;
    for (const auto& b : s.bookings)
        if (Holds(b.status)) n += b.seats;
    return n;
}
int Capacity(const ModelSession& s, int activity_capacity) {
    return s.override_capacity >= 0 ? s.override_capacity : activity_capacity;
}
// Seats left only shrink, so one FIFO pass is "the first waitlisted that fits, again".
int Promote(ModelSession& s, int activity_capacity) {
    int promoted = 0;
    for (auto& b : s.bookings)
        if (b.status == BookingStatus::Waitlisted && b.seats <= Capacity(s, activity_capacity) - Taken(s)) {
            b.status = BookingStatus::Confirmed;
            ++promoted;
        }
    return promoted;
}
}  // namespace

TEST(BookingProperty, RandomSequencesKeepTheInvariants) {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    TestClock clock;
    std::mt19937 rng(20261123);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::map<std::string, int> applied;  // each kind of operation that really happened
    constexpr int kScenarios = 30, kSteps = 70, kPeople = 14;
    for (int scenario = 0; scenario < kScenarios; ++scenario) {
        storage::Database db(":memory:", clock.clock());
        Activity a;
        a.site_id = "s";
        a.title = "Atelier";
        a.capacity = pick(1, 6);
        a.rule = {2, "14:00", "16:00", "2026-11-24", "2026-12-08", {}};  // three Tuesdays to come
        auto act = SaveActivityAndSessions(db, a);
        ASSERT_TRUE(act);
        a.id = *act;
        std::vector<ModelSession> sessions;
        for (const auto& s : storage::SessionsOfActivity(db, a.id)) sessions.push_back({s.id, -1, {}});
        ASSERT_EQ(sessions.size(), 3u);
        std::vector<Id> people;
        std::set<Id> erased;
        for (int i = 0; i < kPeople; ++i) {
            NewPerson p;
            p.first_name = "P" + std::to_string(i);
            people.push_back(*RegisterPerson(db, "s", p));
        }
        auto promote_all = [&] {
            int n = 0;
            for (auto& s : sessions) n += Promote(s, a.capacity);
            return n;
        };

        for (int step = 0; step < kSteps; ++step) {
            const int op = pick(0, 99);
            if (op < 45) {  // book
                ModelSession& s = sessions[static_cast<size_t>(pick(0, 2))];
                const Id& person = people[static_cast<size_t>(pick(0, kPeople - 1))];
                const int seats = pick(1, 3);
                const bool waitlist = pick(0, 1) == 1;
                const bool live = std::any_of(s.bookings.begin(), s.bookings.end(), [&](const ModelBooking& b) {
                    return b.person == person && Live(b.status);
                });
                const bool fits = seats <= Capacity(s, a.capacity) - Taken(s);
                auto r = Book(db, "s", {s.id, person, seats, BookingSource::Staff, waitlist});
                if (erased.count(person)) {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.no_person");
                    ++applied["book_erased_refused"];
                } else if (live) {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.already_booked");
                    ++applied["book_twice_refused"];
                } else if (fits || waitlist) {
                    ASSERT_TRUE(r) << Describe(r.problem());
                    const auto expected = fits ? BookingStatus::Confirmed : BookingStatus::Waitlisted;
                    EXPECT_EQ(r->booking.status, expected);
                    s.bookings.push_back({r->booking.id, person, seats, expected});
                    ++applied[fits ? "book_confirmed" : "book_waitlisted"];
                } else {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.session_full");
                    ++applied["book_full_refused"];
                }
            } else if (op < 60) {  // cancel
                ModelSession& s = sessions[static_cast<size_t>(pick(0, 2))];
                if (s.bookings.empty()) continue;
                auto& b = s.bookings[static_cast<size_t>(pick(0, static_cast<int>(s.bookings.size()) - 1))];
                auto r = CancelBooking(db, b.id);
                if (b.status == BookingStatus::Confirmed || b.status == BookingStatus::Waitlisted) {
                    ASSERT_TRUE(r);
                    b.status = BookingStatus::Cancelled;
                    const int promoted = Promote(s, a.capacity);
                    EXPECT_EQ(static_cast<int>(r->promoted.size()), promoted);
                    ++applied["cancel"];
                    applied["promoted_by_cancel"] += promoted;
                } else {
                    ASSERT_FALSE(r);
                }
            } else if (op < 68) {  // attendance
                ModelSession& s = sessions[static_cast<size_t>(pick(0, 2))];
                if (s.bookings.empty()) continue;
                auto& b = s.bookings[static_cast<size_t>(pick(0, static_cast<int>(s.bookings.size()) - 1))];
                const bool present = pick(0, 1) == 1;
                auto r = MarkAttendance(db, b.id, present);
                if (Holds(b.status)) {
                    ASSERT_TRUE(r);
                    b.status = present ? BookingStatus::Attended : BookingStatus::NoShow;
                    ++applied["attendance"];
                } else {
                    ASSERT_FALSE(r);
                }
            } else if (op < 76) {  // raise the activity's capacity
                Activity next = a;
                next.capacity = a.capacity + pick(1, 3);
                std::vector<ToTell> told;
                auto r = SaveActivityAndSessions(db, next, &told);
                ASSERT_TRUE(r) << Describe(r.problem());
                a = next;
                const int promoted = promote_all();
                EXPECT_EQ(static_cast<int>(told.size()), promoted);
                ++applied["activity_raised"];
                applied["promoted_by_raise"] += promoted;
            } else if (op < 84) {  // lower the activity's capacity
                Activity next = a;
                next.capacity = std::max(1, a.capacity - pick(1, 3));
                const bool too_low = std::any_of(sessions.begin(), sessions.end(), [&](const ModelSession& s) {
                    return s.override_capacity < 0 && Taken(s) > next.capacity;
                });
                auto r = SaveActivityAndSessions(db, next);
                if (too_low) {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.capacity_below_booked");
                    EXPECT_EQ(storage::LoadActivity(db, a.id)->capacity, a.capacity);
                    ++applied["activity_lowering_refused"];
                } else {
                    ASSERT_TRUE(r) << Describe(r.problem());
                    a = next;
                    EXPECT_EQ(promote_all(), 0);
                    ++applied["activity_lowered"];
                }
            } else if (op < 94) {  // a session's own capacity, up or down
                ModelSession& s = sessions[static_cast<size_t>(pick(0, 2))];
                const int capacity = pick(0, 8);
                auto r = SetSessionCapacity(db, s.id, capacity);
                if (capacity < Taken(s)) {
                    ASSERT_FALSE(r);
                    EXPECT_EQ(r.problem().key, "err.capacity_below_booked");
                    ++applied["session_lowering_refused"];
                } else {
                    ASSERT_TRUE(r) << Describe(r.problem());
                    const bool up = capacity > Capacity(s, a.capacity);
                    s.override_capacity = capacity;
                    const int promoted = Promote(s, a.capacity);
                    EXPECT_EQ(static_cast<int>(r->size()), promoted);
                    ++applied[up ? "session_raised" : "session_lowered_or_kept"];
                    applied["promoted_by_session"] += promoted;
                }
            } else {  // erase someone, preferably with live bookings
                std::vector<Id> holding, anyone;
                for (const auto& p : people) {
                    if (erased.count(p)) continue;
                    anyone.push_back(p);
                    for (const auto& s : sessions)
                        for (const auto& b : s.bookings)
                            if (b.person == p && Live(b.status)) holding.push_back(p);
                }
                const auto& pool = holding.empty() ? anyone : holding;
                if (pool.empty()) continue;
                const Id who = pool[static_cast<size_t>(pick(0, static_cast<int>(pool.size()) - 1))];
                std::vector<ToTell> told;
                ASSERT_TRUE(ErasePerson(db, who, "st", &told));
                erased.insert(who);
                for (auto& s : sessions)
                    for (auto& b : s.bookings)
                        if (b.person == who && Live(b.status)) b.status = BookingStatus::Cancelled;
                const int promoted = promote_all();
                EXPECT_EQ(static_cast<int>(told.size()), promoted);
                ++applied[holding.empty() ? "erased_without_bookings" : "erased_with_bookings"];
                applied["promoted_by_erasure"] += promoted;
            }

            // The database agrees with the model, session by session, booking by booking.
            std::set<Id> seen;
            for (const auto& s : sessions) {
                const int capacity = Capacity(s, a.capacity);
                ASSERT_EQ(ViewSession(db, s.id)->capacity, capacity);
                const auto stored = storage::BookingsOfSession(db, s.id);
                ASSERT_EQ(stored.size(), s.bookings.size()) << "a booking was lost or duplicated";
                int taken = 0;
                std::vector<Id> waitlist_db, waitlist_model;
                for (const auto& b : stored) {
                    ASSERT_TRUE(seen.insert(b.id).second) << "a booking appears twice";
                    auto it = std::find_if(s.bookings.begin(), s.bookings.end(),
                                           [&](const ModelBooking& m) { return m.id == b.id; });
                    ASSERT_NE(it, s.bookings.end());
                    ASSERT_EQ(b.status, it->status);
                    ASSERT_EQ(b.seats, it->seats);
                    if (Holds(b.status)) taken += b.seats;
                    if (b.status == BookingStatus::Waitlisted) waitlist_db.push_back(b.id);  // FIFO order
                }
                for (const auto& m : s.bookings)
                    if (m.status == BookingStatus::Waitlisted) waitlist_model.push_back(m.id);
                ASSERT_LE(taken, capacity);
                ASSERT_EQ(waitlist_db, waitlist_model);
                for (size_t i = 0; i < waitlist_db.size(); ++i)
                    ASSERT_EQ(WaitlistPosition(stored, waitlist_db[i]), static_cast<int>(i) + 1);
                for (const auto& b : stored) {  // nobody waits for seats that are free
                    if (b.status == BookingStatus::Waitlisted) {
                        ASSERT_GT(b.seats, capacity - taken);
                    }
                }
            }
        }
    }
    // Every kind of step really happened, so each invariant above was checked after it.
    for (const char* kind : {"book_confirmed", "book_waitlisted", "book_full_refused", "book_twice_refused",
                             "book_erased_refused", "cancel", "attendance", "activity_raised",
                             "activity_lowered", "activity_lowering_refused", "session_raised",
                             "session_lowered_or_kept", "session_lowering_refused", "erased_with_bookings",
                             "promoted_by_cancel", "promoted_by_raise", "promoted_by_session",
                             "promoted_by_erasure"})
        EXPECT_GT(applied[kind], 0) << kind << " never happened";
}
