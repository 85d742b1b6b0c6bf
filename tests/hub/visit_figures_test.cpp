// Visits in detail (kiosk/VisitFigures.h) on the network of figures_support.h: this week by day
// and by reason, and the weeks of the chart, with visits on both edges of the week.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "kiosk/Codes.h"
#include "kiosk/VisitFigures.h"

using namespace palier;
using namespace palier::test;

namespace {

class VisitFiguresTest : public DbTest {
  protected:
    void SetUp() override {
        DbTest::SetUp();
        clock.Set(D(kNetworkToday), 15, 0);
        BuildNetwork(*db);
    }
    VisitFigures Of(int weeks, const char* today = kNetworkToday) {
        auto f = VisitFiguresOf(*db, D(today), weeks);
        EXPECT_TRUE(f) << (f ? "" : Describe(f.problem()));
        return f ? *f : VisitFigures{};
    }
    static const SiteVisits& Site(const VisitFigures& f, const Id& id) {
        for (const auto& s : f.sites)
            if (s.site_id == id) return s;
        ADD_FAILURE() << "no site " << id;
        return f.total;
    }
    void AddVisit(const Id& site_id, const char* at, uint32_t reasons) {
        storage::Transaction tx(db->sql());
        Visit v;
        v.site_id = site_id;
        v.at = at;
        v.reasons = reasons;
        storage::SaveVisit(*db, v);
        tx.commit();
    }
    static int Reason(const SiteVisits& v, VisitReason r) {
        const auto all = AllReasons();
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i] == r) return v.by_reason.at(i);
        ADD_FAILURE() << "no reason " << r;
        return -1;
    }
};

TEST_F(VisitFiguresTest, TheChartsWeeksEndWithThisWeekAndRunMondayToSunday) {
    const VisitFigures f = Of(3);
    EXPECT_EQ(FormatDate(f.week.first), "2026-11-23");
    EXPECT_EQ(FormatDate(f.week.last), "2026-11-29");
    ASSERT_EQ(f.weeks.size(), 3u);
    EXPECT_EQ(FormatDate(f.weeks[0]), "2026-11-09");
    EXPECT_EQ(FormatDate(f.weeks[1]), "2026-11-16");
    EXPECT_EQ(FormatDate(f.weeks[2]), "2026-11-23");
    // Asked on Sunday, the same week.
    EXPECT_EQ(FormatDate(Of(3, "2026-11-29").weeks.back()), "2026-11-23");
}

TEST_F(VisitFiguresTest, SundayAt2359IsTheWeekBeforeAndMondayAt0001TheWeekAfter) {
    const VisitFigures f = Of(2);
    // Centre: Sunday 22 at 23:59 in the week of the 16th; Monday 23 at 00:01, today twice.
    EXPECT_EQ(Site(f, kCentre).by_week, (std::vector<int>{1, 3}));
    // Bus: today and Sunday 29 at 23:59; next Monday's visit is in no week shown.
    EXPECT_EQ(Site(f, kBus).by_week, (std::vector<int>{0, 2}));
    EXPECT_EQ(f.total.by_week, (std::vector<int>{1, 5}));
    // Asked a week later, Monday 30 at 00:01 opens the new week and Sunday 29 closes the old one.
    const VisitFigures later = Of(2, "2026-12-02");
    EXPECT_EQ(Site(later, kBus).by_week, (std::vector<int>{2, 0}));
    EXPECT_EQ(Site(later, kCentre).by_week, (std::vector<int>{3, 1}));
}

TEST_F(VisitFiguresTest, AWeekWithNoVisitCountsZeroInsteadOfLeavingAGap) {
    const VisitFigures f = Of(5);
    EXPECT_EQ(Site(f, kCentre).by_week, (std::vector<int>{0, 0, 0, 1, 3}));
    EXPECT_EQ(Site(f, kBus).by_week, (std::vector<int>{0, 0, 0, 0, 2}));
    const VisitFigures quiet = Of(2, "2027-03-10");
    EXPECT_EQ(quiet.total.by_week, (std::vector<int>{0, 0}));
    ASSERT_EQ(quiet.sites.size(), 2u);  // every site listed, even with nothing
    EXPECT_EQ(quiet.sites[0].site_name, "Centre Arc-en-ciel");
    EXPECT_EQ(quiet.sites[1].week, 0);
}

TEST_F(VisitFiguresTest, ThisWeekByDayFromMondayToSunday) {
    const VisitFigures f = Of(kDefaultChartWeeks);
    EXPECT_EQ(Site(f, kCentre).by_day, (std::array<int, 7>{1, 0, 2, 0, 0, 0, 0}));
    EXPECT_EQ(Site(f, kBus).by_day, (std::array<int, 7>{0, 0, 1, 0, 0, 0, 1}));
    EXPECT_EQ(Site(f, kCentre).week, 3);
    EXPECT_EQ(Site(f, kBus).week, 2);
    EXPECT_EQ(f.total.week, 5);
    EXPECT_EQ(f.total.by_day[2], 3);
}

TEST_F(VisitFiguresTest, AVisitWithSeveralReasonsCountsUnderEachOfThem) {
    AddVisit(kCentre, "2026-11-24T09:30:00+01:00", kReasonPaperwork | kReasonCoffee);
    AddVisit(kBus, "2026-11-20T09:30:00+01:00", kReasonComputer);  // last week: not this week's
    const VisitFigures f = Of(2);
    const SiteVisits& centre = Site(f, kCentre);
    EXPECT_EQ(Reason(centre, kReasonInformation), 3);
    EXPECT_EQ(Reason(centre, kReasonPaperwork), 1);
    EXPECT_EQ(Reason(centre, kReasonCoffee), 1);
    EXPECT_EQ(Reason(centre, kReasonComputer), 0);
    EXPECT_EQ(centre.week, 4);  // four visits, five reasons
    EXPECT_EQ(Reason(f.total, kReasonInformation), 5);
    EXPECT_EQ(Reason(f.total, kReasonComputer), 0);
    EXPECT_EQ(Site(f, kBus).by_week, (std::vector<int>{1, 2}));
}

TEST_F(VisitFiguresTest, AVisitAtASiteNotKnownHereComesLastNamedByItsId) {
    AddVisit("site-gone", "2026-11-26T10:00:00+01:00", kReasonInformation);
    const VisitFigures f = Of(1);
    ASSERT_EQ(f.sites.size(), 3u);
    EXPECT_EQ(f.sites[2].site_name, "site-gone");
    EXPECT_EQ(f.sites[2].by_day[3], 1);
    EXPECT_EQ(f.total.week, 6);
}

TEST_F(VisitFiguresTest, TheNumberOfWeeksIsKeptWithinBounds) {
    EXPECT_EQ(ChartWeeks(0), 1);
    EXPECT_EQ(ChartWeeks(-3), 1);
    EXPECT_EQ(ChartWeeks(12), 12);
    EXPECT_EQ(ChartWeeks(5000), kMaxChartWeeks);
    EXPECT_EQ(Of(0).weeks.size(), 1u);
    EXPECT_EQ(Of(5000).total.by_week.size(), static_cast<size_t>(kMaxChartWeeks));
}

}  // namespace
