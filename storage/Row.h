#pragma once
// A tiny helper to write one record as an upsert without repeating column lists by hand.
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "Database.h"

namespace palier::storage {

using Value = std::variant<std::nullptr_t, int64_t, std::string>;
using Row = std::vector<std::pair<const char*, Value>>;

// INSERT ... ON CONFLICT(id) DO UPDATE for every column but id and created_hlc.
// `row` must hold "id"; created_hlc/updated_hlc are added from `hlc`.
void UpsertRow(Database& db, const char* table, const Row& row, Hlc hlc);

// Empty ids are stored as NULL so foreign keys stay meaningful.
inline Value IdOrNull(const std::string& id) {
    return id.empty() ? Value{nullptr} : Value{id};
}

}  // namespace palier::storage
