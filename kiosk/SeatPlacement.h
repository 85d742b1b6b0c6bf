#pragma once
// Seats across kiosks with the database (rules in SeatRules.h): what this database may give in a
// session, and the hub's settlement of a session after kiosks synced.
#include <string>
#include <vector>

#include "storage/Database.h"
#include "storage/SeatRole.h"

namespace palier {

// The session starts within kAllotmentCutoffHours (plus `margin_hours`) of the clock's now.
bool AllotmentCutoffPassed(const Session& s, const Clock& clock, int margin_hours = 0);

struct SeatTally;
SeatTally TallySeats(storage::Database& db, const Id& session_id);

struct SeatGrant {
    int left = 0;  // seats this database may confirm now
    Id holder;     // where a seat it confirms lives (Booking::seat_holder)
    // Beyond `left`, a booking waits for the hub (pending) instead of being refused or
    // waitlisted, while the session still has this many seats as far as this kiosk knows.
    int pending_room = 0;
};
SeatGrant SeatsToGive(storage::Database& db, const Activity& a, const Session& s);

// One automatic decision of the hub, kept as an anomaly with its reason.
struct SeatDecision {
    std::string kind;  // "waitlisted", "merged", "cancelled"
    Id booking_id;
    std::string reason;
};
// The hub, inside its transaction, after entries about a session to come arrived (one that has
// started is history, left as it is): live bookings of a
// cancelled session are cancelled; a person's later live booking beside an earlier one is
// cancelled; pending bookings are placed first come first served (created_hlc, then id) from
// the pool, confirmed or waitlisted; then the waitlist moves up into the pool.
std::vector<SeatDecision> SettleSession(storage::Database& db, const Id& session_id);

// A device and the site it records for, as the hub knows them.
struct DeviceSite {
    Id device;
    Id site_id;
};
// The hub, inside its transaction: each device recording for a bus that has no allotment yet in
// a session to come held at one of that bus's stops (or on the bus itself), within `horizon_days`
// and before the cut-off, gets BusShareSeats(capacity, percent) of it, as far as free seats go.
// A coordinator's allotment is never lowered (one already there, even of 0, is left as it is).
// Returns the allotments written.
std::vector<Allotment> GiveBusShares(storage::Database& db, const std::vector<DeviceSite>& devices, int percent,
                                     int horizon_days = 28);

// A kiosk after applying what it pulled: a seat of its own allotment that is free (a booking it
// held was cancelled elsewhere, a waitlist it just learnt of) goes to the waitlist, first come
// first served. Inside the caller's transaction; returns the bookings promoted, to be told.
std::vector<Booking> FillOwnAllotments(storage::Database& db);

}  // namespace palier
