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

// Creates the folder if needed and opens the database. A newer schema, a damaged file or a
// folder that cannot be written become a Problem (err.db_newer, err.db_corrupt, err.db_open);
// the file is never altered in those cases.
Result<std::unique_ptr<storage::Database>> OpenKioskDatabase(const std::string& data_dir,
                                                             Clock clock = SystemClock());

}  // namespace palier
