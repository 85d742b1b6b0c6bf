#include "Figures.h"

#include <map>
#include <set>

#include "BookingRules.h"
#include "Orientations.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/FigureStore.h"
#include "storage/OrientationStore.h"

namespace palier {

Period DayPeriod(Date d) {
    return Period{d, d};
}
Period WeekPeriod(Date d) {
    return Period{MondayOf(d), AddDays(MondayOf(d), 6)};
}

namespace {
int Percent(int part, int whole) {
    return whole <= 0 ? -1 : (200 * part + whole) / (2 * whole);
}

void Add(SiteFigures& into, const SiteFigures& f) {
    into.visits += f.visits;
    into.first_visits += f.first_visits;
    into.orientations_opened += f.orientations_opened;
    into.orientations_overdue += f.orientations_overdue;
    into.bookings += f.bookings;
    into.seats_taken += f.seats_taken;
    into.seats_offered += f.seats_offered;
    into.waitlisted += f.waitlisted;
    into.past_bookings += f.past_bookings;
    into.no_shows += f.no_shows;
}

void CountSessions(storage::Database& db, const std::string& from, const std::string& to,
                   std::map<Id, SiteFigures>& by_site) {
    const std::string now = NowStamp(db.clock());
    std::map<Id, std::optional<Activity>> activities;
    for (const Session& s : storage::SessionsBetween(db, from, to)) {
        if (s.cancelled || s.deleted) continue;
        auto [it, fresh] = activities.try_emplace(s.activity_id);
        if (fresh) it->second = storage::LoadActivity(db, s.activity_id);
        const auto& activity = it->second;
        if (!activity || activity->deleted) continue;
        SiteFigures& f = by_site[s.site_id];
        const bool over = HasEnded(s, now);
        f.seats_offered += EffectiveCapacity(*activity, s);
        for (const Booking& b : storage::BookingsOfSession(db, s.id)) {
            if (b.deleted) continue;
            if (b.status == BookingStatus::Waitlisted) ++f.waitlisted;
            if (!HoldsSeats(b.status)) continue;
            ++f.bookings;
            f.seats_taken += b.seats;
            if (!over) continue;
            ++f.past_bookings;
            if (b.status == BookingStatus::NoShow) ++f.no_shows;
        }
    }
}
}  // namespace

int FillPercent(const SiteFigures& f) {
    return Percent(f.seats_taken, f.seats_offered);
}
int NoShowPercent(const SiteFigures& f) {
    return Percent(f.no_shows, f.past_bookings);
}

std::vector<FigureSite> FigureSites(storage::Database& db, const std::vector<Id>& seen) {
    std::vector<FigureSite> out;
    std::set<Id> listed;
    for (const Site& site : storage::AllSites(db)) {
        if (site.deleted) continue;
        out.push_back(FigureSite{site.id, site.name});
        listed.insert(site.id);
    }
    for (const Id& id : std::set<Id>(seen.begin(), seen.end()))
        if (!listed.count(id)) out.push_back(FigureSite{id, id});
    return out;
}

Result<Figures> FiguresOf(storage::Database& db, Period period) {
    return Guard("FiguresOf", [&]() -> Result<Figures> {
        const std::string from = FormatDate(period.first);
        const std::string to = FormatDate(AddDays(period.last, 1));
        const Date today = Today(db.clock());
        std::map<Id, SiteFigures> by_site;
        for (const auto& [site, n] : storage::VisitsBySite(db, from, to)) by_site[site].visits = n;
        for (const auto& [site, n] : storage::FirstVisitsBySite(db, from, to))
            by_site[site].first_visits = n;
        for (const auto& [site, n] : storage::OrientationsCreatedBySite(db, from, to))
            by_site[site].orientations_opened = n;
        for (const Orientation& o : storage::OpenOrientations(db))
            if (IsOverdue(o, today)) ++by_site[o.site_id].orientations_overdue;
        CountSessions(db, from, to, by_site);

        Figures out;
        out.period = period;
        std::vector<Id> seen;
        for (const auto& [id, f] : by_site) seen.push_back(id);
        for (const FigureSite& site : FigureSites(db, seen)) {
            SiteFigures f = by_site[site.id];
            f.site_id = site.id;
            f.site_name = site.name;
            out.sites.push_back(std::move(f));
        }
        for (const auto& f : out.sites) Add(out.total, f);
        return out;
    });
}

}  // namespace palier
