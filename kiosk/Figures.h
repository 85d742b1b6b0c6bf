#pragma once
// The coordinators' figures over a period, per site and in total: what the hub's overview shows
// and what a kiosk may show of its own site, counted by one set of rules.
//
// - visits: visits whose local time falls in the period, anonymous walk-ins included;
// - first visits: people whose first visit ever falls in the period (by that visit's site);
// - orientations opened: requests created in the period; overdue: requests overdue today
//   (IsOverdue, kiosk/Orientations.h), whatever the period;
// - the period's sessions are those starting in it, neither cancelled nor deleted, counted at
//   the session's site: bookings holding seats in them, the seats taken and offered (the fill
//   rate), the bookings on their waitlists, and among the sessions already over, the bookings
//   that held seats and those marked absent (the no-show rate).
#include <string>
#include <vector>

#include "Dates.h"
#include "Result.h"
#include "storage/Database.h"

namespace palier {

struct Period {
    Date first;  // both days included
    Date last;
};
Period DayPeriod(Date d);
Period WeekPeriod(Date d);  // Monday to Sunday

struct SiteFigures {
    Id site_id;
    std::string site_name;  // the site's id when the site is not known here
    int visits = 0;
    int first_visits = 0;
    int orientations_opened = 0;
    int orientations_overdue = 0;
    int bookings = 0;
    int seats_taken = 0;
    int seats_offered = 0;
    int waitlisted = 0;
    int past_bookings = 0;  // bookings that held seats in sessions already over
    int no_shows = 0;       // of those, marked absent
};
// Whole percentages, rounded to the nearest; -1 when there is nothing to divide by.
int FillPercent(const SiteFigures& f);
int NoShowPercent(const SiteFigures& f);

struct Figures {
    Period period;
    std::vector<SiteFigures>
        sites;  // every known site, in the sites' order, then any other site seen
    SiteFigures total;
};
// "Today" and "over" are the database clock's, in the site's time zone.
Result<Figures> FiguresOf(storage::Database& db, Period period);

// The sites a table of figures has rows for: every known site not deleted, in the sites' order,
// then any other site in `seen` (records of a site not known here), named by its id. Every
// page of figures lists its sites this way. May throw (storage).
struct FigureSite {
    Id id;
    std::string name;
};
std::vector<FigureSite> FigureSites(storage::Database& db, const std::vector<Id>& seen);

}  // namespace palier
