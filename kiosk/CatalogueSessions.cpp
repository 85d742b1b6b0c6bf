#include "Catalogue.h"

#include <algorithm>
#include <map>

#include "Booking.h"
#include "BookingRules.h"
#include "CatalogueRules.h"
#include "Codes.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"

namespace palier {

using storage::Database;

std::map<std::string, std::string> SessionArgs(const Activity& a, const Session& s) {
    const std::string day = DatePart(s.start);
    const auto date = ParseDate(day);
    std::string shown = day.size() == 10 ? day.substr(8, 2) + "/" + day.substr(5, 2) + "/" + day.substr(0, 4) : day;
    return {{"title", a.title},
            {"day", date ? WeekdayKey(Weekday(*date)) : ""},
            {"date", shown},
            {"time", TimePart(s.start)}};
}

std::vector<ToTell> CancelSessionAndBookings(Database& db, Session& s) {
    s.cancelled = true;
    storage::SaveSession(db, s);
    std::vector<ToTell> out;
    for (auto& b : storage::BookingsOfSession(db, s.id)) {
        if (!IsLive(b.status)) continue;
        b.status = BookingStatus::Cancelled;
        b.tutor.clear();
        storage::SaveBooking(db, b);
        ToTell t{b, {}};
        if (!b.person_id.empty())
            if (auto p = storage::LoadPerson(db, b.person_id)) t.person = *p;
        out.push_back(std::move(t));
    }
    return out;
}

void PromoteAndTell(Database& db, const Activity& a, const Session& s, std::vector<ToTell>& out) {
    for (auto& b : PromoteFromWaitlist(db, a, s)) {
        ToTell t{b, {}};
        if (!b.person_id.empty())
            if (auto p = storage::LoadPerson(db, b.person_id)) t.person = *p;
        out.push_back(std::move(t));
    }
}

namespace {
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
        auto out = CancelSessionAndBookings(db, *s);
        tx.commit();
        return out;
    });
}

Result<std::vector<ToTell>> DeleteActivity(Database& db, const Id& activity_id) {
    return Guard("DeleteActivity", [&]() -> Result<std::vector<ToTell>> {
        storage::Transaction tx(db.sql());
        auto a = storage::LoadActivity(db, activity_id);
        if (!a || a->deleted) return MakeProblem("err.no_activity");
        a->deleted = true;
        storage::SaveActivity(db, *a);
        const std::string now = NowStamp(db.clock());
        std::vector<ToTell> out;
        for (auto& s : storage::SessionsOfActivity(db, a->id)) {
            if (s.start < now || s.cancelled) continue;  // past sessions stay as they happened
            for (auto& t : CancelSessionAndBookings(db, s)) out.push_back(std::move(t));
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
        if (!a || a->deleted) return MakeProblem("err.no_session");
        const int taken = storage::CountSeats(db, s->id).confirmed;
        if (capacity < taken) {
            auto args = SessionArgs(*a, *s);
            args["taken"] = std::to_string(taken);
            return MakeProblem("err.capacity_below_booked", "field.capacity", args);
        }
        s->capacity_override = capacity;
        storage::SaveSession(db, *s);
        std::vector<Booking> promoted;
        if (!s->cancelled && s->start >= NowStamp(db.clock())) promoted = PromoteFromWaitlist(db, *a, *s);
        tx.commit();
        return promoted;
    });
}

}  // namespace palier
