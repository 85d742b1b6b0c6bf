#include "SyncStatus.h"

#include <cstdlib>

#include "ServiceEdge.h"
#include "storage/JournalStore.h"
#include "storage/SyncStateStore.h"

namespace palier {

Result<SyncOverview> LoadSyncOverview(storage::Database& db) {
    return Guard("LoadSyncOverview", [&]() -> Result<SyncOverview> {
        const storage::SyncState s = storage::LoadSyncState(db);
        SyncOverview o;
        o.enrolled = s.enrolled();
        o.hub_url = s.hub_url;
        o.site = s.site;
        o.last_success_ms = s.last_success_ms;
        o.last_error = s.last_error;
        o.waiting = storage::JournalWaiting(db);
        o.oldest_waiting_ms = storage::FirstWaitingHlc(db) >> 16;
        o.clock_known = s.clock_known;
        o.clock_offset_ms = s.clock_offset_ms;
        o.interval_seconds = s.interval_seconds;
        o.ca_file = s.ca_file;
        return o;
    });
}

Status SetSyncInterval(storage::Database& db, int seconds) {
    if (seconds < kShortestSyncInterval || seconds > kLongestSyncInterval)
        return MakeProblem("err.sync_interval_range", {},
                           {{"min", std::to_string(kShortestSyncInterval)}, {"max", std::to_string(kLongestSyncInterval)}});
    return Guard("SetSyncInterval", [&]() -> Status {
        storage::SaveSyncInterval(db, seconds);
        return Ok();
    });
}

bool WaitingTooLong(const SyncOverview& o, int64_t now_ms) {
    return o.waiting > 0 && o.oldest_waiting_ms > 0 && now_ms - o.oldest_waiting_ms > kWaitingTooLongMs;
}

bool ClockDiffers(int64_t offset_ms) { return std::llabs(offset_ms) > kClockDriftWarnMs; }

}  // namespace palier
