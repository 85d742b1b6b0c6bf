#include "Catalogue.h"

#include <algorithm>
#include <map>
#include <set>

#include "Booking.h"
#include "CatalogueRules.h"
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

// A future session must keep room for the seats already given, and homework help cannot lose
// a tutor who has a pupil in it.
Status CheckFutureSession(Database& db, const Activity* before, const Activity& a, const Session& s,
                          const std::string& now) {
    if (s.start < now || s.cancelled) return Ok();
    if (before && before->kind == ActivityKind::HomeworkHelp) {
        for (const auto& tutor : storage::TutorsInUse(db, s.id)) {
            if (std::find(a.tutors.begin(), a.tutors.end(), tutor) != a.tutors.end()) continue;
            auto args = SessionArgs(a, s);
            args["tutor"] = tutor;
            return MakeProblem("err.tutor_has_pupil", "field.tutors", args);
        }
    }
    if (s.capacity_override >= 0) return Ok();  // the session keeps its own capacity
    const int taken = storage::CountSeats(db, s.id).confirmed;
    if (EffectiveCapacity(a, s) >= taken) return Ok();
    auto args = SessionArgs(a, s);
    args["taken"] = std::to_string(taken);
    return MakeProblem("err.capacity_below_booked", "field.capacity", args);
}

// The session a rule date maps to: the one already at the rule's start, else the one at the
// previous rule's start on that day (it moves with the rule, keeping its id and bookings).
Session* FindSessionFor(std::vector<Session>& sessions, const std::string& day, const std::string& start_time,
                        const std::string& previous_start_time) {
    for (auto& s : sessions)
        if (s.start == day + "T" + start_time) return &s;
    if (previous_start_time.empty()) return nullptr;
    for (auto& s : sessions)
        if (s.start == day + "T" + previous_start_time) return &s;
    return nullptr;
}

// A future session follows the edited rule: times, and the stop or place it took from the
// activity (a session given its own stop or place keeps it).
void FollowRule(Database& db, const Activity* before, const Activity& a, const std::string& day, Session& s) {
    Session next = s;
    next.start = day + "T" + a.rule.start_time;
    next.end = day + "T" + a.rule.end_time;
    if (!before || s.stop_id == before->stop_id) next.stop_id = a.stop_id;
    if (before && !s.place.empty() && s.place == before->place) next.place = a.place;
    if (next.start == s.start && next.end == s.end && next.stop_id == s.stop_id && next.place == s.place) return;
    if (next.start != s.start) {
        // A session removed earlier may still hold the new start (one row per activity and
        // start): its start is made unique so the moving session can take it.
        if (auto ghost = storage::SessionAt(db, a.id, next.start); ghost && ghost->deleted) {
            ghost->start += "#" + ghost->id.substr(0, 8);
            storage::SaveSession(db, *ghost);
        }
    }
    s = next;
    storage::SaveSession(db, s);
}
}  // namespace

Result<Id> SaveActivityAndSessions(Database& db, Activity a, std::vector<ToTell>* promoted) {
    if (auto st = ValidateActivity(a); !st) return st.problem();
    return Guard("SaveActivityAndSessions", [&]() -> Result<Id> {
        storage::Transaction tx(db.sql());
        std::optional<Activity> before;
        if (!a.id.empty()) before = storage::LoadActivity(db, a.id);
        if (before && before->deleted) return MakeProblem("err.no_activity");
        const std::string now = NowStamp(db.clock());
        auto sessions = before ? storage::SessionsOfActivity(db, a.id) : std::vector<Session>{};
        // Every refusal comes before the first write: a refused edit changes nothing.
        for (const auto& s : sessions)
            if (auto st = CheckFutureSession(db, before ? &*before : nullptr, a, s, now); !st) return st.problem();

        storage::SaveActivity(db, a);
        std::set<Id> kept;
        for (Date d : ExpandRecurrence(a.rule)) {
            const std::string day = FormatDate(d);
            Session* s = FindSessionFor(sessions, day, a.rule.start_time,
                                        before ? before->rule.start_time : std::string());
            if (s) {
                kept.insert(s->id);
                if (s->start >= now) FollowRule(db, before ? &*before : nullptr, a, day, *s);
                continue;
            }
            Session fresh;
            fresh.site_id = a.site_id;
            fresh.activity_id = a.id;
            fresh.start = day + "T" + a.rule.start_time;
            fresh.end = day + "T" + a.rule.end_time;
            fresh.stop_id = a.stop_id;
            // A date dropped from the rule earlier and now back reuses its removed row; a new
            // one gets the id every kiosk expanding this rule computes.
            if (auto old = storage::SessionAt(db, a.id, fresh.start)) fresh.id = old->id;
            else fresh.id = SessionIdFor(a.id, fresh.start);
            storage::SaveSession(db, fresh);
        }
        for (auto& s : sessions) {
            if (kept.count(s.id) || s.start < now || a.rule.weekday == 0) continue;
            if (storage::CountLiveBookings(db, s.id) > 0) continue;  // people are booked: staff cancel it explicitly
            s.deleted = true;
            storage::SaveSession(db, s);
        }
        // More room (capacity, a tutor) confirms waitlisted people in every future session.
        std::vector<ToTell> told;
        for (const auto& s : storage::SessionsOfActivity(db, a.id))
            if (s.start >= now && !s.cancelled) PromoteAndTell(db, a, s, told);
        tx.commit();
        if (promoted) *promoted = std::move(told);
        return a.id;
    });
}

}  // namespace palier
