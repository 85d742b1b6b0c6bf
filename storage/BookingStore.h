#pragma once
// Bookings. Callers hold the write transaction.
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

}  // namespace palier::storage
