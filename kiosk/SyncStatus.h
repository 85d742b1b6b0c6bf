#pragma once
// How this kiosk stands with its hub, as the staff screens show it: enrolled or not, the hub and
// site, the last successful sync, what waits to be sent and since when, the last error, and how
// far this kiosk's clock is from the hub's. The rules of when to warn live here, not on screen.
// The sync itself is kiosk/sync (its own library: the only code that speaks HTTP).
#include <cstdint>
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

// The oldest entry waiting longer than this turns the waiting count amber.
constexpr int64_t kWaitingTooLongMs = 60 * 60 * 1000;
// A kiosk clock further than this from the hub's is worth telling staff: stamps order the
// merge, and a booking stamped minutes off may lose to a change made before it.
constexpr int64_t kClockDriftWarnMs = 2 * 60 * 1000;
// How often a kiosk syncs when nothing nudges it: more often than every 5 s only loads the hub,
// less than daily leaves staff screens stale.
constexpr int kShortestSyncInterval = 5;
constexpr int kLongestSyncInterval = 24 * 60 * 60;
// Refused outside those bounds (err.sync_interval_range with {min} and {max}).
Status SetSyncInterval(storage::Database& db, int seconds);

struct SyncOverview {
    bool enrolled = false;
    std::string hub_url, site;
    int64_t last_success_ms = 0;  // 0 = never
    std::string last_error;       // translation key, "" when the last attempt went well
    int64_t waiting = 0;          // journal entries the hub has not acknowledged
    int64_t oldest_waiting_ms = 0;  // when the oldest of them was written; 0 = none
    bool clock_known = false;
    int64_t clock_offset_ms = 0;  // the hub's clock minus this kiosk's
    int interval_seconds = 60;    // between two syncs when nothing nudges
    std::string ca_file;          // the hub's own certificate authority, when it has one
};

Result<SyncOverview> LoadSyncOverview(storage::Database& db);

bool WaitingTooLong(const SyncOverview& o, int64_t now_ms);
// `offset_ms`: the hub's clock minus this kiosk's, when known.
bool ClockDiffers(int64_t offset_ms);

}  // namespace palier
