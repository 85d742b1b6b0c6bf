// palier_e2e_db_check DATA_DIR FIRST_NAME DAY: after the --script walk-through, checks the rows a
// visit leaves: the new person, their visit with a reason, their booking (cancelled), and an
// anonymous survey answer (1, 3, 1) of DAY, the day the kiosk ran. Exits 0 when all are there.
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <string>

#include "kiosk/Dates.h"
#include "storage/Database.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: palier_e2e_db_check DATA_DIR FIRST_NAME YYYY-MM-DD\n");
        return 2;
    }
    palier::storage::Database db(std::string(argv[1]) + "/palier.db");
    auto one = [&](const std::string& sql, const std::string& bind) {
        SQLite::Statement st(db.sql(), sql);
        if (!bind.empty()) st.bind(1, bind);
        return st.executeStep() ? st.getColumn(0).getInt64() : -1;
    };
    int failures = 0;
    auto check = [&](bool ok, const char* what) {
        std::printf("%s %s\n", ok ? "ok  " : "FAIL", what);
        failures += !ok;
    };
    SQLite::Statement who(db.sql(), "SELECT id FROM person WHERE first_name = ? ORDER BY rowid DESC LIMIT 1");
    who.bind(1, argv[2]);
    const std::string person = who.executeStep() ? who.getColumn(0).getString() : "";
    check(!person.empty(), "the new visitor is registered");
    check(one("SELECT COUNT(*) FROM visit WHERE person_id = ? AND reasons > 0", person) == 1, "one visit with a reason");
    check(one("SELECT COUNT(*) FROM booking WHERE person_id = ?", person) == 1, "one booking");
    check(one("SELECT COUNT(*) FROM booking WHERE person_id = ? AND status = " +
                  std::to_string(static_cast<int>(palier::BookingStatus::Cancelled)), person) == 1,
          "the booking is cancelled");
    const std::string today = argv[3];  // the day the kiosk ran (--now), not the checker's
    check(one("SELECT COUNT(*) FROM survey WHERE date = ? AND learned = 1 AND changed = 3 AND welcomed = 1", today) >= 1,
          "the survey answer is stored");
    return failures == 0 ? 0 : 1;
}
