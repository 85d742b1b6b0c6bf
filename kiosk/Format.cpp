#include "Format.h"

#include <glib.h>

#include <charconv>

namespace palier {
namespace {

// The words that differ between a screen and a printed table; the rest is shared.
struct Words {
    const char* time_range;
    const char* free;
    const char* age_all;
    const char* age_range;
    const char* age_from;
    const char* age_upto;
};
constexpr Words kScreenWords{"ui.fmt.time_range", "ui.price.free", "ui.age.all",
                             "ui.age.range",      "ui.age.from",   "ui.age.upto"};
constexpr Words kPaperWords{"print.time_range", "print.free",     "print.age_all",
                            "print.age_range",  "print.age_from", "print.age_upto"};
const Words& WordsFor(Medium medium) { return medium == Medium::Paper ? kPaperWords : kScreenWords; }

// "14:30" from a stamp ("2026-11-23T14:30", "2026-11-23T14:30:05+01:00") or a time.
std::string_view HhMm(std::string_view stamp_or_hhmm) {
    return stamp_or_hhmm.size() >= 16 ? stamp_or_hhmm.substr(11, 5) : stamp_or_hhmm;
}

// A whole number written on the stack, for a placeholder.
struct Digits {
    char text[24];
    size_t size;
    explicit Digits(long n)
        : size(static_cast<size_t>(std::to_chars(text, text + sizeof text, n).ptr - text)) {}
    std::string_view view() const { return {text, size}; }
};

}  // namespace

void AppendClockTime(std::string& out, std::string_view stamp_or_hhmm, Lang lang, Medium medium) {
    const std::string_view hhmm = HhMm(stamp_or_hhmm);
    auto digit = [&](size_t i) { return hhmm[i] >= '0' && hhmm[i] <= '9'; };
    if (hhmm.size() != 5 || hhmm[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
        out += hhmm;
        return;
    }
    const Digits h((hhmm[0] - '0') * 10 + (hhmm[1] - '0'));
    const std::string_view m = hhmm.substr(3, 2);
    // A printed column is narrow: a whole hour drops its minutes there.
    if (medium == Medium::Paper && m == "00")
        return AppendTrf(out, "print.time_h", {{"h", h.view()}}, lang);
    AppendTrf(out, "print.time_hm", {{"h", h.view()}, {"m", m}}, lang);
}

std::string ClockTime(const std::string& stamp_or_hhmm, Lang lang, Medium medium) {
    std::string out;
    AppendClockTime(out, stamp_or_hhmm, lang, medium);
    return out;
}

void AppendTimeRange(std::string& out, std::string_view start, std::string_view end, Lang lang,
                     Medium medium) {
    if (HhMm(end).empty()) return AppendClockTime(out, start, lang, medium);
    // Two times are a few characters each: the strings keep them in their own room.
    std::string from, to;
    AppendClockTime(from, start, lang, medium);
    AppendClockTime(to, end, lang, medium);
    AppendTrf(out, WordsFor(medium).time_range, {{"from", from}, {"to", to}}, lang);
}

std::string TimeRange(const std::string& start, const std::string& end, Lang lang, Medium medium) {
    std::string out;
    AppendTimeRange(out, start, end, lang, medium);
    return out;
}

void AppendPriceText(std::string& out, int cents, Lang lang, Medium medium) {
    if (cents <= 0) {
        out += Tr(WordsFor(medium).free, lang);
        return;
    }
    std::string amount(Digits(cents / 100).view());
    if (const int c = cents % 100) {
        amount += Tr("ui.fmt.decimal", lang);
        if (c < 10) amount += '0';
        amount += Digits(c).view();
    }
    AppendTrf(out, "print.price", {{"amount", amount}}, lang);
}

std::string DurationText(int64_t ms, Lang lang) {
    constexpr int64_t kMinute = 60 * 1000, kHour = 60 * kMinute, kDay = 24 * kHour;
    // Hours up to two days: "30 h" says more than "1 jour" of a kiosk left unsynced overnight.
    if (ms < kMinute) return Trf("label.duration_seconds", {{"n", std::to_string(ms / 1000)}}, lang);
    if (ms < kHour) return Trf("label.duration_minutes", {{"n", std::to_string(ms / kMinute)}}, lang);
    if (ms < 2 * kDay) return Trf("label.duration_hours", {{"n", std::to_string(ms / kHour)}}, lang);
    return Trf("label.duration_days", {{"n", std::to_string(ms / kDay)}}, lang);
}

std::string AgoText(int64_t ms, Lang lang) {
    if (ms < 60 * 1000) return Tr("label.ago_now", lang);
    return Trf("label.ago", {{"time", DurationText(ms, lang)}}, lang);
}

std::string PriceText(int cents, Lang lang, Medium medium) {
    std::string out;
    AppendPriceText(out, cents, lang, medium);
    return out;
}

void AppendAgeRangeText(std::string& out, int age_min, int age_max, Lang lang, Medium medium) {
    const Words& w = WordsFor(medium);
    const Digits min(age_min), max(age_max);
    if (age_min <= 0 && age_max <= 0)
        out += Tr(w.age_all, lang);
    else if (age_max <= 0)
        AppendTrf(out, w.age_from, {{"min", min.view()}}, lang);
    else if (age_min <= 0)
        AppendTrf(out, w.age_upto, {{"max", max.view()}}, lang);
    else
        AppendTrf(out, w.age_range, {{"min", min.view()}, {"max", max.view()}}, lang);
}

std::string AgeRangeText(int age_min, int age_max, Lang lang, Medium medium) {
    std::string out;
    AppendAgeRangeText(out, age_min, age_max, lang, medium);
    return out;
}

std::string AgeBandText(int age, Lang lang) {
    if (age < 0) return Tr("print.age_unknown", lang);
    static const struct {
        int min, max;
    } kBands[] = {{0, 5}, {6, 10}, {11, 14}, {15, 17}, {18, 25}, {26, 59}};
    for (const auto& b : kBands)
        if (age >= b.min && age <= b.max)
            return Trf("print.age_range", {{"min", std::to_string(b.min)}, {"max", std::to_string(b.max)}}, lang);
    return Trf("print.age_band_plus", {{"min", "60"}}, lang);
}

std::string NameWithInitial(const Person& p) {
    std::string out = p.first_name;
    if (!p.last_name.empty()) {
        const char* first = p.last_name.c_str();
        const char* next = g_utf8_find_next_char(first, nullptr);
        const std::string initial = next ? std::string(first, next) : p.last_name.substr(0, 1);
        out += " " + Capitalized(initial) + ".";
    }
    return out;
}

std::string PhoneText(const std::string& digits) {
    if (digits.size() != 10 || digits[0] != '0') return digits;
    std::string out;
    for (size_t i = 0; i < digits.size(); i += 2) {
        if (!out.empty()) out += ' ';
        out += digits.substr(i, 2);
    }
    return out;
}

std::string Capitalized(std::string text) {
    CapitalizeAt(text, 0);
    return text;
}

void CapitalizeAt(std::string& text, size_t at) {
    if (at >= text.size() ||
        !g_utf8_validate(text.c_str() + at, static_cast<gssize>(text.size() - at), nullptr))
        return;
    const char* first = text.c_str() + at;
    const gunichar upper = g_unichar_toupper(g_utf8_get_char(first));
    char buf[8];
    const size_t len = static_cast<size_t>(g_unichar_to_utf8(upper, buf));
    text.replace(at, static_cast<size_t>(g_utf8_next_char(first) - first), buf, len);
}

}  // namespace palier
