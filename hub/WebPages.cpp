#include "hub/WebPages.h"

#include <string_view>

#include "kiosk/Format.h"

namespace palier::hub {

namespace {
std::string Hidden(const char* name, const std::string& value) {
    return std::string("<input type=\"hidden\" name=\"") + name + "\" value=\"" + Escape(value) +
           "\">";
}

std::string PercentText(int percent, Lang lang) {
    return percent < 0 ? std::string(Tr("web.no_figure", lang))
                       : Trf("web.percent", {{"n", std::to_string(percent)}}, lang);
}

// One row of figures; each cell is classed by the figure it holds. Visits and orientations
// link to the page that details them.
std::string FigureRow(const SiteFigures& f, const std::string& label, bool orientations, Lang lang,
                      bool total) {
    auto cell = [](const char* name, const std::string& text) {
        return std::string("<td class=\"") + name + "\">" + Escape(text) + "</td>";
    };
    auto linked = [](const char* name, int n, const char* href) {
        return std::string("<td class=\"") + name + "\"><a href=\"" + href + "\">" +
               std::to_string(n) + "</a></td>";
    };
    std::string row =
        total ? "<tr class=\"total\">" : "<tr data-site=\"" + Escape(f.site_id) + "\">";
    row += "<td>" + Escape(label) + "</td>";
    row += linked("visits", f.visits, "/visits");
    row += cell("first_visits", std::to_string(f.first_visits));
    if (orientations) {
        row += linked("orientations_opened", f.orientations_opened, "/orientations");
        row += linked("orientations_overdue", f.orientations_overdue, "/orientations#overdue");
    }
    row += cell("bookings", std::to_string(f.bookings));
    row += cell("fill", PercentText(FillPercent(f), lang));
    row += cell("waitlisted", std::to_string(f.waitlisted));
    row += cell("no_shows", PercentText(NoShowPercent(f), lang));
    return row + "</tr>";
}

std::string FiguresSection(const char* id, const std::string& heading, const Figures& figures,
                           bool orientations, Lang lang) {
    const std::string heading_id = std::string(id) + "-heading";
    std::string out = std::string("<section id=\"") + id + "\"><h2 id=\"" + heading_id + "\">" +
                      Escape(heading) + "</h2>" +
                      ScrollRegion("aria-labelledby=\"" + heading_id + "\"") +
                      "<table class=\"figures\"><thead><tr>";
    std::vector<const char*> heads = {"web.col_site", "web.col_visits", "web.col_first_visits"};
    if (orientations) {
        heads.push_back("web.col_orientations_opened");
        heads.push_back("web.col_orientations_overdue");
    }
    for (const char* k :
         {"web.col_bookings", "web.col_fill", "web.col_waitlisted", "web.col_no_shows"})
        heads.push_back(k);
    for (const char* k : heads) out += "<th scope=\"col\">" + Escape(Tr(k, lang)) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& f : figures.sites) out += FigureRow(f, f.site_name, orientations, lang, false);
    out += FigureRow(figures.total, Tr("web.all_sites", lang), orientations, lang, true);
    return out + "</tbody></table></div></section>\n";
}

std::string LocalTimeText(int64_t ms, Lang lang) {
    const std::string stamp = NowStamp(FixedClock(ms));
    const auto day = ParseDate(DatePart(stamp));
    return (day ? DayMonth(*day, lang) + " " : std::string()) + ClockTime(stamp, lang);
}
}  // namespace

std::string LoginPage(Lang lang, const std::string& csrf, const std::string& message) {
    std::string body;
    if (!message.empty()) body += "<p class=\"message\" role=\"alert\">" + Escape(message) + "</p>";
    body += "<form method=\"post\" action=\"/login\" class=\"card\">" + Hidden("csrf", csrf) +
            "<label for=\"login\">" + Escape(Tr("web.login_field", lang)) +
            "</label><input type=\"text\" id=\"login\" name=\"login\" autocomplete=\"username\" "
            "required autofocus>"
            "<label for=\"password\">" +
            Escape(Tr("web.password_field", lang)) +
            "</label><input type=\"password\" id=\"password\" name=\"password\" "
            "autocomplete=\"current-password\" required>"
            "<button>" +
            Escape(Tr("web.login_button", lang)) + "</button></form>";
    return PageFrame(lang, Tr("web.login_title", lang), body, FrameVisitor{});
}

std::string OverviewPage(Lang lang, const FrameVisitor& visitor, bool orientations,
                         const Figures& today, const Figures& week) {
    std::string body = FiguresSection(
        "today", Trf("web.today", {{"date", LongDate(today.period.first, lang)}}, lang), today,
        orientations, lang);
    body +=
        FiguresSection("week", Trf("web.week", {{"span", WeekSpan(week.period.first, lang)}}, lang),
                       week, orientations, lang);
    body += "<p class=\"note\">" + Escape(Tr("web.note_sessions", lang)) + "</p>";
    if (orientations) body += "<p class=\"note\">" + Escape(Tr("web.note_overdue", lang)) + "</p>";
    return PageFrame(lang, Tr("web.overview", lang), body, visitor);
}

std::string KiosksPage(Lang lang, const FrameVisitor& visitor,
                       const std::vector<storage::HubDevice>& devices) {
    std::string body = ScrollRegion("aria-label=\"" + Escape(Tr("web.kiosks", lang)) + "\"") +
                       "<table class=\"list\"><thead><tr>";
    for (const char* k : {"web.col_device", "web.col_site", "web.col_last_seen", "web.col_acked",
                          "web.col_state", "web.col_action"})
        body += std::string("<th scope=\"col\"") +
                (std::string_view(k) == "web.col_acked" ? " class=\"num\"" : "") + ">" +
                Escape(Tr(k, lang)) + "</th>";
    body += "</tr></thead><tbody>";
    for (const auto& d : devices) {
        body += "<tr data-device=\"" + Escape(d.id) + "\"><td>" + Escape(d.id) + "</td><td>" +
                Escape(d.site) + "</td><td>" +
                Escape(d.last_seen_ms ? LocalTimeText(*d.last_seen_ms, lang)
                                      : Tr("hub.never_seen", lang)) +
                "</td><td class=\"num\">" + std::to_string(d.acked_through) + "</td><td>" +
                Escape(Tr(d.revoked_ms ? "hub.device_revoked" : "hub.device_active", lang)) +
                "</td><td>";
        if (!d.revoked_ms)
            body += "<form method=\"post\" action=\"/kiosks/revoke\">" +
                    Hidden("csrf", visitor.csrf) + Hidden("device", d.id) + "<button>" +
                    Escape(Tr("web.revoke", lang)) + "</button></form>";
        body += "</td></tr>";
    }
    body += "</tbody></table></div>";
    if (devices.empty()) body += "<p>" + Escape(Tr("web.no_kiosks", lang)) + "</p>";
    return PageFrame(lang, Tr("web.kiosks", lang), body, visitor);
}

std::string MessagePage(Lang lang, const std::string& title, const std::string& message,
                        const FrameVisitor& visitor) {
    return PageFrame(lang, title, "<p>" + Escape(message) + "</p>", visitor);
}

}  // namespace palier::hub
