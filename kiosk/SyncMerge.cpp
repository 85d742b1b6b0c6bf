#include "SyncMerge.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/JournalStore.h"
#include "storage/OrientationStore.h"
#include "storage/RecordKinds.h"
#include "storage/Uuid.h"

namespace palier {

using nlohmann::json;
using storage::Database;
using storage::FieldStamps;
using storage::KindOps;
using storage::Stamp;

Id SessionIdFor(const Id& activity_id, const std::string& start) {
    return NameUuid("session\n" + activity_id + "\n" + start);
}

namespace {

bool IsSynced(const std::string& kind) {
    const auto& kinds = storage::SyncedKinds();
    return std::any_of(kinds.begin(), kinds.end(), [&](const KindOps& k) { return k.kind == kind; });
}

// A stamp from a clock running far ahead would win every merge for as long as it runs ahead:
// no stamp is taken further than kMaxClockAheadMs past this kiosk's own clock.
Hlc Clamp(Database& db, Hlc hlc) {
    const Hlc limit = ((db.clock().NowMs() + kMaxClockAheadMs) << 16) | 0xFFFF;
    return std::min(hlc, limit);
}

// The record this entry cannot be applied without, when it is not here yet.
std::optional<std::pair<std::string, Id>> MissingDependency(Database& db, const KindOps& ops,
                                                            const JournalEntry& e, const json& fields,
                                                            bool exists) {
    for (const auto& f : ops.fields) {
        if (!f.ref_kind) continue;
        const bool carried = fields.contains(f.json);
        // A change to a record whose creation has not arrived: wait for the creation.
        if (!exists && f.required && !carried) return std::make_pair(ops.kind, e.record_id);
        if (!carried || !fields.at(f.json).is_string()) continue;
        const Id target = fields.at(f.json).get<std::string>();
        if (target.empty() || (target == e.record_id && ops.kind == f.ref_kind)) continue;
        const KindOps* ref = storage::FindKind(f.ref_kind);
        if (ref && !ref->exists(db, target)) return std::make_pair(std::string(f.ref_kind), target);
    }
    return std::nullopt;
}

const storage::FieldInfo* FindField(const KindOps& ops, const std::string& name) {
    for (const auto& f : ops.fields)
        if (f.json == name) return &f;
    return nullptr;
}

// Erasure wipes personal values from what this kiosk still has to send, too.
void ScrubAfterErasure(Database& db, const std::string& kind, const Id& id, const json& erased) {
    storage::ScrubJournal(db, kind, id, erased.dump());
    if (kind != "person") return;
    for (const auto& o : storage::OrientationsOfPerson(db, id))
        storage::ScrubJournal(db, "orientation", o.id, R"({"note":""})");
}

std::string CodeWithSuffix(const std::string& code, const Id& id) {
    std::string suffix = id.substr(0, 4);
    for (char& c : suffix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code + "-" + suffix;
}

// Two kiosks offline may give the same short code. Every replica settles it alike from the two
// records alone, whatever their order of arrival or status: the later booking (created_hlc,
// then id) keeps its code with the start of its id appended; the earlier one keeps the code.
void SettleCodeClash(Database& db, storage::MergeRow& merged) {
    const auto it = merged.fields.find("code");
    if (it == merged.fields.end() || !it->is_string() || it->get<std::string>().empty()) return;
    const std::string code = it->get<std::string>();
    const auto other = storage::BookingWithCodeOtherThan(db, code, merged.id);
    if (!other) return;
    const Hlc created = merged.fields.value("created_hlc", merged.created_hlc);
    const bool incoming_later = std::make_pair(created, merged.id) > std::make_pair(other->created_hlc, other->id);
    if (incoming_later) merged.fields["code"] = CodeWithSuffix(code, merged.id);
    else storage::RenameBookingCode(db, other->id, CodeWithSuffix(code, other->id));
}

ApplyOutcome ApplyOne(Database& db, const JournalEntry& e);

ApplyOutcome ApplyOne(Database& db, const JournalEntry& e, const json& fields) {
    if (e.format < storage::kJournalFormat || !IsSynced(e.kind)) return ApplyOutcome::Ignored;
    const KindOps& ops = *storage::FindKind(e.kind);
    if (!fields.is_object() || e.record_id.empty()) return ApplyOutcome::Ignored;

    const Stamp stamp{Clamp(db, e.hlc), e.device_id};
    db.ObserveHlc(stamp.hlc);
    const auto row = ops.load(db, e.record_id);
    if (auto dep = MissingDependency(db, ops, e, fields, row.has_value())) {
        storage::ParkEntry(db, e, dep->first, dep->second);
        return ApplyOutcome::Parked;
    }

    FieldStamps stamps = storage::LoadStamps(db, e.kind, e.record_id);
    storage::MergeRow merged = row ? *row : storage::MergeRow{e.record_id, ops.defaults, stamp.hlc, stamp.hlc};
    // Created and updated stamps: the least and the greatest of every entry about the record.
    merged.created_hlc = std::min(merged.created_hlc, stamp.hlc);
    merged.updated_hlc = std::max(merged.updated_hlc, stamp.hlc);

    const char* tomb = ops.tombstone;
    const bool is_tombstone = tomb && (e.op == "erase" || fields.value(tomb, false));
    const bool was_tombstone = tomb && merged.fields.value(tomb, false);
    bool erased_now = false;
    if (is_tombstone) {
        // The erasure with the greatest stamp fixes every field; later updates never apply.
        const auto it = stamps.find(tomb);
        if (!was_tombstone || it == stamps.end() || it->second < stamp) {
            json all = ops.defaults;
            all.update(fields);
            merged.fields = std::move(all);
            for (const auto& f : ops.fields)
                if (f.json != "id") stamps[f.json] = stamp;
            erased_now = true;
        }
    } else if (!was_tombstone) {
        for (const auto& [name, value] : fields.items()) {
            const storage::FieldInfo* f = FindField(ops, name);
            if (!f || name == "id") continue;  // a field from a newer version, or the key
            auto it = stamps.find(name);
            const bool newer = it == stamps.end() || it->second < stamp;
            if (f->merge == storage::Merge::Max) {
                if (value > merged.fields[name]) merged.fields[name] = value;
            } else if (newer) {
                merged.fields[name] = value;
            }
            if (newer) stamps[name] = stamp;
        }
    }
    merged.fields["id"] = e.record_id;
    merged.id = e.record_id;
    if (e.kind == "booking") SettleCodeClash(db, merged);
    ops.store(db, merged);
    storage::SaveStamps(db, e.kind, e.record_id, stamps);
    if (erased_now) ScrubAfterErasure(db, e.kind, e.record_id, merged.fields);
    if (!row)
        for (const auto& waiting : storage::TakeParked(db, e.kind, e.record_id)) ApplyOne(db, waiting);
    return ApplyOutcome::Applied;
}

ApplyOutcome ApplyOne(Database& db, const JournalEntry& e) {
    if (e.format < storage::kJournalFormat || !IsSynced(e.kind)) return ApplyOutcome::Ignored;
    return ApplyOne(db, e, json::parse(e.payload, nullptr, false));
}
}  // namespace

ApplyOutcome ApplyRemoteInTransaction(Database& db, const JournalEntry& entry) { return ApplyOne(db, entry); }

ApplyOutcome ApplyRemoteInTransaction(Database& db, const JournalEntry& entry, const json& fields) {
    return ApplyOne(db, entry, fields);
}

Result<ApplyOutcome> ApplyRemote(Database& db, const JournalEntry& entry) {
    return Guard("ApplyRemote", [&]() -> Result<ApplyOutcome> {
        storage::Transaction tx(db.sql());
        const auto out = ApplyOne(db, entry);
        tx.commit();
        return out;
    });
}

Result<ApplyReport> ApplyRemoteBatch(Database& db, const std::vector<JournalEntry>& entries) {
    return Guard("ApplyRemoteBatch", [&]() -> Result<ApplyReport> {
        storage::Transaction tx(db.sql());
        ApplyReport report;
        for (const auto& e : entries) {
            switch (ApplyOne(db, e)) {
                case ApplyOutcome::Applied: ++report.applied; break;
                case ApplyOutcome::Parked: ++report.parked; break;
                case ApplyOutcome::Ignored: ++report.ignored; break;
            }
        }
        tx.commit();
        return report;
    });
}

}  // namespace palier
