#pragma once
// Booking a session, the waitlist, cancellations and attendance.
// Each call is one transaction; refusals come back as a Problem with the reason.
#include <functional>
#include <string>
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
    // A resident booking at the kiosk: the person booked must be them or a child they are the
    // guardian of (err.not_for_you). Empty for the front desk, which books for anyone.
    Id booked_by{};
};

// Whether `person_id` acts for `holder`: the same person, or the guardian of that child.
bool ActsFor(storage::Database& db, const Id& person_id, const Id& holder);

struct BookOutcome {
    Booking booking;            // status Confirmed, Waitlisted or Pending (the hub decides)
    int waitlist_position = 0;  // 1-based when waitlisted
};
// A booking as it stands now (the hub may have placed it since): err.no_booking when unknown.
Result<BookOutcome> BookingNow(storage::Database& db, const Id& booking_id);

// Where booking codes come from: empty means random 4-character codes (NewShortCode).
// Tests inject their own to force collisions.
using CodeSource = std::function<std::string()>;

// A code that no booking carries, inside the caller's transaction: asks `codes` again
// on a collision, and after a few collisions in a row moves to longer random codes.
std::string NewBookingCode(storage::Database& db, const CodeSource& codes = {});

// Refusals: err.no_session (also for a deleted activity), err.no_person, err.not_for_you, err.session_cancelled, err.session_past,
// err.already_booked, err.age_unknown, err.age_range, err.guardian_needed,
// err.homework_one_seat, err.session_full (with {left}), err.seats_range.
// Reads only what it decides on (seats taken, the person's own live booking, tutors in use),
// never the whole session, and writes only the booking: the booking itself is the record of
// contact the retention purge reads, so the person's row is left alone.
Result<BookOutcome> Book(storage::Database& db, const Id& site_id, const BookRequest& req,
                         const CodeSource& codes = {});
// Book's checks and write for kiosk services inside their own transaction (a refusal leaves the
// caller to roll back whatever else it wrote). Storage errors throw.
Result<BookOutcome> BookInside(storage::Database& db, const Id& site_id, const BookRequest& req,
                               const CodeSource& codes = {});

struct CancelOutcome {
    Booking cancelled;
    std::vector<Booking> promoted;  // moved from the waitlist to confirmed, to be told
};
Result<CancelOutcome> CancelBooking(storage::Database& db, const Id& booking_id);
// A resident's own cancellation: only a booking of `person_id` or of a child they are guardian
// of; any other is refused (err.not_your_booking) and left untouched.
Result<CancelOutcome> CancelOwnBooking(storage::Database& db, const Id& person_id, const Id& booking_id);

// Marks a confirmed booking attended (present) or no-show; can be changed back.
Status MarkAttendance(storage::Database& db, const Id& booking_id, bool present);

// A person's bookings with what a screen needs to show them.
struct BookingView {
    Booking booking;
    Session session;
    Activity activity;
    int waitlist_position = 0;
};
// Live bookings, and those the hub cancelled with their session (Booking::hub_note) so the
// resident is told.
Result<std::vector<BookingView>> UpcomingBookingsOf(storage::Database& db, const Id& person_id);

// A session's roster for attendance and sign-in sheets: live bookings in FIFO order.
struct RosterLine {
    Booking booking;
    Person person;
    int waitlist_position = 0;
};
Result<std::vector<RosterLine>> Roster(storage::Database& db, const Id& session_id);

// For kiosk services inside their transaction: confirms waitlisted bookings, first come first
// served (created_hlc, id), while their seats fit (homework help: while a tutor is free).
// Returns the promoted bookings, to be told.
std::vector<Booking> PromoteFromWaitlist(storage::Database& db, const Activity& a, const Session& s);

}  // namespace palier
