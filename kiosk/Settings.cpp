#include <cmath>
#include "Settings.h"

#include <cstdlib>

#include "I18n.h"
#include "ServiceEdge.h"
#include "SiteTime.h"
#include "Validate.h"
#include "storage/StaffStore.h"

namespace palier {

int TextScaleIndex(float scale) {
    int best = 0;
    for (int i = 1; i < kTextScaleCount; ++i)
        if (std::fabs(kTextScales[i] - scale) < std::fabs(kTextScales[best] - scale)) best = i;
    return best;
}

float NextTextScale(float scale) { return kTextScales[(TextScaleIndex(scale) + 1) % kTextScaleCount]; }

KioskSettings LoadSettings(storage::Database& db) {
    KioskSettings s;
    auto get = [&](const char* key, const std::string& fallback) {
        return storage::GetSetting(db, key, fallback);
    };
    s.site_id = get("site_id", s.site_id);
    s.centre_name = get("centre_name", s.centre_name);
    s.kiosk_name = get("kiosk_name", s.kiosk_name);
    s.idle_timeout_seconds = std::atoi(get("idle_timeout_seconds", std::to_string(s.idle_timeout_seconds)).c_str());
    s.language = get("language", s.language);
    s.text_scale = std::strtof(get("text_scale", std::to_string(s.text_scale)).c_str(), nullptr);
    s.high_contrast = get("high_contrast", s.high_contrast ? "1" : "0") == "1";
    s.time_zone = get("time_zone", s.time_zone);
    // A hand-edited or damaged value falls back to the default rather than breaking the kiosk.
    const KioskSettings defaults;
    if (s.idle_timeout_seconds < 20 || s.idle_timeout_seconds > 600) s.idle_timeout_seconds = defaults.idle_timeout_seconds;
    if (!(s.text_scale >= 0.75f && s.text_scale <= 2.0f)) s.text_scale = defaults.text_scale;
    Lang lang;
    if (!ParseLang(s.language, lang)) s.language = defaults.language;
    if (!IsKnownTimeZone(s.time_zone)) s.time_zone = defaults.time_zone;
    return s;
}

Status SaveSettings(storage::Database& db, const KioskSettings& s) {
    auto centre = CleanText(s.centre_name, "field.centre_name", kMaxNameChars, true);
    if (!centre) return centre.problem();
    auto kiosk = CleanText(s.kiosk_name, "field.kiosk_name", kMaxNameChars, true);
    if (!kiosk) return kiosk.problem();
    if (s.idle_timeout_seconds < 20 || s.idle_timeout_seconds > 600)
        return MakeProblem("err.idle_range", "field.idle_timeout");
    if (!(s.text_scale >= 0.75f && s.text_scale <= 2.0f)) return MakeProblem("err.scale_range", "field.text_size");
    Lang lang;
    if (!ParseLang(s.language, lang)) return MakeProblem("err.unknown_language", "field.language");
    if (!IsKnownTimeZone(s.time_zone)) return MakeProblem("err.unknown_time_zone", "field.time_zone");
    return Guard("SaveSettings", [&]() -> Status {
        storage::Transaction tx(db.sql());
        storage::SetSetting(db, "site_id", s.site_id);
        storage::SetSetting(db, "centre_name", *centre);
        storage::SetSetting(db, "kiosk_name", *kiosk);
        storage::SetSetting(db, "idle_timeout_seconds", std::to_string(s.idle_timeout_seconds));
        storage::SetSetting(db, "language", s.language);
        storage::SetSetting(db, "text_scale", std::to_string(s.text_scale));
        storage::SetSetting(db, "high_contrast", s.high_contrast ? "1" : "0");
        storage::SetSetting(db, "time_zone", s.time_zone);
        tx.commit();
        return Ok();
    });
}

}  // namespace palier
