#pragma once
// Activities, their weekly recurrence and sessions, and the week's programme.
#include <vector>

#include "Dates.h"
#include "Result.h"
#include "storage/Database.h"

namespace palier {

// The dates a rule produces, skipped dates removed, in order.
std::vector<Date> ExpandRecurrence(const Recurrence& rule);

// Validates the activity and its rule, saves it, and brings its sessions in line with the
// rule: missing dates get a session; sessions no longer in the rule and without live bookings
// are removed. Returns the activity id.
Result<Id> SaveActivityAndSessions(storage::Database& db, Activity activity);

// A session as the programme shows it.
struct SessionView {
    Session session;
    Activity activity;
    int capacity = 0;
    int seats_taken = 0;
    int seats_left = 0;
    int waitlisted = 0;
    std::string place;  // the session's place, else the stop's, else the activity's
};
// Sessions starting in [monday, monday + 7 days), cancelled ones included (marked).
Result<std::vector<SessionView>> WeekProgramme(storage::Database& db, Date monday);
Result<SessionView> ViewSession(storage::Database& db, const Id& session_id);

// Cancels a session and every live booking in it; returns who must be told.
struct ToTell {
    Booking booking;
    Person person;
};
Result<std::vector<ToTell>> CancelSession(storage::Database& db, const Id& session_id);

// Sets a session's own capacity. Refused below the seats already given; raising it promotes
// from the waitlist. Returns the promoted bookings.
Result<std::vector<Booking>> SetSessionCapacity(storage::Database& db, const Id& session_id, int capacity);

}  // namespace palier
