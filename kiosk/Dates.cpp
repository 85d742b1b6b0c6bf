#include "Dates.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace palier {

using namespace std::chrono;

static bool Digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

std::optional<Date> ParseDate(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    if (!Digits(t.substr(0, 4)) || !Digits(t.substr(5, 2)) || !Digits(t.substr(8, 2))) return std::nullopt;
    const year_month_day ymd{year{std::stoi(std::string(t.substr(0, 4)))},
                             month{static_cast<unsigned>(std::stoi(std::string(t.substr(5, 2))))},
                             day{static_cast<unsigned>(std::stoi(std::string(t.substr(8, 2))))}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

bool IsValidTime(std::string_view t) {
    if (t.size() != 5 || t[2] != ':' || !Digits(t.substr(0, 2)) || !Digits(t.substr(3, 2))) return false;
    const int h = std::stoi(std::string(t.substr(0, 2))), m = std::stoi(std::string(t.substr(3, 2)));
    return h < 24 && m < 60;
}

std::string FormatDate(Date d) {
    const year_month_day ymd{d};
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

int Weekday(Date d) { return static_cast<int>(weekday{d}.iso_encoding()); }
Date AddDays(Date d, int n) { return d + days{n}; }
Date MondayOf(Date d) { return d - days{Weekday(d) - 1}; }
int YearOf(Date d) { return static_cast<int>(year_month_day{d}.year()); }

std::string IsoWeek(Date d) {
    const Date thursday = MondayOf(d) + days{3};  // the week belongs to its Thursday's year
    const int y = YearOf(thursday);
    const Date jan1 = sys_days{year{y} / January / 1};
    const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", y, week);
    return buf;
}

std::optional<Date> ParseIsoWeek(std::string_view t) {
    if (t.size() != 8 || t[4] != '-' || t[5] != 'W' || !Digits(t.substr(0, 4)) || !Digits(t.substr(6, 2)))
        return std::nullopt;
    const int y = std::stoi(std::string(t.substr(0, 4))), w = std::stoi(std::string(t.substr(6, 2)));
    const Date jan4 = sys_days{year{y} / January / 4};  // always in week 1
    const Date monday = MondayOf(jan4) + days{7 * (w - 1)};
    if (w < 1 || IsoWeek(monday) != std::string(t)) return std::nullopt;  // e.g. W53 in a 52-week year
    return monday;
}

static std::tm LocalTm(const Clock& clock) {
    const std::time_t t = static_cast<std::time_t>(clock.NowSeconds());
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

Date Today(const Clock& clock) {
    const std::tm tm = LocalTm(clock);
    return sys_days{year{tm.tm_year + 1900} / month{static_cast<unsigned>(tm.tm_mon + 1)} /
                    day{static_cast<unsigned>(tm.tm_mday)}};
}

std::string NowStamp(const Clock& clock) {
    const std::tm tm = LocalTm(clock);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min);
    return buf;
}

int64_t LocalMs(Date d, int hour, int minute) {
    const year_month_day ymd{d};
    auto attempt = [&](int isdst, bool& exact) {
        std::tm tm{};
        tm.tm_year = static_cast<int>(ymd.year()) - 1900;
        tm.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
        tm.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
        tm.tm_hour = hour;
        tm.tm_min = minute;
        tm.tm_isdst = isdst;
        const std::time_t t = std::mktime(&tm);
        std::tm back{};
        localtime_r(&t, &back);
        exact = back.tm_hour == hour && back.tm_min == minute && back.tm_mday == static_cast<int>(static_cast<unsigned>(ymd.day()));
        return static_cast<int64_t>(t) * 1000;
    };
    // In the hour that happens twice (clocks going back) both guesses are exact: take the
    // earlier instant, so "02:30" on that night means the first 02:30, whatever the libc picks.
    bool summer_ok = false, winter_ok = false;
    const int64_t summer = attempt(1, summer_ok), winter = attempt(0, winter_ok);
    if (summer_ok && winter_ok) return std::min(summer, winter);
    if (summer_ok) return summer;
    if (winter_ok) return winter;
    bool ignored = false;
    return attempt(-1, ignored);  // a time skipped by the spring change: the libc's normalisation
}

std::string NowInstant(const Clock& clock) {
    const std::tm tm = LocalTm(clock);
    const long off = tm.tm_gmtoff / 60;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, off < 0 ? '-' : '+', std::labs(off) / 60,
                  std::labs(off) % 60);
    return buf;
}

}  // namespace palier
