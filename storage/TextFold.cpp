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
    if (cp == 0x1A0 || cp == 0x1A1) return "o";  // Ơ ơ (Vietnamese)
    if (cp == 0x1AF || cp == 0x1B0) return "u";  // Ư ư
    if (cp >= 0x1EA0 && cp <= 0x1EF9) {
        // Vietnamese letters with stacked marks (ễ, ặ, ự...), grouped by base letter.
        static const struct { uint32_t from, to; const char* base; } kViet[] = {
            {0x1EA0, 0x1EB7, "a"}, {0x1EB8, 0x1EC7, "e"}, {0x1EC8, 0x1ECB, "i"},
            {0x1ECC, 0x1EE3, "o"}, {0x1EE4, 0x1EF1, "u"}, {0x1EF2, 0x1EF9, "y"},
        };
        for (const auto& r : kViet)
            if (cp >= r.from && cp <= r.to) return r.base;
    }
    return nullptr;
}

bool IsDroppedMark(uint32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F)       // combining accents (decomposed "e" + "\u0301")
           || (cp >= 0x64B && cp <= 0x65F)    // Arabic short vowels (harakat)
           || cp == 0x670 || cp == 0x640;     // superscript alef, tatweel
}

// Other scripts: Cyrillic lowercase (ё folded to е), Arabic alef with hamza or madda to alef.
uint32_t FoldOther(uint32_t cp) {
    if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
    if (cp == 0x451) return 0x435;
    if (cp == 0x622 || cp == 0x623 || cp == 0x625 || cp == 0x671) return 0x627;
    return cp;
}

void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
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
        if (len == 1 || len == 4) out.append(s.substr(i, static_cast<size_t>(len)));
        else if (const char* base = FoldLatin(cp)) out += base;
        else if (!IsDroppedMark(cp)) AppendUtf8(out, FoldOther(cp));
        i += static_cast<size_t>(len);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace palier
