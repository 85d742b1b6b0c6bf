#pragma once
// Reading the change journal (the sync client pushes from here).
#include <vector>

#include "Database.h"

namespace palier::storage {
std::vector<JournalEntry> JournalAfter(Database& db, int64_t after_seq, int limit);
int64_t JournalCount(Database& db);
// Replaces the payload of every journal entry about one record (erasure: older entries must
// not keep the personal values the erasure wiped). Call inside the erasing transaction.
void ScrubJournal(Database& db, const std::string& kind, const Id& record_id, const std::string& payload);
}  // namespace palier::storage
