#pragma once
// Kiosk devices that sync through a hub store in the same process, and a canonical dump of the
// hub's bookkeeping to compare states before and after a request.

#include "hub/HubStore.h"
#include "sync_support.h"

namespace palier::test {

// The hub's tables as text, rows in key order (the merged records are in Dump()).
inline std::string HubDump(storage::Database& db) {
    std::string out = Dump(db);
    for (const char* q : {"SELECT * FROM hub_device ORDER BY id", "SELECT * FROM hub_code ORDER BY code_hash",
                          "SELECT * FROM hub_log ORDER BY cursor", "SELECT * FROM hub_anomaly ORDER BY id"})
        DumpQuery(db, out, q, q);
    return out;
}

// A push of `entries` as the kiosk `device` would send it.
inline hub::PushRequest PushOf(const Device& device, std::vector<JournalEntry> entries) {
    return hub::PushRequest{device.db->device_id(), storage::kJournalFormat, std::move(entries), {}};
}

}  // namespace palier::test
