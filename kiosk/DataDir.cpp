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

Result<std::unique_ptr<storage::Database>> OpenKioskDatabase(const std::string& data_dir, Clock clock) {
    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    const std::string path = DatabasePath(data_dir);
    try {
        auto db = std::make_unique<storage::Database>(path, std::move(clock));
        // Names saved under older folding rules become findable with today's. Not fatal: the
        // kiosk still works, those names are only harder to find.
        try {
            storage::Transaction tx(db->sql());
            storage::RefoldNames(*db);
            tx.commit();
        } catch (const std::exception& e) {
            LogError(std::string("refolding names: ") + e.what());
        }
        return db;
    } catch (const storage::StorageError& e) {
        LogError(e.what());
        const char* key = e.kind() == storage::StorageErrorKind::NewerSchema ? "err.db_newer"
                          : e.kind() == storage::StorageErrorKind::Corrupt    ? "err.db_corrupt"
                                                                              : "err.db_open";
        Problem p = MakeProblem(key, {}, {{"path", path}});
        p.detail = e.what();
        return p;
    }
}

}  // namespace palier
