#include "SeatRole.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

SeatRole LoadSeatRole(Database& db) {
    StatementLease lease(db.Cached("SELECT key FROM meta WHERE (key = 'hub' AND value = '1')"
                                   " OR (key = 'sync.token' AND value <> '') ORDER BY key LIMIT 1"));
    if (!lease.st.executeStep()) return SeatRole::Alone;
    return lease.st.getColumn(0).getString() == "hub" ? SeatRole::Hub : SeatRole::Kiosk;
}

void MarkAsHub(Database& db) { db.sql().exec("INSERT OR REPLACE INTO meta(key, value) VALUES('hub', '1')"); }

}  // namespace palier::storage
