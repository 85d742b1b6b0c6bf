#pragma once
// Shared fixtures: a fresh database in a temp folder with a clock the test controls.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/Dates.h"
#include "kiosk/I18n.h"
#include "storage/Database.h"

namespace palier::test {

// The moment a test suite runs at: PALIER_TEST_NOW ("YYYY-MM-DDTHH:MM", Europe/Paris) when set
// (ctest runs the suites at several moments), else Monday 2026-11-23 10:00. Never the wall clock.
int64_t TestMomentMs();
Date TestToday();
// Days after the suite's moment: rules tested "from now on" at whatever moment the suite runs.
std::string InDays(int days);       // YYYY-MM-DD
int WeekdayInDays(int days);        // 1 = Monday .. 7 = Sunday

// A clock that stays where the test puts it: at TestMomentMs() until the test moves it.
struct TestClock {
    std::shared_ptr<int64_t> ms = std::make_shared<int64_t>(0);
    TestClock();
    Clock clock() const {
        auto p = ms;
        return Clock{[p] { return *p; }};
    }
    void Set(Date d, int h, int m) { *ms = LocalMs(d, h, m); }
    void AdvanceSeconds(int64_t s) { *ms += s * 1000; }
};

Date D(const char* yyyy_mm_dd);

// The whole file as bytes ("" when it cannot be read).
std::string ReadAll(const std::string& path);

// A temp folder removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    std::string File(const std::string& name) const { return (path / name).string(); }
};

class DbTest : public ::testing::Test {
protected:
    void SetUp() override;
    // Registers someone through the front desk on day `on` ("" = the clock's today), which is
    // then their last contact (it never moves back); the clock is left where it was.
    Id RegisterOn(const char* first, const char* last, int year, const std::string& on = "");
    TempDir dir;
    TestClock clock;
    std::unique_ptr<storage::Database> db;
    Id site = "site-local";
};

}  // namespace palier::test
