#include "DataDir.h"

#include <cstdlib>
#include <filesystem>

#include "Log.h"
#include "storage/PersonStore.h"

namespace palier {

std::string DefaultDataDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/palier";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/palier";
    return "palier-data";
}

std::string DatabasePath(const std::string& data_dir) { return data_dir + "/palier.db"; }

namespace {
// Names saved under older folding rules become findable with today's. Not fatal: the kiosk
// still works, those names are only harder to find. It does not wait for another program's
// write lock either: it runs again at the next start.
void RefoldOldNames(storage::Database& db, int busy_timeout_ms) {
    try {
        db.sql().exec("PRAGMA busy_timeout = 0");
        {
            storage::Transaction tx(db.sql());
            storage::RefoldNames(db);
            tx.commit();
        }
    } catch (const std::exception& e) {
        LogError(std::string("refolding names: ") + e.what());
    }
    db.sql().exec("PRAGMA busy_timeout = " + std::to_string(busy_timeout_ms));
}
}  // namespace

const char* OpenProblemKey(storage::StorageErrorKind kind) {
    using K = storage::StorageErrorKind;
    switch (kind) {
        case K::Missing: return "err.db_missing";
        case K::IsFolder: return "err.db_is_folder";
        case K::NotADatabase: return "err.db_not_sqlite";
        case K::Corrupt: return "err.db_corrupt";
        case K::NewerSchema: return "err.db_newer";
        case K::Foreign: return "err.db_foreign";
        case K::Busy: return "err.db_busy";
        case K::UpgradeFailed: return "err.db_upgrade_failed";
        case K::CannotOpen:
        case K::Failed: break;
    }
    return "err.db_open";
}

Result<std::unique_ptr<storage::Database>> OpenDatabaseFile(const std::string& path, Clock clock,
                                                            storage::OpenOptions options) {
    const int target = options.migrations.empty() ? storage::CurrentSchemaVersion()
                                                  : static_cast<int>(options.migrations.size());
    const bool read_only = options.read_only;
    const int busy_timeout_ms = options.busy_timeout_ms;
    try {
        auto db = std::make_unique<storage::Database>(path, std::move(clock), std::move(options));
        if (!read_only) RefoldOldNames(*db, busy_timeout_ms);
        return db;
    } catch (const std::exception& e) {
        const auto kind = storage::ClassifyStorageError(e);
        if (!kind) throw;
        LogError(e.what());
        Problem p = MakeProblem(OpenProblemKey(*kind), {},
                                {{"path", path}, {"copy", storage::BackupPathBeforeMigration(path, target)}});
        p.detail = e.what();
        return p;
    }
}

Result<std::unique_ptr<storage::Database>> OpenKioskDatabase(const std::string& data_dir, Clock clock,
                                                             storage::OpenOptions options) {
    const std::string path = DatabasePath(data_dir);
    std::error_code ec;
    if (!options.must_exist && !options.read_only) std::filesystem::create_directories(data_dir, ec);
    if (!std::filesystem::is_directory(data_dir)) {
        LogError("data folder " + data_dir + " is missing or cannot be created: " + ec.message());
        Problem p = MakeProblem(options.must_exist || options.read_only ? "err.db_missing" : "err.db_folder",
                                {}, {{"path", options.must_exist || options.read_only ? path : data_dir}});
        p.detail = ec.message();
        return p;
    }
    return OpenDatabaseFile(path, std::move(clock), std::move(options));
}

}  // namespace palier
