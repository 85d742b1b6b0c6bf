#include "Database.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "Schema.h"
#include "Uuid.h"

namespace palier::storage {

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

Database::Database(const std::string& path, Clock clock) : clock_(std::move(clock)) {
    const bool existed = path != ":memory:" && std::filesystem::exists(path);
    try {
        db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    } catch (const SQLite::Exception& e) {
        throw StorageError(StorageErrorKind::CannotOpen, "cannot open " + path + ": " + e.what());
    }
    try {
        db_->exec("PRAGMA busy_timeout = 5000");
        if (existed) {
            // Read the header before touching anything: a newer or damaged file stays as it is.
            const std::string check = db_->execAndGet("PRAGMA quick_check").getString();
            if (check != "ok")
                throw StorageError(StorageErrorKind::Corrupt, path + " failed quick_check: " + check);
        }
        const int version = db_->execAndGet("PRAGMA user_version").getInt();
        if (version > CurrentSchemaVersion())
            throw StorageError(StorageErrorKind::NewerSchema,
                               path + " has schema version " + std::to_string(version) +
                                   ", this program knows up to " +
                                   std::to_string(CurrentSchemaVersion()));
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = FULL");
        db_->exec("PRAGMA foreign_keys = ON");
        db_->exec("PRAGMA secure_delete = ON");
        Migrate();
    } catch (const StorageError&) {
        throw;
    } catch (const SQLite::Exception& e) {
        // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11) mean the file is not a healthy database.
        const int code = e.getErrorCode();
        const auto kind = (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                              ? StorageErrorKind::Corrupt
                              : StorageErrorKind::CannotOpen;
        throw StorageError(kind, path + ": " + e.what());
    }

    SQLite::Statement dev(*db_, "SELECT value FROM meta WHERE key = 'device_id'");
    if (dev.executeStep()) {
        device_id_ = dev.getColumn(0).getString();
    } else {
        device_id_ = NewUuid();
        SQLite::Statement ins(*db_, "INSERT INTO meta(key, value) VALUES('device_id', ?)");
        ins.bind(1, device_id_);
        ins.exec();
    }
    // The newest stamp in any table: after a restart, new stamps still sort after old ones.
    last_hlc_ = db_->execAndGet(
                       "SELECT max(coalesce((SELECT max(hlc) FROM journal), 0),"
                       " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='hlc'), 0))")
                    .getInt64();
}

int Database::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

void Database::Migrate() {
    const int version = db_->execAndGet("PRAGMA user_version").getInt();
    const auto& steps = Migrations();
    if (version == static_cast<int>(steps.size())) return;
    SQLite::Transaction tx(*db_);
    for (size_t i = static_cast<size_t>(version); i < steps.size(); ++i) db_->exec(steps[i]);
    db_->exec("PRAGMA user_version = " + std::to_string(steps.size()));
    tx.commit();
}

Hlc Database::NextHlc() {
    const Hlc physical = clock_.NowMs() << 16;
    last_hlc_ = std::max(physical, last_hlc_ + 1);
    return last_hlc_;
}

void Database::ObserveHlc(Hlc remote) {
    last_hlc_ = std::max(last_hlc_, remote);
    SQLite::Statement st(*db_, "INSERT OR REPLACE INTO meta(key, value) VALUES('hlc', ?)");
    st.bind(1, std::to_string(last_hlc_));
    st.exec();
}

}  // namespace palier::storage
