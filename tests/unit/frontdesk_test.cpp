#include <gtest/gtest.h>

#include "kiosk/FrontDesk.h"
#include "storage/VisitStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

class FrontDeskTest : public DbTest {};

TEST_F(FrontDeskTest, RegistersAPersonWithConsentDate) {
    NewPerson in;
    in.first_name = "  Aïcha ";
    in.last_name = "Traoré";
    in.birth_year = 1988;
    in.phone = "06 11 22 33 44";
    in.consent_contact = true;
    auto id = RegisterPerson(*db, site, in);
    ASSERT_TRUE(id) << Describe(id.problem());
    auto p = storage::LoadPerson(*db, *id);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->first_name, "Aïcha");
    EXPECT_EQ(p->phone, "0611223344");
    EXPECT_EQ(p->consent_date, FormatDate(TestToday()));
    EXPECT_TRUE(p->consent_contact);
    EXPECT_EQ(MaskedLabel(*p), "Aïcha T., né·e en 1988");
}

TEST_F(FrontDeskTest, RefusesBadInputNamingTheField) {
    NewPerson in;
    in.first_name = "";
    EXPECT_EQ(RegisterPerson(*db, site, in).problem().field, "field.first_name");
    in.first_name = "Léa";
    const int this_year = YearOf(TestToday());
    in.birth_year = this_year + 1;
    auto r = RegisterPerson(*db, site, in);
    EXPECT_EQ(r.problem().key, "err.birth_year");
    EXPECT_EQ(Describe(r.problem()), "Année de naissance : une année entre 1900 et " + std::to_string(this_year) + ".");
    in.birth_year = 0;
    in.phone = "12";
    EXPECT_EQ(RegisterPerson(*db, site, in).problem().field, "field.phone");
    in.phone = "";
    in.last_name = std::string(81, 'a');
    EXPECT_EQ(RegisterPerson(*db, site, in).problem().key, "err.too_long");
    in.last_name = "";
    in.guardian_id = "nobody";
    EXPECT_EQ(RegisterPerson(*db, site, in).problem().key, "err.no_guardian");
    EXPECT_EQ(storage::CountPeople(*db), 0);
}

TEST_F(FrontDeskTest, VisitsAreNewThenReturning) {
    NewPerson in;
    in.first_name = "Karim";
    auto id = RegisterPerson(*db, site, in);
    ASSERT_TRUE(id);
    auto first = LogVisit(*db, site, {*id, kReasonPaperwork, "fr"});
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->is_new);
    auto second = LogVisit(*db, site, {*id, kReasonCoffee | kReasonComputer, "fr"});
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->is_new);
    // A stored instant carries its UTC offset: unambiguous even in the hour that happens twice.
    EXPECT_EQ(second->at, NowInstant(clock.clock()));
    EXPECT_EQ(DatePart(second->at), FormatDate(TestToday()));
    auto anon = LogVisit(*db, site, {"", kReasonInformation, "ar"});
    ASSERT_TRUE(anon);
    EXPECT_TRUE(anon->person_id.empty());
    auto rows = TodaysVisits(*db);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows->size(), 3u);
}

TEST_F(FrontDeskTest, VisitNeedsAReason) {
    EXPECT_EQ(LogVisit(*db, site, {"", 0, "fr"}).problem().key, "err.no_reason");
    EXPECT_EQ(LogVisit(*db, site, {"", 1u << 20, "fr"}).problem().key, "err.no_reason");
    EXPECT_EQ(LogVisit(*db, site, {"", kReasonCoffee, "xx"}).problem().key, "err.unknown_language");
    EXPECT_EQ(LogVisit(*db, site, {"ghost", kReasonCoffee, "fr"}).problem().key, "err.no_person");
}

TEST_F(FrontDeskTest, FindsAReturningVisitor) {
    NewPerson a;
    a.first_name = "Élodie";
    a.last_name = "Martin";
    a.birth_year = 1990;
    a.phone = "0698761234";
    ASSERT_TRUE(RegisterPerson(*db, site, a));
    NewPerson b = a;
    b.first_name = "Elodie";
    b.birth_year = 1991;
    b.phone = "";
    ASSERT_TRUE(RegisterPerson(*db, site, b));

    auto by_phone = FindByPhone(*db, "1234");
    ASSERT_TRUE(by_phone);
    ASSERT_EQ(by_phone->size(), 1u);
    EXPECT_EQ(MaskedLabel(by_phone->front()), "Élodie M., né·e en 1990");
    EXPECT_EQ(FindByPhone(*db, "12a4").problem().key, "err.phone_last4");

    auto by_name = FindByNameAndYear(*db, "ELODIE", 1991);
    ASSERT_TRUE(by_name);
    ASSERT_EQ(by_name->size(), 1u);
    EXPECT_EQ(by_name->front().birth_year, 1991);
    EXPECT_TRUE(FindByNameAndYear(*db, "Elo", 1990)->empty());  // whole first name only
    EXPECT_EQ(FindByNameAndYear(*db, "Elodie", 0).problem().key, "err.required");
}

TEST_F(FrontDeskTest, BirthYearCanBeGivenLater) {
    NewPerson in;
    in.first_name = "Yanis";
    const Id id = *RegisterPerson(*db, site, in);
    EXPECT_EQ(SetBirthYear(*db, id, 2031).problem().key, "err.birth_year");
    EXPECT_EQ(SetBirthYear(*db, id, 0).problem().key, "err.required");
    EXPECT_EQ(SetBirthYear(*db, "ghost", 2012).problem().key, "err.no_person");
    ASSERT_TRUE(SetBirthYear(*db, id, 2012));
    EXPECT_EQ(storage::LoadPerson(*db, id)->birth_year, 2012);
}
