#pragma once
// Booking a session, the waitlist, cancellations and attendance.
// Each call is one transaction; refusals come back as a Problem with the reason.
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

struct BookRequest {
    Id session_id;
    Id person_id;
    int seats = 1;
    BookingSource source = BookingSource::SelfService;
    bool join_waitlist = false;  // when full: join the waitlist instead of being refused
};

struct BookOutcome {
    Booking booking;            // status Confirmed or Waitlisted
    int waitlist_position = 0;  // 1-based when waitlisted
};

// Refusals: err.no_session, err.no_person, err.session_cancelled, err.session_past,
// err.already_booked, err.age_unknown, err.age_range, err.guardian_needed,
// err.homework_one_seat, err.session_full (with {left}), err.seats_range.
Result<BookOutcome> Book(storage::Database& db, const Id& site_id, const BookRequest& req);

struct CancelOutcome {
    Booking cancelled;
    std::vector<Booking> promoted;  // moved from the waitlist to confirmed, to be told
};
Result<CancelOutcome> CancelBooking(storage::Database& db, const Id& booking_id);

// Marks a confirmed booking attended (present) or no-show; can be changed back.
Status MarkAttendance(storage::Database& db, const Id& booking_id, bool present);

// A person's bookings with what a screen needs to show them.
struct BookingView {
    Booking booking;
    Session session;
    Activity activity;
    int waitlist_position = 0;
};
Result<std::vector<BookingView>> UpcomingBookingsOf(storage::Database& db, const Id& person_id);

// A session's roster for attendance and sign-in sheets: live bookings in FIFO order.
struct RosterLine {
    Booking booking;
    Person person;
    int waitlist_position = 0;
};
Result<std::vector<RosterLine>> Roster(storage::Database& db, const Id& session_id);

// For kiosk services inside their transaction: confirms waitlisted bookings, first come first
// served, while their seats fit (homework help: while a tutor is free). Updates `bookings`.
std::vector<Booking> PromoteFromWaitlist(storage::Database& db, const Activity& a, const Session& s,
                                         std::vector<Booking>& bookings);

}  // namespace palier
