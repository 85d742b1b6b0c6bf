// Booking with what the booking needs given at the same moment (a birth year, a child not yet
// registered), the phone left for the waitlist, and the visit counted on identification.
#include "booking_fixture.h"
#include "kiosk/FamilyBooking.h"
#include "storage/BookingStore.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/VisitStore.h"

using namespace palier;
using namespace palier::test;

namespace {

class FamilyBookingTest : public BookingFixture {
protected:
    Id Homework() {
        return SessionOf(MakeActivity(4, ActivityKind::HomeworkHelp, {"Claire", "Jean"}, 6, 15, true));
    }
    int YearAged(int age) const { return YearOf(SessionDay()) - age; }
    NewPerson Child(const char* first, int year) {
        NewPerson c;
        c.first_name = first;
        c.birth_year = year;
        return c;
    }
    BookRequest For(const Id& session) { return {session, {}, 1, BookingSource::SelfService, false}; }
    int BirthYearOf(const Id& id) { return storage::LoadPerson(*db, id)->birth_year; }
};

TEST_F(FamilyBookingTest, AChildNotYetRegisteredIsRegisteredWithTheParentAndBooked) {
    const Id s = Homework();
    const Id amina = Person("Amina", 0);
    auto r = RegisterChildAndBook(*db, site, amina, Child("Yanis", YearAged(9)), For(s));
    ASSERT_TRUE(r) << Describe(r.problem());
    EXPECT_TRUE(r->registered);
    auto child = storage::LoadPerson(*db, r->child_id);
    ASSERT_TRUE(child);
    EXPECT_EQ(child->guardian_id, amina);
    EXPECT_EQ(child->first_name, "Yanis");
    EXPECT_EQ(child->birth_year, YearAged(9));
    EXPECT_EQ(r->outcome.booking.person_id, r->child_id);
    EXPECT_EQ(r->outcome.booking.status, BookingStatus::Confirmed);
    EXPECT_EQ(BirthYearOf(amina), 0) << "the child's year is never the parent's";
    EXPECT_TRUE(storage::LiveBookingOf(*db, s, r->child_id));
    EXPECT_FALSE(storage::LiveBookingOf(*db, s, amina));
}

TEST_F(FamilyBookingTest, ARefusedBookingLeavesNoHalfMadeChild) {
    const Id s = Homework();
    const Id amina = Person("Amina", 1988);
    const int64_t journal = storage::JournalCount(*db);
    auto too_old = RegisterChildAndBook(*db, site, amina, Child("Sami", YearAged(17)), For(s));
    ASSERT_FALSE(too_old);
    EXPECT_EQ(too_old.problem().key, "err.age_range");
    auto no_year = RegisterChildAndBook(*db, site, amina, Child("Sami", 0), For(s));
    ASSERT_FALSE(no_year);
    EXPECT_EQ(no_year.problem().field, "field.birth_year");
    EXPECT_TRUE(storage::ChildrenOf(*db, amina).empty());
    EXPECT_EQ(storage::JournalCount(*db), journal) << "nothing written";
}

TEST_F(FamilyBookingTest, AFullSessionRefusedLeavesNoChildButTheWaitlistKeepsOne) {
    const Id s = SessionOf(MakeActivity(1, ActivityKind::Outing, {}, 0, 0, true));
    const Id other = Person("Other");
    ASSERT_TRUE(BookFor(s, other));
    const Id amina = Person("Amina", 1988);
    auto refused = RegisterChildAndBook(*db, site, amina, Child("Lina", YearAged(8)), For(s));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problem().key, "err.session_full");
    EXPECT_TRUE(storage::ChildrenOf(*db, amina).empty());
    BookRequest wait = For(s);
    wait.join_waitlist = true;
    auto waiting = RegisterChildAndBook(*db, site, amina, Child("Lina", YearAged(8)), wait);
    ASSERT_TRUE(waiting) << Describe(waiting.problem());
    EXPECT_EQ(waiting->outcome.booking.status, BookingStatus::Waitlisted);
    EXPECT_EQ(storage::ChildrenOf(*db, amina).size(), 1u);
}

TEST_F(FamilyBookingTest, TheSameChildTypedAgainIsNotRegisteredTwice) {
    const Id first = Homework();
    const Id amina = Person("Amina", 1988);
    auto r = RegisterChildAndBook(*db, site, amina, Child("Inès", YearAged(9)), For(first));
    ASSERT_TRUE(r);
    auto again = RegisterChildAndBook(*db, site, amina, Child("ines", YearAged(9)), For(first));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.problem().key, "err.already_booked");
    EXPECT_EQ(storage::ChildrenOf(*db, amina).size(), 1u);
}

TEST_F(FamilyBookingTest, AnUnknownParentIsRefused) {
    const Id s = Homework();
    auto r = RegisterChildAndBook(*db, site, "nobody", Child("Yanis", YearAged(9)), For(s));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.no_guardian");
}

TEST_F(FamilyBookingTest, AYearGivenAtBookingIsSavedOnlyWhenTheBookingIsMade) {
    const Id s = Homework();
    const Id amina = Person("Amina", 0);
    // The mother types her son's year on her own prompt: her booking is refused and her record
    // keeps no year.
    BookRequest mine = For(s);
    mine.person_id = amina;
    auto refused = BookWithBirthYear(*db, site, mine, YearAged(9));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problem().key, "err.guardian_needed");
    EXPECT_EQ(BirthYearOf(amina), 0);
    EXPECT_FALSE(storage::LiveBookingOf(*db, s, amina));

    const Id yanis = Person("Yanis", 0, amina);
    BookRequest his = For(s);
    his.person_id = yanis;
    auto booked = BookWithBirthYear(*db, site, his, YearAged(9));
    ASSERT_TRUE(booked) << Describe(booked.problem());
    EXPECT_EQ(BirthYearOf(yanis), YearAged(9));
    EXPECT_EQ(BirthYearOf(amina), 0) << "a year typed for one person is never written to another";
}

TEST_F(FamilyBookingTest, AnImpossibleYearIsRefusedBeforeAnything) {
    const Id s = Homework();
    const Id yanis = Person("Yanis", 0, Person("Amina", 1988));
    BookRequest his = For(s);
    his.person_id = yanis;
    EXPECT_EQ(BookWithBirthYear(*db, site, his, 1700).problem().field, "field.birth_year");
    EXPECT_EQ(BookWithBirthYear(*db, site, his, 0).problem().field, "field.birth_year");
    EXPECT_EQ(BirthYearOf(yanis), 0);
}

TEST_F(FamilyBookingTest, AnAdultWithoutAYearIsAskedItForAnOutingNotRefused) {
    const Id s = SessionOf(MakeActivity(10, ActivityKind::Outing, {}, 0, 0, true));
    const Id amina = Person("Amina", 0);
    EXPECT_EQ(BookFor(s, amina).problem().key, "err.age_unknown");
    BookRequest mine = For(s);
    mine.person_id = amina;
    EXPECT_TRUE(BookWithBirthYear(*db, site, mine, 1988));
}

class PhoneLaterTest : public DbTest {};

TEST_F(PhoneLaterTest, APhoneGivenLaterIsValidatedLikeAtRegistration) {
    NewPerson p;
    p.first_name = "Amina";
    const Id amina = *RegisterPerson(*db, site, p);
    EXPECT_EQ(SetPhone(*db, amina, "06 12 ab").problem().key, "err.phone_chars");
    EXPECT_EQ(SetPhone(*db, amina, "0612").problem().key, "err.phone_length");
    EXPECT_EQ(SetPhone(*db, amina, "").problem().field, "field.phone");
    EXPECT_TRUE(storage::LoadPerson(*db, amina)->phone.empty());
    ASSERT_TRUE(SetPhone(*db, amina, "06 12 34 56 78"));
    auto saved = storage::LoadPerson(*db, amina);
    EXPECT_EQ(saved->phone, "0612345678");
    EXPECT_TRUE(saved->consent_contact) << "given to be called back";
    EXPECT_EQ(SetPhone(*db, "nobody", "0612345678").problem().key, "err.no_person");
}

class VisitOnIdentificationTest : public DbTest {};

TEST_F(VisitOnIdentificationTest, CountedOnceWhenIdentifiedOutsideTheFrontDesk) {
    NewPerson p;
    p.first_name = "Grace";
    p.language = "en";
    const Id grace = *RegisterPerson(*db, site, p);
    const std::string today = FormatDate(Today(clock.clock()));
    auto counted = CountVisitOnIdentification(*db, site, grace, IdentifiedFrom::Booking, false, "en");
    ASSERT_TRUE(counted);
    ASSERT_TRUE(counted->has_value());
    EXPECT_EQ((*counted)->reasons, kReasonActivity);
    auto again = CountVisitOnIdentification(*db, site, grace, IdentifiedFrom::Booking, true, "en");
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->has_value());
    auto desk = CountVisitOnIdentification(*db, site, grace, IdentifiedFrom::FrontDesk, false, "en");
    ASSERT_TRUE(desk);
    EXPECT_FALSE(desk->has_value()) << "the front desk counts it with the reasons given next";
    const auto visits = storage::VisitsOn(*db, today);
    ASSERT_EQ(visits.size(), 1u);
    EXPECT_EQ(visits[0].person_id, grace);
    EXPECT_EQ(visits[0].language, "en");
}

}  // namespace
