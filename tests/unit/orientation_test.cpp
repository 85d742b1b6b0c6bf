#include <gtest/gtest.h>

#include "kiosk/Codes.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/Orientations.h"
#include "storage/OrientationStore.h"
#include "storage/StaffStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;
using S = OrientationStatus;

TEST(OrientationRules, OnlyForwardTransitions) {
    EXPECT_TRUE(IsAllowedTransition(S::Open, S::Referred));
    EXPECT_TRUE(IsAllowedTransition(S::Referred, S::Appointment));
    EXPECT_TRUE(IsAllowedTransition(S::Appointment, S::Resolved));
    EXPECT_TRUE(IsAllowedTransition(S::Appointment, S::Dropped));
    EXPECT_FALSE(IsAllowedTransition(S::Open, S::Appointment));
    EXPECT_FALSE(IsAllowedTransition(S::Open, S::Resolved));
    EXPECT_FALSE(IsAllowedTransition(S::Resolved, S::Open));
    EXPECT_FALSE(IsAllowedTransition(S::Dropped, S::Referred));
    EXPECT_FALSE(IsAllowedTransition(S::Referred, S::Open));
    EXPECT_TRUE(AllowedNext(S::Resolved).empty());
}

class OrientationTest : public DbTest {
protected:
    void SetUp() override {
        DbTest::SetUp();
        storage::Transaction tx(db->sql());
        Partner p{.id = {}, .name = "CPAM", .topics = {Topic::HealthCoverage}, .address = "9 bd Joffre",
                  .hours = "8h30–16h30", .phone = "3646", .deleted = false};
        storage::SavePartner(*db, p);
        partner = p.id;
        tx.commit();
        NewPerson np;
        np.first_name = "Fatima";
        np.last_name = "Benali";
        np.birth_year = 1975;
        person = *RegisterPerson(*db, site, np);
    }
    Id Create(const char* due, Topic topic = Topic::HealthCoverage) {
        auto r = CreateOrientation(*db, site, "staff-1", {person, topic, "", due, "Renouvellement CSS"});
        EXPECT_TRUE(r) << Describe(r.problem());
        return *r;
    }
    Id partner, person;
};

TEST_F(OrientationTest, WalksTheWholeWay) {
    const Id o = Create("2026-11-30");
    EXPECT_EQ(storage::LoadOrientation(*db, o)->status, S::Open);
    auto no_partner = ChangeOrientationStatus(*db, o, "staff-1", {S::Referred, "", "", ""});
    EXPECT_EQ(no_partner.problem().key, "err.partner_needed");
    ASSERT_TRUE(ChangeOrientationStatus(*db, o, "staff-1", {S::Referred, partner, "", ""}));
    EXPECT_EQ(ChangeOrientationStatus(*db, o, "staff-1", {S::Appointment, "", "", ""}).problem().key,
              "err.appointment_needed");
    EXPECT_EQ(ChangeOrientationStatus(*db, o, "staff-1", {S::Appointment, "", "2026-02-30T10:00", ""}).problem().key,
              "err.appointment_needed");
    ASSERT_TRUE(ChangeOrientationStatus(*db, o, "staff-1", {S::Appointment, "", "2026-12-02T10:30", "2026-12-03"}));
    auto stored = storage::LoadOrientation(*db, o);
    EXPECT_EQ(stored->appointment_at, "2026-12-02T10:30");
    EXPECT_EQ(stored->due_date, "2026-12-03");
    EXPECT_EQ(stored->partner_id, partner);
    ASSERT_TRUE(ChangeOrientationStatus(*db, o, "staff-1", {S::Resolved, "", "", ""}));
    auto back = ChangeOrientationStatus(*db, o, "staff-1", {S::Referred, partner, "", ""});
    ASSERT_FALSE(back);
    EXPECT_EQ(Describe(back.problem()), "On ne peut pas passer de « Résolue » à « Orientée ».");
    EXPECT_GE(storage::RecentAudit(*db, 10).size(), 4u);
}

TEST_F(OrientationTest, RefusesBadInput) {
    EXPECT_EQ(CreateOrientation(*db, site, "", {person, Topic::Housing, "", "2026-13-01", ""}).problem().field,
              "field.due_date");
    EXPECT_EQ(CreateOrientation(*db, site, "", {person, Topic::Housing, "", "", ""}).problem().key, "err.bad_date");
    EXPECT_EQ(CreateOrientation(*db, site, "", {person, Topic::Housing, "", "2026-12-01", std::string(281, 'x')})
                  .problem().key, "err.too_long");
    EXPECT_EQ(CreateOrientation(*db, site, "", {person, static_cast<Topic>(99), "", "2026-12-01", ""}).problem().key,
              "err.unknown_topic");
    EXPECT_EQ(CreateOrientation(*db, site, "", {person, Topic::Housing, "nope", "2026-12-01", ""}).problem().key,
              "err.no_partner");
    EXPECT_EQ(CreateOrientation(*db, site, "", {"ghost", Topic::Housing, "", "2026-12-01", ""}).problem().key,
              "err.no_person");
}

TEST_F(OrientationTest, FollowUpsDueTodayAndOverdue) {
    clock.Set(D("2026-11-23"), 10, 0);
    Create("2026-11-23");                       // today
    const Id late = Create("2026-11-20");       // 3 days late
    Create("2026-11-30");                       // later
    const Id done = Create("2026-11-01");
    ASSERT_TRUE(ChangeOrientationStatus(*db, done, "", {S::Dropped, "", "", ""}));  // closed: not listed
    auto today = FollowUpsDueToday(*db);
    ASSERT_TRUE(today);
    ASSERT_EQ(today->size(), 1u);
    EXPECT_EQ(today->at(0).days_overdue, 0);
    EXPECT_EQ(today->at(0).person_label, "Fatima B., né·e en 1975");
    auto overdue = FollowUpsOverdue(*db);
    ASSERT_EQ(overdue->size(), 1u);
    EXPECT_EQ(overdue->at(0).orientation.id, late);
    EXPECT_EQ(overdue->at(0).days_overdue, 3);
    EXPECT_EQ(AllOpenFollowUps(*db)->size(), 3u);
}

TEST(ReferralSearch, SortedByDueDateAndFoundByNamePartnerOrTopic) {
    ASSERT_TRUE(LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n"));
    SetLanguage(Lang::Fr);
    auto follow = [](const char* label, const char* partner, Topic topic, const char* due) {
        FollowUp f;
        f.person_label = label;
        f.partner_name = partner;
        f.orientation.topic = topic;
        f.orientation.due_date = due;
        return f;
    };
    const std::vector<FollowUp> all = {
        follow("Zoé M., née en 1990", "CAF de la Vienne", Topic::Housing, "2026-12-09"),
        follow("Élodie R., née en 1982", "CPAM", Topic::HealthCoverage, "2026-11-30"),
        follow("Marc T., né en 1970", "Mission locale", Topic::Housing, "2026-12-01"),
    };
    auto names = [](const std::vector<FollowUp>& v) {
        std::vector<std::string> out;
        for (const FollowUp& f : v) out.push_back(f.person_label.substr(0, f.person_label.find(' ')));
        return out;
    };
    EXPECT_EQ(names(ReferralsMatching(all, "")), (std::vector<std::string>{"\xC3\x89lodie", "Marc", "Zo\xC3\xA9"}));
    EXPECT_EQ(names(ReferralsMatching(all, "elodie")), (std::vector<std::string>{"\xC3\x89lodie"}));  // accents aside
    EXPECT_EQ(names(ReferralsMatching(all, "caf")), (std::vector<std::string>{"Zo\xC3\xA9"}));
    EXPECT_EQ(names(ReferralsMatching(all, "  ZOÉ  vienne")), (std::vector<std::string>{"Zo\xC3\xA9"}));
    EXPECT_EQ(ReferralsMatching(all, "zoé cpam").size(), 0u);  // every word must match
    const std::string housing = Tr(TopicKey(Topic::Housing));
    EXPECT_EQ(ReferralsMatching(all, housing.substr(0, 4)).size(), 2u);  // the topic's name
}
