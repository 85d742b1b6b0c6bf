#include "OrientationStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

namespace {
std::vector<Orientation> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(OrientationType()) + " FROM orientation WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Orientation> out;
    while (st.executeStep()) out.push_back(ReadRecord(OrientationType(), st));
    return out;
}
constexpr const char* kStillOpen = "deleted = 0 AND status IN (0, 1, 2)";

}  // namespace

void SaveOrientation(Database& db, Orientation& o) { SaveRecord(db, OrientationType(), o, db.NextHlc()); }

std::optional<Orientation> LoadOrientation(Database& db, const Id& id) { return LoadRecord(db, OrientationType(), id); }

std::vector<Orientation> OpenOrientationsDueBy(Database& db, const std::string& date) {
    return Query(db, std::string(kStillOpen) + " AND due_date <> '' AND due_date <= ? ORDER BY due_date, created_at", date);
}

std::vector<Orientation> OpenOrientations(Database& db) {
    return Query(db, std::string(kStillOpen) + " ORDER BY due_date, created_at", "");
}

std::vector<Orientation> OrientationsOfPerson(Database& db, const Id& person_id) {
    return Query(db, "person_id = ? AND deleted = 0 ORDER BY created_at", person_id);
}

void SavePartner(Database& db, Partner& p) { SaveRecord(db, PartnerType(), p, db.NextHlc()); }

static std::vector<Partner> QueryPartners(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(PartnerType()) + " FROM partner WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Partner> out;
    while (st.executeStep()) out.push_back(ReadRecord(PartnerType(), st));
    return out;
}

std::optional<Partner> LoadPartner(Database& db, const Id& id) { return LoadRecord(db, PartnerType(), id); }

std::vector<Partner> AllPartners(Database& db) {
    return QueryPartners(db, "deleted = 0 ORDER BY name", "");
}

}  // namespace palier::storage
