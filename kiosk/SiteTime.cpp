#include "SiteTime.h"

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "Dates.h"
#include "Log.h"
#include "Settings.h"

namespace palier {

namespace {
std::string ZoneDir() {
    const char* dir = std::getenv("TZDIR");
    return dir && *dir ? dir : "/usr/share/zoneinfo";
}
}  // namespace

bool IsKnownTimeZone(std::string_view iana) {
    if (iana.empty() || iana.size() > 64 || iana.front() == '/' || iana.find("..") != std::string_view::npos)
        return false;
    for (char c : iana)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+'))
            return false;
    std::error_code ec;
    return std::filesystem::is_regular_file(ZoneDir() + "/" + std::string(iana), ec);
}

const std::vector<std::string>& FrenchTimeZones() {
    // Looked up once: a screen that lists them must not touch the disk every frame.
    static const std::vector<std::string> zones = [] {
        std::vector<std::string> known;
        for (const char* z : {"Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne",
                              "Indian/Reunion", "Indian/Mayotte", "America/Miquelon", "Pacific/Noumea",
                              "Pacific/Tahiti"})
            if (IsKnownTimeZone(z)) known.emplace_back(z);
        return known;
    }();
    return zones;
}

bool UseTimeZone(const std::string& iana) {
    if (!IsKnownTimeZone(iana)) return false;
    ::setenv("TZ", iana.c_str(), 1);
    ::tzset();
    return true;
}

std::string CurrentTimeZone() {
    const char* tz = std::getenv("TZ");
    return tz ? tz : "";
}

std::optional<int64_t> ParseLocalStamp(std::string_view s) {
    if (s.size() != 16 || s[10] != 'T') return std::nullopt;
    const auto date = ParseDate(s.substr(0, 10));
    if (!date || !IsValidTime(s.substr(11, 5))) return std::nullopt;
    const int h = std::stoi(std::string(s.substr(11, 2))), m = std::stoi(std::string(s.substr(14, 2)));
    const int64_t ms = LocalMs(*date, h, m);
    // mktime moves a time skipped by the spring change to another hour: refuse it.
    if (NowStamp(FixedClock(ms)) != s) return std::nullopt;
    return ms;
}

void UseSiteTimeZone(storage::Database& db) {
    const KioskSettings settings = LoadSettings(db);
    if (!UseTimeZone(settings.time_zone)) {
        LogError("unknown time zone " + settings.time_zone + ", using " + kDefaultTimeZone);
        UseTimeZone(kDefaultTimeZone);
    }
}

Status StartClockAt(storage::Database& db, const std::string& now) {
    const auto ms = ParseLocalStamp(now);
    if (!ms) return MakeProblem("err.now_format", "field.now");
    db.set_clock(ClockStartingAt(*ms));
    LogInfo("clock starts at " + now + " " + CurrentTimeZone());
    return Ok();
}

}  // namespace palier
