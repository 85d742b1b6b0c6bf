#include "TextFold.h"

#include <cstdint>

namespace palier {

namespace {
// Base letters for U+00C0..U+017F; "" drops nothing but keeps the code point as is.
const char* FoldLatin(uint32_t cp) {
    static const char* const k00C0[] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",  // F0
    };
    if (cp >= 0xC0 && cp <= 0xFF) return k00C0[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        // Latin Extended-A pairs letters in upper/lower order; map by ranges.
        static const struct { uint32_t from, to; const char* base; } kRanges[] = {
            {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
            {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
            {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
            {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
            {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
            {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
        };
        for (const auto& r : kRanges)
            if (cp >= r.from && cp <= r.to) return r.base;
    }
    return nullptr;
}
}  // namespace

std::string FoldForSearch(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    auto push_space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
            else push_space();  // space, hyphen, apostrophe, punctuation
            ++i;
            continue;
        }
        int len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
        if (i + static_cast<size_t>(len) > s.size()) break;
        uint32_t cp = 0;
        if (len == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
        if (len == 3) {
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            if (cp == 0x2019 || cp == 0x2010 || cp == 0x2011) {  // ’ ‐ ‑ separate like ' and -
                push_space();
                i += 3;
                continue;
            }
        }
        if (const char* base = (len == 2) ? FoldLatin(cp) : nullptr) out += base;
        else out.append(s.substr(i, static_cast<size_t>(len)));
        i += static_cast<size_t>(len);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace palier
