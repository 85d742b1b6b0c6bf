#include "Row.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

void UpsertRow(Database& db, const char* table, const Row& row, Hlc hlc) {
    std::string cols, marks, updates;
    for (const auto& [name, value] : row) {
        cols += std::string(name) + ",";
        marks += "?,";
        if (std::string_view(name) != "id")
            updates += std::string(name) + "=excluded." + name + ",";
    }
    const std::string sql = std::string("INSERT INTO ") + table + "(" + cols +
                            "created_hlc,updated_hlc) VALUES(" + marks + "?,?) ON CONFLICT(id) DO UPDATE SET " +
                            updates + "updated_hlc=excluded.updated_hlc";
    SQLite::Statement st(db.sql(), sql);
    int i = 1;
    for (const auto& [name, value] : row) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>) st.bind(i);
                else st.bind(i, v);
            },
            value);
        ++i;
    }
    st.bind(i++, static_cast<int64_t>(hlc));
    st.bind(i, static_cast<int64_t>(hlc));
    st.exec();
}

}  // namespace palier::storage
