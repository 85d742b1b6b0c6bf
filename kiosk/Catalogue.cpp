#include "Catalogue.h"

#include <algorithm>
#include <map>
#include <set>

#include "Booking.h"
#include "BookingRules.h"
#include "ServiceEdge.h"
#include "SyncMerge.h"
#include "Validate.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"

namespace palier {

using storage::Database;

std::vector<Date> ExpandRecurrence(const Recurrence& rule) {
    std::vector<Date> out;
    const auto from = ParseDate(rule.from), to = ParseDate(rule.to);
    if (rule.weekday < 1 || rule.weekday > 7 || !from || !to) return out;
    const std::set<std::string> skipped(rule.skipped.begin(), rule.skipped.end());
    Date d = AddDays(*from, (rule.weekday - Weekday(*from) + 7) % 7);
    for (; d <= *to; d = AddDays(d, 7))
        if (!skipped.count(FormatDate(d))) out.push_back(d);
    return out;
}

namespace {
constexpr int kMaxCapacity = 500;
constexpr int kMaxRuleDays = 366;

Status ValidateActivity(Activity& a) {
    auto title = CleanText(a.title, "field.title", kMaxNameChars, true);
    if (!title) return title.problem();
    a.title = *title;
    auto desc = CleanNote(a.description, "field.description", kMaxNoteChars);
    if (!desc) return desc.problem();
    a.description = *desc;
    auto place = CleanText(a.place, "field.place", kMaxNameChars, false);
    if (!place) return place.problem();
    a.place = *place;
    auto fac = CleanText(a.facilitator, "field.facilitator", kMaxNameChars, false);
    if (!fac) return fac.problem();
    a.facilitator = *fac;
    for (auto& t : a.tutors) {
        auto tutor = CleanText(t, "field.tutors", kMaxNameChars, true);
        if (!tutor) return tutor.problem();
        t = *tutor;
    }
    if (a.kind == ActivityKind::HomeworkHelp) {
        if (a.tutors.empty()) return MakeProblem("err.no_tutors", "field.tutors");
        a.capacity = static_cast<int>(a.tutors.size());
    }
    if (a.capacity < 1 || a.capacity > kMaxCapacity)
        return MakeProblem("err.capacity_range", "field.capacity", {{"max", std::to_string(kMaxCapacity)}});
    if (a.price_cents < 0) return MakeProblem("err.negative", "field.price");
    if (a.age_min < 0 || a.age_max < 0 || a.age_min > 120 || a.age_max > 120)
        return MakeProblem("err.age_bounds", "field.age");
    if (a.age_max > 0 && a.age_min > a.age_max) return MakeProblem("err.age_order", "field.age");

    Recurrence& r = a.rule;
    if (r.weekday == 0) return Ok();  // one-off sessions are added by hand
    if (r.weekday < 1 || r.weekday > 7) return MakeProblem("err.weekday", "field.weekday");
    if (auto st = CheckTime(r.start_time, "field.start_time"); !st) return st;
    if (auto st = CheckTime(r.end_time, "field.end_time"); !st) return st;
    if (r.end_time <= r.start_time) return MakeProblem("err.end_before_start", "field.end_time");
    auto from = CheckDate(r.from, "field.from");
    if (!from) return from.problem();
    auto to = CheckDate(r.to, "field.to");
    if (!to) return to.problem();
    if (*to < *from) return MakeProblem("err.to_before_from", "field.to");
    if ((*to - *from).count() > kMaxRuleDays)
        return MakeProblem("err.rule_too_long", "field.to", {{"max", std::to_string(kMaxRuleDays)}});
    for (const auto& d : r.skipped)
        if (!ParseDate(d)) return MakeProblem("err.bad_date", "field.skipped");
    return Ok();
}

SessionView MakeView(Database& db, const Session& s, const Activity& a,
                     std::map<Id, std::string>& stop_places) {
    const auto bookings = storage::BookingsOfSession(db, s.id);
    SessionView v;
    v.session = s;
    v.activity = a;
    v.capacity = EffectiveCapacity(a, s);
    v.seats_taken = SeatsTaken(bookings);
    v.seats_left = SeatsLeft(a, s, bookings);
    v.waitlisted = static_cast<int>(std::count_if(bookings.begin(), bookings.end(), [](const Booking& b) {
        return b.status == BookingStatus::Waitlisted;
    }));
    const Id stop = !s.stop_id.empty() ? s.stop_id : a.stop_id;
    if (!s.place.empty()) v.place = s.place;
    else if (!stop.empty()) {
        if (!stop_places.count(stop)) {
            auto site = storage::LoadSite(db, stop);
            stop_places[stop] = site ? site->name + (site->place.empty() ? "" : " — " + site->place) : "";
        }
        v.place = stop_places[stop];
    } else v.place = a.place;
    return v;
}
}  // namespace

Result<Id> SaveActivityAndSessions(Database& db, Activity a) {
    if (auto st = ValidateActivity(a); !st) return st.problem();
    return Guard("SaveActivityAndSessions", [&]() -> Result<Id> {
        storage::Transaction tx(db.sql());
        storage::SaveActivity(db, a);
        std::map<std::string, Session> existing;  // by start
        for (auto& s : storage::SessionsOfActivity(db, a.id)) existing[s.start] = s;
        const std::string now = NowStamp(db.clock());
        std::set<std::string> wanted;
        for (Date d : ExpandRecurrence(a.rule)) {
            const std::string start = FormatDate(d) + "T" + a.rule.start_time;
            wanted.insert(start);
            if (existing.count(start)) continue;
            Session s;
            s.id = SessionIdFor(a.id, start);
            s.site_id = a.site_id;
            s.activity_id = a.id;
            s.start = start;
            s.end = FormatDate(d) + "T" + a.rule.end_time;
            s.stop_id = a.stop_id;
            storage::SaveSession(db, s);
        }
        for (auto& [start, s] : existing) {
            if (wanted.count(start) || start < now || a.rule.weekday == 0) continue;
            const auto bookings = storage::BookingsOfSession(db, s.id);
            const bool has_live = std::any_of(bookings.begin(), bookings.end(),
                                              [](const Booking& b) { return IsLive(b.status); });
            if (has_live) continue;  // people are booked: staff cancel it explicitly
            s.deleted = true;
            storage::SaveSession(db, s);
        }
        tx.commit();
        return a.id;
    });
}

Result<std::vector<SessionView>> WeekProgramme(Database& db, Date monday) {
    return Guard("WeekProgramme", [&]() -> Result<std::vector<SessionView>> {
        std::vector<SessionView> out;
        std::map<Id, Activity> activities;
        std::map<Id, std::string> stops;
        for (auto& s : storage::SessionsBetween(db, FormatDate(monday), FormatDate(AddDays(monday, 7)))) {
            if (!activities.count(s.activity_id)) {
                auto a = storage::LoadActivity(db, s.activity_id);
                if (!a) continue;
                activities[s.activity_id] = *a;
            }
            const Activity& a = activities[s.activity_id];
            if (a.deleted) continue;
            out.push_back(MakeView(db, s, a, stops));
        }
        return out;
    });
}

Result<SessionView> ViewSession(Database& db, const Id& session_id) {
    return Guard("ViewSession", [&]() -> Result<SessionView> {
        auto s = storage::LoadSession(db, session_id);
        if (!s || s->deleted) return MakeProblem("err.no_session");
        auto a = storage::LoadActivity(db, s->activity_id);
        if (!a) return MakeProblem("err.no_session");
        std::map<Id, std::string> stops;
        return MakeView(db, *s, *a, stops);
    });
}

Result<std::vector<ToTell>> CancelSession(Database& db, const Id& session_id) {
    return Guard("CancelSession", [&]() -> Result<std::vector<ToTell>> {
        storage::Transaction tx(db.sql());
        auto s = storage::LoadSession(db, session_id);
        if (!s || s->deleted) return MakeProblem("err.no_session");
        if (s->cancelled) return MakeProblem("err.session_cancelled");
        s->cancelled = true;
        storage::SaveSession(db, *s);
        std::vector<ToTell> out;
        for (auto& b : storage::BookingsOfSession(db, s->id)) {
            if (!IsLive(b.status)) continue;
            b.status = BookingStatus::Cancelled;
            storage::SaveBooking(db, b);
            ToTell t{b, {}};
            if (!b.person_id.empty())
                if (auto p = storage::LoadPerson(db, b.person_id)) t.person = *p;
            out.push_back(std::move(t));
        }
        tx.commit();
        return out;
    });
}

Result<std::vector<Booking>> SetSessionCapacity(Database& db, const Id& session_id, int capacity) {
    if (capacity < 0 || capacity > kMaxCapacity)
        return MakeProblem("err.capacity_range", "field.capacity", {{"max", std::to_string(kMaxCapacity)}});
    return Guard("SetSessionCapacity", [&]() -> Result<std::vector<Booking>> {
        storage::Transaction tx(db.sql());
        auto s = storage::LoadSession(db, session_id);
        if (!s || s->deleted) return MakeProblem("err.no_session");
        auto a = storage::LoadActivity(db, s->activity_id);
        if (!a) return MakeProblem("err.no_session");
        auto bookings = storage::BookingsOfSession(db, s->id);
        const int taken = SeatsTaken(bookings);
        if (capacity < taken)
            return MakeProblem("err.capacity_below_booked", "field.capacity", {{"taken", std::to_string(taken)}});
        s->capacity_override = capacity;
        storage::SaveSession(db, *s);
        auto promoted = PromoteFromWaitlist(db, *a, *s, bookings);
        tx.commit();
        return promoted;
    });
}

}  // namespace palier
