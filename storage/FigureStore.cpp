#include "FigureStore.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

namespace {
CountBySite Counts(Database& db, const char* sql, const std::string& from, const std::string& to) {
    SQLite::Statement st(db.sql(), sql);
    st.bind(1, from);
    st.bind(2, to);
    CountBySite out;
    while (st.executeStep()) out[st.getColumn(0).getString()] = st.getColumn(1).getInt();
    return out;
}
}  // namespace

CountBySite VisitsBySite(Database& db, const std::string& from, const std::string& to) {
    return Counts(db,
                  "SELECT site_id, count(*) FROM visit WHERE deleted = 0 AND at >= ? AND at < ? "
                  "GROUP BY site_id",
                  from, to);
}

CountBySite FirstVisitsBySite(Database& db, const std::string& from, const std::string& to) {
    // With min(), SQLite takes the bare column site_id from the row holding the minimum.
    return Counts(
        db,
        "SELECT site_id, count(*) FROM (SELECT site_id, min(at) AS first FROM visit"
        " WHERE deleted = 0 AND person_id IS NOT NULL AND person_id <> '' GROUP BY person_id)"
        " WHERE first >= ? AND first < ? GROUP BY site_id",
        from, to);
}

CountBySite OrientationsCreatedBySite(Database& db, const std::string& from,
                                      const std::string& to) {
    return Counts(db,
                  "SELECT site_id, count(*) FROM orientation WHERE deleted = 0 AND created_at >= ? "
                  "AND created_at < ?"
                  " GROUP BY site_id",
                  from, to);
}

}  // namespace palier::storage
