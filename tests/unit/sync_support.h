#pragma once
// Devices and replicas for sync tests: each its own database file and clock; a canonical dump
// of every synced table to compare replicas byte for byte.
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <vector>

#include "kiosk/FrontDesk.h"
#include "kiosk/SyncMerge.h"
#include "storage/JournalStore.h"
#include "storage/RecordKinds.h"
#include "test_support.h"

namespace palier::test {

struct Device {
    TestClock clock;
    std::unique_ptr<storage::Database> db;
    // Replicas that only apply run their clock late enough that no test stamp is clamped.
    Device(const TempDir& dir, const std::string& name, const char* today = "2026-11-23") {
        clock.Set(D(today), 10, 0);
        db = std::make_unique<storage::Database>(dir.File(name + ".db"), clock.clock());
    }
    // Every change this device made (its own journal).
    std::vector<JournalEntry> Journal() const { return storage::JournalAfter(*db, 0, 1000000); }
};

// Someone born in 1980 registered at the front desk of `d`.
inline Id RegisterAt(Device& d, const Id& site, const char* first, const char* phone = "") {
    NewPerson p;
    p.first_name = first;
    p.birth_year = 1980;
    p.phone = phone;
    auto id = RegisterPerson(*d.db, site, p);
    EXPECT_TRUE(id);
    return id ? *id : Id{};
}

// Applies what `from` recorded to `to`, as a pull from the hub would.
inline void Ship(const Device& from, Device& to) {
    auto r = ApplyRemoteBatch(*to.db, from.Journal());
    ASSERT_TRUE(r) << r.problem().detail;
}

// Every synced table (and the field stamps), rows in id order, columns as stored.
// The rows of `sql` under a "== title" line, columns as stored.
inline void DumpQuery(storage::Database& db, std::string& out, const std::string& title, const std::string& sql) {
    out += "== " + title + "\n";
    SQLite::Statement st(db.sql(), sql);
    while (st.executeStep()) {
        for (int i = 0; i < st.getColumnCount(); ++i) {
            const auto c = st.getColumn(i);
            out += c.isNull() ? "NULL" : c.getString();
            out += '|';
        }
        out += '\n';
    }
}

inline std::string Dump(storage::Database& db) {
    std::string out;
    auto dump_query = [&](const std::string& title, const std::string& sql) { DumpQuery(db, out, title, sql); };
    for (const auto& k : storage::SyncedKinds()) dump_query(k.kind, "SELECT * FROM " + k.kind + " ORDER BY id");
    dump_query("record_stamp", "SELECT * FROM record_stamp WHERE kind <> 'staff' ORDER BY kind, record_id");
    return out;
}

}  // namespace palier::test
