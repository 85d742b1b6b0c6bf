#pragma once
// What must hold in a kiosk database after a crash or a power loss, whatever moment it hit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storage/Database.h"

namespace palier::test {

// A write a service reported done (its transaction committed).
struct Acknowledged {
    enum class What { Person, Booking, Cancel } what;
    Id id;  // the person, or the booking booked or cancelled
};

// Parses a writer's "person ID" / "booking ID" / "cancel ID" line.
Acknowledged ParseAcknowledged(const std::string& line);

// PRAGMA integrity_check says "ok" and the schema is the one this binary writes.
::testing::AssertionResult FileIsHealthy(storage::Database& db);

// Every acknowledged write is there (a cancelled booking stays cancelled); for the writes from
// `journal_from` on, the journal also names that record with the right kind (a cancel adds an
// entry of its own). Older writes need not be looked up one by one again:
// JournalAgreesWithRecords covers them.
::testing::AssertionResult AcknowledgedWritesSurvived(storage::Database& db,
                                                      const std::vector<Acknowledged>& acks,
                                                      size_t journal_from = 0);

// No record without a journal entry, no journal entry without its record.
::testing::AssertionResult JournalAgreesWithRecords(storage::Database& db);

}  // namespace palier::test
