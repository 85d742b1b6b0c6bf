#include "Uuid.h"

#include <sodium.h>

#include <cstdio>
#include <stdexcept>

namespace palier {

static void EnsureSodium() {
    static const bool ok = sodium_init() >= 0;
    if (!ok) throw std::runtime_error("libsodium failed to initialise");
}

static std::string Format(unsigned char* b, int version) {
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | (version << 4));
    b[8] = (b[8] & 0x3f) | 0x80;
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return out;
}

std::string NewUuid() {
    EnsureSodium();
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    return Format(b, 4);
}

std::string NameUuid(const std::string& name) {
    EnsureSodium();
    static const std::string kNamespace = "palier.record.v1:";
    const std::string input = kNamespace + name;
    unsigned char b[16];
    crypto_generichash(b, sizeof b, reinterpret_cast<const unsigned char*>(input.data()),
                       input.size(), nullptr, 0);
    return Format(b, 8);
}

std::string NewShortCode(int length) {
    EnsureSodium();
    static const char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    std::string code;
    for (int i = 0; i < length; ++i) code += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    return code;
}

static std::string Hex(const unsigned char* b, size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), b, n);
    out.pop_back();
    return out;
}

std::string NewSecretToken() {
    EnsureSodium();
    unsigned char b[32];
    randombytes_buf(b, sizeof b);
    return Hex(b, sizeof b);
}

std::string SecretHash(const std::string& secret) {
    EnsureSodium();
    unsigned char b[32];
    crypto_generichash(b, sizeof b, reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                       nullptr, 0);
    return Hex(b, sizeof b);
}

}  // namespace palier
