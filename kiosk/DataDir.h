#pragma once
// Where the kiosk keeps its database, and opening it with errors in words.
#include <memory>
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

// $XDG_DATA_HOME/palier, else ~/.local/share/palier.
std::string DefaultDataDir();
std::string DatabasePath(const std::string& data_dir);  // <dir>/palier.db

// Creates the folder if needed (unless options.must_exist) and opens the database. Every
// refusal becomes a Problem with a sentence for the person, {path} filled in:
//   err.db_folder (the folder cannot be created), err.db_missing (must_exist and no file),
//   err.db_is_folder, err.db_not_sqlite, err.db_corrupt, err.db_newer, err.db_foreign,
//   err.db_busy, err.db_upgrade_failed ({copy}: the copy kept before migrating), err.db_open.
// The file is never altered in those cases (a failed upgrade is rolled back).
Result<std::unique_ptr<storage::Database>> OpenKioskDatabase(const std::string& data_dir,
                                                             Clock clock = SystemClock(),
                                                             storage::OpenOptions options = {});
// The same for a file named directly (tests, tools).
Result<std::unique_ptr<storage::Database>> OpenDatabaseFile(const std::string& path,
                                                            Clock clock = SystemClock(),
                                                            storage::OpenOptions options = {});
// The translation key for a storage failure met while opening.
const char* OpenProblemKey(storage::StorageErrorKind kind);

}  // namespace palier
