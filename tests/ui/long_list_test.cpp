// A long list draws only the rows in sight, and scrolling brings every one of them in.
#include "UiFixture.h"

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

}  // namespace
}  // namespace palier::ui::test
