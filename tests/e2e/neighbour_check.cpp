// palier_e2e_neighbour_check DATA_DIR LAST4 BIRTH_YEAR NOW: after tests/e2e/neighbour.script,
// checks that the resident whose phone ends in LAST4 and born in BIRTH_YEAR still holds every
// booking they had: none cancelled, at least one live in a session after NOW
// (YYYY-MM-DDTHH:MM). Exits 0 when so.
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <string>

#include "storage/Database.h"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: palier_e2e_neighbour_check DATA_DIR LAST4 BIRTH_YEAR YYYY-MM-DDTHH:MM\n");
        return 2;
    }
    palier::storage::Database db(std::string(argv[1]) + "/palier.db");
    SQLite::Statement who(db.sql(), "SELECT id FROM person WHERE phone_last4 = ? AND birth_year = ? AND erased = 0");
    who.bind(1, argv[2]);
    who.bind(2, std::stoi(argv[3]));
    const std::string person = who.executeStep() ? who.getColumn(0).getString() : "";
    int failures = 0;
    auto check = [&](bool ok, const char* what) {
        std::printf("%s %s\n", ok ? "ok  " : "FAIL", what);
        failures += !ok;
    };
    check(!person.empty(), "the resident is there");
    auto count = [&](const std::string& where, bool bind_now) {
        SQLite::Statement st(db.sql(), "SELECT COUNT(*) FROM booking b JOIN session s ON s.id = b.session_id"
                                       " WHERE b.person_id = ? AND b.deleted = 0 AND " + where);
        st.bind(1, person);
        if (bind_now) st.bind(2, argv[4]);
        return st.executeStep() ? st.getColumn(0).getInt64() : -1;
    };
    const std::string cancelled = std::to_string(static_cast<int>(palier::BookingStatus::Cancelled));
    check(count("b.status = " + cancelled, false) == 0, "none of their bookings is cancelled");
    check(count("b.status != " + cancelled + " AND s.start > ?", true) >= 1, "their upcoming booking is still live");
    return failures == 0 ? 0 : 1;
}
