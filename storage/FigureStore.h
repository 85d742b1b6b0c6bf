#pragma once
// Counts over a period for the coordinators' figures (kiosk/Figures.h), one aggregate query
// each, per site. A period is [from, to) of local dates or stamps ("YYYY-MM-DD"): stored
// instants carry the site's local time first, so their text compares as local time.
#include <map>
#include <string>
#include <vector>

#include "Database.h"

namespace palier::storage {

using CountBySite = std::map<Id, int>;

// Visits (anonymous walk-ins included) whose local time is in the period.
CountBySite VisitsBySite(Database& db, const std::string& from, const std::string& to);
// People whose first visit ever is in the period, by the site of that visit.
CountBySite FirstVisitsBySite(Database& db, const std::string& from, const std::string& to);
// Orientation requests created in the period.
CountBySite OrientationsCreatedBySite(Database& db, const std::string& from, const std::string& to);

// Visits of the period per site and local day ("YYYY-MM-DD"), the days with none left out.
struct DayCount {
    Id site_id;
    std::string day;
    int visits = 0;
};
std::vector<DayCount> VisitsBySiteAndDay(Database& db, const std::string& from,
                                         const std::string& to);
// Visits of the period per site and set of reasons (the VisitReason bits as stored).
struct ReasonsCount {
    Id site_id;
    uint32_t reasons = 0;
    int visits = 0;
};
std::vector<ReasonsCount> VisitsBySiteAndReasons(Database& db, const std::string& from,
                                                 const std::string& to);

// Every orientation request not deleted, whenever opened, per topic, partner ("" for none) and
// status.
struct OrientationCount {
    Topic topic = Topic::Other;
    Id partner_id;
    OrientationStatus status = OrientationStatus::Open;
    int requests = 0;
};
std::vector<OrientationCount> OrientationsByTopicPartnerStatus(Database& db);

}  // namespace palier::storage
