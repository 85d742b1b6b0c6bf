#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>

#include "kiosk/FrontDesk.h"
#include "kiosk/SiteTime.h"

namespace palier::test {

namespace {
// Every test process runs in the site's zone, whatever the machine's TZ (CI runs one pass of
// the suites with TZ=UTC to prove it).
struct SiteZone : ::testing::Environment {
    void SetUp() override { ASSERT_TRUE(UseTimeZone(kDefaultTimeZone)); }
};
[[maybe_unused]] const auto* const kSiteZone = ::testing::AddGlobalTestEnvironment(new SiteZone);
}  // namespace

int64_t TestMomentMs() {
    UseTimeZone(kDefaultTimeZone);  // also before the environment is set up (static fixtures)
    const char* env = std::getenv("PALIER_TEST_NOW");
    const auto ms = ParseLocalStamp(env && *env ? env : "2026-11-23T10:00");
    if (!ms) {
        ADD_FAILURE() << "PALIER_TEST_NOW must look like 2026-11-23T10:00, not " << env;
        return 0;
    }
    return *ms;
}

Date TestToday() { return Today(FixedClock(TestMomentMs())); }
std::string InDays(int days) { return FormatDate(AddDays(TestToday(), days)); }
int WeekdayInDays(int days) { return Weekday(AddDays(TestToday(), days)); }

TestClock::TestClock() { *ms = TestMomentMs(); }

Date D(const char* s) { return *ParseDate(s); }

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TempDir::TempDir() {
    std::random_device rd;
    path = std::filesystem::temp_directory_path() / ("palier-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

void DbTest::SetUp() {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    SetLanguage(Lang::Fr);
    db = std::make_unique<storage::Database>(dir.File("palier.db"), clock.clock());
}

Id DbTest::RegisterOn(const char* first, const char* last, int year, const std::string& on) {
    const int64_t now = *clock.ms;
    if (!on.empty()) clock.Set(D(on.c_str()), 10, 0);
    NewPerson in;
    in.first_name = first;
    in.last_name = last;
    in.birth_year = year;
    auto id = RegisterPerson(*db, site, in);
    EXPECT_TRUE(id.ok());
    *clock.ms = now;
    return id.ok() ? *id : Id{};
}

}  // namespace palier::test
