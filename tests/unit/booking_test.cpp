#include "booking_fixture.h"
#include "storage/BookingStore.h"

using namespace palier;
using namespace palier::test;

class BookingTest : public BookingFixture {};

TEST_F(BookingTest, ConfirmsWhileSeatsLastThenOffersTheWaitlist) {
    const Id s = SessionOf(MakeActivity(3));
    auto a = BookFor(s, Person("Ana"), 2);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->booking.status, BookingStatus::Confirmed);
    EXPECT_EQ(a->booking.code.size(), 4u);
    auto b = BookFor(s, Person("Bilal"), 2);
    ASSERT_FALSE(b);
    EXPECT_EQ(b.problem().key, "err.session_full");
    EXPECT_EQ(b.problem().args.at("left"), "1");
    auto c = BookFor(s, Person("Chloé"), 1);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->booking.status, BookingStatus::Confirmed);
    auto d = BookFor(s, Person("Dylan"), 1, /*waitlist=*/true);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->booking.status, BookingStatus::Waitlisted);
    EXPECT_EQ(d->waitlist_position, 1);
    auto e = BookFor(s, Person("Emma"), 1, true);
    EXPECT_EQ(e->waitlist_position, 2);
    auto view = ViewSession(*db, s);
    EXPECT_EQ(view->seats_left, 0);
    EXPECT_EQ(view->seats_taken, 3);
    EXPECT_EQ(view->waitlisted, 2);
}

TEST_F(BookingTest, OnePersonOneLiveBookingPerSession) {
    const Id s = SessionOf(MakeActivity(5));
    const Id p = Person("Fatima");
    ASSERT_TRUE(BookFor(s, p));
    EXPECT_EQ(BookFor(s, p).problem().key, "err.already_booked");
    EXPECT_EQ(BookFor(s, p, 1, true).problem().key, "err.already_booked");
}

TEST_F(BookingTest, CancelledBookingCanBeMadeAgain) {
    const Id s = SessionOf(MakeActivity(5));
    const Id p = Person("Fatima");
    auto b = BookFor(s, p);
    ASSERT_TRUE(CancelBooking(*db, b->booking.id));
    EXPECT_TRUE(BookFor(s, p));
}

TEST_F(BookingTest, RefusesNegativeOrTooManySeats) {
    const Id s = SessionOf(MakeActivity(5));
    EXPECT_EQ(BookFor(s, Person("A"), -2).problem().key, "err.seats_range");
    EXPECT_EQ(BookFor(s, Person("B"), 0).problem().field, "field.seats");
    EXPECT_EQ(BookFor(s, Person("C"), 11).problem().key, "err.seats_range");
}

TEST_F(BookingTest, AgeRangeIsEnforced) {
    const Id s = SessionOf(MakeActivity(5, ActivityKind::Workshop, {}, 16, 25));
    EXPECT_EQ(BookFor(s, Person("Old", 1950)).problem().key, "err.age_range");
    EXPECT_EQ(BookFor(s, Person("Kid", 2018)).problem().key, "err.age_range");
    EXPECT_EQ(BookFor(s, Person("Unknown", 0)).problem().key, "err.age_unknown");
    EXPECT_TRUE(BookFor(s, Person("Young", 2005)));
    EXPECT_EQ(Describe(BookFor(s, Person("Old2", 1950)).problem()), "Cette activité est pour les 16–25 ans.");
}

TEST_F(BookingTest, AMinorsOutingNeedsAGuardian) {
    const Id s = SessionOf(MakeActivity(30, ActivityKind::Outing, {}, 0, 0, true));
    const Id parent = Person("Mariam", 1985);
    EXPECT_EQ(BookFor(s, Person("Lina", 2016)).problem().key, "err.guardian_needed");
    EXPECT_TRUE(BookFor(s, Person("Rayan", 2016, parent)));
    EXPECT_TRUE(BookFor(s, parent));
}

TEST_F(BookingTest, CancelledOrPastSessionsAreRefused) {
    const Id s = SessionOf(MakeActivity(5));
    const Id late = Person("Late");
    const int64_t before = *clock.ms;
    const Date day = SessionDay();
    clock.Set(day, 14, 0);
    EXPECT_EQ(BookFor(s, late).problem().key, "err.session_past");  // starting now is too late
    clock.Set(day, 13, 59);
    auto in_time = BookFor(s, late);
    EXPECT_TRUE(in_time) << Describe(in_time.problem());
    ASSERT_TRUE(CancelBooking(*db, storage::BookingsOfPerson(*db, late).at(0).id));
    *clock.ms = before;
    ASSERT_TRUE(CancelSession(*db, s));
    EXPECT_EQ(BookFor(s, Person("Hugo")).problem().key, "err.session_cancelled");
    EXPECT_EQ(BookFor("nope", Person("Inès")).problem().key, "err.no_session");
    EXPECT_EQ(BookFor(s, "ghost").problem().key, "err.session_cancelled");
}

TEST_F(BookingTest, CancellationPromotesTheFirstWaitlistedBookingThatFits) {
    const Id s = SessionOf(MakeActivity(4));
    auto full = BookFor(s, Person("Famille"), 3);
    auto one = BookFor(s, Person("Seul"), 1);
    auto w_big = BookFor(s, Person("Grande"), 3, true);  // first in line, needs 3
    auto w_small = BookFor(s, Person("Petit"), 1, true);  // second, needs 1
    ASSERT_TRUE(w_big && w_small);
    auto out = CancelBooking(*db, one->booking.id);  // frees 1 seat: only the small fits
    ASSERT_TRUE(out);
    ASSERT_EQ(out->promoted.size(), 1u);
    EXPECT_EQ(out->promoted[0].id, w_small->booking.id);
    EXPECT_EQ(storage::LoadBooking(*db, w_big->booking.id)->status, BookingStatus::Waitlisted);
    auto out2 = CancelBooking(*db, full->booking.id);  // frees 3: the big one now fits
    ASSERT_EQ(out2->promoted.size(), 1u);
    EXPECT_EQ(out2->promoted[0].id, w_big->booking.id);
    EXPECT_EQ(CancelBooking(*db, full->booking.id).problem().key, "err.already_cancelled");
}

TEST_F(BookingTest, CancellingAWaitlistedBookingPromotesNobody) {
    const Id s = SessionOf(MakeActivity(1));
    ASSERT_TRUE(BookFor(s, Person("A")));
    auto w1 = BookFor(s, Person("B"), 1, true);
    auto w2 = BookFor(s, Person("C"), 1, true);
    auto out = CancelBooking(*db, w1->booking.id);
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->promoted.empty());
    auto roster = Roster(*db, s);
    ASSERT_EQ(roster->size(), 2u);
    EXPECT_EQ(roster->at(1).booking.id, w2->booking.id);
    EXPECT_EQ(roster->at(1).waitlist_position, 1);
}

TEST_F(BookingTest, HomeworkHelpGivesEachPupilAFreeTutor) {
    const Id s = SessionOf(MakeActivity(0, ActivityKind::HomeworkHelp, {"Claire", "Jean"}, 6, 15, true));
    const Id parent = Person("Parent", 1980);
    auto a = BookFor(s, Person("Adam", 2015, parent));
    auto b = BookFor(s, Person("Jade", 2014, parent));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->booking.tutor, "Claire");
    EXPECT_EQ(b->booking.tutor, "Jean");
    EXPECT_EQ(BookFor(s, Person("Nolan", 2013, parent)).problem().key, "err.session_full");
    auto w = BookFor(s, Person("Aya", 2016, parent), 1, true);
    EXPECT_EQ(w->booking.status, BookingStatus::Waitlisted);
    EXPECT_EQ(BookFor(s, Person("Maya", 2016, parent), 2, true).problem().key, "err.homework_one_seat");
    auto out = CancelBooking(*db, a->booking.id);
    ASSERT_EQ(out->promoted.size(), 1u);
    EXPECT_EQ(out->promoted[0].tutor, "Claire");  // the tutor who became free
}

TEST_F(BookingTest, AttendanceMarksConfirmedBookingsOnly) {
    const Id s = SessionOf(MakeActivity(1));
    auto a = BookFor(s, Person("A"));
    auto w = BookFor(s, Person("B"), 1, true);
    ASSERT_TRUE(MarkAttendance(*db, a->booking.id, true));
    EXPECT_EQ(storage::LoadBooking(*db, a->booking.id)->status, BookingStatus::Attended);
    ASSERT_TRUE(MarkAttendance(*db, a->booking.id, false));  // a correction
    EXPECT_EQ(storage::LoadBooking(*db, a->booking.id)->status, BookingStatus::NoShow);
    EXPECT_EQ(MarkAttendance(*db, w->booking.id, true).problem().key, "err.not_confirmed");
    EXPECT_EQ(CancelBooking(*db, a->booking.id).problem().key, "err.booking_done");
    EXPECT_EQ(MarkAttendance(*db, "nope", true).problem().key, "err.no_booking");
}

TEST_F(BookingTest, UpcomingBookingsShowWaitlistPositions) {
    const Id s = SessionOf(MakeActivity(1));
    ASSERT_TRUE(BookFor(s, Person("A")));
    const Id p = Person("B");
    ASSERT_TRUE(BookFor(s, p, 1, true));
    auto mine = UpcomingBookingsOf(*db, p);
    ASSERT_TRUE(mine);
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->at(0).waitlist_position, 1);
    EXPECT_EQ(mine->at(0).activity.title, "Atelier cuisine");
}
