#pragma once
// When the hub holds more of this device's journal than this file does. A kiosk restored from
// an older copy of its database, or wiped and enrolled again under the same device id, numbers
// its new entries after the end of ITS journal, under sequence numbers the hub already gave to
// the entries this file lost; the hub would take them for replays. The hub says how far it
// holds (`acked_through`), and the new entries move after that, in the order they were written.
// Each call is one transaction of its own: the journal and the pushed-through cursor together.
#include <cstdint>

#include "Database.h"

namespace palier::storage {

struct Renumbered {
    int64_t moved = 0;      // entries given new numbers
    int64_t first_old = 0;  // the first of them, before and after (0 when none moved)
    int64_t first_new = 0;
    int64_t rewound_to = -1;  // ResumeAfterGap: the cursor went back here instead (-1: it did not)
};

// The last sequence number this journal holds or handed out (0 for an empty journal).
int64_t JournalEnd(Database& db);

// Entries from `first` (at most `hub_acked + 1`) on take the numbers `hub_acked + 1`, `+ 2`...,
// in their order; the pushed-through cursor becomes `hub_acked` (the entries before `first` are
// the hub's already), and entries written later follow the moved ones. The hub's entries
// `first`..`hub_acked`, which this file lacks, are noted to fetch (SyncStateStore.h).
Renumbered FollowHub(Database& db, int64_t first, int64_t hub_acked);

// The hub refused a push as a sequence gap: it holds less than it once acknowledged (a hub
// restored from an older copy). When this kiosk still holds every entry after `hub_acked`, the
// cursor goes back there and they are sent again; otherwise every entry it holds after
// `hub_acked` follows it, so the hub's sequence has no hole.
Renumbered ResumeAfterGap(Database& db, int64_t hub_acked);

}  // namespace palier::storage
