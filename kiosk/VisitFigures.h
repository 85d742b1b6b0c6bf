#pragma once
// Visits in detail for the coordinators: this week per site by day and by reason, and the visits
// of each of the last weeks per site (the chart over weeks). Counted by the rules of
// kiosk/Figures.h: a visit counts at its site on its local day (the day its stored instant
// starts with, in the site's time zone), anonymous walk-ins included, and weeks run Monday to
// Sunday. A visit given several reasons counts once under each of them, so the reasons of a
// week may add up to more than its visits.
#include <array>
#include <string>
#include <vector>

#include "Figures.h"

namespace palier {

constexpr int kDefaultChartWeeks = 12;
constexpr int kMaxChartWeeks = 104;  // two years: more does not read on one chart
// The number of weeks asked for, brought within 1..kMaxChartWeeks.
int ChartWeeks(int asked);

struct SiteVisits {
    Id site_id;
    std::string site_name;        // the site's id when the site is not known here
    std::array<int, 7> by_day{};  // this week, Monday to Sunday
    int week = 0;                 // this week in all
    std::vector<int> by_reason;   // this week, in the order of AllReasons() (kiosk/Codes.h)
    std::vector<int> by_week;     // one per VisitFigures::weeks, 0 for a week with none
};

struct VisitFigures {
    Period week;              // this week
    std::vector<Date> weeks;  // the Mondays of the chart's weeks, oldest first, this week last
    std::vector<SiteVisits> sites;  // as FigureSites (kiosk/Figures.h) lists them
    SiteVisits total;
};
// The week of `today` and the `weeks` weeks that end with it (ChartWeeks applied).
Result<VisitFigures> VisitFiguresOf(storage::Database& db, Date today, int weeks);

}  // namespace palier
