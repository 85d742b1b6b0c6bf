#pragma once
// Who decides seats in this database: a kiosk alone (the whole capacity), a kiosk enrolled on a
// hub (only its allotments), or the hub itself (its pool). Kept in `meta`.
#include "Database.h"

namespace palier::storage {

enum class SeatRole { Alone, Kiosk, Hub };
// Kiosk once enrolled (meta "sync.token" set, kiosk/sync); Hub once MarkAsHub ran.
SeatRole LoadSeatRole(Database& db);
void MarkAsHub(Database& db);

}  // namespace palier::storage
