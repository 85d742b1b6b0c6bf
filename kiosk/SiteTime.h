#pragma once
// The site's civil time: its time zone (a setting, whatever the machine's own zone) and, for
// reproducible demos, screenshots and support, a chosen "now".
//
// The zone is process-wide (glibc's TZ): call UseTimeZone at start, before any thread runs.
// A kiosk serves one site, so one zone per process is the whole need.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr const char* kDefaultTimeZone = "Europe/Paris";

// An IANA name ("Europe/Paris", "America/Cayenne") that this machine's tzdata knows.
bool IsKnownTimeZone(std::string_view iana);
// The zones a French centre may be in (metropolitan France and the overseas departments and
// territories) that this machine's tzdata knows, offered by the settings screen.
const std::vector<std::string>& FrenchTimeZones();

// Switches local time to `iana`; false (and nothing changed) when it is unknown.
bool UseTimeZone(const std::string& iana);
std::string CurrentTimeZone();

// "YYYY-MM-DDTHH:MM" in the current zone -> unix milliseconds. In the hour that happens twice
// when clocks go back, the first one; a time that does not exist (clocks go forward) is refused.
std::optional<int64_t> ParseLocalStamp(std::string_view stamp);

// At start: puts the process in the site's zone (the setting; the default zone, logged, when
// the setting names a zone this machine lacks).
void UseSiteTimeZone(storage::Database& db);
// `--now`: the database's clock starts at `now` ("YYYY-MM-DDTHH:MM" in the site's zone) and runs
// on from there. err.now_format when it is not a local time that exists. Call after
// UseSiteTimeZone.
Status StartClockAt(storage::Database& db, const std::string& now);

}  // namespace palier
