#pragma once
// The change journal (what this kiosk sends to the hub), the per-field stamps that sync merges
// by, entries parked until what they refer to arrives, and the pushed-through cursor.
//
// A journal entry (format kJournalFormat) holds: the device sequence number `seq`, the device
// id, the record kind and id, the op ("upsert" or "erase"), the HLC stamp of the write, and a
// JSON object of the fields that changed, by wire name (an "erase" carries the whole erased
// record). Stamps order by (hlc, device id).
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <vector>

#include "Database.h"

namespace palier::storage {

constexpr int kJournalFormat = 2;

struct Stamp {
    Hlc hlc = 0;
    Id device;
    friend bool operator<(const Stamp& a, const Stamp& b) {
        return std::tie(a.hlc, a.device) < std::tie(b.hlc, b.device);
    }
    friend bool operator==(const Stamp& a, const Stamp& b) {
        return a.hlc == b.hlc && a.device == b.device;
    }
};
// Field wire name -> the stamp of the value the row holds. A field without a stamp loses to any.
using FieldStamps = std::map<std::string, Stamp>;

// Appends an entry, stamped by this device. Call inside the transaction of the write.
void AppendJournal(Database& db, const std::string& kind, const Id& id, const std::string& op,
                   Hlc hlc, const nlohmann::json& changed);
std::vector<JournalEntry> JournalAfter(Database& db, int64_t after_seq, int limit);
// Journal entries about one record id, whatever their kind, oldest first.
std::vector<JournalEntry> JournalOfRecord(Database& db, const Id& record_id);
int64_t JournalCount(Database& db);

// The hub acknowledged every entry up to `seq` (never moves back).
void MarkPushedThrough(Database& db, int64_t seq);
int64_t PushedThrough(Database& db);
// A hub that has seen nothing of this kiosk (enrolment with another hub): everything is sent again.
void ResetPushedThrough(Database& db);
// Entries the hub has not acknowledged yet: what the Sync screen calls waiting.
int64_t JournalWaiting(Database& db);
// The stamp of the oldest entry still waiting (0 when none): how long the hub has been missing it.
Hlc FirstWaitingHlc(Database& db);

// Erasure: in every journal entry (parked entry, and entry of the hub's log) about one record, each field that
// `payload` (a JSON object) also holds takes the payload's value, so no older entry keeps the
// personal values the erasure wiped. The tombstone flag itself is left as it was. Call inside
// the erasing transaction.
void ScrubJournal(Database& db, const std::string& kind, const Id& record_id, const std::string& payload);

FieldStamps LoadStamps(Database& db, const std::string& kind, const Id& id);
// Stored in one canonical text per record, so replicas that agree compare byte for byte.
void SaveStamps(Database& db, const std::string& kind, const Id& id, const FieldStamps& stamps);

// Remote entries waiting for a record (kind, id) that has not arrived yet. Parking the same
// entry (device, seq) twice keeps one copy.
void ParkEntry(Database& db, const JournalEntry& e, const std::string& waits_kind, const Id& waits_id);
// Removes and returns the entries waiting for (kind, id).
std::vector<JournalEntry> TakeParked(Database& db, const std::string& kind, const Id& id);
int64_t ParkedCount(Database& db);

}  // namespace palier::storage
