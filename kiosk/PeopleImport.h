#pragma once
// Registering the people of a centre that arrives with a spreadsheet (CSV, see CsvFile.h).
// Columns are recognised by their header, in French or English, case and accents ignored:
//   prénom / first name (required), nom / last name, année de naissance / birth year,
//   téléphone / phone, quartier / neighbourhood, langue / language, consentement / consent.
// Every row goes through the front desk's checks (CheckNewPerson). All or nothing: one refused
// row and nothing is written; otherwise every row is saved in one transaction.
#include <string_view>
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

struct ImportRefusal {
    int line = 0;     // the file line of the row
    Problem problem;  // why it was refused
};

struct ImportReport {
    int imported = 0;                    // 0 whenever `refused` is not empty
    std::vector<ImportRefusal> refused;  // every refused row, in file order
};

// A Problem for the file as a whole (encoding, unknown or missing column, a quote never closed,
// no rows, storage); otherwise the report. Runs on the caller's thread.
Result<ImportReport> ImportPeopleCsv(storage::Database& db, const Id& site_id, std::string_view file_bytes);

}  // namespace palier
