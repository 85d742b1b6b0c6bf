#include "PrintFormat.h"

#include <glib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "kiosk/Codes.h"

namespace palier::print {

namespace {

const char* MonthKey(unsigned month) {
    static const char* const keys[] = {"print.month.1",  "print.month.2",  "print.month.3",
                                       "print.month.4",  "print.month.5",  "print.month.6",
                                       "print.month.7",  "print.month.8",  "print.month.9",
                                       "print.month.10", "print.month.11", "print.month.12"};
    return keys[(month >= 1 && month <= 12) ? month - 1 : 0];
}

struct Parts {
    std::string weekday, day, month, year;
};

Parts PartsOf(Date d, Lang lang) {
    const std::chrono::year_month_day ymd{d};
    return {Tr(WeekdayKey(Weekday(d)), lang), std::to_string(static_cast<unsigned>(ymd.day())),
            Tr(MonthKey(static_cast<unsigned>(ymd.month())), lang),
            std::to_string(static_cast<int>(ymd.year()))};
}

std::string Lower(std::string text, Lang lang) {
    // Day names come capitalised from the catalogue; inside a French sentence they are not
    // (the catalogue says which languages lower them: print.weekday_in_sentence).
    if (std::string(Tr("print.weekday_in_sentence", lang)) != "lower") return text;
    gchar* lower = g_utf8_strdown(text.c_str(), static_cast<gssize>(text.size()));
    std::string out = lower ? lower : text;
    g_free(lower);
    return out;
}

}  // namespace

std::string LongDate(Date d, Lang lang) {
    const Parts p = PartsOf(d, lang);
    return Trf(
        "print.date_long",
        {{"weekday", Lower(p.weekday, lang)}, {"day", p.day}, {"month", p.month}, {"year", p.year}},
        lang);
}

std::string DayMonth(Date d, Lang lang) {
    const Parts p = PartsOf(d, lang);
    return Trf("print.date_day_month_short", {{"day", p.day}, {"month", p.month}}, lang);
}

std::string DayHeading(Date d, Lang lang) {
    const Parts p = PartsOf(d, lang);
    return Capitalized(
        Trf("print.date_day_month",
            {{"weekday", Lower(p.weekday, lang)}, {"day", p.day}, {"month", p.month}}, lang));
}

std::string WeekSpan(Date monday, Lang lang) {
    const Date sunday = AddDays(monday, 6);
    const Parts a = PartsOf(monday, lang), b = PartsOf(sunday, lang);
    std::string from;
    if (a.year != b.year)
        from = Trf("print.date_long",
                   {{"weekday", Lower(a.weekday, lang)},
                    {"day", a.day},
                    {"month", a.month},
                    {"year", a.year}},
                   lang);
    else if (a.month != b.month)
        from = Trf("print.date_day_month",
                   {{"weekday", Lower(a.weekday, lang)}, {"day", a.day}, {"month", a.month}}, lang);
    else
        from = Trf("print.date_day", {{"weekday", Lower(a.weekday, lang)}, {"day", a.day}}, lang);
    const std::string to = Trf(
        "print.date_long",
        {{"weekday", Lower(b.weekday, lang)}, {"day", b.day}, {"month", b.month}, {"year", b.year}},
        lang);
    return Trf("print.week_span", {{"from", from}, {"to", to}}, lang);
}

std::string ClockTime(const std::string& hhmm, Lang lang) {
    if (hhmm.size() < 5) return hhmm;
    const int h = std::atoi(hhmm.substr(0, 2).c_str());
    const std::string m = hhmm.substr(3, 2);
    if (m == "00") return Trf("print.time_h", {{"h", std::to_string(h)}}, lang);
    return Trf("print.time_hm", {{"h", std::to_string(h)}, {"m", m}}, lang);
}

std::string TimeRange(const std::string& start, const std::string& end, Lang lang) {
    const std::string a = start.size() > 5 ? TimePart(start) : start;
    const std::string b = end.size() > 5 ? TimePart(end) : end;
    if (b.empty()) return ClockTime(a, lang);
    return Trf("print.time_range", {{"from", ClockTime(a, lang)}, {"to", ClockTime(b, lang)}},
               lang);
}

std::string PriceText(int cents, Lang lang) {
    if (cents <= 0) return Tr("print.free", lang);
    char amount[32];
    if (cents % 100 == 0)
        std::snprintf(amount, sizeof amount, "%d", cents / 100);
    else
        std::snprintf(amount, sizeof amount, "%d%c%02d", cents / 100, lang == Lang::En ? '.' : ',',
                      cents % 100);
    return Trf("print.price", {{"amount", amount}}, lang);
}

std::string AgeRangeText(int age_min, int age_max, Lang lang) {
    if (age_min <= 0 && age_max <= 0) return Tr("print.age_all", lang);
    if (age_max <= 0) return Trf("print.age_from", {{"min", std::to_string(age_min)}}, lang);
    if (age_min <= 0) return Trf("print.age_upto", {{"max", std::to_string(age_max)}}, lang);
    return Trf("print.age_range",
               {{"min", std::to_string(age_min)}, {"max", std::to_string(age_max)}}, lang);
}

std::string AgeBandText(int age, Lang lang) {
    if (age < 0) return Tr("print.age_unknown", lang);
    static const struct {
        int min, max;
    } kBands[] = {{0, 5}, {6, 10}, {11, 14}, {15, 17}, {18, 25}, {26, 59}};
    for (const auto& b : kBands)
        if (age >= b.min && age <= b.max)
            return Trf("print.age_range",
                       {{"min", std::to_string(b.min)}, {"max", std::to_string(b.max)}}, lang);
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
    if (text.empty() || !g_utf8_validate(text.c_str(), static_cast<gssize>(text.size()), nullptr))
        return text;
    const gunichar first = g_utf8_get_char(text.c_str());
    const gunichar upper = g_unichar_toupper(first);
    if (upper == first) return text;
    char buf[8];
    const int len = g_unichar_to_utf8(upper, buf);
    const char* rest = g_utf8_next_char(text.c_str());
    return std::string(buf, static_cast<size_t>(len)) + rest;
}

int AgeIn(const Person& p, Date on) {
    if (p.birth_year <= 0) return -1;
    return YearOf(on) - p.birth_year;
}

}  // namespace palier::print
