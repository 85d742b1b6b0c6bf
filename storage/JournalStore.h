#pragma once
// Reading the change journal (the sync client pushes from here).
#include <vector>

#include "Database.h"

namespace palier::storage {
std::vector<JournalEntry> JournalAfter(Database& db, int64_t after_seq, int limit);
int64_t JournalCount(Database& db);
}  // namespace palier::storage
