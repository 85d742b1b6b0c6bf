#pragma once
// The hub's bookkeeping beside its merged copy of every kiosk's records: enrolled devices,
// one-time enrolment codes, the log of accepted entries that kiosks pull from, and anomalies
// (the hub's automatic decisions, kept with their reason).
#include <optional>
#include <string>
#include <vector>

#include "Database.h"

namespace palier::storage {

struct HubDevice {
    Id id;
    std::string site;  // the name the enrolment code was made for
    Id site_id;        // the site the kiosk records for, as it said when it enrolled ("" if it did not)
    std::string token_hash;
    int64_t enrolled_ms = 0;
    std::optional<int64_t> revoked_ms;
    int64_t acked_through = 0;  // the last seq of this device the hub holds
    std::optional<int64_t> last_seen_ms;
    int format = 0;
};

struct HubAnomaly {
    int64_t at_ms = 0;
    Id device_id;
    std::string kind;  // what was decided: "clamped", "refused", "waitlisted", "merged"
    Id record_id;
    std::string reason;
};

void AddEnrolCode(Database& db, const std::string& code_hash, const std::string& site, int64_t expires_ms);
// The site of an unexpired code, marked used by `device`; nullopt when it is unknown, expired or
// used by another device. The device that used it may use it again until it expires, unless it
// was revoked since: a kiosk whose answer was lost on the way (a cut connection, a hub that
// stopped after its commit) enrols again with the code still on its screen.
std::optional<std::string> TakeEnrolCode(Database& db, const std::string& code_hash, int64_t now_ms,
                                         const Id& device);

// Enrolling a device again replaces its token (the old one stops working) and keeps its cursor.
void SaveDevice(Database& db, const HubDevice& d);
std::optional<HubDevice> DeviceByTokenHash(Database& db, const std::string& token_hash);
std::optional<HubDevice> DeviceById(Database& db, const Id& id);
std::vector<HubDevice> AllDevices(Database& db);
bool RevokeDevice(Database& db, const Id& id, int64_t now_ms);  // false: no such device
void SetDeviceAcked(Database& db, const Id& id, int64_t acked_through);
void SetDeviceSeen(Database& db, const Id& id, int64_t now_ms);

// Appends an accepted entry; an entry already there (same device and seq) is kept as it was.
// Returns the cursor it was given, or 0 when it was already there.
int64_t AppendHubLog(Database& db, const JournalEntry& e);
// What the log holds of `device` under `seq` (nullopt: nothing, the entry was not shared).
std::optional<JournalEntry> HubLogEntry(Database& db, const Id& device, int64_t seq);
// Up to `limit` entries of `device` numbered `from`..`through`, in seq order: what a kiosk
// restored from an older copy lacks of its own.
std::vector<JournalEntry> HubLogOfDevice(Database& db, const Id& device, int64_t from, int64_t through, int limit);
struct HubLogRow {
    int64_t cursor = 0;
    JournalEntry entry;
};
// Up to `limit` entries after `since`, in cursor order.
std::vector<HubLogRow> HubLogAfter(Database& db, int64_t since, int limit);
int64_t HubLogEnd(Database& db);
int64_t HubLogCount(Database& db);

void AddAnomaly(Database& db, const HubAnomaly& a);
std::vector<HubAnomaly> RecentAnomalies(Database& db, int limit);

}  // namespace palier::storage
