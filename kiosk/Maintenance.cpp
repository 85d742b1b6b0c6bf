#include "Maintenance.h"

#include <filesystem>

#include "Log.h"
#include "ServiceEdge.h"
#include "storage/JournalStore.h"

namespace palier {

Status BackupTo(storage::Database& db, const std::string& out_path) {
    std::error_code ec;
    if (std::filesystem::equivalent(out_path, db.path(), ec))
        return MakeProblem("err.backup_same_file", {}, {{"path", out_path}});
    try {
        storage::BackupDatabase(db, out_path);
        return Ok();
    } catch (const std::exception& e) {
        const auto kind = storage::ClassifyStorageError(e);
        if (!kind) throw;
        LogError(std::string("BackupTo: ") + e.what());
        Problem p = MakeProblem(*kind == storage::StorageErrorKind::Busy ? "err.db_busy" : "err.backup_failed",
                                {}, {{"path", out_path}});
        p.detail = e.what();
        return p;
    }
}

Result<HealthReport> CheckHealth(storage::Database& db) {
    return Guard("CheckHealth", [&]() -> Result<HealthReport> {
        HealthReport r;
        r.integrity = storage::IntegrityCheck(db);
        r.schema_version = db.schema_version();
        r.known_version = storage::CurrentSchemaVersion();
        r.journal_waiting = storage::JournalWaiting(db);
        return r;
    });
}

}  // namespace palier
