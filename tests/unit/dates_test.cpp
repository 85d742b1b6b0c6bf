#include <gtest/gtest.h>

#include "kiosk/Dates.h"

using namespace palier;

TEST(Dates, ParseRejectsImpossibleDates) {
    EXPECT_TRUE(ParseDate("2024-02-29"));
    EXPECT_FALSE(ParseDate("2026-02-29"));
    EXPECT_FALSE(ParseDate("2026-02-30"));
    EXPECT_FALSE(ParseDate("2026-13-01"));
    EXPECT_FALSE(ParseDate("26-01-01"));
    EXPECT_FALSE(ParseDate("2026-1-01"));
    EXPECT_FALSE(ParseDate("abcd-ef-gh"));
    EXPECT_FALSE(ParseDate(""));
}

TEST(Dates, Times) {
    EXPECT_TRUE(IsValidTime("00:00"));
    EXPECT_TRUE(IsValidTime("23:59"));
    EXPECT_FALSE(IsValidTime("24:00"));
    EXPECT_FALSE(IsValidTime("12:60"));
    EXPECT_FALSE(IsValidTime("9:00"));
}

TEST(Dates, WeekdaysAndIsoWeeks) {
    const Date d = *ParseDate("2026-11-23");
    EXPECT_EQ(Weekday(d), 1);
    EXPECT_EQ(IsoWeek(d), "2026-W48");
    EXPECT_EQ(FormatDate(MondayOf(*ParseDate("2026-11-29"))), "2026-11-23");
    EXPECT_EQ(IsoWeek(*ParseDate("2027-01-01")), "2026-W53");  // a Friday: week of 2026
    EXPECT_EQ(IsoWeek(*ParseDate("2025-12-29")), "2026-W01");
    EXPECT_EQ(FormatDate(*ParseIsoWeek("2026-W48")), "2026-11-23");
    EXPECT_EQ(FormatDate(*ParseIsoWeek("2026-W01")), "2025-12-29");
    EXPECT_FALSE(ParseIsoWeek("2025-W53"));  // 2025 has 52 weeks
    EXPECT_FALSE(ParseIsoWeek("2026-W00"));
    EXPECT_FALSE(ParseIsoWeek("2026W48"));
}

TEST(Dates, LocalTimeRoundTrip) {
    const Date d = *ParseDate("2026-07-14");
    const Clock c = FixedClock(LocalMs(d, 14, 30));
    EXPECT_EQ(FormatDate(Today(c)), "2026-07-14");
    EXPECT_EQ(NowStamp(c), "2026-07-14T14:30");
}
