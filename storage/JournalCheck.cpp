#include "JournalCheck.h"

#include <SQLiteCpp/Statement.h>

#include <set>

namespace palier::storage {

namespace {

// Table names from sqlite_master are identifiers we did not write by hand; quote them anyway.
std::string Quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::set<std::string> Tables(Database& db) {
    std::set<std::string> out;
    SQLite::Statement st(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (st.executeStep()) out.insert(st.getColumn(0).getString());
    return out;
}

bool IsJournaledTable(Database& db, const std::string& table) {
    SQLite::Statement st(db.sql(), "SELECT count(*) FROM pragma_table_info(?)"
                                   " WHERE name IN ('id', 'updated_hlc')");
    st.bind(1, table);
    st.executeStep();
    return st.getColumn(0).getInt() == 2;
}

}  // namespace

std::vector<RecordRef> RecordsWithoutJournal(Database& db) {
    std::vector<RecordRef> out;
    for (const auto& table : Tables(db)) {
        if (table == "journal" || !IsJournaledTable(db, table)) continue;
        // NOT IN over an uncorrelated subquery: SQLite builds its index once.
        SQLite::Statement st(db.sql(), "SELECT id FROM " + Quoted(table) +
                                           " WHERE id NOT IN (SELECT record_id FROM journal"
                                           " WHERE kind = ?)");
        st.bind(1, table);
        while (st.executeStep()) out.push_back({table, st.getColumn(0).getString()});
    }
    return out;
}

std::vector<RecordRef> JournalWithoutRecord(Database& db) {
    const auto tables = Tables(db);
    std::vector<RecordRef> out;
    SQLite::Statement kinds(db.sql(), "SELECT DISTINCT kind FROM journal");
    while (kinds.executeStep()) {
        const std::string kind = kinds.getColumn(0).getString();
        const bool known = tables.count(kind) > 0 && IsJournaledTable(db, kind);
        const std::string sql =
            known ? "SELECT record_id FROM journal WHERE kind = ? AND record_id NOT IN"
                    " (SELECT id FROM " + Quoted(kind) + ")"
                  : std::string("SELECT record_id FROM journal WHERE kind = ?");
        SQLite::Statement st(db.sql(), sql);
        st.bind(1, kind);
        while (st.executeStep()) out.push_back({kind, st.getColumn(0).getString()});
    }
    return out;
}

}  // namespace palier::storage
