#include "SeatPlacement.h"

#include <algorithm>
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

std::vector<Allotment> GiveBusShares(Database& db, const std::vector<DeviceSite>& devices, int percent,
                                     int horizon_days) {
    std::vector<Allotment> given;
    if (percent <= 0) return given;
    // The bus each site belongs to ("" for none): a stop belongs to its bus, a bus to itself.
    std::map<Id, Id> bus_of;
    auto bus = [&](const Id& site_id) -> const Id& {
        auto [it, fresh] = bus_of.try_emplace(site_id);
        if (fresh && !site_id.empty())
            if (const auto site = storage::LoadSite(db, site_id); site && !site->deleted) {
                if (site->kind == SiteKind::Bus) it->second = site->id;
                else if (site->kind == SiteKind::Stop) it->second = site->parent_id;
            }
        return it->second;
    };
    std::map<Id, std::vector<Id>> kiosks_of_bus;
    for (const auto& d : devices)
        if (const Id& b = bus(d.site_id); !b.empty()) kiosks_of_bus[b].push_back(d.device);
    if (kiosks_of_bus.empty()) return given;

    const Date today = Today(db.clock());
    for (const auto& s : storage::SessionsBetween(db, NowStamp(db.clock()), FormatDate(AddDays(today, horizon_days + 1)))) {
        if (s.cancelled || s.deleted || AllotmentCutoffPassed(s, db.clock())) continue;
        const auto it = kiosks_of_bus.find(bus(s.stop_id.empty() ? s.site_id : s.stop_id));
        if (it == kiosks_of_bus.end()) continue;
        const auto activity = storage::LoadActivity(db, s.activity_id);
        if (!activity || activity->deleted) continue;
        const int capacity = EffectiveCapacity(*activity, s);
        for (const Id& device : it->second) {
            auto allotments = storage::AllotmentsOfSession(db, s.id);
            if (std::any_of(allotments.begin(), allotments.end(), [&](const Allotment& a) { return a.device_id == device; }))
                continue;
            const int seats = std::min(BusShareSeats(capacity, percent),
                                       MostAllottable(capacity, TallySeats(db, s.id), allotments, device));
            if (seats <= 0) continue;
            Allotment a;
            a.session_id = s.id;
            a.device_id = device;
            a.seats = seats;
            storage::SaveAllotment(db, a);
            given.push_back(a);
        }
    }
    return given;
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
