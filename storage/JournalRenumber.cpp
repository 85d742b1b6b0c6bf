#include "JournalRenumber.h"

#include <SQLiteCpp/Statement.h>

#include <vector>

#include "JournalStore.h"
#include "SyncStateStore.h"

namespace palier::storage {
namespace {

// The cursor moves where the hub says, back too (MarkPushedThrough only moves forward).
void SetPushedThrough(Database& db, int64_t seq) {
    SQLite::Statement st(db.sql(), "INSERT OR REPLACE INTO meta(key, value) VALUES('pushed_through', ?)");
    st.bind(1, std::to_string(seq));
    st.exec();
}

// AUTOINCREMENT hands out max(sqlite_sequence, max(seq)) + 1: raising the first makes the next
// local write follow `seq` even when no entry was moved there.
void ContinueAfter(Database& db, int64_t seq) {
    SQLite::Statement up(db.sql(), "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'journal'");
    up.bind(1, seq);
    if (up.exec() > 0) return;
    SQLite::Statement ins(db.sql(), "INSERT INTO sqlite_sequence(name, seq) VALUES('journal', ?)");
    ins.bind(1, seq);
    ins.exec();
}

Renumbered MoveFrom(Database& db, int64_t first, int64_t hub_acked) {
    Renumbered out;
    std::vector<int64_t> old;
    {
        SQLite::Statement sel(db.sql(), "SELECT seq FROM journal WHERE seq >= ? ORDER BY seq");
        sel.bind(1, first);
        while (sel.executeStep()) old.push_back(sel.getColumn(0).getInt64());
    }
    if (!old.empty()) {
        // Negative first, then the new numbers in order: no step collides with a number in use.
        SQLite::Statement flip(db.sql(), "UPDATE journal SET seq = -seq WHERE seq >= ?");
        flip.bind(1, first);
        flip.exec();
        SQLite::Statement move(db.sql(), "UPDATE journal SET seq = ? WHERE seq = ?");
        for (size_t i = 0; i < old.size(); ++i) {
            move.reset();
            move.bind(1, hub_acked + 1 + static_cast<int64_t>(i));
            move.bind(2, -old[i]);
            move.exec();
        }
        out.moved = static_cast<int64_t>(old.size());
        out.first_old = old.front();
        out.first_new = hub_acked + 1;
    }
    SetPushedThrough(db, hub_acked);
    ContinueAfter(db, hub_acked + out.moved);
    return out;
}

}  // namespace

int64_t JournalEnd(Database& db) {
    return db.sql()
        .execAndGet("SELECT max(coalesce((SELECT max(seq) FROM journal), 0),"
                    " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'journal'), 0))")
        .getInt64();
}

Renumbered FollowHub(Database& db, int64_t first, int64_t hub_acked) {
    Transaction tx(db.sql());
    const Renumbered out = MoveFrom(db, first, hub_acked);
    // The hub's entries under the numbers this file gave away are ones it lacks.
    if (first <= hub_acked) SaveOwnToFetch(db, first, hub_acked);
    tx.commit();
    return out;
}

Renumbered ResumeAfterGap(Database& db, int64_t hub_acked) {
    Transaction tx(db.sql());
    const int64_t pushed = PushedThrough(db);
    SQLite::Statement held(db.sql(), "SELECT count(*) FROM journal WHERE seq > ? AND seq <= ?");
    held.bind(1, hub_acked);
    held.bind(2, pushed);
    held.executeStep();
    Renumbered out;
    if (pushed > hub_acked && held.getColumn(0).getInt64() == pushed - hub_acked) {
        SetPushedThrough(db, hub_acked);
        out.rewound_to = hub_acked;
    } else {
        // What it still holds after `hub_acked` goes again with what waits, without a hole.
        out = MoveFrom(db, hub_acked + 1, hub_acked);
    }
    tx.commit();
    return out;
}

}  // namespace palier::storage
