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
#include <SQLiteCpp/Transaction.h>

#include <memory>
#include <stdexcept>
#include <string>

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

private:
    void Migrate();
    std::unique_ptr<SQLite::Database> db_;
    Clock clock_;
    Id device_id_;
    Hlc last_hlc_ = 0;
};

// A write transaction: rolls back in its destructor unless Commit() was called.
using Transaction = SQLite::Transaction;

// Appends an entry to the change journal. Call inside the transaction of the write.
void AppendJournal(Database& db, const std::string& kind, const Id& id, const std::string& op,
                   Hlc hlc, const std::string& payload);

}  // namespace palier::storage
