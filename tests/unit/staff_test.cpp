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
    const Id id = Make();
    auto r = SignIn(*db, id, "246810");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->role, StaffRole::Coordinator);
}

TEST_F(StaffTest, ThreeWrongPinsLockWithAGrowingDelay) {
    const Id id = Make();
    auto w1 = SignIn(*db, id, "000000");
    EXPECT_EQ(w1.problem().key, "err.pin_wrong");
    EXPECT_EQ(w1.problem().args.at("left"), "2");
    EXPECT_EQ(SignIn(*db, id, "000001").problem().args.at("left"), "1");
    auto locked = SignIn(*db, id, "000002");
    EXPECT_EQ(locked.problem().key, "err.pin_locked");
    EXPECT_EQ(locked.problem().args.at("seconds"), "30");
    // Even the right PIN is refused while locked.
    EXPECT_EQ(SignIn(*db, id, "246810").problem().key, "err.pin_locked");
    clock.AdvanceSeconds(31);
    for (const char* wrong : {"1", "2", "3"}) (void)SignIn(*db, id, wrong);
    auto second = SignIn(*db, id, "246810");
    EXPECT_EQ(second.problem().key, "err.pin_locked");
    EXPECT_EQ(second.problem().args.at("seconds"), "60");  // doubled
    clock.AdvanceSeconds(61);
    ASSERT_TRUE(SignIn(*db, id, "246810"));
    const auto s = storage::LoadStaff(*db, id);
    EXPECT_EQ(s->lockouts, 0);
    EXPECT_EQ(s->failed_attempts, 0);
}

TEST_F(StaffTest, ChangingThePin) {
    const Id id = Make();
    ASSERT_TRUE(ChangePin(*db, id, "97531864", PinCost::Fast));
    EXPECT_FALSE(SignIn(*db, id, "246810"));
    EXPECT_TRUE(SignIn(*db, id, "97531864"));
    EXPECT_EQ(SignIn(*db, "nobody", "97531864").problem().key, "err.no_staff");
}

TEST(StaffRoles, VolunteersSeeLess) {
    EXPECT_TRUE(MayOpen(StaffRole::Volunteer, StaffArea::Print));
    EXPECT_TRUE(MayOpen(StaffRole::Volunteer, StaffArea::Attendance));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Privacy));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Orientation));
    EXPECT_FALSE(MayOpen(StaffRole::Volunteer, StaffArea::Settings));
    EXPECT_TRUE(MayOpen(StaffRole::Coordinator, StaffArea::Privacy));
}
