#pragma once
// Applying changes that other devices made (journal entries pulled from the hub), and the ids
// that two kiosks must agree on without talking. The merge rules (docs/ARCHITECTURE.md):
//  - every field keeps the stamp (HLC, device id) of the value it holds; a remote value wins only
//    with a greater stamp, so a visit or booking recorded elsewhere never undoes a correction;
//  - last_contact keeps the greater date whatever the stamps;
//  - an erased person is a tombstone: no later update from any device changes it again;
//  - two bookings given the same short code on two kiosks: the later one's code gets a suffix;
//  - an entry that refers to a record not yet here is parked and applied when that record
//    arrives; an entry whose stamp is more than kMaxClockAheadMs ahead of this kiosk's clock
//    is clamped to that limit.
// Applying is idempotent and order-free: any order of the same entries, with duplicates and
// replays, leaves every synced table the same. Nothing applied here is journaled again.
#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr int64_t kMaxClockAheadMs = 5 * 60 * 1000;

enum class ApplyOutcome {
    Applied,  // merged (possibly changing nothing: a duplicate, or older than what is here)
    Parked,   // waits for the record it refers to
    Ignored,  // a kind or format this kiosk does not take (staff accounts stay per kiosk)
};

// One remote entry inside the caller's write transaction (a pulled page and its cursor commit
// together). May throw storage errors.
ApplyOutcome ApplyRemoteInTransaction(storage::Database& db, const JournalEntry& entry);
// The same, given the entry's fields as already read from the body it came in (its payload
// parsed): a page of thousands of entries is not parsed a second time.
ApplyOutcome ApplyRemoteInTransaction(storage::Database& db, const JournalEntry& entry, const nlohmann::json& fields);
// One remote entry, in its own transaction.
Result<ApplyOutcome> ApplyRemote(storage::Database& db, const JournalEntry& entry);

struct ApplyReport {
    int applied = 0, parked = 0, ignored = 0;
};
// A batch (a pulled page), in one transaction: all applied or none.
Result<ApplyReport> ApplyRemoteBatch(storage::Database& db, const std::vector<JournalEntry>& entries);

// The id of an activity's session starting at `start` (YYYY-MM-DDTHH:MM): the same on every
// kiosk that expands the same rule.
Id SessionIdFor(const Id& activity_id, const std::string& start);

}  // namespace palier
