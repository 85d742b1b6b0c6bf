#include "CatalogueStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordJson.h"
#include "Row.h"
#include "Uuid.h"

namespace palier::storage {

namespace {
std::string JoinList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
    return out;
}
std::vector<std::string> SplitList(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

constexpr const char* kSiteCols =
    "id, name, kind, coalesce(parent_id,''), place, weekday, start_time, end_time, deleted";
Site ReadSite(SQLite::Statement& st) {
    Site s;
    s.id = st.getColumn(0).getString();
    s.name = st.getColumn(1).getString();
    s.kind = static_cast<SiteKind>(st.getColumn(2).getInt());
    s.parent_id = st.getColumn(3).getString();
    s.place = st.getColumn(4).getString();
    s.weekday = st.getColumn(5).getInt();
    s.start_time = st.getColumn(6).getString();
    s.end_time = st.getColumn(7).getString();
    s.deleted = st.getColumn(8).getInt() != 0;
    return s;
}

constexpr const char* kActivityCols =
    "id, site_id, kind, title, description, age_min, age_max, place, coalesce(stop_id,''),"
    " capacity, price_cents, needs_guardian, facilitator, tutors, rule_weekday, rule_start,"
    " rule_end, rule_from, rule_to, rule_skipped, deleted";
Activity ReadActivity(SQLite::Statement& st) {
    Activity a;
    a.id = st.getColumn(0).getString();
    a.site_id = st.getColumn(1).getString();
    a.kind = static_cast<ActivityKind>(st.getColumn(2).getInt());
    a.title = st.getColumn(3).getString();
    a.description = st.getColumn(4).getString();
    a.age_min = st.getColumn(5).getInt();
    a.age_max = st.getColumn(6).getInt();
    a.place = st.getColumn(7).getString();
    a.stop_id = st.getColumn(8).getString();
    a.capacity = st.getColumn(9).getInt();
    a.price_cents = st.getColumn(10).getInt();
    a.needs_guardian = st.getColumn(11).getInt() != 0;
    a.facilitator = st.getColumn(12).getString();
    a.tutors = SplitList(st.getColumn(13).getString());
    a.rule.weekday = st.getColumn(14).getInt();
    a.rule.start_time = st.getColumn(15).getString();
    a.rule.end_time = st.getColumn(16).getString();
    a.rule.from = st.getColumn(17).getString();
    a.rule.to = st.getColumn(18).getString();
    a.rule.skipped = SplitList(st.getColumn(19).getString());
    a.deleted = st.getColumn(20).getInt() != 0;
    return a;
}

constexpr const char* kSessionCols =
    "id, site_id, activity_id, start, end, place, coalesce(stop_id,''), capacity_override,"
    " cancelled, deleted";
Session ReadSession(SQLite::Statement& st) {
    Session s;
    s.id = st.getColumn(0).getString();
    s.site_id = st.getColumn(1).getString();
    s.activity_id = st.getColumn(2).getString();
    s.start = st.getColumn(3).getString();
    s.end = st.getColumn(4).getString();
    s.place = st.getColumn(5).getString();
    s.stop_id = st.getColumn(6).getString();
    s.capacity_override = st.getColumn(7).getInt();
    s.cancelled = st.getColumn(8).getInt() != 0;
    s.deleted = st.getColumn(9).getInt() != 0;
    return s;
}
}  // namespace

void SaveSite(Database& db, Site& s) {
    if (s.id.empty()) s.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "site",
              {{"id", s.id}, {"site_id", s.parent_id.empty() ? s.id : s.parent_id},
               {"name", s.name}, {"kind", int64_t(s.kind)}, {"parent_id", IdOrNull(s.parent_id)},
               {"place", s.place}, {"weekday", int64_t{s.weekday}}, {"start_time", s.start_time},
               {"end_time", s.end_time}, {"deleted", int64_t{s.deleted}}},
              hlc);
    AppendJournal(db, "site", s.id, "upsert", hlc, nlohmann::json(s).dump());
}

std::vector<Site> AllSites(Database& db) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kSiteCols +
                                       " FROM site WHERE deleted = 0 ORDER BY kind, weekday, name");
    std::vector<Site> out;
    while (st.executeStep()) out.push_back(ReadSite(st));
    return out;
}

std::optional<Site> LoadSite(Database& db, const Id& id) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kSiteCols + " FROM site WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return ReadSite(st);
}

void SaveActivity(Database& db, Activity& a) {
    if (a.id.empty()) a.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "activity",
              {{"id", a.id}, {"site_id", a.site_id}, {"kind", int64_t(a.kind)}, {"title", a.title},
               {"description", a.description}, {"age_min", int64_t{a.age_min}},
               {"age_max", int64_t{a.age_max}}, {"place", a.place}, {"stop_id", IdOrNull(a.stop_id)},
               {"capacity", int64_t{a.capacity}}, {"price_cents", int64_t{a.price_cents}},
               {"needs_guardian", int64_t{a.needs_guardian}}, {"facilitator", a.facilitator},
               {"tutors", JoinList(a.tutors)}, {"rule_weekday", int64_t{a.rule.weekday}},
               {"rule_start", a.rule.start_time}, {"rule_end", a.rule.end_time},
               {"rule_from", a.rule.from}, {"rule_to", a.rule.to},
               {"rule_skipped", JoinList(a.rule.skipped)}, {"deleted", int64_t{a.deleted}}},
              hlc);
    AppendJournal(db, "activity", a.id, "upsert", hlc, nlohmann::json(a).dump());
}

std::optional<Activity> LoadActivity(Database& db, const Id& id) {
    SQLite::Statement st(db.sql(),
                         std::string("SELECT ") + kActivityCols + " FROM activity WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return ReadActivity(st);
}

std::vector<Activity> AllActivities(Database& db) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kActivityCols +
                                       " FROM activity WHERE deleted = 0 ORDER BY title");
    std::vector<Activity> out;
    while (st.executeStep()) out.push_back(ReadActivity(st));
    return out;
}

void SaveSession(Database& db, Session& s) {
    if (s.id.empty()) s.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "session",
              {{"id", s.id}, {"site_id", s.site_id}, {"activity_id", s.activity_id},
               {"start", s.start}, {"end", s.end}, {"place", s.place},
               {"stop_id", IdOrNull(s.stop_id)}, {"capacity_override", int64_t{s.capacity_override}},
               {"cancelled", int64_t{s.cancelled}}, {"deleted", int64_t{s.deleted}}},
              hlc);
    AppendJournal(db, "session", s.id, "upsert", hlc, nlohmann::json(s).dump());
}

std::optional<Session> LoadSession(Database& db, const Id& id) {
    SQLite::Statement st(db.sql(),
                         std::string("SELECT ") + kSessionCols + " FROM session WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return ReadSession(st);
}

std::vector<Session> SessionsBetween(Database& db, const std::string& from, const std::string& to) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kSessionCols +
                                       " FROM session WHERE deleted = 0 AND start >= ? AND start < ?"
                                       " ORDER BY start");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<Session> out;
    while (st.executeStep()) out.push_back(ReadSession(st));
    return out;
}

std::vector<Session> SessionsOfActivity(Database& db, const Id& activity_id) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kSessionCols +
                                       " FROM session WHERE deleted = 0 AND activity_id = ?"
                                       " ORDER BY start");
    st.bind(1, activity_id);
    std::vector<Session> out;
    while (st.executeStep()) out.push_back(ReadSession(st));
    return out;
}

std::optional<Session> SessionAt(Database& db, const Id& activity_id, const std::string& start) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kSessionCols +
                                       " FROM session WHERE activity_id = ? AND start = ?");
    st.bind(1, activity_id);
    st.bind(2, start);
    if (!st.executeStep()) return std::nullopt;
    return ReadSession(st);
}

}  // namespace palier::storage
