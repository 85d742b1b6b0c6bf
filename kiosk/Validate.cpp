#include "Validate.h"

#include <cstdint>

namespace palier {

bool IsValidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len;
        uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        else if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + static_cast<size_t>(len) > s.size()) return false;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past Unicode are not text.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<size_t>(len);
    }
    return true;
}

int CountChars(std::string_view s) {
    int n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

static bool IsControl(std::string_view s, size_t i, size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    len = 1;
    if (c < 0x20 || c == 0x7F) return true;
    // C1 controls U+0080..U+009F are encoded C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size()) {
        const unsigned char n = static_cast<unsigned char>(s[i + 1]);
        if (n >= 0x80 && n <= 0x9F) { len = 2; return true; }
    }
    return false;
}

static Result<std::string> Clean(std::string_view value, const char* field, int max_chars,
                                 bool required, bool keep_newlines) {
    if (!IsValidUtf8(value)) return MakeProblem("err.invalid_text", field);
    std::string out;
    bool pending_space = false, pending_newline = false;
    for (size_t i = 0; i < value.size();) {
        size_t len;
        const char c = value[i];
        if (keep_newlines && c == '\n') {
            pending_newline = !out.empty();
            pending_space = false;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t') {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        if (IsControl(value, i, len)) return MakeProblem("err.control_chars", field);
        if (pending_newline) out += '\n';
        else if (pending_space) out += ' ';
        pending_space = pending_newline = false;
        out += c;
        ++i;
    }
    if (required && out.empty()) return MakeProblem("err.required", field);
    if (CountChars(out) > max_chars)
        return MakeProblem("err.too_long", field, {{"max", std::to_string(max_chars)}});
    return out;
}

Result<std::string> CleanText(std::string_view v, const char* field, int max_chars, bool required) {
    return Clean(v, field, max_chars, required, false);
}

Result<std::string> CleanNote(std::string_view v, const char* field, int max_chars) {
    return Clean(v, field, max_chars, false, true);
}

Result<std::string> CleanPhone(std::string_view v, const char* field) {
    std::string digits;
    bool international = false;
    for (size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '+' && digits.empty() && !international) international = true;
        else if (c != ' ' && c != '.' && c != '-') return MakeProblem("err.phone_chars", field);
    }
    if (digits.empty() && !international) return std::string();
    if (international ? (digits.size() < 8 || digits.size() > 15) : digits.size() != 10)
        return MakeProblem("err.phone_length", field);
    return international ? "+" + digits : digits;
}

Result<Date> CheckDate(std::string_view v, const char* field) {
    if (auto d = ParseDate(v)) return *d;
    return MakeProblem("err.bad_date", field);
}

Status CheckTime(std::string_view v, const char* field) {
    if (IsValidTime(v)) return Ok();
    return MakeProblem("err.bad_time", field);
}

Status CheckBirthYear(int year, int current_year, const char* field) {
    if (year == 0 || (year >= 1900 && year <= current_year)) return Ok();
    return MakeProblem("err.birth_year", field, {{"max", std::to_string(current_year)}});
}

Status CheckSeats(int seats, const char* field) {
    if (seats >= 1 && seats <= kMaxSeats) return Ok();
    return MakeProblem("err.seats_range", field, {{"max", std::to_string(kMaxSeats)}});
}

}  // namespace palier
