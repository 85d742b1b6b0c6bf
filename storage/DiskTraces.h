#pragma once
// What an erasure must also clear on disk, beyond the rows themselves.
#include <string>

#include "Database.h"

namespace palier::storage {

// Copies the write-ahead log into the database file and truncates it to zero bytes, so old
// page images (the values before an erasure) no longer sit in palier.db-wal. Call after the
// erasing transaction committed. Returns false when a reader kept the log from being emptied.
bool TruncateWal(Database& db);

// The folder holding the database file ("" for an in-memory database).
std::string FolderOf(Database& db);

}  // namespace palier::storage
