#pragma once
// The person's rights: see what is held (export), be forgotten (erase), and the retention purge.
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr int kRetentionMonths = 24;

// Everything held about one person as pretty JSON: identity, consents, visits, orientations,
// bookings, children. Audited.
Result<std::string> ExportPerson(storage::Database& db, const Id& person_id, const Id& staff_id);

// Wipes the personal fields (names, phone, birth year, neighbourhood, notes of their
// orientations), keeps visits and bookings as anonymous counts, unlinks children, journals an
// "erase" entry so every other side wipes too. Audited. Erasing twice is refused.
Status ErasePerson(storage::Database& db, const Id& person_id, const Id& staff_id);

struct PurgeReport {
    int erased = 0;
    std::string cutoff;  // YYYY-MM-DD: people without contact since before this date
};
// Erases everyone without contact for kRetentionMonths months (the database's clock).
Result<PurgeReport> RunRetentionPurge(storage::Database& db, const Id& staff_id);

}  // namespace palier
