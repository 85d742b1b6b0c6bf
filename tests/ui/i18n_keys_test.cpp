// Every "ui.*" key written in ui/ (and in kiosk/, where the screens' formats and queries live) has a
// French and an English text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "kiosk/I18n.h"

namespace palier {
namespace {

std::set<std::string> KeysInSources() {
    namespace fs = std::filesystem;
    std::set<std::string> keys;
    const std::regex key("\"(ui\\.[a-z0-9_.]+)\"");
    auto scan = [&](const fs::path& file) {
        std::ifstream in(file);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        for (std::sregex_iterator it(text.begin(), text.end(), key), end; it != end; ++it) keys.insert((*it)[1]);
    };
    for (const auto& e : fs::recursive_directory_iterator(fs::path(PALIER_SOURCE_DIR) / "ui"))
        if (e.path().extension() == ".cpp" || e.path().extension() == ".h") scan(e.path());
    for (const auto& e : fs::directory_iterator(fs::path(PALIER_SOURCE_DIR) / "kiosk"))
        if (e.path().extension() == ".cpp" || e.path().extension() == ".h") scan(e.path());
    return keys;
}

TEST(UiI18n, EveryKeyIsTranslatedInFrenchAndEnglish) {
    ASSERT_TRUE(LoadCatalogues(DefaultI18nDir()));
    const auto keys = KeysInSources();
    ASSERT_GT(keys.size(), 100u);
    for (const auto& k : keys) {
        EXPECT_TRUE(HasKey(k, Lang::Fr)) << k << " missing in fr/ui.po";
        EXPECT_TRUE(HasKey(k, Lang::En)) << k << " missing in en/ui.po";
    }
}

TEST(UiI18n, FrenchTextsAreNotEnglish) {
    ASSERT_TRUE(LoadCatalogues(DefaultI18nDir()));
    EXPECT_STREQ(Tr("ui.welcome.visit", Lang::Fr), "Je passe");
    EXPECT_STREQ(Tr("ui.welcome.visit", Lang::En), "I'm visiting");
    EXPECT_NE(std::string(Tr("ui.welcome.bookings", Lang::Fr)).find("réservations"), std::string::npos);
}

}  // namespace
}  // namespace palier
