#pragma once
// Generic row reading and writing driven by a RecordType descriptor, through statements cached
// on the Database (prepared once, reset and rebound).
//
// Contract:
//  - SaveRecord is the one local write path: it upserts the row, stamps the fields that changed
//    and journals only those (a tombstone journals the whole record, op "erase"). Call it inside
//    the caller's write transaction.
//  - SelectList/ReadRecord give the descriptor's columns in order, for the stores' own queries.
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <vector>

#include "Database.h"
#include "RecordType.h"
#include "Uuid.h"

namespace palier::storage {

// The SQL a descriptor needs, built once per record type.
struct TableSql {
    std::string kind;
    std::string select_list;  // "id, site_id, ..." in field order
    std::string by_id;        // SELECT <select_list>, created_hlc, updated_hlc ... WHERE id = ?
    std::string upsert;       // INSERT .. ON CONFLICT(id) DO UPDATE (created: min, updated: max)
    std::string exists;
    size_t field_count = 0;
    bool created_is_field = false;  // the record carries created_hlc itself (booking)
};
TableSql BuildTableSql(const std::string& kind, const std::vector<const char*>& columns);

template <class R>
const TableSql& SqlOf(const RecordType<R>& t) {
    static const TableSql sql = [&] {
        std::vector<const char*> cols;
        for (const auto& f : t.fields) cols.push_back(f.column);
        return BuildTableSql(t.kind, cols);
    }();
    return sql;
}

// The values of `n` columns from `first`, as stored (NULL, integer or text).
std::vector<Value> ReadValues(SQLite::Statement& st, int first, size_t n);

struct StoredRow {
    std::vector<Value> values;  // field columns, in descriptor order
    Hlc created_hlc = 0, updated_hlc = 0;
};
std::optional<StoredRow> LoadValues(Database& db, const TableSql& sql, const Id& id);
// Writes every field column; created_hlc keeps the smaller and updated_hlc the greater value.
void UpsertValues(Database& db, const TableSql& sql, const std::vector<Value>& values, Hlc created,
                  Hlc updated);
bool RowExists(Database& db, const TableSql& sql, const Id& id);

// Stamps the changed fields with (hlc, this device) and appends one journal entry. `whole`: the
// change names every journaled field (a new record or a tombstone).
void RecordLocalChange(Database& db, const std::string& kind, const Id& id, const std::string& op,
                       Hlc hlc, const nlohmann::json& changed, bool whole);

template <class R>
std::string SelectList(const RecordType<R>& t) {
    return SqlOf(t).select_list;
}

template <class R>
R FromValues(const RecordType<R>& t, const std::vector<Value>& values) {
    R r{};
    for (size_t i = 0; i < t.fields.size(); ++i)
        if (t.fields[i].from_column) t.fields[i].from_column(r, values[i]);
    return r;
}

template <class R>
R ReadRecord(const RecordType<R>& t, SQLite::Statement& st, int first = 0) {
    return FromValues(t, ReadValues(st, first, t.fields.size()));
}

template <class R>
std::optional<R> LoadRecord(Database& db, const RecordType<R>& t, const Id& id) {
    auto row = LoadValues(db, SqlOf(t), id);
    if (!row) return std::nullopt;
    return FromValues(t, row->values);
}

template <class R>
void SaveRecord(Database& db, const RecordType<R>& t, R& r, Hlc hlc) {
    if (r.id.empty()) r.id = NewUuid();
    const TableSql& sql = SqlOf(t);
    const auto old = LoadValues(db, sql, r.id);
    bool erase = false;
    for (size_t i = 0; i < t.fields.size(); ++i) {
        const auto& f = t.fields[i];
        if (t.tombstone && f.json && std::string_view(f.json) == t.tombstone)
            erase = AsInt(f.to_column(r)) != 0 && (!old || AsInt(old->values[i]) == 0);
    }
    // A field merged by maximum never goes back, here as on every other replica.
    if (old && !erase)
        for (size_t i = 0; i < t.fields.size(); ++i)
            if (t.fields[i].merge == Merge::Max && AsText(old->values[i]) > AsText(t.fields[i].to_column(r)))
                t.fields[i].from_column(r, old->values[i]);
    const auto values = ToColumns(t, r);
    nlohmann::json changed = nlohmann::json::object();
    for (size_t i = 0; i < t.fields.size(); ++i) {
        const auto& f = t.fields[i];
        if (f.journaled() && (!old || old->values[i] != values[i])) changed[f.json] = f.to_json(r);
    }
    if (erase) changed = ToJson(t, r);  // a tombstone carries the whole erased record
    if (changed.empty() && old) {
        // Only local columns changed (or nothing): no stamp moves, nothing to send.
        UpsertValues(db, sql, values, old->created_hlc, old->updated_hlc);
        return;
    }
    UpsertValues(db, sql, values, hlc, hlc);
    RecordLocalChange(db, t.kind, r.id, erase ? "erase" : "upsert", hlc, changed, !old || erase);
}

}  // namespace palier::storage
