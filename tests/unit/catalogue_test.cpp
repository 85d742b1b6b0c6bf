#include "booking_fixture.h"
#include "storage/BookingStore.h"

using namespace palier;
using namespace palier::test;

TEST(Recurrence, ExpandsWeekdaysBetweenDatesWithoutSkipped) {
    Recurrence r{3, "14:00", "17:00", "2026-11-01", "2026-11-30", {"2026-11-11"}};
    std::vector<std::string> got;
    for (Date d : ExpandRecurrence(r)) got.push_back(FormatDate(d));
    EXPECT_EQ(got, (std::vector<std::string>{"2026-11-04", "2026-11-18", "2026-11-25"}));
    r.weekday = 0;
    EXPECT_TRUE(ExpandRecurrence(r).empty());
}

class CatalogueTest : public ScenarioFixture {
protected:
    Activity Base() {
        Activity a;
        a.site_id = site;
        a.title = "Atelier couture";
        a.capacity = 6;
        a.rule = {4, "14:00", "16:00", "2026-11-01", "2026-12-31", {}};
        return a;
    }
};

TEST_F(CatalogueTest, SavingAnActivityCreatesItsSessions) {
    auto id = SaveActivityAndSessions(*db, Base());
    ASSERT_TRUE(id);
    const auto sessions = storage::SessionsOfActivity(*db, *id);
    ASSERT_EQ(sessions.size(), 9u);  // Thursdays of Nov and Dec 2026
    EXPECT_EQ(sessions.front().start, "2026-11-05T14:00");
    EXPECT_EQ(sessions.front().end, "2026-11-05T16:00");
    auto week = WeekProgramme(*db, D("2026-11-23"));
    ASSERT_TRUE(week);
    ASSERT_EQ(week->size(), 1u);
    EXPECT_EQ(week->at(0).seats_left, 6);
}

TEST_F(CatalogueTest, ChangingTheRuleKeepsBookedSessionsAndDropsEmptyOnes) {
    Activity a = Base();
    auto id = SaveActivityAndSessions(*db, a);
    const auto before = storage::SessionsOfActivity(*db, *id);
    // Someone books 2026-12-03; then the workshop moves to Fridays.
    Id booked;
    for (const auto& s : before)
        if (s.start == "2026-12-03T14:00") booked = s.id;
    ASSERT_TRUE(BookFor(booked, Person("Monique")));
    a.id = *id;
    a.rule.weekday = 5;
    ASSERT_TRUE(SaveActivityAndSessions(*db, a));
    std::vector<std::string> starts;
    for (const auto& s : storage::SessionsOfActivity(*db, *id)) starts.push_back(s.start);
    EXPECT_NE(std::find(starts.begin(), starts.end(), "2026-12-03T14:00"), starts.end());  // booked: kept
    EXPECT_EQ(std::find(starts.begin(), starts.end(), "2026-12-10T14:00"), starts.end());  // empty: gone
    EXPECT_NE(std::find(starts.begin(), starts.end(), "2026-11-05T14:00"), starts.end());  // past: kept
    EXPECT_NE(std::find(starts.begin(), starts.end(), "2026-12-04T14:00"), starts.end());  // new Friday
}

TEST_F(CatalogueTest, RefusesImpossibleActivities) {
    Activity a = Base();
    a.title = " ";
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().field, "field.title");
    a = Base();
    a.capacity = 0;
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.capacity_range");
    a = Base();
    a.price_cents = -100;
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.negative");
    a = Base();
    a.rule.end_time = "13:00";
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.end_before_start");
    a = Base();
    a.rule.to = "2026-02-30";
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.bad_date");
    a = Base();
    a.rule.weekday = 9;
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.weekday");
    a = Base();
    a.age_min = 12;
    a.age_max = 10;
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.age_order");
    a = Base();
    a.kind = ActivityKind::HomeworkHelp;
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.no_tutors");
    a = Base();
    a.rule.from = "2026-01-01";
    a.rule.to = "2028-01-01";
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.rule_too_long");
    EXPECT_TRUE(storage::AllActivities(*db).empty());
}

TEST_F(CatalogueTest, CancellingASessionCancelsItsBookingsAndSaysWhoToTell) {
    const Id s = SessionOf(MakeActivity(1));
    ASSERT_TRUE(BookFor(s, Person("Ana")));
    ASSERT_TRUE(BookFor(s, Person("Bilal"), 1, true));
    auto told = CancelSession(*db, s);
    ASSERT_TRUE(told);
    ASSERT_EQ(told->size(), 2u);
    EXPECT_EQ(told->at(0).person.first_name, "Ana");
    for (const auto& b : storage::BookingsOfSession(*db, s)) EXPECT_EQ(b.status, BookingStatus::Cancelled);
    EXPECT_TRUE(ViewSession(*db, s)->session.cancelled);
    EXPECT_EQ(CancelSession(*db, s).problem().key, "err.session_cancelled");
}

TEST_F(CatalogueTest, CapacityCannotGoBelowSeatsGivenAndRaisingPromotes) {
    const Id s = SessionOf(MakeActivity(2));
    ASSERT_TRUE(BookFor(s, Person("A"), 2));
    auto w = BookFor(s, Person("B"), 1, true);
    auto r = SetSessionCapacity(*db, s, 1);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.capacity_below_booked");
    auto up = SetSessionCapacity(*db, s, 3);
    ASSERT_TRUE(up);
    ASSERT_EQ(up->size(), 1u);
    EXPECT_EQ(up->at(0).id, w->booking.id);
    EXPECT_EQ(ViewSession(*db, s)->capacity, 3);
}
