#include "test_support.h"

#include <random>

namespace palier::test {

TestClock::TestClock() { Set(D("2026-11-23"), 10, 0); }

Date D(const char* s) { return *ParseDate(s); }

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

}  // namespace palier::test
