#pragma once
#include <vector>

namespace palier::storage {
// The numbered migrations: entry i takes the schema from version i to version i + 1.
// Append only; never edit a migration that has shipped.
const std::vector<const char*>& Migrations();
}  // namespace palier::storage
