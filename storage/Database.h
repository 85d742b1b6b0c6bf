#pragma once
// The kiosk's one SQLite file and its one writer connection.
//
// Contract:
//  - The constructor opens (creating if needed), sets the PRAGMAs of ARCHITECTURE.md, checks the
//    file (quick_check) and runs the numbered migrations in one transaction.
//  - It throws StorageError when the file cannot be used; the file is then left untouched.
//  - Not thread-safe: one thread owns a Database at a time (the UI thread, or a worker that
//    opened its own read connection).
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "Clock.h"
#include "Records.h"

namespace palier::storage {

enum class StorageErrorKind { CannotOpen, NewerSchema, Corrupt };

class StorageError : public std::runtime_error {
public:
    StorageError(StorageErrorKind kind, const std::string& detail)
        : std::runtime_error(detail), kind_(kind) {}
    StorageErrorKind kind() const { return kind_; }

private:
    StorageErrorKind kind_;
};

// The schema version this binary writes. A file with a higher user_version is refused.
int CurrentSchemaVersion();

class Database {
public:
    explicit Database(const std::string& path, Clock clock = SystemClock());

    SQLite::Database& sql() { return *db_; }
    const Clock& clock() const { return clock_; }
    // At start only (`--now`): later stamps still sort after every earlier one (NextHlc).
    void set_clock(Clock clock) { clock_ = std::move(clock); }
    const Id& device_id() const { return device_id_; }
    int schema_version() const;

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
    void Migrate();
    std::unique_ptr<SQLite::Database> db_;
    Clock clock_;
    Id device_id_;
    Hlc last_hlc_ = 0;
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

// A write transaction: rolls back in its destructor unless Commit() was called.
using Transaction = SQLite::Transaction;

}  // namespace palier::storage
