#pragma once
// A column value as SQLite stores it, for the generic row code (RecordIo.h).
#include <cstdint>
#include <string>
#include <variant>

namespace palier::storage {

using Value = std::variant<std::nullptr_t, int64_t, std::string>;

// Empty ids are stored as NULL so foreign keys stay meaningful.
inline Value IdOrNull(const std::string& id) {
    return id.empty() ? Value{nullptr} : Value{id};
}

}  // namespace palier::storage
