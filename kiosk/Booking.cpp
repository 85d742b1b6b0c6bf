#include "Booking.h"

#include <algorithm>
#include <stdexcept>

#include "BookingRules.h"
#include "Dates.h"
#include "SeatPlacement.h"
#include "ServiceEdge.h"
#include "Validate.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"
#include "storage/Uuid.h"

namespace palier {

using storage::Database;

std::vector<Booking> PromoteFromWaitlist(Database& db, const Activity& a, const Session& s) {
    std::vector<Booking> promoted;
    // Only where the seat lives: a kiosk alone, its own allotment, or the hub's pool.
    const SeatGrant grant = SeatsToGive(db, a, s);
    int left = grant.left;
    auto tutors_in_use = storage::TutorsInUse(db, s.id);
    // Seats left only shrink, so one FIFO pass confirms exactly "the first that fits, again".
    for (auto& b : storage::WaitlistOf(db, s.id)) {
        if (left <= 0) break;
        if (b.seats > left) continue;
        if (a.kind == ActivityKind::HomeworkHelp) {
            const auto tutor = FirstFreeTutor(a, tutors_in_use);
            if (!tutor) break;
            b.tutor = *tutor;
            tutors_in_use.push_back(*tutor);
        }
        b.status = BookingStatus::Confirmed;
        b.seat_holder = grant.holder;
        storage::SaveBooking(db, b);
        left -= b.seats;
        promoted.push_back(b);
    }
    return promoted;
}

std::string NewBookingCode(Database& db, const CodeSource& codes) {
    constexpr int kShortTries = 8, kLongTries = 32;
    for (int attempt = 0; attempt < kShortTries + kLongTries; ++attempt) {
        std::string code = attempt >= kShortTries ? NewShortCode(6) : codes ? codes() : NewShortCode();
        if (!code.empty() && !storage::CodeInUse(db, code)) return code;
    }
    throw std::runtime_error("no free booking code");
}

Result<BookOutcome> Book(Database& db, const Id& site_id, const BookRequest& req, const CodeSource& codes) {
    if (auto st = CheckSeats(req.seats, "field.seats"); !st) return st.problem();
    return Guard("Book", [&]() -> Result<BookOutcome> {
        storage::Transaction tx(db.sql());
        auto out = BookInside(db, site_id, req, codes);
        if (out) tx.commit();
        return out;
    });
}

bool ActsFor(Database& db, const Id& person_id, const Id& holder) {
    if (person_id.empty()) return false;
    if (holder == person_id) return true;
    auto h = storage::LoadPerson(db, holder);
    return h && !h->deleted && h->guardian_id == person_id;
}

Result<BookOutcome> BookInside(Database& db, const Id& site_id, const BookRequest& req, const CodeSource& codes) {
    if (auto st = CheckSeats(req.seats, "field.seats"); !st) return st.problem();
    auto session = storage::LoadSession(db, req.session_id);
    if (!session || session->deleted) return MakeProblem("err.no_session");
    auto activity = storage::LoadActivity(db, session->activity_id);
    if (!activity || activity->deleted) return MakeProblem("err.no_session");
    if (session->cancelled) return MakeProblem("err.session_cancelled");
    if (HasStarted(*session, NowStamp(db.clock()))) return MakeProblem("err.session_past");
    auto person = storage::LoadPerson(db, req.person_id);
    if (!person || person->erased || person->deleted) return MakeProblem("err.no_person");
    if (!req.booked_by.empty() && !ActsFor(db, req.booked_by, person->id)) return MakeProblem("err.not_for_you");

    if (storage::LiveBookingOf(db, session->id, person->id)) return MakeProblem("err.already_booked");

    const int age = AgeIn(person->birth_year, *ParseDate(DatePart(session->start)));
    if (HasAgeRange(*activity)) {
        if (age < 0) return MakeProblem("err.age_unknown");
        if ((activity->age_min > 0 && age < activity->age_min) ||
            (activity->age_max > 0 && age > activity->age_max))
            return MakeProblem("err.age_range", {}, {{"min", std::to_string(activity->age_min)},
                                                     {"max", std::to_string(activity->age_max)}});
    }
    // Without a year an adult cannot be told from a child: the year is asked rather than the
    // adult refused (nobody without a guardian is booked before it is known).
    if (activity->needs_guardian && person->guardian_id.empty()) {
        if (age < 0) return MakeProblem("err.age_unknown");
        if (age < kAdultAge) return MakeProblem("err.guardian_needed");
    }
    if (OneSeatABooking(*activity) && req.seats != 1) return MakeProblem("err.homework_one_seat");

    Booking b;
    b.site_id = site_id;
    b.session_id = session->id;
    b.person_id = person->id;
    b.seats = req.seats;
    b.source = req.source;
    b.code = NewBookingCode(db, codes);
    b.created_at = NowInstant(db.clock());
    const auto counts = storage::CountSeats(db, session->id);
    const SeatGrant grant = SeatsToGive(db, *activity, *session);
    const int left = grant.left;
    std::optional<std::string> tutor;
    if (activity->kind == ActivityKind::HomeworkHelp)
        tutor = FirstFreeTutor(*activity, storage::TutorsInUse(db, session->id));
    // Promotion keeps "no waitlisted booking fits" true after every write, so a newcomer
    // who fits takes nobody's place.
    const bool fits = left >= req.seats && (activity->kind != ActivityKind::HomeworkHelp || tutor);
    if (fits) {
        b.status = BookingStatus::Confirmed;
        b.seat_holder = grant.holder;
        if (tutor) b.tutor = *tutor;
    } else if (grant.pending_room >= req.seats) {
        // Beyond this kiosk's allotment, while the session may still have room: the hub decides
        // at the next sync (immediately when it is reachable).
        b.status = BookingStatus::Pending;
    } else if (req.join_waitlist) {
        b.status = BookingStatus::Waitlisted;
    } else {
        return MakeProblem("err.session_full", {}, {{"left", std::to_string(left)}});
    }
    storage::SaveBooking(db, b);
    // The newest booking is last in FIFO order: its place is the length of the waitlist.
    const int position = b.status == BookingStatus::Waitlisted ? counts.waitlisted + 1 : 0;
    return BookOutcome{b, position};
}


namespace {


// owner empty: anyone (the front desk); else the booking must be theirs, checked in the same
// transaction as the write so nothing can swap the booking in between.
Result<CancelOutcome> CancelFor(Database& db, const Id& booking_id, const Id* owner) {
    return Guard("CancelBooking", [&]() -> Result<CancelOutcome> {
        storage::Transaction tx(db.sql());
        auto booking = storage::LoadBooking(db, booking_id);
        if (!booking || booking->deleted) return MakeProblem("err.no_booking");
        if (owner && !ActsFor(db, *owner, booking->person_id)) return MakeProblem("err.not_your_booking");
        if (booking->status == BookingStatus::Cancelled) return MakeProblem("err.already_cancelled");
        if (booking->status == BookingStatus::Attended || booking->status == BookingStatus::NoShow)
            return MakeProblem("err.booking_done");
        auto session = storage::LoadSession(db, booking->session_id);
        auto activity = session ? storage::LoadActivity(db, session->activity_id) : std::nullopt;
        if (!session || !activity) return MakeProblem("err.no_session");

        const bool freed_seats = HoldsSeats(booking->status);
        booking->status = BookingStatus::Cancelled;
        booking->tutor.clear();
        storage::SaveBooking(db, *booking);
        CancelOutcome out{*booking, {}};
        if (freed_seats && !session->cancelled) out.promoted = PromoteFromWaitlist(db, *activity, *session);
        tx.commit();
        return out;
    });
}

}  // namespace

Result<CancelOutcome> CancelBooking(Database& db, const Id& booking_id) { return CancelFor(db, booking_id, nullptr); }

Result<CancelOutcome> CancelOwnBooking(Database& db, const Id& person_id, const Id& booking_id) {
    return CancelFor(db, booking_id, &person_id);
}

Status MarkAttendance(Database& db, const Id& booking_id, bool present) {
    return Guard("MarkAttendance", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto booking = storage::LoadBooking(db, booking_id);
        if (!booking || booking->deleted) return MakeProblem("err.no_booking");
        if (!HoldsSeats(booking->status)) return MakeProblem("err.not_confirmed");
        booking->status = present ? BookingStatus::Attended : BookingStatus::NoShow;
        storage::SaveBooking(db, *booking);
        tx.commit();
        return Ok();
    });
}

Result<BookOutcome> BookingNow(Database& db, const Id& booking_id) {
    return Guard("BookingNow", [&]() -> Result<BookOutcome> {
        auto b = storage::LoadBooking(db, booking_id);
        if (!b || b->deleted) return MakeProblem("err.no_booking");
        const int pos = b->status == BookingStatus::Waitlisted
                            ? WaitlistPosition(storage::BookingsOfSession(db, b->session_id), b->id)
                            : 0;
        return BookOutcome{*b, pos};
    });
}

Result<std::vector<BookingView>> UpcomingBookingsOf(Database& db, const Id& person_id) {
    return Guard("UpcomingBookingsOf", [&]() -> Result<std::vector<BookingView>> {
        std::vector<BookingView> out;
        const std::string today = FormatDate(Today(db.clock()));
        for (auto& b : storage::BookingsOfPerson(db, person_id)) {
            // A session cancelled while this kiosk was offline: the resident learns it here.
            const bool cancelled_by_hub = b.status == BookingStatus::Cancelled && b.hub_note == "session_cancelled";
            if (!IsLive(b.status) && !cancelled_by_hub) continue;
            auto s = storage::LoadSession(db, b.session_id);
            if (!s || s->start < today) continue;
            auto a = storage::LoadActivity(db, s->activity_id);
            if (!a) continue;
            const int pos = b.status == BookingStatus::Waitlisted
                                ? WaitlistPosition(storage::BookingsOfSession(db, s->id), b.id)
                                : 0;
            out.push_back({b, *s, *a, pos});
        }
        std::sort(out.begin(), out.end(),
                  [](const BookingView& x, const BookingView& y) { return x.session.start < y.session.start; });
        return out;
    });
}

Result<std::vector<RosterLine>> Roster(Database& db, const Id& session_id) {
    return Guard("Roster", [&]() -> Result<std::vector<RosterLine>> {
        std::vector<RosterLine> out;
        const auto bookings = storage::BookingsOfSession(db, session_id);
        for (const auto& b : bookings) {
            if (!IsLive(b.status)) continue;
            RosterLine line{b, {}, WaitlistPosition(bookings, b.id)};
            if (!b.person_id.empty())
                if (auto p = storage::LoadPerson(db, b.person_id)) line.person = *p;
            out.push_back(std::move(line));
        }
        // Seated people first (FIFO), then the waitlist in its order.
        std::stable_sort(out.begin(), out.end(), [](const RosterLine& x, const RosterLine& y) {
            return (x.waitlist_position > 0) < (y.waitlist_position > 0);
        });
        return out;
    });
}

}  // namespace palier
