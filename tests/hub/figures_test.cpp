// The coordinators' figures (kiosk/Figures.h) on a network built by the test: each figure of
// the day and of the week, per site and in total, with visits on both edges of the week.
#include "kiosk/Figures.h"

#include <gtest/gtest.h>

#include "figures_support.h"

using namespace palier;
using namespace palier::test;

namespace {

class FiguresTest : public DbTest {
  protected:
    void SetUp() override {
        DbTest::SetUp();
        clock.Set(D(kNetworkToday), 15, 0);
        BuildNetwork(*db);
    }
    Figures Of(Period p) {
        auto f = FiguresOf(*db, p);
        EXPECT_TRUE(f) << (f ? "" : Describe(f.problem()));
        return f ? *f : Figures{};
    }
    static const SiteFigures& Site(const Figures& f, const Id& id) {
        for (const auto& s : f.sites)
            if (s.site_id == id) return s;
        ADD_FAILURE() << "no site " << id;
        return f.total;
    }
};

TEST_F(FiguresTest, TheWeekRunsFromMondayToSundayWhateverTheDay) {
    for (const char* day : {"2026-11-23", "2026-11-25", "2026-11-29"}) {
        const Period p = WeekPeriod(D(day));
        EXPECT_EQ(FormatDate(p.first), "2026-11-23") << day;
        EXPECT_EQ(FormatDate(p.last), "2026-11-29") << day;
    }
    EXPECT_EQ(FormatDate(DayPeriod(D("2026-11-25")).last), "2026-11-25");
}

TEST_F(FiguresTest, EverySiteIsListedInTheSitesOrderEvenWithNothing) {
    const Figures f = Of(DayPeriod(D("2026-12-24")));
    ASSERT_EQ(f.sites.size(), 2u);
    EXPECT_EQ(f.sites[0].site_name, "Centre Arc-en-ciel");
    EXPECT_EQ(f.sites[1].site_name, "Bus des quartiers");
    EXPECT_EQ(f.total.visits, 0);
    EXPECT_EQ(FillPercent(f.total), -1);
    EXPECT_EQ(NoShowPercent(f.total), -1);
}

TEST_F(FiguresTest, VisitsCountByLocalDayAndTheWeekKeepsItsEdges) {
    const Figures today = Of(DayPeriod(D(kNetworkToday)));
    EXPECT_EQ(Site(today, kCentre).visits, 2);  // Amina and the anonymous walk-in
    EXPECT_EQ(Site(today, kBus).visits, 1);
    EXPECT_EQ(today.total.visits, 3);

    const Figures week = Of(WeekPeriod(D(kNetworkToday)));
    // Monday 00:01 is in, Sunday 23:59 before is out; Sunday 23:59 is in, next Monday 00:01 out.
    EXPECT_EQ(Site(week, kCentre).visits, 3);
    EXPECT_EQ(Site(week, kBus).visits, 2);
    EXPECT_EQ(week.total.visits, 5);

    const Figures sunday_before = Of(DayPeriod(D("2026-11-22")));
    EXPECT_EQ(sunday_before.total.visits, 1);
    const Figures next_monday = Of(DayPeriod(D("2026-11-30")));
    EXPECT_EQ(next_monday.total.visits, 1);
}

TEST_F(FiguresTest, AFirstVisitIsTheFirstEverAndCountsAtItsSite) {
    const Figures today = Of(DayPeriod(D(kNetworkToday)));
    EXPECT_EQ(Site(today, kCentre).first_visits, 0);  // Amina came on Sunday already
    EXPECT_EQ(Site(today, kBus).first_visits, 1);     // Chloé
    const Figures week = Of(WeekPeriod(D(kNetworkToday)));
    EXPECT_EQ(Site(week, kCentre).first_visits, 1);  // Bruno on Monday 00:01
    EXPECT_EQ(Site(week, kBus).first_visits, 1);     // not Bruno again on Sunday
    EXPECT_EQ(week.total.first_visits, 2);
    EXPECT_EQ(Of(DayPeriod(D("2026-11-22"))).total.first_visits, 1);  // Amina
    EXPECT_EQ(Of(DayPeriod(D("2026-11-30"))).total.first_visits, 1);  // Driss
}

TEST_F(FiguresTest, OrientationsOpenedInThePeriodAndOverdueToday) {
    const Figures today = Of(DayPeriod(D(kNetworkToday)));
    EXPECT_EQ(Site(today, kCentre).orientations_opened, 1);
    EXPECT_EQ(Site(today, kBus).orientations_opened, 0);
    const Figures week = Of(WeekPeriod(D(kNetworkToday)));
    EXPECT_EQ(week.total.orientations_opened, 2);
    // Overdue: still open and due before today; the one due today and the closed one are not.
    for (const Figures* f : {&today, &week}) {
        EXPECT_EQ(Site(*f, kCentre).orientations_overdue, 1);
        EXPECT_EQ(Site(*f, kBus).orientations_overdue, 1);
        EXPECT_EQ(f->total.orientations_overdue, 2);
    }
}

TEST_F(FiguresTest, BookingsFillAndWaitlistsOfThePeriodsSessions) {
    const Figures today = Of(DayPeriod(D(kNetworkToday)));
    const SiteFigures& centre = Site(today, kCentre);
    EXPECT_EQ(centre.bookings, 1);
    EXPECT_EQ(centre.seats_taken, 3);
    EXPECT_EQ(centre.seats_offered, 10);
    EXPECT_EQ(FillPercent(centre), 30);
    EXPECT_EQ(centre.waitlisted, 1);
    EXPECT_EQ(Site(today, kBus).seats_offered, 0);
    EXPECT_EQ(FillPercent(Site(today, kBus)), -1);

    // The week: Monday's and today's knitting (the cancelled one and next week's aside), and
    // Friday's games on the bus, full with two waiting.
    const Figures week = Of(WeekPeriod(D(kNetworkToday)));
    EXPECT_EQ(Site(week, kCentre).bookings, 4);
    EXPECT_EQ(Site(week, kCentre).seats_taken, 7);
    EXPECT_EQ(Site(week, kCentre).seats_offered, 20);
    EXPECT_EQ(FillPercent(Site(week, kCentre)), 35);
    EXPECT_EQ(FillPercent(Site(week, kBus)), 100);
    EXPECT_EQ(Site(week, kBus).waitlisted, 2);
    EXPECT_EQ(week.total.bookings, 5);
    EXPECT_EQ(week.total.waitlisted, 3);
    EXPECT_EQ(FillPercent(week.total), 46);  // 11 of 24
}

TEST_F(FiguresTest, NoShowsAreAbsencesAmongBookingsOfSessionsOver) {
    const Figures week = Of(WeekPeriod(D(kNetworkToday)));
    EXPECT_EQ(week.total.past_bookings, 3);  // Monday: attended, absent, not taken; cancelled aside
    EXPECT_EQ(week.total.no_shows, 1);
    EXPECT_EQ(NoShowPercent(week.total), 33);
    EXPECT_EQ(NoShowPercent(Of(DayPeriod(D(kNetworkToday))).total), -1);  // nothing over yet today
}

}  // namespace
