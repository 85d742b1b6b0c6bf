#include "VisitStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

namespace {
std::vector<Visit> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(VisitType()) + " FROM visit WHERE " + where);
    st.bind(1, arg);
    std::vector<Visit> out;
    while (st.executeStep()) out.push_back(ReadRecord(VisitType(), st));
    return out;
}
}  // namespace

void SaveVisit(Database& db, Visit& v) { SaveRecord(db, VisitType(), v, db.NextHlc()); }

std::vector<Visit> VisitsOn(Database& db, const std::string& date) {
    // Range on the indexed `at` column: [date, date + "U") covers "YYYY-MM-DDT..".
    return Query(db, "deleted = 0 AND at >= ?1 AND at < (?1 || 'U') ORDER BY at DESC", date);
}

int64_t CountVisitsOfPerson(Database& db, const Id& person_id) {
    SQLite::Statement st(db.sql(), "SELECT count(*) FROM visit WHERE person_id = ? AND deleted = 0");
    st.bind(1, person_id);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

std::vector<Visit> VisitsOfPerson(Database& db, const Id& person_id) {
    return Query(db, "person_id = ? AND deleted = 0 ORDER BY at", person_id);
}

void SaveSurvey(Database& db, SurveyAnswer& s) { SaveRecord(db, SurveyType(), s, db.NextHlc()); }

std::vector<SurveyAnswer> SurveysBetween(Database& db, const std::string& from, const std::string& to) {
    SQLite::Statement st(db.sql(),
                         "SELECT " + SelectList(SurveyType()) + " FROM survey"
                         " WHERE deleted = 0 AND date >= ? AND date < ? ORDER BY date");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<SurveyAnswer> out;
    while (st.executeStep()) out.push_back(ReadRecord(SurveyType(), st));
    return out;
}

}  // namespace palier::storage
