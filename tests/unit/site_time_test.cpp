// The site's civil time: its zone is a setting applied whatever the machine's TZ, the autumn
// night's doubled hour stays unambiguous in stored instants, and --now parses local times.
#include <gtest/gtest.h>

#include "kiosk/Settings.h"
#include "kiosk/SiteTime.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

namespace {
// Puts the process back in the site's zone however the test ends.
struct ZoneGuard {
    ~ZoneGuard() { UseTimeZone(kDefaultTimeZone); }
};
}  // namespace

TEST(SiteTime, KnownZonesOnly) {
    ZoneGuard guard;
    EXPECT_TRUE(IsKnownTimeZone("Europe/Paris"));
    EXPECT_TRUE(IsKnownTimeZone("America/Cayenne"));
    EXPECT_FALSE(IsKnownTimeZone("Mars/Olympus"));
    EXPECT_FALSE(IsKnownTimeZone("../../etc/passwd"));
    EXPECT_FALSE(IsKnownTimeZone("/usr/share/zoneinfo/UTC"));
    EXPECT_FALSE(IsKnownTimeZone(""));
    ASSERT_TRUE(UseTimeZone("Europe/Paris"));
    EXPECT_FALSE(UseTimeZone("Nowhere/Town"));
    EXPECT_EQ(CurrentTimeZone(), "Europe/Paris");  // an unknown zone changes nothing
}

TEST(SiteTime, TheSameInstantReadsInTheSitesZone) {
    ZoneGuard guard;
    ASSERT_TRUE(UseTimeZone("Europe/Paris"));
    const int64_t ms = *ParseLocalStamp("2026-11-29T23:59");
    EXPECT_EQ(NowStamp(FixedClock(ms)), "2026-11-29T23:59");
    EXPECT_EQ(NowInstant(FixedClock(ms)), "2026-11-29T23:59:00+01:00");
    ASSERT_TRUE(UseTimeZone("America/Cayenne"));  // a centre in French Guiana
    EXPECT_EQ(NowStamp(FixedClock(ms)), "2026-11-29T19:59");
    EXPECT_EQ(FormatDate(Today(FixedClock(ms))), "2026-11-29");
    ASSERT_TRUE(UseTimeZone("Asia/Tokyo"));
    EXPECT_EQ(FormatDate(Today(FixedClock(ms))), "2026-11-30");
}

TEST(SiteTime, TheHourThatHappensTwiceStaysUnambiguous) {
    ZoneGuard guard;
    ASSERT_TRUE(UseTimeZone("Europe/Paris"));
    // 25 October 2026: at 03:00 summer time the clocks go back to 02:00.
    const int64_t first = *ParseLocalStamp("2026-10-25T02:30");
    const int64_t second = first + 3600 * 1000;
    EXPECT_EQ(first, LocalMs(*ParseDate("2026-10-25"), 2, 30));  // the first 02:30
    EXPECT_EQ(NowStamp(FixedClock(first)), NowStamp(FixedClock(second)));
    EXPECT_EQ(NowInstant(FixedClock(first)), "2026-10-25T02:30:00+02:00");
    EXPECT_EQ(NowInstant(FixedClock(second)), "2026-10-25T02:30:00+01:00");
    // The day still has its 25 hours of dates right.
    EXPECT_EQ(FormatDate(Today(FixedClock(LocalMs(*ParseDate("2026-10-25"), 23, 59)))), "2026-10-25");
    EXPECT_EQ(LocalMs(*ParseDate("2026-10-26"), 0, 0) - LocalMs(*ParseDate("2026-10-25"), 0, 0), 25LL * 3600 * 1000);
}

TEST(SiteTime, NowMustBeALocalTimeThatExists) {
    ZoneGuard guard;
    ASSERT_TRUE(UseTimeZone("Europe/Paris"));
    EXPECT_TRUE(ParseLocalStamp("2026-11-23T14:30"));
    EXPECT_FALSE(ParseLocalStamp("2026-03-29T02:30"));  // skipped: clocks go forward at 02:00
    EXPECT_FALSE(ParseLocalStamp("2026-02-30T10:00"));
    EXPECT_FALSE(ParseLocalStamp("2026-11-23 14:30"));
    EXPECT_FALSE(ParseLocalStamp("2026-11-23T24:00"));
    EXPECT_FALSE(ParseLocalStamp("tomorrow"));
}

class SiteTimeDb : public DbTest {};

TEST_F(SiteTimeDb, TheZoneIsASettingAppliedAtStart) {
    ZoneGuard guard;
    KioskSettings s = LoadSettings(*db);
    EXPECT_EQ(s.time_zone, "Europe/Paris");
    s.time_zone = "Atlantis/Capital";
    EXPECT_EQ(SaveSettings(*db, s).problem().key, "err.unknown_time_zone");
    s.time_zone = "Indian/Reunion";
    ASSERT_TRUE(SaveSettings(*db, s));
    ASSERT_TRUE(UseTimeZone("UTC"));  // whatever the machine says
    UseSiteTimeZone(*db);
    EXPECT_EQ(CurrentTimeZone(), "Indian/Reunion");
}

TEST_F(SiteTimeDb, NowStartsTheClockThereAndItRuns) {
    ZoneGuard guard;
    EXPECT_EQ(StartClockAt(*db, "2026-13-01T10:00").problem().key, "err.now_format");
    ASSERT_TRUE(StartClockAt(*db, "2026-11-29T23:59"));
    EXPECT_EQ(NowStamp(db->clock()), "2026-11-29T23:59");
    // Stamps made after a --now in the past still sort after every earlier one.
    const Hlc a = db->NextHlc(), b = db->NextHlc();
    EXPECT_LT(a, b);
}
