// palier_e2e_staff_check DATA_DIR: after staff.script, checks the rows the staff journeys leave:
// both demo staff signed in (by PIN alone), the walk-in Awa Diallo registered, and an open
// health-coverage request for her. Exits 0 when all are there.
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <string>

#include "storage/Database.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: palier_e2e_staff_check DATA_DIR\n");
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
    check(one("SELECT COUNT(DISTINCT staff_id) FROM audit WHERE action = 'staff.sign_in'", "") == 2,
          "the volunteer and the coordinator signed in");
    SQLite::Statement who(
        db.sql(), "SELECT id FROM person WHERE first_name = 'Awa' AND last_name = 'Diallo'");
    const std::string person = who.executeStep() ? who.getColumn(0).getString() : "";
    check(!person.empty(), "the walk-in is registered");
    check(
        one("SELECT COUNT(*) FROM orientation WHERE person_id = ? AND topic = " +
                std::to_string(static_cast<int>(palier::Topic::HealthCoverage)) + " AND status = " +
                std::to_string(static_cast<int>(palier::OrientationStatus::Open)),
            person) == 1,
        "an open health-coverage request for her");
    return failures == 0 ? 0 : 1;
}
