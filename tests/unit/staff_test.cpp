#include <gtest/gtest.h>

#include "kiosk/StaffAuth.h"
#include "storage/StaffStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

class StaffTest : public DbTest {
protected:
    Id Make(const char* pin = "246810", StaffRole role = StaffRole::Coordinator) {
        auto r = CreateStaff(*db, site, "Nadia", role, pin, PinCost::Fast);
        EXPECT_TRUE(r) << Describe(r.problem());
        return r ? *r : Id{};
    }
};

TEST_F(StaffTest, PinMustBeSixOrMoreDigits) {
    EXPECT_EQ(CreateStaff(*db, site, "A", StaffRole::Volunteer, "12345", PinCost::Fast).problem().key, "err.pin_format");
    EXPECT_EQ(CreateStaff(*db, site, "A", StaffRole::Volunteer, "12345a", PinCost::Fast).problem().key, "err.pin_format");
    EXPECT_EQ(CreateStaff(*db, site, "", StaffRole::Volunteer, "123456", PinCost::Fast).problem().key, "err.required");
    EXPECT_TRUE(CreateStaff(*db, site, "A", StaffRole::Volunteer, "123456", PinCost::Fast));
}

TEST_F(StaffTest, PinIsStoredAsAnArgon2Hash) {
    const Id id = Make();
    const auto s = storage::LoadStaff(*db, id);
    EXPECT_EQ(s->pin_hash.rfind("$argon2id$", 0), 0u);
    EXPECT_EQ(s->pin_hash.find("246810"), std::string::npos);
}

TEST_F(StaffTest, RightPinSignsIn) {
    Make();
    auto r = SignInByPin(*db, site, "246810");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->role, StaffRole::Coordinator);
}

TEST_F(StaffTest, ThePinAloneSaysWhoSignsIn) {
    const Id nadia = Make("246810", StaffRole::Coordinator);
    auto paul = CreateStaff(*db, site, "Paul", StaffRole::Volunteer, "135790", PinCost::Fast);
    ASSERT_TRUE(paul);
    auto r = SignInByPin(*db, site, "135790");
    ASSERT_TRUE(r) << Describe(r.problem());
    EXPECT_EQ(r->id, *paul);
    EXPECT_EQ(r->role, StaffRole::Volunteer);
    auto n = SignInByPin(*db, site, "246810");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->id, nadia);
}

TEST_F(StaffTest, DeletedStaffAndOtherSitesDoNotSignIn) {
    auto bus = CreateStaff(*db, "site-bus", "Bus", StaffRole::Volunteer, "111111", PinCost::Fast);
    ASSERT_TRUE(bus);
    const Id gone = Make("222222");
    auto s = storage::LoadStaff(*db, gone);
    s->deleted = true;
    storage::SaveStaff(*db, *s);
    EXPECT_EQ(SignInByPin(*db, site, "111111").problem().key, "err.no_staff");  // nobody here yet
    Make("333333");
    EXPECT_EQ(SignInByPin(*db, site, "111111").problem().key, "err.pin_wrong");
    EXPECT_EQ(SignInByPin(*db, site, "222222").problem().key, "err.pin_wrong");
    EXPECT_TRUE(SignInByPin(*db, site, "333333"));
}

TEST_F(StaffTest, PinsAreUnique) {
    const Id nadia = Make("246810");
    auto twin = CreateStaff(*db, site, "Paul", StaffRole::Volunteer, "246810", PinCost::Fast);
    EXPECT_EQ(twin.problem().key, "err.pin_taken");
    auto paul = CreateStaff(*db, site, "Paul", StaffRole::Volunteer, "135790", PinCost::Fast);
    ASSERT_TRUE(paul);
    EXPECT_EQ(ChangePin(*db, *paul, "246810", PinCost::Fast).problem().key, "err.pin_taken");
    EXPECT_TRUE(ChangePin(*db, nadia, "246810", PinCost::Fast));  // one's own PIN again is fine
    EXPECT_EQ(storage::AllStaff(*db).size(), 2u);
}

TEST_F(StaffTest, ThreeWrongPinsInARowLockPinEntryWithAGrowingDelay) {
    Make("246810");
    ASSERT_TRUE(CreateStaff(*db, site, "Paul", StaffRole::Volunteer, "135790", PinCost::Fast));
    auto w1 = SignInByPin(*db, site, "000000");
    EXPECT_EQ(w1.problem().key, "err.pin_wrong");
    EXPECT_EQ(w1.problem().args.at("left"), "2");
    EXPECT_EQ(SignInByPin(*db, site, "000001").problem().args.at("left"), "1");
    auto locked = SignInByPin(*db, site, "000002");
    EXPECT_EQ(locked.problem().key, "err.pin_locked");
    EXPECT_EQ(locked.problem().args.at("seconds"), "30");
    // Every PIN waits, the right ones too: the tries were nobody's in particular.
    EXPECT_EQ(SignInByPin(*db, site, "246810").problem().key, "err.pin_locked");
    EXPECT_EQ(SignInByPin(*db, site, "135790").problem().key, "err.pin_locked");
    clock.AdvanceSeconds(31);
    for (const char* wrong : {"111111", "222222", "333333"}) (void)SignInByPin(*db, site, wrong);
    auto second = SignInByPin(*db, site, "135790");
    EXPECT_EQ(second.problem().key, "err.pin_locked");
    EXPECT_EQ(second.problem().args.at("seconds"), "60");  // doubled
    clock.AdvanceSeconds(61);
    ASSERT_TRUE(SignInByPin(*db, site, "135790"));
    // A right PIN resets the counters: three more tries, then 30 s again.
    for (const char* wrong : {"111111", "222222"}) EXPECT_EQ(SignInByPin(*db, site, wrong).problem().key, "err.pin_wrong");
    EXPECT_EQ(SignInByPin(*db, site, "333333").problem().args.at("seconds"), "30");
}

TEST_F(StaffTest, TheLockSurvivesARestart) {
    Make("246810");
    for (const char* wrong : {"111111", "222222", "333333"}) (void)SignInByPin(*db, site, wrong);
    EXPECT_EQ(PinEntryLockedFor(*db), 30);
    db.reset();
    db = std::make_unique<storage::Database>(dir.File("palier.db"), clock.clock());
    clock.AdvanceSeconds(10);
    EXPECT_EQ(PinEntryLockedFor(*db), 20);
    EXPECT_EQ(SignInByPin(*db, site, "246810").problem().key, "err.pin_locked");
    // Two wrong, restart, one wrong: still three in a row.
    clock.AdvanceSeconds(21);
    ASSERT_TRUE(SignInByPin(*db, site, "246810"));
    (void)SignInByPin(*db, site, "111111");
    (void)SignInByPin(*db, site, "222222");
    db.reset();
    db = std::make_unique<storage::Database>(dir.File("palier.db"), clock.clock());
    EXPECT_EQ(SignInByPin(*db, site, "333333").problem().key, "err.pin_locked");
}

TEST_F(StaffTest, ChangingThePin) {
    const Id id = Make();
    ASSERT_TRUE(ChangePin(*db, id, "97531864", PinCost::Fast));
    EXPECT_FALSE(SignInByPin(*db, site, "246810"));
    EXPECT_TRUE(SignInByPin(*db, site, "97531864"));
    EXPECT_EQ(ChangePin(*db, "nobody", "97531865", PinCost::Fast).problem().key, "err.no_staff");
}

TEST(StaffRoles, VolunteersSeeLess) {
    EXPECT_TRUE(MayOpen(StaffRole::Volunteer, StaffArea::Print));
    EXPECT_TRUE(MayOpen(StaffRole::Volunteer, StaffArea::Attendance));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Privacy));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Orientation));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Settings));
    EXPECT_TRUE(MayOpen(StaffRole::Coordinator, StaffArea::Privacy));
}
