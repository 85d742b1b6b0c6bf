#pragma once
// The kiosk's one SQLite file and its one writer connection.
//
// Contract:
//  - The constructor refuses, with a StorageError and without changing a byte or the mtime of
//    the file, anything that is not a healthy Palier database of a version it knows: a folder,
//    a file that is not SQLite, a damaged file (quick_check), a file from a newer Palier, or
//    another program's SQLite file (another application_id, or tables but none of Palier's).
//    The checks run on a read-only connection before the writer connection is opened.
//  - Then it sets the PRAGMAs of ARCHITECTURE.md and runs the missing migrations in one
//    transaction. Before migrating a file that already holds data, it keeps a copy made with
//    the online backup API beside it (BackupPathBeforeMigration), so a failed upgrade loses
//    nothing.
//  - Not thread-safe: one thread owns a Database at a time (the UI thread, or a worker that
//    opened its own read connection).
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>
#include <unordered_map>

#include "Clock.h"
#include "Records.h"

namespace palier::storage {

enum class StorageErrorKind {
    CannotOpen,     // the folder is missing or cannot be written, or the file cannot be opened
    Missing,        // OpenOptions::must_exist and there is no file
    IsFolder,       // a folder stands where the file should be
    NotADatabase,   // the file is not SQLite at all
    Corrupt,        // a SQLite file with damaged pages
    NewerSchema,    // written by a newer Palier
    Foreign,        // another program's SQLite file
    Busy,           // another process holds the write lock longer than the busy timeout
    UpgradeFailed,  // a migration failed; the file was rolled back and a copy kept beside it
    Failed,         // any other SQLite failure while reading or writing
};

class StorageError : public std::runtime_error {
public:
    StorageError(StorageErrorKind kind, const std::string& detail)
        : std::runtime_error(detail), kind_(kind) {}
    StorageErrorKind kind() const { return kind_; }

private:
    StorageErrorKind kind_;
};

// What the storage layer throws (StorageError, or SQLiteCpp's exception) as a kind; nullopt
// for anything else (a programming error such as std::logic_error, which must not be mistaken
// for disk trouble). Lets callers catch storage failures without including SQLiteCpp.
std::optional<StorageErrorKind> ClassifyStorageError(const std::exception& e);

// PRAGMA application_id of every file Palier creates ("PALI").
constexpr int32_t kApplicationId = 0x50414C49;

// The schema version this binary writes. A file with a higher user_version is refused.
int CurrentSchemaVersion();

// The copy kept before migrating `path` to `target_version`: "<path>.before-v<target>".
std::string BackupPathBeforeMigration(const std::string& path, int target_version);

struct OpenOptions {
    bool must_exist = false;  // refuse (Missing) instead of creating a new file
    bool read_only = false;   // implies must_exist; no migration, no write at all
    int busy_timeout_ms = 5000;
    // The migrations to run; tests use a shorter or longer list to play an older or newer binary.
    std::vector<const char*> migrations;  // empty: storage::Migrations()
};

class Database {
public:
    explicit Database(const std::string& path, Clock clock = SystemClock());
    Database(const std::string& path, Clock clock, OpenOptions options);

    SQLite::Database& sql() { return *db_; }
    const Clock& clock() const { return clock_; }
    // At start only (`--now`): later stamps still sort after every earlier one (NextHlc).
    void set_clock(Clock clock) { clock_ = std::move(clock); }
    const Id& device_id() const { return device_id_; }
    const std::string& path() const { return path_; }
    int schema_version() const;
    // The copy kept by the last migration this Database ran, "" when none ran.
    const std::string& migration_backup() const { return migration_backup_; }

    // A fresh hybrid logical clock value, strictly greater than every one handed out before
    // (also across restarts: the last value is persisted by the journal).
    Hlc NextHlc();
    // Merges a timestamp seen from elsewhere (sync) so later local stamps sort after it.
    void ObserveHlc(Hlc remote);

    // A statement prepared once on this connection and kept (StatementCache.cpp); returned
    // reset, with no bindings. Callers reset it again when done with its rows (StatementLease),
    // and never hold two uses of one SQL text at once.
    SQLite::Statement& Cached(const std::string& sql);

private:
    void Inspect(bool exists);
    void Migrate(bool had_data);
    std::unique_ptr<SQLite::Database> db_;
    Clock clock_;
    OpenOptions options_;
    std::string path_;
    Id device_id_;
    Hlc last_hlc_ = 0;
    std::string migration_backup_;
    // Declared after db_: the statements are finalised before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
};

// Resets a cached statement when it goes out of scope, so no read stays open.
struct StatementLease {
    explicit StatementLease(SQLite::Statement& s) : st(s) {}
    ~StatementLease() { st.tryReset(); }
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;
    SQLite::Statement& st;
};

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so two writers never
// discover a conflict half-way; it rolls back in its destructor unless commit() was called.
class Transaction : public SQLite::Transaction {
public:
    explicit Transaction(SQLite::Database& db)
        : SQLite::Transaction(db, SQLite::TransactionBehavior::IMMEDIATE) {}
};

// Copies the whole database to `out_path` with SQLite's online backup API: a consistent
// snapshot even while another connection or process keeps writing (WAL readers do not block
// writers). The copy is written beside `out_path` and renamed into place when complete.
// Throws StorageError.
void BackupDatabase(SQLite::Database& source, const std::string& out_path);
void BackupDatabase(Database& source, const std::string& out_path);

// PRAGMA integrity_check: "ok", or the first problems it lists.
std::string IntegrityCheck(Database& db);

}  // namespace palier::storage
