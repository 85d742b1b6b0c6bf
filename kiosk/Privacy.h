#pragma once
// The person's rights: see what is held (export), be forgotten (erase), and the retention purge.
#include <string>
#include <vector>

#include "Catalogue.h"

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr int kRetentionMonths = 24;

// Everything held about one person as pretty JSON: identity, consents, visits, orientations,
// bookings, children. Audited.
Result<std::string> ExportPerson(storage::Database& db, const Id& person_id, const Id& staff_id);

// Where a person's export is written: <data_dir>/exports/person-<id start>-<date>.json.
std::string ExportFilePath(const std::string& data_dir, const Id& person_id, Date day);

// Wipes the personal fields (names, their folded search forms, phone, birth year,
// neighbourhood, notes of their orientations), keeps visits and past bookings as anonymous
// counts, cancels their bookings in future sessions (the waitlist of those sessions moves up:
// the promoted are added to `promoted` when given), unlinks children, journals an "erase"
// entry so every other side wipes too. Audited. Erasing twice is refused.
// Then nothing of them stays on disk in the database's folder: the write-ahead log is
// emptied into the database file (secure_delete zeroes the old values there) and every
// export mentioning them is removed.
Status ErasePerson(storage::Database& db, const Id& person_id, const Id& staff_id,
                   std::vector<ToTell>* promoted = nullptr);

struct PurgeReport {
    int erased = 0;
    std::string cutoff;  // YYYY-MM-DD: people without contact since before this date
};
// Erases, as ErasePerson does, everyone whose family (guardian and children) had no contact
// for kRetentionMonths months (the database's clock): registration, visits, orientations,
// bookings. Never someone whose family has an open orientation or a booking in a future
// session.
Result<PurgeReport> RunRetentionPurge(storage::Database& db, const Id& staff_id);

}  // namespace palier
