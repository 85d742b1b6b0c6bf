#include "BookingRules.h"

#include <algorithm>

namespace palier {

bool IsLive(BookingStatus s) { return s != BookingStatus::Cancelled; }

bool HoldsSeats(BookingStatus s) {
    // A no-show still held the seat: it was given, and the sheet keeps the row.
    return s == BookingStatus::Confirmed || s == BookingStatus::Attended || s == BookingStatus::NoShow;
}

int EffectiveCapacity(const Activity& a, const Session& s) {
    if (s.capacity_override >= 0) return s.capacity_override;
    if (a.kind == ActivityKind::HomeworkHelp) return static_cast<int>(a.tutors.size());
    return a.capacity;
}

int SeatsTaken(const std::vector<Booking>& bookings) {
    int n = 0;
    for (const auto& b : bookings)
        if (HoldsSeats(b.status)) n += b.seats;
    return n;
}

int SeatsLeft(const Activity& a, const Session& s, const std::vector<Booking>& bookings) {
    return std::max(0, EffectiveCapacity(a, s) - SeatsTaken(bookings));
}

static bool FifoLess(const Booking* x, const Booking* y) {
    return x->created_hlc != y->created_hlc ? x->created_hlc < y->created_hlc : x->id < y->id;
}

static std::vector<const Booking*> Waitlist(const std::vector<Booking>& bookings) {
    std::vector<const Booking*> w;
    for (const auto& b : bookings)
        if (b.status == BookingStatus::Waitlisted) w.push_back(&b);
    std::sort(w.begin(), w.end(), FifoLess);
    return w;
}

int WaitlistPosition(const std::vector<Booking>& bookings, const Id& booking_id) {
    const auto w = Waitlist(bookings);
    for (size_t i = 0; i < w.size(); ++i)
        if (w[i]->id == booking_id) return static_cast<int>(i) + 1;
    return 0;
}

std::optional<size_t> NextToPromote(const std::vector<Booking>& bookings, int seats_left) {
    for (const Booking* b : Waitlist(bookings))
        if (b->seats <= seats_left) return static_cast<size_t>(b - bookings.data());
    return std::nullopt;
}

std::optional<std::string> FreeTutor(const Activity& a, const std::vector<Booking>& bookings) {
    for (const auto& tutor : a.tutors) {
        const bool busy = std::any_of(bookings.begin(), bookings.end(), [&](const Booking& b) {
            return HoldsSeats(b.status) && b.tutor == tutor;
        });
        if (!busy) return tutor;
    }
    return std::nullopt;
}

std::optional<std::string> FirstFreeTutor(const Activity& a, const std::vector<std::string>& in_use) {
    for (const auto& tutor : a.tutors)
        if (std::find(in_use.begin(), in_use.end(), tutor) == in_use.end()) return tutor;
    return std::nullopt;
}

int AgeIn(int birth_year, Date on) { return birth_year > 0 ? YearOf(on) - birth_year : -1; }

}  // namespace palier
