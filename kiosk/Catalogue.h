#pragma once
// Activities, their weekly recurrence and sessions, and the week's programme.
#include <vector>

#include "Dates.h"
#include "Result.h"
#include "storage/Database.h"

namespace palier {

// The dates a rule produces, skipped dates removed, in order.
std::vector<Date> ExpandRecurrence(const Recurrence& rule);

// Someone to tell about a change to their booking (cancelled, or confirmed from the waitlist).
struct ToTell {
    Booking booking;
    Person person;
};

// Validates the activity and its rule, saves it, and brings its sessions in line with the
// rule: missing dates get a session; future sessions follow the rule's times, stop and place
// (keeping their ids and bookings; past ones stay as they were); future sessions no longer in
// the rule and without live bookings are removed. More room (capacity, a tutor) confirms
// waitlisted bookings FIFO in every future session; they are added to `promoted` when given.
// Refused, with nothing written, when a future session using the activity's capacity has more
// seats given than the new capacity (err.capacity_below_booked naming the session and
// {taken}), or a removed tutor has a pupil in a future session (err.tutor_has_pupil).
// Editing a deleted activity: err.no_activity. Returns the activity id.
Result<Id> SaveActivityAndSessions(storage::Database& db, Activity activity,
                                   std::vector<ToTell>* promoted = nullptr);

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
Result<std::vector<ToTell>> CancelSession(storage::Database& db, const Id& session_id);

// Deletes an activity: it can no longer be booked or edited; its future sessions are cancelled
// with their live bookings (past ones stay for the record). Returns who must be told.
// err.no_activity when unknown or already deleted.
Result<std::vector<ToTell>> DeleteActivity(storage::Database& db, const Id& activity_id);

// Sets a session's own capacity. Refused below the seats already given
// (err.capacity_below_booked naming the session and {taken}); raising it promotes from the
// waitlist of a future session. Returns the promoted bookings.
Result<std::vector<Booking>> SetSessionCapacity(storage::Database& db, const Id& session_id, int capacity);

}  // namespace palier
