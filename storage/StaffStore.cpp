#include "StaffStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordJson.h"
#include "Row.h"
#include "Uuid.h"

namespace palier::storage {

namespace {
std::vector<Staff> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(),
                         "SELECT id, site_id, name, role, pin_hash, failed_attempts, lockouts,"
                         " locked_until, deleted FROM staff WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Staff> out;
    while (st.executeStep()) {
        Staff s;
        s.id = st.getColumn(0).getString();
        s.site_id = st.getColumn(1).getString();
        s.name = st.getColumn(2).getString();
        s.role = static_cast<StaffRole>(st.getColumn(3).getInt());
        s.pin_hash = st.getColumn(4).getString();
        s.failed_attempts = st.getColumn(5).getInt();
        s.lockouts = st.getColumn(6).getInt();
        s.locked_until = st.getColumn(7).getInt64();
        s.deleted = st.getColumn(8).getInt() != 0;
        out.push_back(std::move(s));
    }
    return out;
}
}  // namespace

void SaveStaff(Database& db, Staff& s) {
    if (s.id.empty()) s.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    UpsertRow(db, "staff",
              {{"id", s.id}, {"site_id", s.site_id}, {"name", s.name}, {"role", int64_t(s.role)},
               {"pin_hash", s.pin_hash}, {"failed_attempts", int64_t{s.failed_attempts}},
               {"lockouts", int64_t{s.lockouts}}, {"locked_until", int64_t{s.locked_until}},
               {"deleted", int64_t{s.deleted}}},
              hlc);
    // Lockout counters are per kiosk: only the account itself travels.
    AppendJournal(db, "staff", s.id, "upsert", hlc, nlohmann::json(s).dump());
}

std::optional<Staff> LoadStaff(Database& db, const Id& id) {
    auto v = Query(db, "id = ?", id);
    if (v.empty()) return std::nullopt;
    return v.front();
}

std::vector<Staff> AllStaff(Database& db) { return Query(db, "deleted = 0 ORDER BY name", ""); }

void AppendAudit(Database& db, const Id& staff_id, const std::string& action,
                 const std::string& record_kind, const Id& record_id, const std::string& at) {
    SQLite::Statement st(db.sql(),
                         "INSERT INTO audit(at, staff_id, action, record_kind, record_id)"
                         " VALUES(?,?,?,?,?)");
    st.bind(1, at);
    st.bind(2, staff_id);
    st.bind(3, action);
    st.bind(4, record_kind);
    st.bind(5, record_id);
    st.exec();
}

std::vector<AuditEntry> RecentAudit(Database& db, int limit) {
    SQLite::Statement st(db.sql(),
                         "SELECT seq, at, staff_id, action, record_kind, record_id FROM audit"
                         " ORDER BY seq DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<AuditEntry> out;
    while (st.executeStep()) {
        AuditEntry a;
        a.seq = st.getColumn(0).getInt64();
        a.at = st.getColumn(1).getString();
        a.staff_id = st.getColumn(2).getString();
        a.action = st.getColumn(3).getString();
        a.record_kind = st.getColumn(4).getString();
        a.record_id = st.getColumn(5).getString();
        out.push_back(std::move(a));
    }
    return out;
}

std::string GetSetting(Database& db, const std::string& key, const std::string& fallback) {
    SQLite::Statement st(db.sql(), "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.executeStep() ? st.getColumn(0).getString() : fallback;
}

void SetSetting(Database& db, const std::string& key, const std::string& value) {
    SQLite::Statement st(db.sql(), "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    st.bind(1, key);
    st.bind(2, value);
    st.exec();
}

}  // namespace palier::storage
