#pragma once
// The sync session as `palier sync` runs it, database steps at once on the calling thread, for
// tests against the real palier-hub.
#include "kiosk/sync/HubSession.h"
#include "storage/Database.h"

namespace palier::test {

inline sync::HubSession SessionOn(storage::Database& db, sync::SessionOptions options = {}) {
    return sync::HubSession(
        [&db](const sync::DbStep& step) {
            step(db);
            return true;
        },
        db.clock(), nullptr, options);
}

}  // namespace palier::test
