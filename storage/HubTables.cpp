#include "HubTables.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

void AddEnrolCode(Database& db, const std::string& code_hash, const std::string& site, int64_t expires_ms) {
    SQLite::Statement st(db.sql(), "INSERT INTO hub_code(code_hash, site, expires_ms) VALUES(?,?,?)");
    st.bind(1, code_hash);
    st.bind(2, site);
    st.bind(3, expires_ms);
    st.exec();
}

std::optional<std::string> TakeEnrolCode(Database& db, const std::string& code_hash, int64_t now_ms,
                                         const Id& device) {
    SQLite::Statement st(db.sql(),
                         "UPDATE hub_code SET used_by = ?1 WHERE code_hash = ?2 AND expires_ms > ?3"
                         " AND (used_by IS NULL OR (used_by = ?1 AND NOT EXISTS"
                         " (SELECT 1 FROM hub_device WHERE id = ?1 AND revoked_ms IS NOT NULL)))"
                         " RETURNING site");
    st.bind(1, device);
    st.bind(2, code_hash);
    st.bind(3, now_ms);
    if (!st.executeStep()) return std::nullopt;
    std::string site = st.getColumn(0).getString();
    while (st.executeStep()) {}
    return site;
}

namespace {
constexpr const char* kDeviceColumns =
    "id, site, token_hash, enrolled_ms, revoked_ms, acked_through, last_seen_ms, format, site_id";

std::vector<HubDevice> ReadDevices(SQLite::Statement& st) {
    std::vector<HubDevice> out;
    while (st.executeStep()) {
        HubDevice d;
        d.id = st.getColumn(0).getString();
        d.site = st.getColumn(1).getString();
        d.token_hash = st.getColumn(2).getString();
        d.enrolled_ms = st.getColumn(3).getInt64();
        if (!st.getColumn(4).isNull()) d.revoked_ms = st.getColumn(4).getInt64();
        d.acked_through = st.getColumn(5).getInt64();
        if (!st.getColumn(6).isNull()) d.last_seen_ms = st.getColumn(6).getInt64();
        d.format = st.getColumn(7).getInt();
        d.site_id = st.getColumn(8).getString();
        out.push_back(std::move(d));
    }
    return out;
}

// Every request authenticates and every push reads its device: the statement is kept.
std::optional<HubDevice> OneDevice(Database& db, const char* where, const std::string& value) {
    StatementLease lease(db.Cached(std::string("SELECT ") + kDeviceColumns + " FROM hub_device WHERE " + where));
    lease.st.bind(1, value);
    auto all = ReadDevices(lease.st);
    if (all.empty()) return std::nullopt;
    return all.front();
}
}  // namespace

void SaveDevice(Database& db, const HubDevice& d) {
    SQLite::Statement st(db.sql(),
                         "INSERT INTO hub_device(id, site, token_hash, enrolled_ms, revoked_ms, format, site_id)"
                         " VALUES(?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET site = excluded.site,"
                         " token_hash = excluded.token_hash, enrolled_ms = excluded.enrolled_ms,"
                         " revoked_ms = excluded.revoked_ms, format = excluded.format, site_id = excluded.site_id");
    st.bind(1, d.id);
    st.bind(2, d.site);
    st.bind(3, d.token_hash);
    st.bind(4, d.enrolled_ms);
    if (d.revoked_ms) st.bind(5, *d.revoked_ms);
    else st.bind(5);
    st.bind(6, d.format);
    st.bind(7, d.site_id);
    st.exec();
}

std::optional<HubDevice> DeviceByTokenHash(Database& db, const std::string& token_hash) {
    return OneDevice(db, "token_hash = ?", token_hash);
}

std::optional<HubDevice> DeviceById(Database& db, const Id& id) { return OneDevice(db, "id = ?", id); }

std::vector<HubDevice> AllDevices(Database& db) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kDeviceColumns + " FROM hub_device ORDER BY site, id");
    return ReadDevices(st);
}

bool RevokeDevice(Database& db, const Id& id, int64_t now_ms) {
    SQLite::Statement st(db.sql(), "UPDATE hub_device SET revoked_ms = coalesce(revoked_ms, ?) WHERE id = ?");
    st.bind(1, now_ms);
    st.bind(2, id);
    return st.exec() > 0;
}

void SetDeviceAcked(Database& db, const Id& id, int64_t acked_through) {
    StatementLease lease(db.Cached("UPDATE hub_device SET acked_through = max(acked_through, ?) WHERE id = ?"));
    lease.st.bind(1, acked_through);
    lease.st.bind(2, id);
    lease.st.exec();
}

void SetDeviceSeen(Database& db, const Id& id, int64_t now_ms) {
    StatementLease lease(db.Cached("UPDATE hub_device SET last_seen_ms = ? WHERE id = ?"));
    lease.st.bind(1, now_ms);
    lease.st.bind(2, id);
    lease.st.exec();
}

int64_t AppendHubLog(Database& db, const JournalEntry& e) {
    StatementLease lease(db.Cached(
        "INSERT OR IGNORE INTO hub_log(device_id, seq, kind, record_id, op, hlc, payload, format)"
        " VALUES(?,?,?,?,?,?,?,?)"));
    auto& st = lease.st;
    st.bind(1, e.device_id);
    st.bind(2, e.seq);
    st.bind(3, e.kind);
    st.bind(4, e.record_id);
    st.bind(5, e.op);
    st.bind(6, static_cast<int64_t>(e.hlc));
    st.bind(7, e.payload);
    st.bind(8, e.format);
    return st.exec() > 0 ? db.sql().getLastInsertRowid() : 0;
}

std::optional<JournalEntry> HubLogEntry(Database& db, const Id& device, int64_t seq) {
    StatementLease lease(db.Cached(
        "SELECT kind, record_id, op, hlc, payload, format FROM hub_log WHERE device_id = ? AND seq = ?"));
    auto& st = lease.st;
    st.bind(1, device);
    st.bind(2, seq);
    if (!st.executeStep()) return std::nullopt;
    JournalEntry e;
    e.device_id = device;
    e.seq = seq;
    e.kind = st.getColumn(0).getString();
    e.record_id = st.getColumn(1).getString();
    e.op = st.getColumn(2).getString();
    e.hlc = st.getColumn(3).getInt64();
    e.payload = st.getColumn(4).getString();
    e.format = st.getColumn(5).getInt();
    return e;
}

std::vector<JournalEntry> HubLogOfDevice(Database& db, const Id& device, int64_t from, int64_t through, int limit) {
    SQLite::Statement st(db.sql(),
                         "SELECT seq FROM hub_log WHERE device_id = ? AND seq BETWEEN ? AND ? ORDER BY seq LIMIT ?");
    st.bind(1, device);
    st.bind(2, from);
    st.bind(3, through);
    st.bind(4, limit);
    std::vector<JournalEntry> out;
    while (st.executeStep())
        if (auto e = HubLogEntry(db, device, st.getColumn(0).getInt64())) out.push_back(std::move(*e));
    return out;
}

std::vector<HubLogRow> HubLogAfter(Database& db, int64_t since, int limit) {
    StatementLease lease(db.Cached(
        "SELECT cursor, device_id, seq, kind, record_id, op, hlc, payload, format FROM hub_log"
        " WHERE cursor > ? ORDER BY cursor LIMIT ?"));
    auto& st = lease.st;
    st.bind(1, since);
    st.bind(2, limit);
    std::vector<HubLogRow> out;
    while (st.executeStep()) {
        HubLogRow r;
        r.cursor = st.getColumn(0).getInt64();
        r.entry.device_id = st.getColumn(1).getString();
        r.entry.seq = st.getColumn(2).getInt64();
        r.entry.kind = st.getColumn(3).getString();
        r.entry.record_id = st.getColumn(4).getString();
        r.entry.op = st.getColumn(5).getString();
        r.entry.hlc = st.getColumn(6).getInt64();
        r.entry.payload = st.getColumn(7).getString();
        r.entry.format = st.getColumn(8).getInt();
        out.push_back(std::move(r));
    }
    return out;
}

int64_t HubLogEnd(Database& db) {
    return db.sql().execAndGet("SELECT coalesce(max(cursor), 0) FROM hub_log").getInt64();
}

int64_t HubLogCount(Database& db) { return db.sql().execAndGet("SELECT count(*) FROM hub_log").getInt64(); }

void AddAnomaly(Database& db, const HubAnomaly& a) {
    SQLite::Statement st(db.sql(),
                         "INSERT INTO hub_anomaly(at_ms, device_id, kind, record_id, reason) VALUES(?,?,?,?,?)");
    st.bind(1, a.at_ms);
    st.bind(2, a.device_id);
    st.bind(3, a.kind);
    st.bind(4, a.record_id);
    st.bind(5, a.reason);
    st.exec();
}

std::vector<HubAnomaly> RecentAnomalies(Database& db, int limit) {
    SQLite::Statement st(db.sql(),
                         "SELECT at_ms, device_id, kind, record_id, reason FROM hub_anomaly"
                         " ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<HubAnomaly> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                       st.getColumn(3).getString(), st.getColumn(4).getString()});
    return out;
}

}  // namespace palier::storage
