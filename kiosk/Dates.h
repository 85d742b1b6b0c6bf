#pragma once
// Civil dates and times as the centre lives them (local time), on std::chrono's calendar.
// Stored as text: dates "YYYY-MM-DD", times "HH:MM", timestamps "YYYY-MM-DDTHH:MM".
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "storage/Clock.h"

namespace palier {

using Date = std::chrono::sys_days;

std::optional<Date> ParseDate(std::string_view text);   // rejects 2026-02-30
bool IsValidTime(std::string_view hhmm);                // 00:00 .. 23:59
std::string FormatDate(Date d);
int Weekday(Date d);                 // 1 = Monday .. 7 = Sunday
Date AddDays(Date d, int days);
Date MondayOf(Date d);
int YearOf(Date d);
// ISO 8601 week: "2026-W48". ParseIsoWeek gives its Monday.
std::string IsoWeek(Date d);
std::optional<Date> ParseIsoWeek(std::string_view text);

// Local civil time of `clock` in the site's time zone (kiosk/SiteTime.h sets it at start).
// Session starts and ends are civil times ("the workshop is at 14:00"): NowStamp compares with
// them. Instants that are stored (a visit, a booking made, an audit line) use NowInstant, which
// carries the UTC offset and so stays unambiguous in the hour that happens twice in autumn.
Date Today(const Clock& clock);
std::string NowStamp(const Clock& clock);    // "YYYY-MM-DDTHH:MM"
std::string NowInstant(const Clock& clock);  // "YYYY-MM-DDTHH:MM:SS+01:00"
// Unix milliseconds of a local date at hh:mm, the inverse of the above (demo data, tests).
// In the hour that happens twice, the first one.
int64_t LocalMs(Date d, int hour, int minute);

// Parts of a stamp: "2026-11-23T14:30" -> date "2026-11-23", time "14:30".
inline std::string DatePart(const std::string& stamp) { return stamp.substr(0, 10); }
inline std::string TimePart(const std::string& stamp) {
    return stamp.size() >= 16 ? stamp.substr(11, 5) : std::string();
}

}  // namespace palier
