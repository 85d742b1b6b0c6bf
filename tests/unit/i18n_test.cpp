// Strings are keys checked by a test: every key the code uses must have a
// French and an English text, and the two catalogues must hold the same keys.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "kiosk/Codes.h"
#include "kiosk/I18n.h"

using namespace palier;
namespace fs = std::filesystem;

namespace {
const std::string kRoot = PALIER_SOURCE_DIR;

std::set<std::string> KeysUsedInSource() {
    // Literal keys of the translation namespaces, wherever they appear (Tr, Trf, MakeProblem,
    // field names passed to validators, key tables).
    static const std::regex key_re(
        R"re("((err|field|reason|topic|ostatus|kind|bstatus|role|day|bring|label|summary|cli|ui|print|web)\.[a-z0-9_.]+)")re");
    std::set<std::string> keys;
    for (const char* dir : {"kiosk", "ui", "hub"}) {
        if (!fs::exists(kRoot + "/" + dir)) continue;
        for (const auto& e : fs::recursive_directory_iterator(kRoot + "/" + dir)) {
            const auto ext = e.path().extension();
            if (ext != ".cpp" && ext != ".h") continue;
            std::ifstream in(e.path());
            std::stringstream ss;
            ss << in.rdbuf();
            const std::string text = ss.str();
            for (std::sregex_iterator it(text.begin(), text.end(), key_re), end; it != end; ++it)
                keys.insert((*it)[1]);
        }
    }
    return keys;
}
}  // namespace

class I18n : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(LoadCatalogues(kRoot + "/assets/i18n")); }
};

TEST_F(I18n, EveryKeyInCodeHasFrenchAndEnglish) {
    const auto keys = KeysUsedInSource();
    EXPECT_GT(keys.size(), 100u);
    for (const auto& key : keys) {
        EXPECT_TRUE(HasKey(key, Lang::Fr)) << "missing in fr: " << key;
        EXPECT_TRUE(HasKey(key, Lang::En)) << "missing in en: " << key;
    }
}

TEST_F(I18n, FrenchAndEnglishHoldTheSameKeys) {
    for (const auto& k : AllKeys(Lang::Fr)) EXPECT_TRUE(HasKey(k, Lang::En)) << "only in fr: " << k;
    for (const auto& k : AllKeys(Lang::En)) EXPECT_TRUE(HasKey(k, Lang::Fr)) << "only in en: " << k;
}

TEST_F(I18n, PlaceholdersMatchBetweenLanguages) {
    static const std::regex ph(R"(\{[a-z_]+\})");
    for (const auto& k : AllKeys(Lang::Fr)) {
        auto names = [&](Lang l) {
            std::set<std::string> s;
            const std::string text = Tr(k.c_str(), l);
            for (std::sregex_iterator it(text.begin(), text.end(), ph), end; it != end; ++it) s.insert(it->str());
            return s;
        };
        EXPECT_EQ(names(Lang::Fr), names(Lang::En)) << k;
    }
}

TEST_F(I18n, CodesAllHaveTexts) {
    for (Topic t : AllTopics()) {
        EXPECT_TRUE(HasKey(TopicKey(t), Lang::Fr));
        EXPECT_TRUE(HasKey(BringKey(t), Lang::En));
    }
    for (VisitReason r : AllReasons()) EXPECT_TRUE(HasKey(ReasonKey(r), Lang::En));
    for (int d = 1; d <= 7; ++d) EXPECT_TRUE(HasKey(WeekdayKey(d), Lang::En));
}

TEST_F(I18n, LookupFallsBackToFrenchThenToTheKey) {
    EXPECT_STREQ(Tr("day.1", Lang::Fr), "Lundi");
    EXPECT_STREQ(Tr("day.1", Lang::En), "Monday");
    EXPECT_STREQ(Tr("day.1", Lang::Es), "Lundi");  // no Spanish catalogue yet
    EXPECT_STREQ(Tr("no.such.key", Lang::En), "no.such.key");
    EXPECT_EQ(Trf("summary.seats_left", {{"n", "3"}, {"cap", "8"}}, Lang::En), "3 of 8 seat(s) free");
}

// The kiosk formats every frame into a buffer it keeps: AppendTrf adds to what is there, and
// fills each placeholder once (a value is never read for placeholders itself).
TEST_F(I18n, AppendTrfAddsTheSentenceAndFillsEachPlaceholderOnce) {
    std::string out = "> ";
    AppendTrf(out, "summary.seats_left", {{"n", "3"}, {"cap", "8"}}, Lang::En);
    EXPECT_EQ(out, "> 3 of 8 seat(s) free");
    out.clear();
    AppendTrf(out, "summary.seats_left", {{"n", "{cap}"}, {"cap", "8"}}, Lang::En);
    EXPECT_EQ(out, "{cap} of 8 seat(s) free");
    out.clear();
    AppendTrf(out, "summary.seats_left", {{"n", "3"}}, Lang::En);
    EXPECT_EQ(out, "3 of {cap} seat(s) free") << "a placeholder without its value stays as written";
    EXPECT_EQ(Trf("summary.seats_left", {{"n", "3"}, {"cap", "8"}}, Lang::En),
              "3 of 8 seat(s) free");
}

TEST_F(I18n, OnlyCompleteLanguagesAreOffered) {
    const auto langs = ShippedLangs();
    ASSERT_GE(langs.size(), 2u);
    EXPECT_EQ(langs[0], Lang::Fr);
    EXPECT_EQ(langs[1], Lang::En);
    for (Lang l : langs)
        for (const auto& k : AllKeys(Lang::Fr)) ASSERT_TRUE(HasKey(k, l)) << LangCode(l) << " lacks " << k;
}
