#pragma once
// Pure booking rules, shared by the kiosk and the hub: no database, no clock.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/Dates.h"
#include "storage/Records.h"

namespace palier {

// A booking that holds or waits for a place (not cancelled).
bool IsLive(BookingStatus s);
// A booking whose seats count against capacity.
bool HoldsSeats(BookingStatus s);

// A session that has started (or is over) takes no more bookings. `now_stamp` is the site's
// civil "YYYY-MM-DDTHH:MM" (NowStamp), like session starts.
inline bool HasStarted(const Session& s, const std::string& now_stamp) { return s.start <= now_stamp; }
// A session that is over: the programme folds it away behind what is still to come.
inline bool HasEnded(const Session& s, const std::string& now_stamp) { return s.end <= now_stamp; }

int EffectiveCapacity(const Activity& a, const Session& s);
int SeatsTaken(const std::vector<Booking>& bookings);
int SeatsLeft(const Activity& a, const Session& s, const std::vector<Booking>& bookings);

// 1-based position of `booking_id` among the waitlisted bookings (FIFO by created_hlc, id);
// 0 when it is not waitlisted.
int WaitlistPosition(const std::vector<Booking>& bookings, const Id& booking_id);
// The first waitlisted booking (FIFO) whose seats fit in `seats_left`, if any.
std::optional<size_t> NextToPromote(const std::vector<Booking>& bookings, int seats_left);
// Homework help: the first tutor of the activity who has no live pupil in this session.
std::optional<std::string> FreeTutor(const Activity& a, const std::vector<Booking>& bookings);
// The same, given the tutors already holding a pupil.
std::optional<std::string> FirstFreeTutor(const Activity& a, const std::vector<std::string>& in_use);

// The age of majority: a younger person is booked through a guardian where the activity asks.
constexpr int kAdultAge = 18;

// An activity meant for children (a guardian needed, or an age range ending before 18): a
// parent booking it is booking for a child, not for themselves.
inline bool IsForChildren(const Activity& a) { return a.needs_guardian || (a.age_max > 0 && a.age_max < kAdultAge); }

// Homework help seats one pupil a booking (a tutor each); other activities as many as asked.
inline bool OneSeatABooking(const Activity& a) { return a.kind == ActivityKind::HomeworkHelp; }
inline int SeatsBooked(const Activity& a, int asked) { return OneSeatABooking(a) ? 1 : asked; }
// An activity with an age range checks the age: the person's birth year is needed to book it.
inline bool HasAgeRange(const Activity& a) { return a.age_min > 0 || a.age_max > 0; }

// The age reached during the year of `on` (a session's day, a sheet's date): only the birth year
// is known, so everyone born that year counts as having had their birthday. -1 when the year is
// unknown.
int AgeIn(int birth_year, Date on);

}  // namespace palier
