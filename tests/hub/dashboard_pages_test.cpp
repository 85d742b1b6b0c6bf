// The visits and orientations pages on a real HubServer (dashboard_support.h): their numbers,
// the chart's SVG, who may see them, the overview's links to them and the audit row a view of
// the orientations writes.
#include <algorithm>

#include "dashboard_support.h"
#include "storage/StaffStore.h"

using namespace palier;
using namespace palier::test;

namespace {

// `xml` is well formed as far as a page needs: every element closed in order, attribute values
// quoted, and every & the start of an entity.
::testing::AssertionResult WellFormed(const std::string& xml) {
    std::vector<std::string> open;
    size_t at = 0;
    while (at < xml.size()) {
        if (xml[at] == '&') {
            const size_t semi = xml.find(';', at);
            if (semi == std::string::npos || semi - at > 8)
                return ::testing::AssertionFailure() << "a bare & at " << at;
            at = semi + 1;
            continue;
        }
        if (xml[at] != '<') {
            ++at;
            continue;
        }
        const size_t end = xml.find('>', at);
        if (end == std::string::npos) return ::testing::AssertionFailure() << "a tag never ends";
        const std::string tag = xml.substr(at + 1, end - at - 1);
        if (std::count(tag.begin(), tag.end(), '"') % 2)
            return ::testing::AssertionFailure() << "unbalanced quotes in <" << tag << ">";
        const bool closing = !tag.empty() && tag[0] == '/';
        const std::string name = tag.substr(
            closing ? 1 : 0, tag.find_first_of(" />", closing ? 1 : 0) - (closing ? 1 : 0));
        // HTML's void elements have no end tag.
        const bool empty = (!tag.empty() && tag.back() == '/') || name == "input" || name == "br";
        if (closing) {
            if (open.empty() || open.back() != name)
                return ::testing::AssertionFailure()
                       << "</" << name << "> closes <" << (open.empty() ? "" : open.back()) << ">";
            open.pop_back();
        } else if (!empty) {
            open.push_back(name);
        }
        at = end + 1;
    }
    if (!open.empty())
        return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
    return ::testing::AssertionSuccess();
}

// The first <svg>...</svg> of the page ("" when none).
std::string FirstSvg(const std::string& html) {
    const size_t from = html.find("<svg");
    const size_t to = html.find("</svg>", from);
    return from == std::string::npos || to == std::string::npos ? std::string()
                                                                : html.substr(from, to + 6 - from);
}

// The text of the cell `<td ... attr>` in the row that starts with `row`.
std::string CellIn(const std::string& html, const std::string& row, const std::string& attr) {
    const size_t r = html.find(row);
    if (r == std::string::npos) return "no row";
    const size_t c = html.find(attr, r);
    if (c == std::string::npos || c > html.find("</tr>", r)) return "no cell";
    const size_t from = html.find('>', c) + 1;
    return html.substr(from, html.find('<', from) - from);
}

size_t Count(const std::string& html, const std::string& what) {
    size_t n = 0;
    for (size_t at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
    return n;
}

std::vector<AuditEntry> AuditOf(const TempDir& dir, const TestClock& clock) {
    storage::Database db(dir.File("hub/palier.db"), clock.clock());
    return storage::RecentAudit(db, 100);
}

using DashboardPagesTest = DashboardTest;

TEST_F(DashboardPagesTest, WithoutASessionBothPagesSendToLogin) {
    for (const char* path : {"/visits", "/visits?weeks=4", "/orientations"}) {
        auto res = client->Get(path);
        ASSERT_TRUE(res) << path;
        EXPECT_EQ(res->status, 303) << path;
        EXPECT_EQ(res->get_header_value("Location"), "/login") << path;
    }
    EXPECT_TRUE(AuditOf(dir, clock).empty());
}

TEST_F(DashboardPagesTest, VisitsShowThisWeekByDayAndReasonAndTheWeeksBefore) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto page = Get("/visits", cookie);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    const std::string& html = page->body;
    EXPECT_NE(html.find("<h1>Visits</h1>"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    // This week: Monday 00:01 at the centre, three today, Sunday 23:59 on the bus.
    EXPECT_EQ(Cell(html, "days", "<tr class=\"total\">", "day-1"), "1");
    EXPECT_EQ(Cell(html, "days", "<tr class=\"total\">", "day-3"), "3");
    EXPECT_EQ(Cell(html, "days", "<tr class=\"total\">", "day-7"), "1");
    EXPECT_EQ(Cell(html, "days", "<tr class=\"total\">", "week"), "5");
    EXPECT_EQ(Cell(html, "days", "data-site=\"site-centre\"", "week"), "3");
    EXPECT_EQ(Cell(html, "days", "data-site=\"site-bus\"", "week"), "2");
    EXPECT_EQ(Cell(html, "reasons", "<tr class=\"total\">", "information"), "5");
    EXPECT_EQ(Cell(html, "reasons", "<tr class=\"total\">", "paperwork"), "0");
    // Twelve weeks by default, this one last; the Sunday before counts in its own week.
    EXPECT_EQ(Count(html, "<tr data-week="), 12u);
    EXPECT_EQ(CellIn(html, "<tr data-week=\"2026-11-23\">", "class=\"total\""), "5");
    EXPECT_EQ(CellIn(html, "<tr data-week=\"2026-11-16\">", "class=\"total\""), "1");
    EXPECT_EQ(CellIn(html, "<tr data-week=\"2026-11-16\">", "data-site=\"site-centre\""), "1");
    EXPECT_EQ(CellIn(html, "<tr data-week=\"2026-09-07\">", "class=\"total\""), "0");

    const std::string svg = FirstSvg(html);
    ASSERT_FALSE(svg.empty());
    EXPECT_TRUE(WellFormed(svg));
    EXPECT_TRUE(WellFormed(
        html.substr(html.find("<main>"), html.find("</main>") + 7 - html.find("<main>"))));
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-label=\"Visits per week over 12 weeks\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"weeks-chart-title\">Visits per week over 12 weeks</title>"),
              std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"weeks-chart-desc\">One line per site, from the week of"),
              std::string::npos);
    EXPECT_EQ(Count(svg, "<polyline"), 2u);  // one line per site
    EXPECT_EQ(Count(svg, "<circle"), 24u);   // a point per week and site
}

TEST_F(DashboardPagesTest, TheNumberOfWeeksComesFromTheAddressWithinBounds) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto two = Get("/visits?weeks=2", cookie);
    ASSERT_TRUE(two);
    ASSERT_EQ(two->status, 200);
    EXPECT_EQ(Count(two->body, "<tr data-week="), 2u);
    EXPECT_NE(two->body.find("name=\"weeks\" min=\"1\" max=\"104\" value=\"2\""),
              std::string::npos);
    EXPECT_EQ(Count(Get("/visits?weeks=lots", cookie)->body, "<tr data-week="), 12u);
    EXPECT_EQ(Count(Get("/visits?weeks=0", cookie)->body, "<tr data-week="), 1u);
    EXPECT_EQ(Count(Get("/visits?weeks=9999", cookie)->body, "<tr data-week="), 104u);
}

TEST_F(DashboardPagesTest, OrientationsByTopicPartnerStatusAndTheOverdueList) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto page = Get("/orientations", cookie);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    const std::string& html = page->body;
    EXPECT_NE(html.find("<h1>Orientations</h1>"), std::string::npos);
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"caf\"", "status-open"), "2");
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"caf\"", "status-referred"), "1");
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"caf\"", "status-appointment"), "1");
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"caf\"", "status-resolved"), "1");
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"caf\"", "total"), "5");
    EXPECT_EQ(Cell(html, "topics", "data-topic=\"housing\"", "total"), "0");
    EXPECT_EQ(Cell(html, "topics", "<tr class=\"total\">", "total"), "5");
    EXPECT_EQ(Cell(html, "partners", "data-partner=\"\"", "total"), "5");
    EXPECT_NE(html.find("No partner yet"), std::string::npos);

    EXPECT_NE(html.find("Overdue follow-ups (2)"), std::string::npos);
    EXPECT_EQ(Count(html, "<tr data-orientation="), 2u);
    EXPECT_NE(html.find("Amina"), std::string::npos);
    // The steps the kiosk's follow-up allows: from referred, and from an appointment.
    EXPECT_NE(html.find("<td class=\"next\">Appointment made / Resolved / Dropped</td>"),
              std::string::npos);
    EXPECT_NE(html.find("<td class=\"next\">Resolved / Dropped</td>"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"late\">5 d</td>"), std::string::npos);  // due on the 20th
    EXPECT_TRUE(WellFormed(
        html.substr(html.find("<main>"), html.find("</main>") + 7 - html.find("<main>"))));
}

TEST_F(DashboardPagesTest, ViewingTheOrientationsWritesOneAuditRowWithTheLogin) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    ASSERT_TRUE(AuditOf(dir, clock).empty());
    ASSERT_EQ(Get("/orientations", cookie)->status, 200);
    auto audit = AuditOf(dir, clock);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].staff_id, "claire");
    EXPECT_EQ(audit[0].action, "view");
    EXPECT_EQ(audit[0].record_kind, "orientation_list");
    EXPECT_EQ(audit[0].record_id, "");
    // The visits page shows nobody: nothing written.
    ASSERT_EQ(Get("/visits", cookie)->status, 200);
    EXPECT_EQ(AuditOf(dir, clock).size(), 1u);
}

TEST_F(DashboardPagesTest, VolunteersSeeTheVisitsButNotTheOrientations) {
    const std::string cookie = SignIn("victor", kVolunteerPassword);
    auto visits = Get("/visits", cookie);
    ASSERT_TRUE(visits);
    EXPECT_EQ(visits->status, 200);
    EXPECT_EQ(Cell(visits->body, "days", "<tr class=\"total\">", "week"), "5");
    EXPECT_NE(visits->body.find("href=\"/visits\""), std::string::npos);
    EXPECT_EQ(visits->body.find("rientation"), std::string::npos);

    auto orientations = Get("/orientations", cookie);
    ASSERT_TRUE(orientations);
    EXPECT_EQ(orientations->status, 403);
    EXPECT_NE(orientations->body.find("coordinators only"), std::string::npos);
    EXPECT_EQ(orientations->body.find("Amina"), std::string::npos);
    EXPECT_TRUE(AuditOf(dir, clock).empty());
}

TEST_F(DashboardPagesTest, TheOverviewsNumbersAndTheMenuLeadToTheDetail) {
    const std::string coordinator = SignIn("claire", kCoordinatorPassword);
    auto page = Get("/", coordinator);
    ASSERT_TRUE(page);
    const std::string& html = page->body;
    EXPECT_NE(html.find("<td class=\"visits\"><a href=\"/visits\">5</a></td>"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"orientations_opened\"><a href=\"/orientations\">2</a></td>"),
              std::string::npos);
    EXPECT_NE(
        html.find("<td class=\"orientations_overdue\"><a href=\"/orientations#overdue\">2</a>"),
        std::string::npos);
    EXPECT_NE(html.find("<a href=\"/visits\">Visits</a>"), std::string::npos);
    EXPECT_NE(html.find("<a href=\"/orientations\">Orientations</a>"), std::string::npos);

    const std::string volunteer = SignIn("victor", kVolunteerPassword);
    auto theirs = Get("/", volunteer);
    ASSERT_TRUE(theirs);
    EXPECT_NE(theirs->body.find("<a href=\"/visits\">Visits</a>"), std::string::npos);
    EXPECT_EQ(theirs->body.find("/orientations"), std::string::npos);
}

TEST_F(DashboardPagesTest, ThePagesAreInFrenchFirst) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto visits = client->Get("/visits", {{"Cookie", cookie}});
    ASSERT_TRUE(visits);
    EXPECT_NE(visits->body.find("<h1>Passages</h1>"), std::string::npos);
    EXPECT_NE(visits->body.find("Passages par semaine sur 12 semaines"), std::string::npos);
    auto orientations = client->Get("/orientations", {{"Cookie", cookie}});
    ASSERT_TRUE(orientations);
    EXPECT_NE(orientations->body.find("Suivis en retard (2)"), std::string::npos);
}

}  // namespace
