#include <glib.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>

#include "Codes.h"
#include "Format.h"

namespace palier {
namespace {

const char* MonthKey(unsigned month) {
    static const char* const keys[] = {"print.month.1", "print.month.2",  "print.month.3",  "print.month.4",
                                       "print.month.5", "print.month.6",  "print.month.7",  "print.month.8",
                                       "print.month.9", "print.month.10", "print.month.11", "print.month.12"};
    return keys[(month >= 1 && month <= 12) ? month - 1 : 0];
}

// A word of a date held on the stack (a weekday, a day of the month, a year): the screens write
// dates every frame, and no weekday name comes near the room.
struct Word {
    char text[64];
    size_t size = 0;
    std::string_view view() const { return {text, size}; }
    void Add(std::string_view s) {
        const size_t n = std::min(s.size(), sizeof text - size);
        std::memcpy(text + size, s.data(), n);
        size += n;
    }
};

Word Number(long n) {
    Word w;
    w.size = static_cast<size_t>(std::to_chars(w.text, w.text + sizeof w.text, n).ptr - w.text);
    return w;
}

// The weekday as it reads inside a date: day names come capitalised from the catalogue, and a
// French sentence lowers them (the catalogue says which languages do: print.weekday_in_sentence).
Word InSentence(std::string_view weekday, Lang lang) {
    Word w;
    if (std::string_view(Tr("print.weekday_in_sentence", lang)) != "lower" ||
        !g_utf8_validate(weekday.data(), static_cast<gssize>(weekday.size()), nullptr)) {
        w.Add(weekday);
        return w;
    }
    for (const char* p = weekday.data(); p < weekday.data() + weekday.size();
         p = g_utf8_next_char(p)) {
        char buf[8];
        const int n = g_unichar_to_utf8(g_unichar_tolower(g_utf8_get_char(p)), buf);
        w.Add({buf, static_cast<size_t>(n)});
    }
    return w;
}

struct Parts {
    Word weekday, day;
    const char* month;
    Word year;
};

Parts PartsOf(Date d, Lang lang) {
    const std::chrono::year_month_day ymd{d};
    return {InSentence(DayName(Weekday(d), lang), lang), Number(static_cast<unsigned>(ymd.day())),
            Tr(MonthKey(static_cast<unsigned>(ymd.month())), lang),
            Number(static_cast<int>(ymd.year()))};
}

void AppendWithYear(std::string& out, const Parts& p, Lang lang) {
    AppendTrf(out, "print.date_long",
              {{"weekday", p.weekday.view()},
               {"day", p.day.view()},
               {"month", p.month},
               {"year", p.year.view()}},
              lang);
}

void AppendWithMonth(std::string& out, const Parts& p, Lang lang) {
    AppendTrf(out, "print.date_day_month",
              {{"weekday", p.weekday.view()}, {"day", p.day.view()}, {"month", p.month}}, lang);
}

}  // namespace

const char* DayName(int iso_weekday, Lang lang) {
    return Tr(WeekdayKey(iso_weekday), lang);
}

void AppendShortDay(std::string& out, Date d, Lang lang) {
    // The first three letters of the name (UTF-8 characters, not bytes).
    const std::string_view name = DayName(Weekday(d), lang);
    size_t end = 0;
    for (int chars = 0; end < name.size(); ++end)
        if ((name[end] & 0xC0) != 0x80 && ++chars > 3) break;
    const std::chrono::year_month_day ymd{d};
    AppendTrf(out, "print.date_day",
              {{"weekday", name.substr(0, end)},
               {"day", Number(static_cast<unsigned>(ymd.day())).view()}},
              lang);
}

std::string ShortDay(Date d, Lang lang) {
    std::string out;
    AppendShortDay(out, d, lang);
    return out;
}

void AppendDayHeading(std::string& out, Date d, Lang lang) {
    const size_t from = out.size();
    AppendWithMonth(out, PartsOf(d, lang), lang);
    CapitalizeAt(out, from);
}

std::string DayHeading(Date d, Lang lang) {
    std::string out;
    AppendDayHeading(out, d, lang);
    return out;
}

std::string LongDate(Date d, Lang lang) {
    std::string out;
    AppendWithYear(out, PartsOf(d, lang), lang);
    return out;
}

std::string DayMonth(Date d, Lang lang) {
    const Parts p = PartsOf(d, lang);
    return Trf("print.date_day_month_short", {{"day", p.day.view()}, {"month", p.month}}, lang);
}

std::string WeekSpan(Date monday, Lang lang) {
    const Parts a = PartsOf(monday, lang), b = PartsOf(AddDays(monday, 6), lang);
    std::string from, to;
    if (a.year.view() != b.year.view())
        AppendWithYear(from, a, lang);
    else if (std::strcmp(a.month, b.month) != 0)
        AppendWithMonth(from, a, lang);
    else
        AppendTrf(from, "print.date_day", {{"weekday", a.weekday.view()}, {"day", a.day.view()}},
                  lang);
    AppendWithYear(to, b, lang);
    return Trf("print.week_span", {{"from", from}, {"to", to}}, lang);
}

}  // namespace palier
