#pragma once
// The log gets the detail that residents never see. Thread-safe; one line per call on stderr.
#include <string_view>

namespace palier {
void LogInfo(std::string_view what);
void LogError(std::string_view what);
}  // namespace palier
