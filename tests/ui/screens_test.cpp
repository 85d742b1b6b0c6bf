// Every screen renders on demo data, in French and English, at the three screen sizes.
#include "UiFixture.h"
#include "ui/core/ScreenTable.h"

namespace palier::ui::test {
namespace {

struct Case {
    ImVec2 display;
    Lang lang;
};

class EveryScreen : public UiFixture, public ::testing::WithParamInterface<Case> {
protected:
    void SetUp() override { Start(GetParam().display, GetParam().lang); }
};

TEST_P(EveryScreen, RendersWithItsContext) {
    for (const ScreenInfo& info : kScreens) {
        const ui::Screen s = info.screen;
        SCOPED_TRACE(ScreenName(s));
        EXPECT_TRUE(app->OpenForAutomation(s));
        SetLanguage(GetParam().lang);
        Settle(3);
        EXPECT_EQ(app->state().screen, s);
        EXPECT_FALSE(app->state().notice.error) << app->state().notice.text;
        EXPECT_GT(TextsDrawn().size(), 3u);
        EXPECT_GT(WidgetsDrawn().size(), 0u);
        // No key shown instead of words.
        for (const std::string& t : TextsDrawn()) EXPECT_EQ(t.rfind("ui.", 0), std::string::npos) << t;
        // Touch targets: nothing tappable is lower than 64 px, at every screen size.
        for (const auto& w : WidgetsDrawn()) {
            if (!w.clipped) {
                EXPECT_GE(w.max.y - w.min.y, 64.0f) << w.id;
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, EveryScreen,
                         ::testing::Values(Case{ImVec2(1920, 1080), Lang::Fr}, Case{ImVec2(1920, 1080), Lang::En},
                                           Case{ImVec2(1280, 800), Lang::Fr}, Case{ImVec2(1080, 1920), Lang::Fr}),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             return std::string(LangCode(info.param.lang)) + "_" +
                                    std::to_string(static_cast<int>(info.param.display.x)) + "x" +
                                    std::to_string(static_cast<int>(info.param.display.y));
                         });

TEST_F(UiFixture, WelcomeShowsTheThreeTilesAndTheLanguageSwitch) {
    EXPECT_EQ(Screen(), "welcome");
    for (const char* id : {"welcome.visit", "welcome.activities", "welcome.bookings", "lang.fr", "lang.en"})
        EXPECT_TRUE(FindWidget(id)) << id;
    Tap("lang.en");
    EXPECT_NE(AllText().find("This week's activities"), std::string::npos);
    Tap("lang.fr");
    EXPECT_NE(AllText().find("Activités de la semaine"), std::string::npos);
}

TEST_F(UiFixture, VolunteerSeesLessThanCoordinator) {
    Tap("welcome.staff");
    ASSERT_EQ(Screen(), "staff-pin");
    // The volunteer's PIN alone signs her in.
    headless->Type(*app, kDemoVolunteerPin);
    headless->PressEnter(*app);
    app->WaitIdle();
    Settle();
    ASSERT_TRUE(app->state().staff.has_value()) << app->state().notice.text;
    EXPECT_EQ(app->state().staff->role, StaffRole::Volunteer);
    int volunteer_items = 0;
    for (const auto& w : WidgetsDrawn()) volunteer_items += w.id.rfind("menu.", 0) == 0;
    Tap("top.finish");
    app->OpenForAutomation(ui::Screen::StaffToday);
    Settle();
    int coordinator_items = 0;
    for (const auto& w : WidgetsDrawn()) coordinator_items += w.id.rfind("menu.", 0) == 0;
    EXPECT_LT(volunteer_items, coordinator_items);
    EXPECT_EQ(coordinator_items, 8);
}

}  // namespace
}  // namespace palier::ui::test
