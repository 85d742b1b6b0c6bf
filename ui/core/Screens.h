#pragma once
// The kiosk's screens by name. What each one is (staff only, area, draw, load) is its row in
// kScreens (ui/core/ScreenTable.h), which the functions below read.
#include <optional>
#include <string_view>

#include "kiosk/StaffAuth.h"

namespace palier::ui {

enum class Screen {
    Welcome, Checkin, Reasons, Activities, Booking, MyBookings, Thanks,
    StaffPin, StaffToday, StaffOrientation, StaffActivities, StaffAttendance,
    StaffPrint, StaffSync, StaffSettings, StaffPrivacy,
};

const char* ScreenName(Screen s);  // "staff-today"
bool IsStaffScreen(Screen s);      // needs a signed-in staff member
StaffArea AreaOf(Screen s);        // what a role must open (MayOpen)
std::optional<Screen> ParseScreen(std::string_view name);

}  // namespace palier::ui
