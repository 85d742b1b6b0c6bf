#include "Format.h"

#include <glib.h>

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
std::string HhMm(const std::string& stamp_or_hhmm) {
    return stamp_or_hhmm.size() >= 16 ? TimePart(stamp_or_hhmm) : stamp_or_hhmm;
}

}  // namespace

std::string ClockTime(const std::string& stamp_or_hhmm, Lang lang, Medium medium) {
    const std::string hhmm = HhMm(stamp_or_hhmm);
    auto digit = [&](size_t i) { return hhmm[i] >= '0' && hhmm[i] <= '9'; };
    if (hhmm.size() != 5 || hhmm[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return hhmm;
    const std::string h = std::to_string((hhmm[0] - '0') * 10 + (hhmm[1] - '0'));
    const std::string m = hhmm.substr(3, 2);
    // A printed column is narrow: a whole hour drops its minutes there.
    if (medium == Medium::Paper && m == "00") return Trf("print.time_h", {{"h", h}}, lang);
    return Trf("print.time_hm", {{"h", h}, {"m", m}}, lang);
}

std::string TimeRange(const std::string& start, const std::string& end, Lang lang, Medium medium) {
    if (HhMm(end).empty()) return ClockTime(start, lang, medium);
    return Trf(WordsFor(medium).time_range,
               {{"from", ClockTime(start, lang, medium)}, {"to", ClockTime(end, lang, medium)}}, lang);
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
    if (cents <= 0) return Tr(WordsFor(medium).free, lang);
    std::string amount = std::to_string(cents / 100);
    if (const int c = cents % 100) {
        amount += Tr("ui.fmt.decimal", lang);
        amount += (c < 10 ? "0" : "") + std::to_string(c);
    }
    return Trf("print.price", {{"amount", amount}}, lang);
}

std::string AgeRangeText(int age_min, int age_max, Lang lang, Medium medium) {
    const Words& w = WordsFor(medium);
    if (age_min <= 0 && age_max <= 0) return Tr(w.age_all, lang);
    if (age_max <= 0) return Trf(w.age_from, {{"min", std::to_string(age_min)}}, lang);
    if (age_min <= 0) return Trf(w.age_upto, {{"max", std::to_string(age_max)}}, lang);
    return Trf(w.age_range, {{"min", std::to_string(age_min)}, {"max", std::to_string(age_max)}}, lang);
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
    if (text.empty() || !g_utf8_validate(text.c_str(), static_cast<gssize>(text.size()), nullptr)) return text;
    const gunichar first = g_utf8_get_char(text.c_str());
    const gunichar upper = g_unichar_toupper(first);
    if (upper == first) return text;
    char buf[8];
    const int len = g_unichar_to_utf8(upper, buf);
    return std::string(buf, static_cast<size_t>(len)) + g_utf8_next_char(text.c_str());
}

}  // namespace palier
