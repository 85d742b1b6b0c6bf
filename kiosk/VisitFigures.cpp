#include "VisitFigures.h"

#include <algorithm>
#include <map>

#include "Codes.h"
#include "ServiceEdge.h"
#include "storage/FigureStore.h"

namespace palier {

int ChartWeeks(int asked) {
    return std::clamp(asked, 1, kMaxChartWeeks);
}

namespace {
SiteVisits Empty(size_t weeks) {
    SiteVisits v;
    v.by_reason.assign(AllReasons().size(), 0);
    v.by_week.assign(weeks, 0);
    return v;
}

void Add(SiteVisits& into, const SiteVisits& v) {
    for (size_t i = 0; i < into.by_day.size(); ++i) into.by_day[i] += v.by_day[i];
    into.week += v.week;
    for (size_t i = 0; i < into.by_reason.size(); ++i) into.by_reason[i] += v.by_reason[i];
    for (size_t i = 0; i < into.by_week.size(); ++i) into.by_week[i] += v.by_week[i];
}
}  // namespace

Result<VisitFigures> VisitFiguresOf(storage::Database& db, Date today, int weeks) {
    return Guard("VisitFiguresOf", [&]() -> Result<VisitFigures> {
        VisitFigures out;
        out.week = WeekPeriod(today);
        const size_t count = static_cast<size_t>(ChartWeeks(weeks));
        const Date first = AddDays(out.week.first, -7 * static_cast<int>(count - 1));
        for (size_t i = 0; i < count; ++i)
            out.weeks.push_back(AddDays(first, 7 * static_cast<int>(i)));
        const std::string from = FormatDate(first);
        const std::string to = FormatDate(AddDays(out.week.last, 1));

        std::map<Id, SiteVisits> by_site;
        auto site = [&](const Id& id) -> SiteVisits& {
            return by_site.try_emplace(id, Empty(count)).first->second;
        };
        for (const storage::DayCount& c : storage::VisitsBySiteAndDay(db, from, to)) {
            const auto day = ParseDate(c.day);
            if (!day) continue;  // not an instant: no day to count it on
            SiteVisits& v = site(c.site_id);
            const auto week = static_cast<size_t>((MondayOf(*day) - first).count() / 7);
            if (week < count) v.by_week[week] += c.visits;
            if (*day < out.week.first) continue;
            v.by_day[static_cast<size_t>(Weekday(*day) - 1)] += c.visits;
            v.week += c.visits;
        }
        const auto reasons = AllReasons();
        for (const storage::ReasonsCount& c :
             storage::VisitsBySiteAndReasons(db, FormatDate(out.week.first), to)) {
            SiteVisits& v = site(c.site_id);
            for (size_t i = 0; i < reasons.size(); ++i)
                if (c.reasons & reasons[i]) v.by_reason[i] += c.visits;
        }

        std::vector<Id> seen;
        for (const auto& [id, v] : by_site) seen.push_back(id);
        out.total = Empty(count);
        for (const FigureSite& s : FigureSites(db, seen)) {
            SiteVisits v = site(s.id);
            v.site_id = s.id;
            v.site_name = s.name;
            Add(out.total, v);
            out.sites.push_back(std::move(v));
        }
        return out;
    });
}

}  // namespace palier
