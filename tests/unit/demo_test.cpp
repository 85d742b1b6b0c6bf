#include <gtest/gtest.h>

#include "kiosk/Catalogue.h"
#include "kiosk/Demo.h"
#include "kiosk/Orientations.h"
#include "kiosk/Settings.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/StaffStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

class DemoTest : public DbTest {
protected:
    void SetUp() override {
        DbTest::SetUp();
        clock.Set(D("2026-11-23"), 10, 0);  // the figures below are those of the seed on that Monday
        ASSERT_TRUE(CreateDemoData(*db, D("2026-11-23"), {.seed = 42, .residents = 200, .fast_pins = true}));
    }
};

TEST_F(DemoTest, ABelievableCentre) {
    EXPECT_EQ(storage::CountPeople(*db), 200);
    const auto sites = storage::AllSites(*db);
    EXPECT_EQ(sites.size(), 5u);  // the local, the bus and three stops
    EXPECT_EQ(LoadSettings(*db).centre_name, "Maison de quartier Les Montoires");
    EXPECT_GE(storage::AllPartners(*db).size(), 7u);
    EXPECT_EQ(storage::AllStaff(*db).size(), 2u);

    auto week = WeekProgramme(*db, D("2026-11-23"));
    ASSERT_TRUE(week);
    bool full_with_waitlist = false, homework = false, outing = false, on_bus = false;
    for (const auto& v : *week) {
        if (v.seats_left == 0 && v.waitlisted > 0) full_with_waitlist = true;
        if (v.activity.kind == ActivityKind::HomeworkHelp) homework = v.activity.tutors.size() == 4;
        if (v.activity.kind == ActivityKind::Outing) outing = v.capacity == 30;
        if (!v.activity.stop_id.empty()) on_bus = true;
    }
    EXPECT_TRUE(full_with_waitlist);
    EXPECT_TRUE(homework);
    EXPECT_TRUE(outing);
    EXPECT_TRUE(on_bus);
    EXPECT_GE(week->size(), 10u);
    EXPECT_FALSE(FollowUpsOverdue(*db)->empty());
    EXPECT_FALSE(CreateDemoData(*db, D("2026-11-23"), {}));  // never twice
}

TEST(Demo, SameSeedSameCentre) {
    TempDir dir;
    TestClock clock;
    auto names = [&](const char* file) {
        storage::Database db(dir.File(file), clock.clock());
        EXPECT_TRUE(CreateDemoData(db, D("2026-11-23"), {.seed = 7, .residents = 50, .fast_pins = true}));
        std::string all;
        for (const auto& m : storage::SearchPeople(db, "a", 1000)) all += m.first_name + m.last_initial + ";";
        return all;
    };
    EXPECT_EQ(names("a.db"), names("b.db"));
}
