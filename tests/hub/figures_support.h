#pragma once
// A small network with known figures: the centre and the bus, visits on both edges of the week,
// orientations open, overdue and closed, sessions over, to come, cancelled and next week. The
// moment is Wednesday 2026-11-25 15:00 (Europe/Paris): the week runs from Monday 23 to Sunday 29.
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/VisitStore.h"
#include "test_support.h"

namespace palier::test {

constexpr const char* kNetworkToday = "2026-11-25";
inline const Id kCentre = "site-centre";
inline const Id kBus = "site-bus";

inline void BuildNetwork(storage::Database& db) {
    storage::Transaction tx(db.sql());
    Site centre{kCentre, "Centre Arc-en-ciel", SiteKind::Local, "", "", 0, "", "", false};
    Site bus{kBus, "Bus des quartiers", SiteKind::Bus, "", "", 0, "", "", false};
    storage::SaveSite(db, centre);
    storage::SaveSite(db, bus);

    std::vector<Id> people;
    for (const char* name : {"Amina", "Bruno", "Chloé", "Driss"}) {
        Person p;
        p.site_id = kCentre;
        p.first_name = name;
        storage::SavePerson(db, p);
        people.push_back(p.id);
    }
    auto visit = [&](const Id& site, int person, const char* at) {
        Visit v;
        v.site_id = site;
        v.person_id = person < 0 ? Id() : people[static_cast<size_t>(person)];
        v.at = at;
        v.reasons = kReasonInformation;
        storage::SaveVisit(db, v);
    };
    visit(kCentre, 0, "2026-11-22T23:59:00+01:00");   // Sunday before: Amina's first visit
    visit(kCentre, 1, "2026-11-23T00:01:00+01:00");   // Monday: Bruno's first visit
    visit(kCentre, 0, "2026-11-25T10:00:00+01:00");   // today, Amina again
    visit(kBus, 2, "2026-11-25T11:00:00+01:00");      // today: Chloé's first visit
    visit(kCentre, -1, "2026-11-25T12:00:00+01:00");  // today, anonymous
    visit(kBus, 1, "2026-11-29T23:59:00+01:00");      // Sunday, last minute of the week
    visit(kCentre, 3, "2026-11-30T00:01:00+01:00");   // next Monday: Driss's first visit

    auto orientation = [&](const Id& site, const char* created, OrientationStatus status,
                           const char* due) {
        Orientation o;
        o.site_id = site;
        o.person_id = people[0];
        o.topic = Topic::Caf;
        o.status = status;
        o.created_at = created;
        o.due_date = due;
        storage::SaveOrientation(db, o);
    };
    orientation(kCentre, "2026-11-25", OrientationStatus::Open, "2026-12-01");      // opened today
    orientation(kCentre, "2026-11-20", OrientationStatus::Referred, "2026-11-24");  // overdue
    orientation(kBus, "2026-11-24", OrientationStatus::Open,
                "2026-11-25");  // due today: not overdue
    orientation(kCentre, "2026-11-10", OrientationStatus::Resolved, "2026-11-12");  // closed
    orientation(kBus, "2026-11-02", OrientationStatus::Appointment, "2026-11-20");  // overdue

    auto activity = [&](const Id& site, const char* title, int capacity) {
        Activity a;
        a.site_id = site;
        a.title = title;
        a.capacity = capacity;
        storage::SaveActivity(db, a);
        return a.id;
    };
    const Id knitting = activity(kCentre, "Tricot", 10);
    const Id games = activity(kBus, "Jeux", 4);
    auto session = [&](const Id& site, const Id& act, const char* start, const char* end,
                       bool cancelled) {
        Session s;
        s.site_id = site;
        s.activity_id = act;
        s.start = start;
        s.end = end;
        s.cancelled = cancelled;
        storage::SaveSession(db, s);
        return s.id;
    };
    const Id monday =
        session(kCentre, knitting, "2026-11-23T14:00", "2026-11-23T16:00", false);  // over
    const Id today =
        session(kCentre, knitting, "2026-11-25T17:00", "2026-11-25T18:00", false);  // to come
    const Id friday = session(kBus, games, "2026-11-27T10:00", "2026-11-27T12:00", false);
    const Id cancelled = session(kCentre, knitting, "2026-11-26T14:00", "2026-11-26T16:00", true);
    const Id next_week = session(kCentre, knitting, "2026-11-30T14:00", "2026-11-30T16:00", false);
    int code = 0;
    auto booking = [&](const Id& s, int person, int seats, BookingStatus status) {
        Booking b;
        b.site_id = kCentre;
        b.session_id = s;
        b.person_id = people[static_cast<size_t>(person)];
        b.seats = seats;
        b.status = status;
        b.code = "T" + std::to_string(++code);
        b.created_at = "2026-11-20T10:00:00+01:00";
        storage::SaveBooking(db, b);
    };
    booking(monday, 0, 2, BookingStatus::Attended);
    booking(monday, 1, 1, BookingStatus::NoShow);
    booking(monday, 2, 1, BookingStatus::Confirmed);  // attendance not taken: counts as not absent
    booking(monday, 3, 1, BookingStatus::Cancelled);
    booking(today, 0, 3, BookingStatus::Confirmed);
    booking(today, 1, 1, BookingStatus::Waitlisted);
    booking(friday, 2, 4, BookingStatus::Confirmed);
    booking(friday, 3, 2, BookingStatus::Waitlisted);
    booking(friday, 0, 1, BookingStatus::Waitlisted);
    booking(cancelled, 1, 2, BookingStatus::Confirmed);
    booking(next_week, 2, 2, BookingStatus::Confirmed);
    tx.commit();
}

}  // namespace palier::test
