// A long list draws only the rows in sight, and scrolling brings every one of them in.
#include "UiFixture.h"
#include "kiosk/Catalogue.h"

namespace palier::ui::test {
namespace {

// A busy day: 300 visits. The staff "today" card draws a screenful of them, not 300; wheeled
// to the end, it shows the last one, at its place after all the others.
TEST_F(UiFixture, ADayOfThreeHundredVisitsDrawsOnlyTheRowsInSight) {
    const Id site = app->state().settings.site_id;
    for (int i = 0; i < 300; ++i) {
        NewPerson p;
        p.first_name = "Visiteur" + std::to_string(1000 + i);
        auto id = RegisterPerson(*db, site, p);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(LogVisit(*db, site, VisitInput{id.value(), kReasonCoffee, "fr"}).ok());
    }
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle(3);
    const auto& rows = app->state().visits_today;
    ASSERT_GE(rows.size(), 300u);
    auto rows_drawn = [&] {
        int n = 0;
        for (const VisitRow& r : rows)
            if (!r.label.empty() && Shown(r.label)) ++n;
        return n;
    };
    const int first_screen = rows_drawn();
    EXPECT_GT(first_screen, 3);
    EXPECT_LT(first_screen, 60) << "rows far below the fold are not drawn";
    EXPECT_TRUE(Shown(rows.front().label));
    EXPECT_FALSE(Shown(rows.back().label));

    // Wheel down over the card until the end (a finger's drag does the same through TouchScroll).
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 60 && !Shown(rows.back().label); ++i) {
        io.MousePos = ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.6f);
        io.MouseWheel = -20.0f;
        headless->Frame(*app);
        io.MouseWheel = 0.0f;
        headless->Frame(*app);
    }
    EXPECT_TRUE(Shown(rows.back().label)) << "the last visit comes into sight";
    EXPECT_FALSE(Shown(rows.front().label));
    EXPECT_LT(rows_drawn(), 60);
}

// The week's programme: a screenful of rows is drawn, not the whole week. Thirty more sessions on
// Sunday, far below the fold, add nothing to what a frame draws; wheeled to the end, the last
// one's button is there to tap.
TEST_F(UiFixture, TheProgrammeDrawsOnlyTheRowsInSight) {
    auto vertices = [&] {
        ASSERT_TRUE(app->OpenForAutomation(ui::Screen::Activities));
        Settle(3);
    };
    vertices();
    const int before = ImGui::GetDrawData()->TotalVtxCount;
    const Date sunday = AddDays(app->state().monday, 6);
    for (int i = 0; i < 30; ++i) {
        Activity a;
        a.site_id = app->state().settings.site_id;
        a.title = "Atelier du dimanche " + std::to_string(i);
        a.capacity = 10;
        const int start = 18 * 60 + i;  // 18:00, 18:01, ...: after every demo session of the week
        auto hhmm = [](int minutes) {
            return std::to_string(minutes / 60) + ":" + (minutes % 60 < 10 ? "0" : "") + std::to_string(minutes % 60);
        };
        a.rule = {7, hhmm(start), hhmm(start + 60), FormatDate(sunday), FormatDate(sunday), {}};
        ASSERT_TRUE(SaveActivityAndSessions(*db, a).ok());
    }
    vertices();
    const int after = ImGui::GetDrawData()->TotalVtxCount;
    ASSERT_TRUE(Shown("Activités de la semaine") || Shown("This week's activities"));
    EXPECT_LT(after, before + before / 5) << "30 rows out of sight drew " << after - before << " more vertices";

    const std::string last = "Atelier du dimanche 29";
    EXPECT_FALSE(Shown(last));
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 80 && !Shown(last); ++i) {
        io.MousePos = ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.6f);
        io.MouseWheel = -20.0f;
        headless->Frame(*app);
        io.MouseWheel = 0.0f;
        headless->Frame(*app);
    }
    EXPECT_TRUE(Shown(last)) << "the last session comes into sight";
    EXPECT_TRUE(FindWidget("activities.book." + std::to_string(app->state().week.size() - 1)));
}

}  // namespace
}  // namespace palier::ui::test
