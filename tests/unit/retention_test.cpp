// The retention purge: 24 months without contact by the person or their family, never someone
// with an open orientation or a booking still to come, and re-checked after later edits.
#include "booking_fixture.h"
#include "kiosk/Orientations.h"
#include "kiosk/Privacy.h"
#include "storage/BookingStore.h"
#include "storage/PersonStore.h"

using namespace palier;
using namespace palier::test;

namespace {
class RetentionTest : public BookingFixture {
protected:
    bool Erased(const Id& p) { return storage::LoadPerson(*db, p)->erased; }
    int Purge() {
        auto r = RunRetentionPurge(*db, "st");
        EXPECT_TRUE(r) << Describe(r.problem());
        return r ? r->erased : -1;
    }
    // A one-session activity on `day` at 14:00.
    Id SessionOn(const char* day) {
        Activity a;
        a.site_id = site;
        a.title = std::string("Sortie ") + day;
        a.capacity = 10;
        a.rule = {Weekday(D(day)), "14:00", "17:00", day, day, {}};
        return storage::SessionsOfActivity(*db, *SaveActivityAndSessions(*db, a)).at(0).id;
    }
};
}  // namespace

TEST_F(RetentionTest, TheBoundaryIsTwentyFourMonthsToTheDay) {
    clock.Set(D("2026-11-30"), 9, 0);
    const Id day_before = Person("Avant");
    clock.Set(D("2026-12-01"), 9, 0);
    const Id on_the_day = Person("Pile");
    clock.Set(D("2028-12-01"), 9, 0);
    EXPECT_EQ(Purge(), 1);
    EXPECT_TRUE(Erased(day_before));
    EXPECT_FALSE(Erased(on_the_day));
    clock.Set(D("2028-12-02"), 9, 0);
    EXPECT_EQ(Purge(), 1);
    EXPECT_TRUE(Erased(on_the_day));
}

TEST_F(RetentionTest, AnOpenOrientationKeepsThePersonUntilItIsClosed) {
    const Id p = Person("Orienté");
    auto o = CreateOrientation(*db, site, "st", {p, Topic::Housing, "", "2026-12-01", ""});
    ASSERT_TRUE(o);
    clock.Set(D("2029-06-01"), 9, 0);
    EXPECT_EQ(Purge(), 0);
    EXPECT_FALSE(Erased(p));
    // Later edit: the request is dropped; nothing else holds them.
    ASSERT_TRUE(ChangeOrientationStatus(*db, *o, "st", {OrientationStatus::Dropped, "", "", ""}));
    EXPECT_EQ(Purge(), 1);
    EXPECT_TRUE(Erased(p));
}

TEST_F(RetentionTest, AnOrientationCountsAsContact) {
    const Id p = Person("Suivi");
    clock.Set(D("2027-06-01"), 9, 0);
    auto o = CreateOrientation(*db, site, "st", {p, Topic::Caf, "", "2027-06-15", ""});
    ASSERT_TRUE(o);
    ASSERT_TRUE(ChangeOrientationStatus(*db, *o, "st", {OrientationStatus::Dropped, "", "", ""}));
    clock.Set(D("2029-05-31"), 9, 0);  // cutoff 2027-05-31: the request of 2027-06-01 is contact
    EXPECT_EQ(Purge(), 0);
    clock.Set(D("2029-06-02"), 9, 0);
    EXPECT_EQ(Purge(), 1);
    EXPECT_TRUE(Erased(p));
}

TEST_F(RetentionTest, ABookingStillToComeKeepsThePersonUntilCancelled) {
    const Id p = Person("Voyageur");
    const Id far = SessionOn("2029-01-16");  // booked in 2026 for a trip in 2029
    const Id booking = BookFor(far, p)->booking.id;
    clock.Set(D("2028-12-01"), 9, 0);
    EXPECT_EQ(Purge(), 0);
    EXPECT_FALSE(Erased(p));
    ASSERT_TRUE(CancelBooking(*db, booking));
    EXPECT_EQ(Purge(), 1);
    EXPECT_TRUE(Erased(p));
}

TEST_F(RetentionTest, AChildsBookingIsContactForTheGuardianAndTheGuardianKeepsTheChildren) {
    const Id mother = Person("Mère", 1985);
    const Id son = Person("Fils", 2016, mother);
    const Id daughter = Person("Fille", 2018, mother);
    clock.Set(D("2027-06-01"), 9, 0);
    ASSERT_TRUE(BookFor(SessionOn("2027-06-08"), son));  // the son's booking, made by his mother
    clock.Set(D("2029-01-10"), 9, 0);                      // cutoff 2027-01-10
    EXPECT_EQ(Purge(), 0);
    for (const Id& id : {mother, son, daughter}) EXPECT_FALSE(Erased(id));

    // The mother's own visit keeps her children too.
    ASSERT_TRUE(LogVisit(*db, site, {mother, kReasonCoffee, "fr"}));
    clock.Set(D("2030-06-01"), 9, 0);  // cutoff 2028-06-01: the visit of 2029-01-10 counts
    EXPECT_EQ(Purge(), 0);
    for (const Id& id : {mother, son, daughter}) EXPECT_FALSE(Erased(id));

    clock.Set(D("2031-01-11"), 9, 0);  // no contact since 2029-01-10: the family goes together
    EXPECT_EQ(Purge(), 3);
    for (const Id& id : {mother, son, daughter}) EXPECT_TRUE(Erased(id));
}
