#pragma once
#include <string>

namespace palier {
// A random version-4 UUID (libsodium's CSPRNG), lowercase with dashes.
std::string NewUuid();
// A name-based UUID (version 8 layout): the same `name` always gives the same id, on every
// kiosk. BLAKE2b (crypto_generichash) of a fixed namespace and the name.
std::string NameUuid(const std::string& name);
// A short booking code of `length` characters without look-alikes (no 0/O, 1/I/L).
std::string NewShortCode(int length = 4);
// A secret for a device to present (64 hex digits), and the hash kept in its place: whoever
// reads the hub's file learns no token.
std::string NewSecretToken();
std::string SecretHash(const std::string& secret);
}  // namespace palier
