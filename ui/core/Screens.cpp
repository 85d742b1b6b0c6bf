#include "ui/core/Screens.h"

namespace palier::ui {

const char* ScreenName(Screen s) {
    static const char* const names[] = {
        "welcome", "checkin", "reasons", "activities", "booking", "my-bookings", "thanks",
        "staff-pin", "staff-today", "staff-orientation", "staff-activities", "staff-attendance",
        "staff-print", "staff-sync", "staff-settings", "staff-privacy",
    };
    return names[static_cast<int>(s)];
}

std::optional<Screen> ParseScreen(std::string_view name) {
    for (Screen s : kAllScreens)
        if (name == ScreenName(s)) return s;
    return std::nullopt;
}

bool IsStaffScreen(Screen s) { return static_cast<int>(s) > static_cast<int>(Screen::StaffPin); }

}  // namespace palier::ui

namespace palier::ui {
StaffArea AreaOf(Screen s) {
    switch (s) {
        case Screen::StaffOrientation: return StaffArea::Orientation;
        case Screen::StaffActivities: return StaffArea::Activities;
        case Screen::StaffAttendance: return StaffArea::Attendance;
        case Screen::StaffPrint: return StaffArea::Print;
        case Screen::StaffSync: return StaffArea::Sync;
        case Screen::StaffSettings: return StaffArea::Settings;
        case Screen::StaffPrivacy: return StaffArea::Privacy;
        default: return StaffArea::Today;
    }
}
}  // namespace palier::ui
