// The orientations page: requests by topic, by partner and by status, then the overdue list with
// the next steps the kiosk's follow-up offers for each request.
#include "hub/WebPages.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"

namespace palier::hub {

namespace {

// "ostatus.referred" -> "status-referred": the class of a status's cells.
std::string StatusClass(OrientationStatus s) {
    return "status-" + std::string(StatusKey(s)).substr(8);
}

std::string StatusHeads(const char* first, Lang lang) {
    std::string out = "<thead><tr><th scope=\"col\">" + Escape(Tr(first, lang)) + "</th>";
    for (OrientationStatus s : AllStatuses())
        out += "<th scope=\"col\">" + Escape(Tr(StatusKey(s), lang)) + "</th>";
    return out + "<th scope=\"col\">" + Escape(Tr("web.col_all_statuses", lang)) +
           "</th></tr></thead>";
}

std::string StatusCells(const StatusCounts& c) {
    std::string out;
    const auto all = AllStatuses();
    for (size_t i = 0; i < all.size() && i < c.by_status.size(); ++i)
        out +=
            "<td class=\"" + StatusClass(all[i]) + "\">" + std::to_string(c.by_status[i]) + "</td>";
    return out + "<td class=\"total\">" + std::to_string(c.total) + "</td>";
}

std::string TotalRow(const StatusCounts& c, Lang lang) {
    return "<tr class=\"total\"><td>" + Escape(Tr("web.all_requests", lang)) + "</td>" +
           StatusCells(c) + "</tr>";
}

std::string TopicsSection(const OrientationFigures& f, Lang lang) {
    std::string out = "<section id=\"topics\"><h2 id=\"topics-heading\">" +
                      Escape(Tr("web.by_topic", lang)) + "</h2>" +
                      ScrollRegion("aria-labelledby=\"topics-heading\"") + "<table>" +
                      StatusHeads("web.col_topic", lang) + "<tbody>";
    for (const TopicCounts& t : f.by_topic)
        // "topic.caf" -> data-topic="caf"
        out += "<tr data-topic=\"" + std::string(TopicKey(t.topic)).substr(6) + "\"><td>" +
               Escape(Tr(TopicKey(t.topic), lang)) + "</td>" + StatusCells(t.counts) + "</tr>";
    return out + TotalRow(f.total, lang) + "</tbody></table></div></section>\n";
}

std::string PartnersSection(const OrientationFigures& f, Lang lang) {
    std::string out = "<section id=\"partners\"><h2 id=\"partners-heading\">" +
                      Escape(Tr("web.by_partner", lang)) + "</h2>" +
                      ScrollRegion("aria-labelledby=\"partners-heading\"") + "<table>" +
                      StatusHeads("web.col_partner", lang) + "<tbody>";
    for (const PartnerCounts& p : f.by_partner)
        out += "<tr data-partner=\"" + Escape(p.partner_id) + "\"><td>" +
               Escape(p.partner_id.empty() ? std::string(Tr("web.no_partner_yet", lang)) : p.name) +
               "</td>" + StatusCells(p.counts) + "</tr>";
    return out + TotalRow(f.total, lang) + "</tbody></table></div></section>\n";
}

std::string DateText(const std::string& ymd, Lang lang) {
    const auto d = ParseDate(ymd);
    return d ? DayMonth(*d, lang) + " " + std::to_string(YearOf(*d)) : ymd;
}

std::string OverdueSection(const OrientationFigures& f, Lang lang) {
    std::string out =
        "<section id=\"overdue\"><h2 id=\"overdue-heading\">" +
        Escape(Trf("web.overdue_list", {{"count", std::to_string(f.overdue.size())}}, lang)) +
        "</h2>";
    if (f.overdue.empty())
        return out + "<p>" + Escape(Tr("web.nothing_overdue", lang)) + "</p></section>\n";
    out +=
        ScrollRegion("aria-labelledby=\"overdue-heading\"") + "<table class=\"list\"><thead><tr>";
    for (const char* k : {"web.col_person", "web.col_topic", "web.col_partner", "web.col_status",
                          "web.col_opened", "web.col_due", "web.col_late", "web.col_next_step"})
        out += "<th scope=\"col\">" + Escape(Tr(k, lang)) + "</th>";
    out += "</tr></thead><tbody>";
    for (const OverdueRequest& r : f.overdue) {
        const FollowUp& fu = r.follow_up;
        const Orientation& o = fu.orientation;
        std::string next;
        for (OrientationStatus s : r.next)
            next += (next.empty() ? "" : " / ") + std::string(Tr(StatusKey(s), lang));
        out += "<tr data-orientation=\"" + Escape(o.id) + "\"><td>" +
               Escape(fu.person_label.empty() ? std::string(Tr("web.anonymous", lang))
                                              : fu.person_label) +
               "</td><td>" + Escape(Tr(TopicKey(o.topic), lang)) + "</td><td>" +
               Escape(fu.partner_name.empty() ? std::string(Tr("web.no_figure", lang))
                                              : fu.partner_name) +
               "</td><td class=\"status\">" + Escape(Tr(StatusKey(o.status), lang)) +
               "</td><td class=\"opened\">" + Escape(DateText(o.created_at, lang)) +
               "</td><td class=\"due\">" + Escape(DateText(o.due_date, lang)) +
               "</td><td class=\"late\">" +
               Escape(Trf("web.days_late", {{"days", std::to_string(fu.days_overdue)}}, lang)) +
               "</td><td class=\"next\">" + Escape(next) + "</td></tr>";
    }
    return out + "</tbody></table></div></section>\n";
}

}  // namespace

std::string OrientationsPage(Lang lang, const FrameVisitor& visitor,
                             const OrientationFigures& figures) {
    const std::string body = TopicsSection(figures, lang) + PartnersSection(figures, lang) +
                             OverdueSection(figures, lang) + "<p class=\"note\">" +
                             Escape(Tr("web.note_orientations", lang)) + "</p>";
    return PageFrame(lang, Tr("web.orientations", lang), body, visitor);
}

}  // namespace palier::hub
