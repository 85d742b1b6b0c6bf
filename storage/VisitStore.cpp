#include "VisitStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordJson.h"
#include "Row.h"
#include "Uuid.h"

namespace palier::storage {

namespace {
std::vector<Visit> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(),
                         "SELECT id, site_id, coalesce(person_id,''), at, reasons, is_new, language,"
                         " deleted FROM visit WHERE " + where);
    st.bind(1, arg);
    std::vector<Visit> out;
    while (st.executeStep()) {
        Visit v;
        v.id = st.getColumn(0).getString();
        v.site_id = st.getColumn(1).getString();
        v.person_id = st.getColumn(2).getString();
        v.at = st.getColumn(3).getString();
        v.reasons = static_cast<uint32_t>(st.getColumn(4).getInt());
        v.is_new = st.getColumn(5).getInt() != 0;
        v.language = st.getColumn(6).getString();
        v.deleted = st.getColumn(7).getInt() != 0;
        out.push_back(std::move(v));
    }
    return out;
}
}  // namespace

void SaveVisit(Database& db, Visit& v) {
    if (v.id.empty()) v.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "visit",
              {{"id", v.id}, {"site_id", v.site_id}, {"person_id", IdOrNull(v.person_id)},
               {"at", v.at}, {"reasons", int64_t{v.reasons}}, {"is_new", int64_t{v.is_new}},
               {"language", v.language}, {"deleted", int64_t{v.deleted}}},
              hlc);
    AppendJournal(db, "visit", v.id, "upsert", hlc, nlohmann::json(v).dump());
}

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

void SaveSurvey(Database& db, SurveyAnswer& s) {
    if (s.id.empty()) s.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "survey",
              {{"id", s.id}, {"site_id", s.site_id}, {"date", s.date},
               {"learned", int64_t{s.learned}}, {"changed", int64_t{s.changed}},
               {"welcomed", int64_t{s.welcomed}}},
              hlc);
    AppendJournal(db, "survey", s.id, "upsert", hlc, nlohmann::json(s).dump());
}

std::vector<SurveyAnswer> SurveysBetween(Database& db, const std::string& from, const std::string& to) {
    SQLite::Statement st(db.sql(),
                         "SELECT id, site_id, date, learned, changed, welcomed FROM survey"
                         " WHERE deleted = 0 AND date >= ? AND date < ? ORDER BY date");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<SurveyAnswer> out;
    while (st.executeStep()) {
        SurveyAnswer s;
        s.id = st.getColumn(0).getString();
        s.site_id = st.getColumn(1).getString();
        s.date = st.getColumn(2).getString();
        s.learned = st.getColumn(3).getInt();
        s.changed = st.getColumn(4).getInt();
        s.welcomed = st.getColumn(5).getInt();
        out.push_back(s);
    }
    return out;
}

}  // namespace palier::storage
