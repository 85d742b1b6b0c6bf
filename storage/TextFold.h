#pragma once
#include <string>
#include <string_view>

namespace palier {
// Folds a name for search: lowercase ASCII, accents removed (é -> e, œ -> oe, ß -> ss),
// Vietnamese stacked marks too: ễ -> e, đ -> d), combining accents dropped, apostrophes and
// hyphens turned into spaces, runs of spaces collapsed. Cyrillic is lowercased (ё -> е);
// Arabic loses its short vowels and tatweel, and alef with hamza or madda becomes alef.
// Other letters are kept as they are, so they still match themselves.
std::string FoldForSearch(std::string_view utf8);
}  // namespace palier
