#pragma once
// The kiosk's settings: one typed struct with defaults, loaded and saved in one place.
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

struct KioskSettings {
    Id site_id;                        // the site this kiosk records for
    std::string centre_name = "Palier";
    std::string kiosk_name = "Accueil";
    int idle_timeout_seconds = 60;     // the warning shows 10 s before
    std::string language = "fr";       // default language at the welcome screen
    float text_scale = 1.0f;           // 1.0, 1.25, 1.5
    bool high_contrast = false;
    std::string time_zone = "Europe/Paris";  // IANA name; the site's civil time, not the machine's
};

// The text sizes offered, to staff in the settings and to a resident for their visit.
inline constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f};
inline constexpr int kTextScaleCount = 3;
// Which of kTextScales `scale` is (the nearest); and the one after it, round to the first.
int TextScaleIndex(float scale);
float NextTextScale(float scale);

KioskSettings LoadSettings(storage::Database& db);
// Validates (timeout 20..600 s, scale 0.75..2, known language, known time zone) and saves in
// one transaction. A new time zone applies from the next start.
Status SaveSettings(storage::Database& db, const KioskSettings& s);

}  // namespace palier
