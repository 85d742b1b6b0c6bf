#pragma once
// Counts over a period for the coordinators' figures (kiosk/Figures.h), one aggregate query
// each, per site. A period is [from, to) of local dates or stamps ("YYYY-MM-DD"): stored
// instants carry the site's local time first, so their text compares as local time.
#include <map>
#include <string>

#include "Database.h"

namespace palier::storage {

using CountBySite = std::map<Id, int>;

// Visits (anonymous walk-ins included) whose local time is in the period.
CountBySite VisitsBySite(Database& db, const std::string& from, const std::string& to);
// People whose first visit ever is in the period, by the site of that visit.
CountBySite FirstVisitsBySite(Database& db, const std::string& from, const std::string& to);
// Orientation requests created in the period.
CountBySite OrientationsCreatedBySite(Database& db, const std::string& from, const std::string& to);

}  // namespace palier::storage
