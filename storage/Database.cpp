#include "Database.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "Schema.h"
#include "Uuid.h"

namespace palier::storage {

namespace fs = std::filesystem;

namespace {

StorageErrorKind KindOfCode(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return StorageErrorKind::Busy;
        case SQLITE_CORRUPT: return StorageErrorKind::Corrupt;
        case SQLITE_NOTADB: return StorageErrorKind::NotADatabase;
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_IOERR:
        case SQLITE_FULL: return StorageErrorKind::CannotOpen;
        default: return StorageErrorKind::Failed;
    }
}

[[noreturn]] void Rethrow(const SQLite::Exception& e, const std::string& path) {
    throw StorageError(KindOfCode(e.getErrorCode()), path + ": " + e.what());
}

// nullopt when the file cannot be read at all.
std::optional<bool> HasSqliteHeader(const std::string& path) {
    static const char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                    'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    char header[100] = {};
    in.read(header, sizeof header);
    return in.gcount() == sizeof header && std::memcmp(header, kMagic, sizeof kMagic) == 0;
}

bool TableExists(SQLite::Database& db, const char* name) {
    SQLite::Statement st(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, name);
    return st.executeStep();
}

}  // namespace

std::optional<StorageErrorKind> ClassifyStorageError(const std::exception& e) {
    if (const auto* s = dynamic_cast<const StorageError*>(&e)) return s->kind();
    if (const auto* q = dynamic_cast<const SQLite::Exception*>(&e)) return KindOfCode(q->getErrorCode());
    return std::nullopt;
}

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

std::string BackupPathBeforeMigration(const std::string& path, int target_version) {
    return path + ".before-v" + std::to_string(target_version);
}

Database::Database(const std::string& path, Clock clock) : Database(path, std::move(clock), OpenOptions{}) {}

Database::Database(const std::string& path, Clock clock, OpenOptions options)
    : clock_(std::move(clock)), options_(std::move(options)), path_(path) {
    if (options_.migrations.empty()) options_.migrations = Migrations();
    if (options_.read_only) options_.must_exist = true;
    const bool memory = path == ":memory:";
    std::error_code ec;
    const bool exists = !memory && fs::exists(path, ec);
    Inspect(exists);
    const bool had_data = exists && fs::file_size(path, ec) > 0;

    try {
        const int flags = options_.read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
        db_ = std::make_unique<SQLite::Database>(path, flags);
    } catch (const SQLite::Exception& e) {
        throw StorageError(StorageErrorKind::CannotOpen, "cannot open " + path + ": " + e.what());
    }
    if (!options_.read_only && sqlite3_db_readonly(db_->getHandle(), "main") == 1)
        throw StorageError(StorageErrorKind::CannotOpen, path + " cannot be written");
    try {
        db_->exec("PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms));
        if (!options_.read_only) {
            db_->exec("PRAGMA journal_mode = WAL");
            db_->exec("PRAGMA synchronous = FULL");
            db_->exec("PRAGMA foreign_keys = ON");
            db_->exec("PRAGMA secure_delete = ON");
            // A pulled page or a pushed batch writes thousands of rows into several indexes in
            // one transaction: with SQLite's default 2 MB cache, dirty pages spill into the WAL
            // half-way and are written twice. 32 MB (taken only as pages are used) holds most of
            // what a page of 5,000 entries touches. Durability is the same: it changes when
            // pages are written, not which commits are synced.
            db_->exec("PRAGMA cache_size = -32768");
            // Every upsert into a table with unique indexes keeps a statement journal (the pages
            // it changes, to undo that one statement). Once one grows past 64 KB SQLite moves it
            // to a temporary file for good, and each later row costs a dozen page writes there.
            // In memory it is a copy. Only what one statement would undo lives there, never
            // committed data: durability is unchanged.
            db_->exec("PRAGMA temp_store = MEMORY");
            Migrate(had_data);
        }
        if (TableExists(*db_, "meta")) {
            SQLite::Statement dev(*db_, "SELECT value FROM meta WHERE key = 'device_id'");
            if (dev.executeStep()) {
                device_id_ = dev.getColumn(0).getString();
            } else if (!options_.read_only) {
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
    } catch (const SQLite::Exception& e) {
        Rethrow(e, path);
    }
}

// Everything that can refuse the file runs here, on a read-only connection, so a refused file
// keeps its bytes and its mtime.
void Database::Inspect(bool exists) {
    const std::string& path = path_;
    if (path == ":memory:") return;
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw StorageError(StorageErrorKind::IsFolder, path + " is a folder, not a database file");
    if (!exists) {
        if (options_.must_exist) throw StorageError(StorageErrorKind::Missing, path + " does not exist");
        const fs::path parent = fs::path(path).parent_path();
        if (!parent.empty() && !fs::is_directory(parent, ec))
            throw StorageError(StorageErrorKind::CannotOpen, "the folder of " + path + " does not exist");
        return;
    }
    if (fs::file_size(path, ec) == 0 && !ec) return;  // an empty file becomes a new database
    const auto sqlite = HasSqliteHeader(path);
    if (!sqlite) throw StorageError(StorageErrorKind::CannotOpen, path + " cannot be read");
    // A power cut during a checkpoint may leave page 1 of the file torn while the write-ahead log
    // still holds it: SQLite recovers from the log, so only a file without one is judged by its
    // first bytes.
    const auto wal_size = fs::file_size(path + "-wal", ec);
    const bool has_wal = !ec && wal_size > 0;
    if (!*sqlite && !has_wal)
        throw StorageError(StorageErrorKind::NotADatabase, path + " is not a SQLite database");
    try {
        SQLite::Database ro(path, SQLite::OPEN_READONLY);
        ro.exec("PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms));
        const int app_id = ro.execAndGet("PRAGMA application_id").getInt();
        if (app_id != 0 && app_id != kApplicationId)
            throw StorageError(StorageErrorKind::Foreign,
                               path + " belongs to another program (application_id " +
                                   std::to_string(app_id) + ")");
        const int tables = ro.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table'").getInt();
        // Files made before Palier set its application_id are recognised by their tables.
        if (app_id == 0 && tables > 0 && !(TableExists(ro, "meta") && TableExists(ro, "journal")))
            throw StorageError(StorageErrorKind::Foreign, path + " holds tables that are not Palier's");
        const int version = ro.execAndGet("PRAGMA user_version").getInt();
        const int known = static_cast<int>(options_.migrations.size());
        if (version > known)
            throw StorageError(StorageErrorKind::NewerSchema,
                               path + " has schema version " + std::to_string(version) +
                                   ", this program knows up to " + std::to_string(known));
        const std::string check = ro.execAndGet("PRAGMA quick_check").getString();
        if (check != "ok") throw StorageError(StorageErrorKind::Corrupt, path + " failed quick_check: " + check);
    } catch (const SQLite::Exception& e) {
        Rethrow(e, path);
    }
}

int Database::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

void Database::Migrate(bool had_data) {
    const int version = db_->execAndGet("PRAGMA user_version").getInt();
    const int app_id = db_->execAndGet("PRAGMA application_id").getInt();
    const auto& steps = options_.migrations;
    const int target = static_cast<int>(steps.size());
    if (version == target && app_id == kApplicationId) return;
    const bool upgrading = had_data && version > 0 && version < target;
    if (upgrading) {
        migration_backup_ = BackupPathBeforeMigration(path_, target);
        BackupDatabase(*db_, migration_backup_);
    }
    try {
        Transaction tx(*db_);
        for (int i = version; i < target; ++i) db_->exec(steps[static_cast<size_t>(i)]);
        db_->exec("PRAGMA user_version = " + std::to_string(target));
        db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        if (!upgrading || KindOfCode(e.getErrorCode()) == StorageErrorKind::Busy) throw;
        throw StorageError(StorageErrorKind::UpgradeFailed,
                           path_ + ": migration to version " + std::to_string(target) + " failed (" +
                               e.what() + "); the file was rolled back, a copy is in " + migration_backup_);
    }
}

Hlc Database::NextHlc() {
    const Hlc physical = clock_.NowMs() << 16;
    last_hlc_ = std::max(physical, last_hlc_ + 1);
    return last_hlc_;
}

void Database::ObserveHlc(Hlc remote) {
    last_hlc_ = std::max(last_hlc_, remote);
    // Written for every entry applied, even when unchanged: the caller's transaction may roll
    // back, and the value written must be the one its own commit needs.
    StatementLease lease(Cached("INSERT OR REPLACE INTO meta(key, value) VALUES('hlc', ?)"));
    lease.st.bind(1, std::to_string(last_hlc_));
    lease.st.exec();
}

void BackupDatabase(SQLite::Database& source, const std::string& out_path) {
    const std::string partial = out_path + ".partial";
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(partial + suffix, ec);
    try {
        {
            SQLite::Database copy(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(copy, source);
            // One step copies every page under one read transaction: a consistent snapshot that,
            // in WAL mode, does not hold up the kiosk's writes.
            for (int attempt = 0;; ++attempt) {
                const int rc = backup.executeStep(-1);
                if (rc == SQLITE_DONE) break;
                if (attempt >= 200)
                    throw StorageError(StorageErrorKind::Busy, "backup to " + out_path + " kept waiting for a lock");
                std::this_thread::sleep_for(std::chrono::milliseconds(25));
            }
        }
        fs::rename(partial, out_path);
    } catch (const SQLite::Exception& e) {
        fs::remove(partial, ec);
        throw StorageError(KindOfCode(e.getErrorCode()), "backup to " + out_path + ": " + e.what());
    } catch (const fs::filesystem_error& e) {
        fs::remove(partial, ec);
        throw StorageError(StorageErrorKind::CannotOpen, "backup to " + out_path + ": " + e.what());
    } catch (...) {
        fs::remove(partial, ec);
        throw;
    }
}

void BackupDatabase(Database& source, const std::string& out_path) { BackupDatabase(source.sql(), out_path); }

std::string IntegrityCheck(Database& db) {
    SQLite::Statement st(db.sql(), "PRAGMA integrity_check(20)");
    std::string out;
    while (st.executeStep()) {
        if (!out.empty()) out += "\n";
        out += st.getColumn(0).getString();
    }
    return out;
}

}  // namespace palier::storage
