#pragma once
#include <string>

namespace palier {
// A random version-4 UUID (libsodium's CSPRNG), lowercase with dashes.
std::string NewUuid();
// A short booking code of `length` characters without look-alikes (no 0/O, 1/I/L).
std::string NewShortCode(int length = 4);
}  // namespace palier
