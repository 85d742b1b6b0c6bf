#pragma once
// Whether the change journal and the records it describes agree: every record written on this
// device has at least one journal entry, and every journal entry names a record that exists.
// Both are written in one transaction, so a crash or power loss may lose the pair but must never
// keep one half. Read-only; for self-checks and durability tests.
#include <string>
#include <vector>

#include "Database.h"
#include "JournalStore.h"  // JournalOfRecord

namespace palier::storage {

struct RecordRef {
    std::string kind;  // table name, as in JournalEntry::kind
    Id id;
};

// Records of every journaled table (a table with id and updated_hlc columns) that no journal
// entry names.
std::vector<RecordRef> RecordsWithoutJournal(Database& db);

// Journal entries whose record is missing (or whose kind names no table).
std::vector<RecordRef> JournalWithoutRecord(Database& db);

}  // namespace palier::storage
