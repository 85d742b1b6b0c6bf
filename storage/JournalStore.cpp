#include "JournalStore.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "EntryWire.h"
#include "RecordJson.h"
#include "RecordKinds.h"

namespace palier::storage {

using nlohmann::json;

void AppendJournal(Database& db, const std::string& kind, const Id& id, const std::string& op,
                   Hlc hlc, const json& changed) {
    StatementLease lease(db.Cached(
        "INSERT INTO journal(kind, record_id, op, hlc, payload, device_id, format) VALUES(?,?,?,?,?,?,?)"));
    auto& st = lease.st;
    st.bind(1, kind);
    st.bind(2, id);
    st.bind(3, op);
    st.bind(4, static_cast<int64_t>(hlc));
    st.bind(5, changed.dump());
    st.bind(6, db.device_id());
    st.bind(7, kJournalFormat);
    st.exec();
}

namespace {
constexpr const char* kEntryColumns = "seq, kind, record_id, op, hlc, payload, device_id, format";

std::vector<JournalEntry> ReadEntries(SQLite::Statement& st) {
    std::vector<JournalEntry> out;
    while (st.executeStep()) {
        JournalEntry e;
        e.seq = st.getColumn(0).getInt64();
        e.kind = st.getColumn(1).getString();
        e.record_id = st.getColumn(2).getString();
        e.op = st.getColumn(3).getString();
        e.hlc = st.getColumn(4).getInt64();
        e.payload = st.getColumn(5).getString();
        e.device_id = st.getColumn(6).getString();
        e.format = st.getColumn(7).getInt();
        out.push_back(std::move(e));
    }
    return out;
}
}  // namespace

std::vector<JournalEntry> JournalAfter(Database& db, int64_t after_seq, int limit) {
    StatementLease lease(db.Cached(std::string("SELECT ") + kEntryColumns +
                                   " FROM journal WHERE seq > ? ORDER BY seq LIMIT ?"));
    lease.st.bind(1, after_seq);
    lease.st.bind(2, limit);
    return ReadEntries(lease.st);
}

std::vector<JournalEntry> JournalOfRecord(Database& db, const Id& record_id) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kEntryColumns +
                                       " FROM journal WHERE record_id = ? ORDER BY seq");
    st.bind(1, record_id);
    return ReadEntries(st);
}

int64_t JournalCount(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM journal").getInt64();
}

int64_t PushedThrough(Database& db) {
    StatementLease lease(db.Cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'pushed_through'"));
    return lease.st.executeStep() ? lease.st.getColumn(0).getInt64() : 0;
}

void MarkPushedThrough(Database& db, int64_t seq) {
    if (seq <= PushedThrough(db)) return;
    StatementLease lease(db.Cached("INSERT OR REPLACE INTO meta(key, value) VALUES('pushed_through', ?)"));
    lease.st.bind(1, std::to_string(seq));
    lease.st.exec();
}

void ResetPushedThrough(Database& db) {
    db.sql().exec("INSERT OR REPLACE INTO meta(key, value) VALUES('pushed_through', '0')");
}

Hlc FirstWaitingHlc(Database& db) {
    SQLite::Statement st(db.sql(), "SELECT hlc FROM journal WHERE seq > ? ORDER BY seq LIMIT 1");
    st.bind(1, PushedThrough(db));
    return st.executeStep() ? st.getColumn(0).getInt64() : 0;
}

int64_t JournalWaiting(Database& db) {
    SQLite::Statement st(db.sql(), "SELECT count(*) FROM journal WHERE seq > ?");
    st.bind(1, PushedThrough(db));
    st.executeStep();
    return st.getColumn(0).getInt64();
}

namespace {
// Overwrites, in `text` (a JSON object), every key `scrub` also holds, but the tombstone flag.
std::string Scrubbed(const std::string& text, const json& scrub, const char* tombstone) {
    json j = json::parse(text, nullptr, false);
    if (!j.is_object()) return text;
    for (auto& [key, value] : j.items())
        if (scrub.contains(key) && !(tombstone && key == tombstone)) value = scrub.at(key);
    return j.dump();
}
}  // namespace

namespace {
// `table` holds entries with a payload column, keyed by `key` (the journal, the hub's log).
void ScrubPayloads(Database& db, const char* table, const char* key, const std::string& kind,
                   const Id& record_id, const json& scrub, const char* tombstone) {
    SQLite::Statement sel(db.sql(), std::string("SELECT ") + key + ", payload FROM " + table +
                                        " WHERE kind = ? AND record_id = ?");
    sel.bind(1, kind);
    sel.bind(2, record_id);
    std::vector<std::pair<int64_t, std::string>> rows;
    while (sel.executeStep()) rows.emplace_back(sel.getColumn(0).getInt64(), sel.getColumn(1).getString());
    SQLite::Statement up(db.sql(), std::string("UPDATE ") + table + " SET payload = ? WHERE " + key + " = ?");
    for (const auto& [k, text] : rows) {
        up.reset();
        up.bind(1, Scrubbed(text, scrub, tombstone));
        up.bind(2, k);
        up.exec();
    }
}
}  // namespace

void ScrubJournal(Database& db, const std::string& kind, const Id& record_id, const std::string& payload) {
    const json scrub = json::parse(payload);
    const KindOps* ops = FindKind(kind);
    const char* tombstone = ops ? ops->tombstone : nullptr;
    ScrubPayloads(db, "journal", "seq", kind, record_id, scrub, tombstone);
    // On the hub, the log kiosks pull from holds the same values.
    ScrubPayloads(db, "hub_log", "cursor", kind, record_id, scrub, tombstone);
    SQLite::Statement sel(db.sql(),
                          "SELECT device_id, seq, entry FROM sync_parked WHERE kind = ? AND record_id = ?");
    sel.bind(1, kind);
    sel.bind(2, record_id);
    std::vector<std::tuple<std::string, int64_t, std::string>> rows;
    while (sel.executeStep())
        rows.emplace_back(sel.getColumn(0).getString(), sel.getColumn(1).getInt64(), sel.getColumn(2).getString());
    SQLite::Statement up(db.sql(), "UPDATE sync_parked SET entry = ? WHERE device_id = ? AND seq = ?");
    for (const auto& [device, seq, text] : rows) {
        JournalEntry e = json::parse(text).get<JournalEntry>();
        e.payload = Scrubbed(e.payload, scrub, tombstone);
        up.reset();
        up.bind(1, json(e).dump());
        up.bind(2, device);
        up.bind(3, seq);
        up.exec();
    }
}

FieldStamps LoadStamps(Database& db, const std::string& kind, const Id& id) {
    FieldStamps out;
    std::string text;
    {
        StatementLease lease(db.Cached("SELECT stamps FROM record_stamp WHERE kind = ? AND record_id = ?"));
        lease.st.bind(1, kind);
        lease.st.bind(2, id);
        if (!lease.st.executeStep()) return out;
        text = lease.st.getColumn(0).getString();
    }
    const json groups = json::parse(text);
    for (const auto& g : groups) {
        const Stamp s{g.at(0).get<Hlc>(), g.at(1).get<std::string>()};
        if (g.at(2).is_string()) {  // "*": every journaled field of the kind
            if (const KindOps* ops = FindKind(kind))
                for (const auto& f : ops->fields)
                    if (f.json != "id") out[f.json] = s;
        } else {
            for (const auto& name : g.at(2)) out[name.get<std::string>()] = s;
        }
    }
    return out;
}

void SaveStamps(Database& db, const std::string& kind, const Id& id, const FieldStamps& stamps) {
    // Groups of fields sharing a stamp, in stamp order, names sorted (std::map): canonical.
    std::map<Stamp, std::vector<std::string>> groups;
    for (const auto& [name, s] : stamps) groups[s].push_back(name);
    const KindOps* ops = FindKind(kind);
    const size_t all = ops ? ops->fields.size() - 1 : 0;  // every field but the id
    // Written as the JSON library would print [[hlc, device, "*" or [names]], ...], without
    // building the tree first: this runs for every entry merged.
    std::string out = "[";
    for (const auto& [s, names] : groups) {
        if (out.size() > 1) out += ',';
        out += '[';
        out += std::to_string(s.hlc);
        out += ',';
        AppendJsonString(out, s.device);
        out += ',';
        if (names.size() == all && all > 0) {
            out += "\"*\"";
        } else {
            out += '[';
            for (size_t i = 0; i < names.size(); ++i) {
                if (i) out += ',';
                AppendJsonString(out, names[i]);
            }
            out += ']';
        }
        out += ']';
    }
    out += ']';
    StatementLease lease(db.Cached("INSERT OR REPLACE INTO record_stamp(kind, record_id, stamps) VALUES(?,?,?)"));
    lease.st.bind(1, kind);
    lease.st.bind(2, id);
    lease.st.bind(3, out);
    lease.st.exec();
}

void ParkEntry(Database& db, const JournalEntry& e, const std::string& waits_kind, const Id& waits_id) {
    StatementLease lease(db.Cached(
        "INSERT OR IGNORE INTO sync_parked(device_id, seq, kind, record_id, waits_kind,"
        " waits_id, entry) VALUES(?,?,?,?,?,?,?)"));
    auto& st = lease.st;
    st.bind(1, e.device_id);
    st.bind(2, e.seq);
    st.bind(3, e.kind);
    st.bind(4, e.record_id);
    st.bind(5, waits_kind);
    st.bind(6, waits_id);
    st.bind(7, json(e).dump());
    st.exec();
}

std::vector<JournalEntry> TakeParked(Database& db, const std::string& kind, const Id& id) {
    std::vector<JournalEntry> out;
    {
        StatementLease lease(db.Cached(
            "SELECT entry FROM sync_parked WHERE waits_kind = ? AND waits_id = ? ORDER BY device_id, seq"));
        lease.st.bind(1, kind);
        lease.st.bind(2, id);
        while (lease.st.executeStep()) out.push_back(json::parse(lease.st.getColumn(0).getString()).get<JournalEntry>());
    }
    if (!out.empty()) {
        SQLite::Statement del(db.sql(), "DELETE FROM sync_parked WHERE waits_kind = ? AND waits_id = ?");
        del.bind(1, kind);
        del.bind(2, id);
        del.exec();
    }
    return out;
}

int64_t ParkedCount(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM sync_parked").getInt64();
}

}  // namespace palier::storage
