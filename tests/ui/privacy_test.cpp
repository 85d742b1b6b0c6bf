// A resident screen never shows another resident's full last name.
#include <SQLiteCpp/Statement.h>

#include <set>

#include "UiFixture.h"

namespace palier::ui::test {
namespace {

// Last names of everyone in the database, minus words that also appear in the catalogue
// (a facilitator or a place may share a word with someone's name).
std::set<std::string> LastNames(storage::Database& db) {
    std::set<std::string> names, catalogue_words;
    SQLite::Statement people(db.sql(), "SELECT last_name FROM person WHERE last_name <> ''");
    while (people.executeStep()) names.insert(people.getColumn(0).getString());
    SQLite::Statement acts(db.sql(), "SELECT title || ' ' || description || ' ' || facilitator || ' ' || place FROM activity");
    while (acts.executeStep()) catalogue_words.insert(acts.getColumn(0).getString());
    std::set<std::string> out;
    for (const auto& n : names) {
        bool in_catalogue = false;
        for (const auto& c : catalogue_words) in_catalogue |= c.find(n) != std::string::npos;
        if (!in_catalogue && n.size() >= 2) out.insert(n);
    }
    return out;
}

TEST_F(UiFixture, ResidentScreensNeverShowAFullLastName) {
    const auto names = LastNames(*db);
    ASSERT_GT(names.size(), 10u);
    std::string seen;
    auto collect = [&] { seen += AllText(); };
    for (ui::Screen s : {ui::Screen::Welcome, ui::Screen::Checkin, ui::Screen::Reasons, ui::Screen::Activities,
                         ui::Screen::Booking, ui::Screen::MyBookings, ui::Screen::Thanks}) {
        app->OpenForAutomation(s);
        Settle();
        collect();
    }
    // A returning visitor search lists several people: masked labels only.
    Tap("top.finish");
    Tap("welcome.visit");
    Tap("checkin.returning");
    Tap("checkin.by_name");
    SQLite::Statement common(db->sql(),
                             "SELECT first_name, birth_year FROM person WHERE birth_year > 0 AND last_name <> '' "
                             "GROUP BY first_name, birth_year ORDER BY COUNT(*) DESC LIMIT 1");
    ASSERT_TRUE(common.executeStep());
    headless->Type(*app, common.getColumn(0).getString());
    Tap("checkin.name_year");
    headless->Type(*app, std::to_string(common.getColumn(1).getInt()));
    Tap("checkin.search");
    Settle();
    ASSERT_FALSE(app->state().matches.empty()) << AllText();
    collect();
    for (const auto& n : names) EXPECT_EQ(seen.find(n), std::string::npos) << "full last name on a resident screen: " << n;
}

}  // namespace
}  // namespace palier::ui::test
