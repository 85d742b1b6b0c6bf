// Time on screen: an idle welcome screen turns to the new day at midnight without a touch, and
// the site's time zone is a setting.
#include "UiFixture.h"
#include "kiosk/Format.h"

namespace palier::ui::test {
namespace {

TEST_F(UiFixture, IdleWelcomeShowsTheNewDateAfterMidnight) {
    const Date day = palier::test::TestToday();
    clock.Set(day, 23, 59);
    app->OpenForAutomation(ui::Screen::Welcome);
    Settle();
    ASSERT_EQ(Screen(), "welcome");
    EXPECT_NE(AllText().find(DayHeading(day)), std::string::npos) << AllText();
    // The shell sleeps until the next timer: midnight is at most a minute away, not 30 s idle.
    EXPECT_LE(app->NextTimer(), 60.1);
    EXPECT_GT(app->NextTimer(), 0.0);

    clock.AdvanceSeconds(61);  // 00:00 and a second: no touch in between
    Settle();
    const Date tomorrow = AddDays(day, 1);
    EXPECT_EQ(app->state().today, tomorrow);
    EXPECT_NE(AllText().find(DayHeading(tomorrow)), std::string::npos) << AllText();
    EXPECT_EQ(AllText().find(DayHeading(day)), std::string::npos);
}

TEST_F(UiFixture, TheSitesTimeZoneIsChosenInTheSettings) {
    app->OpenForAutomation(ui::Screen::StaffSettings);
    Settle();
    EXPECT_EQ(AllText().find(Tr("ui.settings.time_zone_next_start")), std::string::npos);
    for (int i = 0; i < 3; ++i) Tap("settings.zone");  // Paris, Guadeloupe, Martinique, Cayenne
    Settle();
    EXPECT_NE(AllText().find(Tr("ui.settings.time_zone_next_start")), std::string::npos) << AllText();
    Tap("settings.save");
    EXPECT_EQ(LoadSettings(*db).time_zone, "America/Cayenne");
}

}  // namespace
}  // namespace palier::ui::test
