#include "DiskTraces.h"

#include <SQLiteCpp/Statement.h>

#include <filesystem>

namespace palier::storage {

bool TruncateWal(Database& db) {
    SQLite::Statement st(db.sql(), "PRAGMA wal_checkpoint(TRUNCATE)");
    // One row: busy flag, frames in the log, frames checkpointed.
    return st.executeStep() && st.getColumn(0).getInt() == 0;
}

std::string FolderOf(Database& db) {
    const std::string file = db.sql().getFilename();
    if (file.empty() || file == ":memory:") return {};
    return std::filesystem::path(file).parent_path().string();
}

}  // namespace palier::storage
