#include <glib.h>

#include <chrono>

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

struct Parts {
    std::string weekday, day, month, year;
};

// The weekday as it reads inside a date: day names come capitalised from the catalogue, and a
// French sentence lowers them (the catalogue says which languages do: print.weekday_in_sentence).
std::string InSentence(const std::string& weekday, Lang lang) {
    if (std::string(Tr("print.weekday_in_sentence", lang)) != "lower") return weekday;
    gchar* lower = g_utf8_strdown(weekday.c_str(), static_cast<gssize>(weekday.size()));
    std::string out = lower ? lower : weekday;
    g_free(lower);
    return out;
}

Parts PartsOf(Date d, Lang lang) {
    const std::chrono::year_month_day ymd{d};
    return {InSentence(DayName(Weekday(d), lang), lang), std::to_string(static_cast<unsigned>(ymd.day())),
            Tr(MonthKey(static_cast<unsigned>(ymd.month())), lang), std::to_string(static_cast<int>(ymd.year()))};
}

std::string WithYear(const Parts& p, Lang lang) {
    return Trf("print.date_long", {{"weekday", p.weekday}, {"day", p.day}, {"month", p.month}, {"year", p.year}},
               lang);
}

std::string WithMonth(const Parts& p, Lang lang) {
    return Trf("print.date_day_month", {{"weekday", p.weekday}, {"day", p.day}, {"month", p.month}}, lang);
}

}  // namespace

std::string DayName(int iso_weekday, Lang lang) { return Tr(WeekdayKey(iso_weekday), lang); }

std::string ShortDay(Date d, Lang lang) {
    const std::string name = DayName(Weekday(d), lang);
    std::string abbr;
    int chars = 0;
    for (size_t i = 0; i < name.size(); ++i) {
        if ((name[i] & 0xC0) != 0x80 && ++chars > 3) break;
        abbr += name[i];
    }
    const std::chrono::year_month_day ymd{d};
    return Trf("print.date_day", {{"weekday", abbr}, {"day", std::to_string(static_cast<unsigned>(ymd.day()))}},
               lang);
}

std::string DayHeading(Date d, Lang lang) { return Capitalized(WithMonth(PartsOf(d, lang), lang)); }

std::string LongDate(Date d, Lang lang) { return WithYear(PartsOf(d, lang), lang); }

std::string DayMonth(Date d, Lang lang) {
    const Parts p = PartsOf(d, lang);
    return Trf("print.date_day_month_short", {{"day", p.day}, {"month", p.month}}, lang);
}

std::string WeekSpan(Date monday, Lang lang) {
    const Parts a = PartsOf(monday, lang), b = PartsOf(AddDays(monday, 6), lang);
    std::string from;
    if (a.year != b.year)
        from = WithYear(a, lang);
    else if (a.month != b.month)
        from = WithMonth(a, lang);
    else
        from = Trf("print.date_day", {{"weekday", a.weekday}, {"day", a.day}}, lang);
    return Trf("print.week_span", {{"from", from}, {"to", WithYear(b, lang)}}, lang);
}

}  // namespace palier
