#pragma once
// What this kiosk knows of its hub, kept in the `meta` table under "sync.*" keys: the hub's
// address and the token it gave at enrolment, the site it named, the pull cursor, and how the
// last attempts went. None of it is journaled (it is this kiosk's own business, not a record
// to share), and the token is never logged: only kiosk/sync reads it, to send it to the hub.
#include <cstdint>
#include <string>

#include "Database.h"

namespace palier::storage {

struct SyncState {
    std::string hub_url;  // "" = not enrolled
    std::string token;
    std::string site;     // as the hub named it at enrolment
    std::string ca_file;  // a hub with its own certificate authority; "" = the system's
    int64_t pull_cursor = 0;
    int64_t last_success_ms = 0;  // 0 = never
    int64_t last_attempt_ms = 0;
    std::string last_error;       // a translation key ("" after a success)
    bool clock_known = false;
    int64_t clock_offset_ms = 0;  // the hub's clock minus this kiosk's
    int interval_seconds = 60;    // between two syncs when nothing nudges
    // This kiosk's own entries the hub holds and this file lacks (restored from an older copy,
    // or wiped), still to fetch: from..through (0..0: none).
    int64_t own_from = 0, own_through = 0;
    bool enrolled() const { return !hub_url.empty() && !token.empty(); }
    bool own_to_fetch() const { return own_from > 0 && own_from <= own_through; }
};

SyncState LoadSyncState(Database& db);

// A new enrolment, in one transaction. With another hub than before, both cursors go back to
// the start: that hub has seen nothing of this kiosk, and a push that began past its first
// entry would be a sequence gap to it. With the same hub they stay (a replay changes nothing).
void SaveEnrolment(Database& db, const std::string& hub_url, const std::string& token, const std::string& site,
                   const std::string& ca_file);

// Inside the transaction that applies a pulled page.
void SavePullCursor(Database& db, int64_t cursor);
// Own entries `from`..`through` to fetch from the hub, joined to any still to fetch; inside the
// transaction that renumbers the journal.
void SaveOwnToFetch(Database& db, int64_t from, int64_t through);
// Inside the transaction that applies fetched own entries: the next number to fetch (past
// `through`: none left).
void SaveOwnFetched(Database& db, int64_t next);
void SaveClockOffset(Database& db, int64_t offset_ms);
// The end of an attempt: a success clears the error; a failure keeps the last success time.
void SaveSyncSuccess(Database& db, int64_t at_ms);
void SaveSyncFailure(Database& db, int64_t at_ms, const std::string& error_key);
void SaveSyncInterval(Database& db, int seconds);

}  // namespace palier::storage
