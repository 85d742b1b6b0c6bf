#include "RecordIo.h"

#include "JournalStore.h"

namespace palier::storage {

TableSql BuildTableSql(const std::string& kind, const std::vector<const char*>& columns) {
    TableSql t;
    t.kind = kind;
    t.field_count = columns.size();
    std::string cols, marks, updates;
    for (const char* c : columns) {
        const std::string name = c;
        if (name == "created_hlc") t.created_is_field = true;
        cols += (cols.empty() ? "" : ", ") + name;
        marks += marks.empty() ? "?" : ", ?";
        if (name != "id") updates += name + " = excluded." + name + ", ";
    }
    t.select_list = cols;
    t.by_id = "SELECT " + cols + ", created_hlc, updated_hlc FROM " + kind + " WHERE id = ?";
    t.exists = "SELECT 1 FROM " + kind + " WHERE id = ?";
    const std::string extra_cols = t.created_is_field ? ", updated_hlc" : ", created_hlc, updated_hlc";
    const std::string extra_marks = t.created_is_field ? ", ?" : ", ?, ?";
    if (!t.created_is_field) updates += "created_hlc = min(created_hlc, excluded.created_hlc), ";
    t.upsert = "INSERT INTO " + kind + "(" + cols + extra_cols + ") VALUES(" + marks + extra_marks +
               ") ON CONFLICT(id) DO UPDATE SET " + updates +
               "updated_hlc = max(updated_hlc, excluded.updated_hlc)";
    return t;
}

std::vector<Value> ReadValues(SQLite::Statement& st, int first, size_t n) {
    std::vector<Value> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const auto col = st.getColumn(first + static_cast<int>(i));
        if (col.isNull()) out.emplace_back(nullptr);
        else if (col.isInteger()) out.emplace_back(col.getInt64());
        else out.emplace_back(col.getString());
    }
    return out;
}

std::optional<StoredRow> LoadValues(Database& db, const TableSql& sql, const Id& id) {
    StatementLease lease(db.Cached(sql.by_id));
    lease.st.bind(1, id);
    if (!lease.st.executeStep()) return std::nullopt;
    StoredRow row;
    row.values = ReadValues(lease.st, 0, sql.field_count);
    row.created_hlc = lease.st.getColumn(static_cast<int>(sql.field_count)).getInt64();
    row.updated_hlc = lease.st.getColumn(static_cast<int>(sql.field_count) + 1).getInt64();
    return row;
}

void UpsertValues(Database& db, const TableSql& sql, const std::vector<Value>& values, Hlc created,
                  Hlc updated) {
    StatementLease lease(db.Cached(sql.upsert));
    int i = 1;
    for (const auto& v : values) {
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>) lease.st.bind(i);
                else lease.st.bind(i, x);
            },
            v);
        ++i;
    }
    if (!sql.created_is_field) lease.st.bind(i++, static_cast<int64_t>(created));
    lease.st.bind(i, static_cast<int64_t>(updated));
    lease.st.exec();
}

bool RowExists(Database& db, const TableSql& sql, const Id& id) {
    StatementLease lease(db.Cached(sql.exists));
    lease.st.bind(1, id);
    return lease.st.executeStep();
}

void RecordLocalChange(Database& db, const std::string& kind, const Id& id, const std::string& op,
                       Hlc hlc, const nlohmann::json& changed, bool whole) {
    const Stamp stamp{hlc, db.device_id()};
    FieldStamps stamps;
    if (!whole) stamps = LoadStamps(db, kind, id);
    for (const auto& [name, value] : changed.items())
        if (name != "id") stamps[name] = stamp;
    SaveStamps(db, kind, id, stamps);
    AppendJournal(db, kind, id, op, hlc, changed);
}

}  // namespace palier::storage
