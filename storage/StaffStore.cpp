#include "StaffStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

namespace {
std::vector<Staff> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(StaffType()) + " FROM staff WHERE " + where);
    if (!arg.empty()) st.bind(1, arg);
    std::vector<Staff> out;
    while (st.executeStep()) out.push_back(ReadRecord(StaffType(), st));
    return out;
}
}  // namespace

void SaveStaff(Database& db, Staff& s) {
    // The PIN hash and lockout counters are local columns: a change to them alone (a wrong PIN,
    // a sign-in) writes the row and journals nothing.
    SaveRecord(db, StaffType(), s, db.NextHlc());
}

std::optional<Staff> LoadStaff(Database& db, const Id& id) { return LoadRecord(db, StaffType(), id); }

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
