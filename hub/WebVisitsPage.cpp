// The visits page: this week by site and day, by site and reason, then the visits of each of the
// last weeks per site as a chart with the same numbers in a table under it.
#include "hub/SvgChart.h"
#include "hub/WebPages.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"

namespace palier::hub {

namespace {

std::string Heads(const std::vector<std::string>& texts) {
    std::string out = "<thead><tr>";
    for (const auto& t : texts) out += "<th scope=\"col\">" + Escape(t) + "</th>";
    return out + "</tr></thead>";
}

std::string Cell(const std::string& cls, int n) {
    return "<td class=\"" + cls + "\">" + std::to_string(n) + "</td>";
}

std::string RowStart(const SiteVisits& v, bool total, Lang lang) {
    return (total ? std::string("<tr class=\"total\">")
                  : "<tr data-site=\"" + Escape(v.site_id) + "\">") +
           "<td>" + Escape(total ? std::string(Tr("web.all_sites", lang)) : v.site_name) + "</td>";
}

// Each site's row and the total's, drawn by `cells`.
template <class Cells>
std::string Rows(const VisitFigures& f, Lang lang, Cells cells) {
    std::string out = "<tbody>";
    for (const auto& v : f.sites) out += RowStart(v, false, lang) + cells(v) + "</tr>";
    return out + RowStart(f.total, true, lang) + cells(f.total) + "</tr></tbody>";
}

std::string DaysSection(const VisitFigures& f, Lang lang) {
    std::vector<std::string> heads = {Tr("web.col_site", lang)};
    for (int d = 1; d <= 7; ++d) heads.push_back(DayName(d, lang));
    heads.push_back(Tr("web.col_week_total", lang));
    return "<section id=\"days\"><h2 id=\"days-heading\">" +
           Escape(Trf("web.visits_by_day", {{"span", WeekSpan(f.week.first, lang)}}, lang)) +
           "</h2>" + ScrollRegion("aria-labelledby=\"days-heading\"") + "<table>" + Heads(heads) +
           Rows(f, lang,
                [](const SiteVisits& v) {
                    std::string cells;
                    for (size_t d = 0; d < v.by_day.size(); ++d)
                        cells += Cell("day-" + std::to_string(d + 1), v.by_day[d]);
                    return cells + Cell("week", v.week);
                }) +
           "</table></div></section>\n";
}

std::string ReasonsSection(const VisitFigures& f, Lang lang) {
    std::vector<std::string> heads = {Tr("web.col_site", lang)};
    for (VisitReason r : AllReasons()) heads.push_back(Tr(ReasonKey(r), lang));
    heads.push_back(Tr("web.col_week_total", lang));
    return "<section id=\"reasons\"><h2 id=\"reasons-heading\">" +
           Escape(Tr("web.visits_by_reason", lang)) + "</h2>" +
           ScrollRegion("aria-labelledby=\"reasons-heading\"") + "<table>" + Heads(heads) +
           Rows(f, lang,
                [](const SiteVisits& v) {
                    std::string cells;
                    const auto reasons = AllReasons();
                    for (size_t i = 0; i < reasons.size() && i < v.by_reason.size(); ++i)
                        // "reason.paperwork" -> class "paperwork"
                        cells += Cell(std::string(ReasonKey(reasons[i])).substr(7), v.by_reason[i]);
                    return cells + Cell("week", v.week);
                }) +
           "</table></div><p class=\"note\">" + Escape(Tr("web.note_reasons", lang)) +
           "</p></section>\n";
}

std::string WeekLabel(Date monday, Lang lang) {
    return Trf("web.week_of", {{"date", DayMonth(monday, lang)}}, lang);
}

// "23/11": short enough for the chart's bottom edge.
std::string AxisLabel(Date monday, Lang lang) {
    const std::chrono::year_month_day ymd{monday};
    return Trf("web.chart_day_month",
               {{"day", std::to_string(static_cast<unsigned>(ymd.day()))},
                {"month", std::to_string(static_cast<unsigned>(ymd.month()))}},
               lang);
}

std::string WeeksSection(const VisitFigures& f, Lang lang) {
    const std::string weeks = std::to_string(f.weeks.size());
    LineChart chart;
    chart.id = "weeks-chart";
    chart.title = Trf("web.visits_per_week", {{"weeks", weeks}}, lang);
    if (!f.weeks.empty())
        chart.description = Trf("web.chart_desc",
                                {{"first", WeekLabel(f.weeks.front(), lang)},
                                 {"last", WeekLabel(f.weeks.back(), lang)}},
                                lang);
    for (Date monday : f.weeks) chart.labels.push_back(AxisLabel(monday, lang));
    for (const auto& v : f.sites) chart.series.push_back(ChartSeries{v.site_name, v.by_week});

    std::string out =
        "<section id=\"weeks\"><h2 id=\"weeks-heading\">" + Escape(chart.title) + "</h2>" +
        "<form method=\"get\" action=\"/visits\" class=\"inline\"><label for=\"weeks\">" +
        Escape(Tr("web.weeks_field", lang)) +
        "</label><input type=\"number\" id=\"weeks\" name=\"weeks\" min=\"1\" max=\"" +
        std::to_string(kMaxChartWeeks) + "\" value=\"" + weeks + "\"><button>" +
        Escape(Tr("web.show", lang)) + "</button></form>" + LineChartHtml(chart);

    std::vector<std::string> heads = {Tr("web.col_week", lang)};
    for (const auto& v : f.sites) heads.push_back(v.site_name);
    heads.push_back(Tr("web.all_sites", lang));
    out += ScrollRegion("aria-labelledby=\"weeks-heading\"") + "<table>" + Heads(heads) + "<tbody>";
    for (size_t w = 0; w < f.weeks.size(); ++w) {
        out += "<tr data-week=\"" + FormatDate(f.weeks[w]) + "\"><th scope=\"row\">" +
               Escape(DayMonth(f.weeks[w], lang)) + "</th>";
        for (const auto& v : f.sites)
            out += "<td data-site=\"" + Escape(v.site_id) + "\">" +
                   std::to_string(w < v.by_week.size() ? v.by_week[w] : 0) + "</td>";
        out += Cell("total", w < f.total.by_week.size() ? f.total.by_week[w] : 0) + "</tr>";
    }
    return out + "</tbody></table></div></section>\n";
}

}  // namespace

std::string VisitsPage(Lang lang, const FrameVisitor& visitor, const VisitFigures& figures) {
    const std::string body = DaysSection(figures, lang) + ReasonsSection(figures, lang) +
                             WeeksSection(figures, lang) + "<p class=\"note\">" +
                             Escape(Tr("web.note_visits", lang)) + "</p>";
    return PageFrame(lang, Tr("web.visits", lang), body, visitor);
}

}  // namespace palier::hub
