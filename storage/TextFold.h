#pragma once
#include <string>
#include <string_view>

namespace palier {
// Folds a name for search: lowercase ASCII, accents removed (é -> e, œ -> oe, ß -> ss),
// apostrophes and hyphens turned into spaces, runs of spaces collapsed. Letters outside Latin
// scripts are kept as they are (lowercasing only applies to Latin), so Arabic or Cyrillic
// names still match themselves.
std::string FoldForSearch(std::string_view utf8);
}  // namespace palier
