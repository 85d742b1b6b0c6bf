#pragma once
// A small centre for booking tests: one activity with one session the day after the clock's
// today, at 14:00 (the suite's moment, or the scenario's when a fixture pins the clock).
#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "storage/CatalogueStore.h"
#include "test_support.h"

namespace palier::test {

class BookingFixture : public DbTest {
protected:
    Id MakeActivity(int capacity, ActivityKind kind = ActivityKind::Workshop,
                    std::vector<std::string> tutors = {}, int age_min = 0, int age_max = 0,
                    bool needs_guardian = false) {
        Activity a;
        a.site_id = site;
        a.kind = kind;
        a.title = "Atelier cuisine";
        a.capacity = capacity;
        a.tutors = std::move(tutors);
        a.age_min = age_min;
        a.age_max = age_max;
        a.needs_guardian = needs_guardian;
        const std::string day = FormatDate(SessionDay());
        a.rule = {Weekday(SessionDay()), "14:00", "16:30", day, day, {}};
        auto id = SaveActivityAndSessions(*db, a);
        EXPECT_TRUE(id) << Describe(id.problem());
        return *id;
    }
    // Moves with the clock: read it before moving the clock to the session.
    Date SessionDay() const { return AddDays(Today(clock.clock()), 1); }
    Id SessionOf(const Id& activity) { return storage::SessionsOfActivity(*db, activity).at(0).id; }
    Id Person(const char* name, int birth_year = 1980, const Id& guardian = {}) {
        NewPerson p;
        p.first_name = name;
        p.birth_year = birth_year;
        p.guardian_id = guardian;
        auto id = RegisterPerson(*db, site, p);
        EXPECT_TRUE(id) << Describe(id.problem());
        return *id;
    }
    Result<BookOutcome> BookFor(const Id& session, const Id& person, int seats = 1, bool waitlist = false) {
        return Book(*db, site, {session, person, seats, BookingSource::SelfService, waitlist});
    }
};

// A calendar scenario written with its dates: the clock starts at Monday 2026-11-23 10:00,
// whatever moment the suite runs at.
class ScenarioFixture : public BookingFixture {
protected:
    ScenarioFixture() { clock.Set(D("2026-11-23"), 10, 0); }
};

}  // namespace palier::test
