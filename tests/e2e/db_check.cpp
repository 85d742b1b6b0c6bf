// palier_e2e_db_check DATA_DIR DAY CHECK [FIRST_NAME]: after a --script walk-through, checks the
// rows it leaves. DAY is the day the kiosk ran (--now). Exits 0 when all are there.
//   visit NAME: the new person, their visit with a reason, their booking (cancelled), and an
//     anonymous survey answer (1, 3, 1) of DAY.
//   child-booking: the demo's Amina (no child on file) booked homework help for Yanis, now
//     registered with her as parent; her own birth year is still hers; her visit is counted.
//   register-while-booking NAME: the new person, registered while booking, holds a confirmed
//     booking and one visit of DAY, counted as an activity visit in English.
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <string>

#include "kiosk/Demo.h"
#include "kiosk/Dates.h"
#include "storage/Database.h"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: palier_e2e_db_check DATA_DIR YYYY-MM-DD visit|child-booking|register-while-booking [FIRST_NAME]\n");
        return 2;
    }
    palier::storage::Database db(std::string(argv[1]) + "/palier.db");
    const std::string today = argv[2];  // the day the kiosk ran (--now), not the checker's
    const std::string check_name = argv[3];
    const std::string name = argc > 4 ? argv[4] : "";
    auto one = [&](const std::string& sql, const std::string& bind) {
        SQLite::Statement st(db.sql(), sql);
        if (!bind.empty()) st.bind(1, bind);
        return st.executeStep() ? st.getColumn(0).getInt64() : -1;
    };
    auto text = [&](const std::string& sql, const std::string& bind) {
        SQLite::Statement st(db.sql(), sql);
        st.bind(1, bind);
        return st.executeStep() ? st.getColumn(0).getString() : std::string();
    };
    int failures = 0;
    auto check = [&](bool ok, const char* what) {
        std::printf("%s %s\n", ok ? "ok  " : "FAIL", what);
        failures += !ok;
    };
    const std::string confirmed = std::to_string(static_cast<int>(palier::BookingStatus::Confirmed));
    const std::string activity = std::to_string(palier::kReasonActivity);
    auto newest = [&](const std::string& first) {
        return text("SELECT id FROM person WHERE first_name = ? ORDER BY rowid DESC LIMIT 1", first);
    };
    auto visits_today = [&](const std::string& person, const std::string& where) {
        return one("SELECT COUNT(*) FROM visit WHERE person_id = ? AND at LIKE '" + today + "%'" + where, person);
    };

    if (check_name == "visit") {
        const std::string person = newest(name);
        check(!person.empty(), "the new visitor is registered");
        check(one("SELECT COUNT(*) FROM visit WHERE person_id = ? AND reasons > 0", person) == 1, "one visit with a reason");
        check(one("SELECT COUNT(*) FROM booking WHERE person_id = ?", person) == 1, "one booking");
        check(one("SELECT COUNT(*) FROM booking WHERE person_id = ? AND status = " +
                      std::to_string(static_cast<int>(palier::BookingStatus::Cancelled)), person) == 1,
              "the booking is cancelled");
        check(one("SELECT COUNT(*) FROM survey WHERE date = ? AND learned = 1 AND changed = 3 AND welcomed = 1", today) >= 1,
              "the survey answer is stored");
    } else if (check_name == "child-booking") {
        const std::string amina = text("SELECT id FROM person WHERE phone = ?", palier::kDemoParentWithoutChildPhone);
        check(!amina.empty(), "the demo parent without a child is there");
        const std::string child = newest("Yanis");
        check(!child.empty(), "the child is registered");
        check(text("SELECT guardian_id FROM person WHERE id = ?", child) == amina, "with his mother as parent");
        check(one("SELECT birth_year FROM person WHERE id = ?", child) == 2017, "born in 2017");
        check(one("SELECT COUNT(*) FROM booking WHERE person_id = ? AND status = " + confirmed, child) == 1,
              "his homework help is booked");
        // The demo makes her 34; the year typed for her son must not have been written on her.
        check(one("SELECT birth_year FROM person WHERE id = ?", amina) == std::stoi(today.substr(0, 4)) - 34,
              "his mother's birth year is untouched");
        check(one("SELECT COUNT(*) FROM person WHERE guardian_id = ?", amina) == 1, "one child, no half-made one");
        check(visits_today(amina, " AND reasons = " + activity) == 1, "the mother's visit is counted once");
    } else if (check_name == "register-while-booking") {
        const std::string person = newest(name);
        check(!person.empty(), "the new visitor is registered");
        check(one("SELECT COUNT(*) FROM booking WHERE person_id = ? AND status = " + confirmed, person) == 1,
              "the booking is confirmed");
        check(visits_today(person, "") == 1, "one visit today");
        check(visits_today(person, " AND reasons = " + activity + " AND language = 'en' AND is_new = 1") == 1,
              "counted as a new visitor's activity visit, in English");
    } else {
        std::fprintf(stderr, "unknown check: %s\n", check_name.c_str());
        return 2;
    }
    return failures == 0 ? 0 : 1;
}
