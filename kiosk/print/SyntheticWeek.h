#pragma once
// A busy week for tests and benchmarks: `count` one-off sessions spread over the seven days of
// the week of `monday`, with realistic titles, places, ages and prices, some full. Not part of
// the kiosk: linked only by tests/print and palier_print_bench.
#include <string>
#include <vector>

#include "kiosk/Dates.h"
#include "kiosk/Result.h"
#include "storage/Database.h"

namespace palier::print {

// Adds the sessions (and one activity per session) to the site of the kiosk's settings, or to
// a new local site when the database has none. Returns the titles, in the order created.
Result<std::vector<std::string>> AddSyntheticWeek(storage::Database& db, Date monday, int count);

}  // namespace palier::print
