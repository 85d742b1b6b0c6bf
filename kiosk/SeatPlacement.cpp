#include "SeatPlacement.h"

#include <map>

#include "Booking.h"
#include "BookingRules.h"
#include "Dates.h"
#include "SeatRules.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"

namespace palier {

using storage::Database;

bool AllotmentCutoffPassed(const Session& s, const Clock& clock, int margin_hours) {
    const int64_t ahead = clock.NowMs() + int64_t{kAllotmentCutoffHours + margin_hours} * 3600 * 1000;
    return s.start <= NowStamp(Clock{[ahead] { return ahead; }});
}

SeatTally TallySeats(Database& db, const Id& session_id) {
    const auto counts = storage::CountSeats(db, session_id);
    return {counts.confirmed, counts.pending, storage::SeatsByHolder(db, session_id)};
}

SeatGrant SeatsToGive(Database& db, const Activity& a, const Session& s) {
    const auto role = storage::LoadSeatRole(db);
    // A kiosk stops giving its allotment an hour before the hub takes it back, so a kiosk clock
    // a little behind the hub's never gives a seat the pool has just given too.
    const bool cutoff = AllotmentCutoffPassed(s, db.clock(), role == storage::SeatRole::Kiosk ? 1 : 0);
    // A kiosk alone reads no more than the counts.
    const auto counts = storage::CountSeats(db, s.id);
    SeatTally tally{counts.confirmed, counts.pending, {}};
    std::vector<Allotment> allotments;
    if (role != storage::SeatRole::Alone) {
        tally = TallySeats(db, s.id);
        allotments = storage::AllotmentsOfSession(db, s.id);
    }
    const SeatShare share = ShareOf(EffectiveCapacity(a, s), tally, allotments, db.device_id(), cutoff);
    switch (role) {
        case storage::SeatRole::Alone: return {AloneSeatsLeft(share), "", 0};
        case storage::SeatRole::Hub: return {PoolSeatsLeft(share), kPoolHolder, 0};
        case storage::SeatRole::Kiosk: break;
    }
    return {OwnSeatsLeft(share, cutoff), db.device_id(),
            std::max(0, share.capacity - share.confirmed - share.pending)};
}

std::vector<SeatDecision> SettleSession(Database& db, const Id& session_id) {
    std::vector<SeatDecision> out;
    const auto session = storage::LoadSession(db, session_id);
    // A session that has started is history: what arrives about it late is kept as it came.
    if (!session || HasStarted(*session, NowStamp(db.clock()))) return out;
    const auto activity = storage::LoadActivity(db, session->activity_id);
    auto bookings = storage::BookingsOfSession(db, session_id);  // FIFO order
    const bool closed = session->cancelled || session->deleted || !activity || activity->deleted;

    // The booking a person keeps: the first that holds a seat, else their first one.
    std::map<Id, Id> keeper;
    for (const auto& b : bookings)
        if (IsLive(b.status) && !b.person_id.empty() && HoldsSeats(b.status)) keeper.try_emplace(b.person_id, b.id);
    for (const auto& b : bookings)
        if (IsLive(b.status) && !b.person_id.empty()) keeper.try_emplace(b.person_id, b.id);
    for (auto& b : bookings) {
        if (!IsLive(b.status)) continue;
        std::string why;
        if (closed) why = "cancelled";
        else if (!b.person_id.empty() && keeper.at(b.person_id) != b.id) why = "merged";
        if (why.empty()) continue;
        const bool was_pending_or_confirmed = b.status != BookingStatus::Waitlisted;
        b.status = BookingStatus::Cancelled;
        b.hub_note = why == "merged" ? "merged" : "session_cancelled";
        storage::SaveBooking(db, b);
        out.push_back({why, b.id,
                       why == "merged" ? "the same person already had a booking for this session"
                                       : (was_pending_or_confirmed ? "the session was cancelled"
                                                                   : "the session was cancelled (waitlisted)")});
    }
    if (closed) return out;

    std::vector<std::string> tutors_in_use = storage::TutorsInUse(db, session_id);
    for (auto& b : bookings) {
        if (b.status != BookingStatus::Pending) continue;
        const SeatGrant grant = SeatsToGive(db, *activity, *session);
        std::optional<std::string> tutor;
        if (activity->kind == ActivityKind::HomeworkHelp) tutor = FirstFreeTutor(*activity, tutors_in_use);
        if (grant.left >= b.seats && (activity->kind != ActivityKind::HomeworkHelp || tutor)) {
            b.status = BookingStatus::Confirmed;
            b.seat_holder = grant.holder;
            if (tutor) {
                b.tutor = *tutor;
                tutors_in_use.push_back(*tutor);
            }
        } else {
            b.status = BookingStatus::Waitlisted;
            b.hub_note = "waitlisted";
            out.push_back({"waitlisted", b.id, "no seat left in the hub's pool when this pending booking arrived"});
        }
        storage::SaveBooking(db, b);
    }
    PromoteFromWaitlist(db, *activity, *session);
    return out;
}

std::vector<Booking> FillOwnAllotments(Database& db) {
    std::vector<Booking> promoted;
    if (storage::LoadSeatRole(db) != storage::SeatRole::Kiosk) return promoted;
    for (const auto& id : storage::SessionsWithBookingsIn(db, BookingStatus::Waitlisted, NowStamp(db.clock()))) {
        const auto session = storage::LoadSession(db, id);
        const auto activity = session ? storage::LoadActivity(db, session->activity_id) : std::nullopt;
        if (!session || !activity || session->cancelled || session->deleted || activity->deleted) continue;
        if (HasStarted(*session, NowStamp(db.clock()))) continue;
        for (auto& b : PromoteFromWaitlist(db, *activity, *session)) promoted.push_back(std::move(b));
    }
    return promoted;
}

}  // namespace palier
