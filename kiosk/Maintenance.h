#pragma once
// What the person who installs the kiosk runs to keep its data safe: a backup while the kiosk
// works, and a health check. Both read only.
#include <cstdint>
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

// A consistent copy of the database at `out_path` (SQLite's online backup API), even while the
// kiosk keeps writing. Refuses to overwrite the database itself (err.backup_same_file);
// err.backup_failed ({path}) when the copy cannot be written. A half-written copy never
// replaces an older one.
Status BackupTo(storage::Database& db, const std::string& out_path);

struct HealthReport {
    std::string integrity;       // "ok", or what PRAGMA integrity_check found
    int schema_version = 0;      // the file's
    int known_version = 0;       // this program's
    int64_t journal_waiting = 0; // change journal entries not yet pushed to the hub
    bool ok() const { return integrity == "ok" && schema_version <= known_version; }
};
Result<HealthReport> CheckHealth(storage::Database& db);

}  // namespace palier
