#include "OrientationStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordJson.h"
#include "Row.h"
#include "Uuid.h"

namespace palier::storage {

namespace {
constexpr const char* kCols =
    "id, site_id, coalesce(person_id,''), topic, coalesce(partner_id,''), status, due_date, note,"
    " appointment_at, created_at, deleted";
Orientation Read(SQLite::Statement& st) {
    Orientation o;
    o.id = st.getColumn(0).getString();
    o.site_id = st.getColumn(1).getString();
    o.person_id = st.getColumn(2).getString();
    o.topic = static_cast<Topic>(st.getColumn(3).getInt());
    o.partner_id = st.getColumn(4).getString();
    o.status = static_cast<OrientationStatus>(st.getColumn(5).getInt());
    o.due_date = st.getColumn(6).getString();
    o.note = st.getColumn(7).getString();
    o.appointment_at = st.getColumn(8).getString();
    o.created_at = st.getColumn(9).getString();
    o.deleted = st.getColumn(10).getInt() != 0;
    return o;
}
std::vector<Orientation> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kCols + " FROM orientation WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Orientation> out;
    while (st.executeStep()) out.push_back(Read(st));
    return out;
}
constexpr const char* kStillOpen = "deleted = 0 AND status IN (0, 1, 2)";

std::string TopicsText(const std::vector<Topic>& topics) {
    std::string s;
    for (Topic t : topics) s += (s.empty() ? "" : ",") + std::to_string(static_cast<int>(t));
    return s;
}
std::vector<Topic> ParseTopics(const std::string& s) {
    std::vector<Topic> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(',', start);
        if (end == std::string::npos) end = s.size();
        out.push_back(static_cast<Topic>(std::stoi(s.substr(start, end - start))));
        start = end + 1;
    }
    return out;
}
}  // namespace

void SaveOrientation(Database& db, Orientation& o) {
    if (o.id.empty()) o.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "orientation",
              {{"id", o.id}, {"site_id", o.site_id}, {"person_id", IdOrNull(o.person_id)},
               {"topic", int64_t(o.topic)}, {"partner_id", IdOrNull(o.partner_id)},
               {"status", int64_t(o.status)}, {"due_date", o.due_date}, {"note", o.note},
               {"appointment_at", o.appointment_at}, {"created_at", o.created_at},
               {"deleted", int64_t{o.deleted}}},
              hlc);
    AppendJournal(db, "orientation", o.id, "upsert", hlc, nlohmann::json(o).dump());
}

std::optional<Orientation> LoadOrientation(Database& db, const Id& id) {
    auto v = Query(db, "id = ?", id);
    if (v.empty()) return std::nullopt;
    return v.front();
}

std::vector<Orientation> OpenOrientationsDueBy(Database& db, const std::string& date) {
    return Query(db, std::string(kStillOpen) + " AND due_date <> '' AND due_date <= ? ORDER BY due_date, created_at", date);
}

std::vector<Orientation> OpenOrientations(Database& db) {
    return Query(db, std::string(kStillOpen) + " ORDER BY due_date, created_at", "");
}

std::vector<Orientation> OrientationsOfPerson(Database& db, const Id& person_id) {
    return Query(db, "person_id = ? AND deleted = 0 ORDER BY created_at", person_id);
}

void SavePartner(Database& db, Partner& p) {
    if (p.id.empty()) p.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "partner",
              {{"id", p.id}, {"site_id", ""}, {"name", p.name}, {"topics", TopicsText(p.topics)},
               {"address", p.address}, {"hours", p.hours}, {"phone", p.phone},
               {"deleted", int64_t{p.deleted}}},
              hlc);
    AppendJournal(db, "partner", p.id, "upsert", hlc, nlohmann::json(p).dump());
}

static std::vector<Partner> QueryPartners(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(),
                         "SELECT id, name, topics, address, hours, phone, deleted FROM partner WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Partner> out;
    while (st.executeStep()) {
        Partner p;
        p.id = st.getColumn(0).getString();
        p.name = st.getColumn(1).getString();
        p.topics = ParseTopics(st.getColumn(2).getString());
        p.address = st.getColumn(3).getString();
        p.hours = st.getColumn(4).getString();
        p.phone = st.getColumn(5).getString();
        p.deleted = st.getColumn(6).getInt() != 0;
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<Partner> LoadPartner(Database& db, const Id& id) {
    auto v = QueryPartners(db, "id = ?", id);
    if (v.empty()) return std::nullopt;
    return v.front();
}

std::vector<Partner> AllPartners(Database& db) {
    return QueryPartners(db, "deleted = 0 ORDER BY name", "");
}

}  // namespace palier::storage
