#pragma once
// Bookings. Callers hold the write transaction.
#include <map>
#include <optional>
#include <vector>

#include "Database.h"

namespace palier::storage {

void SaveBooking(Database& db, Booking& booking);  // stamps created_hlc on first save
std::optional<Booking> LoadBooking(Database& db, const Id& id);
// Every booking of a session, in waitlist (FIFO) order: created_hlc, then id.
std::vector<Booking> BookingsOfSession(Database& db, const Id& session_id);
std::vector<Booking> BookingsOfPerson(Database& db, const Id& person_id);
std::optional<Booking> FindBookingByCode(Database& db, const std::string& code);

// Seats held per status for a list of sessions at once (the catalogue screen).
struct SeatCounts {
    int confirmed = 0;   // confirmed + attended + no-show: seats already given
    int waitlisted = 0;  // bookings on the waitlist
    int pending = 0;
};
SeatCounts CountSeats(Database& db, const Id& session_id);

// What a booking needs to decide, without reading the whole session:
// the person's live (not cancelled) booking in the session, if any;
std::optional<Booking> LiveBookingOf(Database& db, const Id& session_id, const Id& person_id);
// how many live (not cancelled) bookings the session has;
int CountLiveBookings(Database& db, const Id& session_id);
// the tutors holding a seat in the session (homework help);
std::vector<std::string> TutorsInUse(Database& db, const Id& session_id);
// the waitlisted bookings of the session, FIFO (created_hlc, id).
std::vector<Booking> WaitlistOf(Database& db, const Id& session_id);
// Whether any booking, live or not, already carries `code`. New codes avoid every code ever
// given, so a code read out from an old slip never names someone else's booking, and replicas
// settle a clash the same way whatever the bookings' statuses (see SettleCodeClash).
bool CodeInUse(Database& db, const std::string& code);
// Another booking than `id` that carries `code`, if any.
std::optional<Booking> BookingWithCodeOtherThan(Database& db, const std::string& code, const Id& id);
// Changes a booking's code where it is stored, without a journal entry or a stamp: for a change
// every replica makes by itself from the same records (SettleCodeClash).
void RenameBookingCode(Database& db, const Id& id, const std::string& code);
// The person's live bookings in sessions starting at or after `from` (YYYY-MM-DDTHH:MM).
std::vector<Booking> LiveBookingsOfPersonFrom(Database& db, const Id& person_id, const std::string& from);

// Confirmed seats of a session by seat holder (Booking::seat_holder), one aggregate query.
std::map<Id, int> SeatsByHolder(Database& db, const Id& session_id);

// Seat allotments (escrow): one per (session, device), its id derived from the pair.
void SaveAllotment(Database& db, Allotment& a);
std::vector<Allotment> AllotmentsOfSession(Database& db, const Id& session_id);
// Sessions starting at or after `from` with a booking of `status` (the waitlist to move up).
std::vector<Id> SessionsWithBookingsIn(Database& db, BookingStatus status, const std::string& from);

}  // namespace palier::storage
