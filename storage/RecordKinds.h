#pragma once
// The synced record kinds, seen without their C++ type: what sync merges needs (field names,
// references, merge rule) and a way to load and store a record as wire JSON. Stores of remote
// values go through here and never journal.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "Database.h"
#include "RecordType.h"

namespace palier::storage {

struct FieldInfo {
    std::string json;
    const char* ref_kind = nullptr;
    bool required = false;
    Merge merge = Merge::ByStamp;
};

// A record as sync sees it: its journaled fields by wire name, and its bookkeeping stamps.
struct MergeRow {
    Id id;
    nlohmann::json fields;  // every journaled field
    Hlc created_hlc = 0, updated_hlc = 0;
};

struct KindOps {
    std::string kind;
    const char* tombstone = nullptr;
    std::vector<FieldInfo> fields;     // journaled fields, in descriptor order
    std::vector<std::string> columns;  // every column the descriptor writes, bookkeeping included
    nlohmann::json defaults;           // journaled fields of a record nobody filled in
    std::function<std::optional<MergeRow>(Database&, const Id&)> load;
    // Writes the row (local columns kept, derived ones recomputed). No journal, no stamps.
    std::function<void(Database&, const MergeRow&)> store;
    std::function<bool(Database&, const Id&)> exists;
    // Reads `fields` as this kind would; throws nlohmann::json::exception on a value of the wrong
    // type, so a hub refuses such an entry before it reaches a transaction.
    std::function<void(const nlohmann::json&)> check;
};

// Kinds that sync, parents before children. Staff accounts stay per kiosk and are not listed.
const std::vector<KindOps>& SyncedKinds();
// Any kind with a descriptor (staff too), or nullptr.
const KindOps* FindKind(const std::string& kind);

}  // namespace palier::storage
