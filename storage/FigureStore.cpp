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

std::vector<DayCount> VisitsBySiteAndDay(Database& db, const std::string& from,
                                         const std::string& to) {
    // A stored instant starts with its local date: the first ten characters are the site's day.
    SQLite::Statement st(db.sql(),
                         "SELECT site_id, substr(at, 1, 10) AS day, count(*) FROM visit"
                         " WHERE deleted = 0 AND at >= ? AND at < ? GROUP BY site_id, day");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<DayCount> out;
    while (st.executeStep())
        out.push_back(DayCount{st.getColumn(0).getString(), st.getColumn(1).getString(),
                               st.getColumn(2).getInt()});
    return out;
}

std::vector<ReasonsCount> VisitsBySiteAndReasons(Database& db, const std::string& from,
                                                 const std::string& to) {
    SQLite::Statement st(db.sql(),
                         "SELECT site_id, reasons, count(*) FROM visit"
                         " WHERE deleted = 0 AND at >= ? AND at < ? GROUP BY site_id, reasons");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<ReasonsCount> out;
    while (st.executeStep())
        out.push_back(ReasonsCount{st.getColumn(0).getString(),
                                   static_cast<uint32_t>(st.getColumn(1).getInt64()),
                                   st.getColumn(2).getInt()});
    return out;
}

std::vector<OrientationCount> OrientationsByTopicPartnerStatus(Database& db) {
    SQLite::Statement st(db.sql(),
                         "SELECT topic, coalesce(partner_id, ''), status, count(*) FROM orientation"
                         " WHERE deleted = 0 GROUP BY 1, 2, 3");
    std::vector<OrientationCount> out;
    while (st.executeStep())
        out.push_back(OrientationCount{
            static_cast<Topic>(st.getColumn(0).getInt()), st.getColumn(1).getString(),
            static_cast<OrientationStatus>(st.getColumn(2).getInt()), st.getColumn(3).getInt()});
    return out;
}

}  // namespace palier::storage
