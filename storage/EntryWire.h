#pragma once
// Journal entries written straight into a request or answer body, in the wire form of
// RecordJson.h. A stored payload is already the JSON text of its fields (written by dump()), so
// it is copied as it is instead of being parsed into a tree and printed again for every entry of
// a page: the text is the same, byte for byte.
#include <string>
#include <vector>

#include "Records.h"

namespace palier::storage {

// `s` as a JSON string, quotes included.
void AppendJsonString(std::string& out, const std::string& s);
// A JSON array of `entries`.
void AppendWireEntries(std::string& out, const std::vector<JournalEntry>& entries);

}  // namespace palier::storage
