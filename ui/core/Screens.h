#pragma once
// The kiosk's screens and their automation names (--screen NAME).
#include <optional>
#include <string_view>

namespace palier::ui {

enum class Screen {
    Welcome, Checkin, Reasons, Activities, Booking, MyBookings, Thanks,
    StaffPin, StaffToday, StaffOrientation, StaffActivities, StaffAttendance,
    StaffPrint, StaffSync, StaffSettings, StaffPrivacy,
};
inline constexpr Screen kAllScreens[] = {
    Screen::Welcome, Screen::Checkin, Screen::Reasons, Screen::Activities, Screen::Booking,
    Screen::MyBookings, Screen::Thanks, Screen::StaffPin, Screen::StaffToday,
    Screen::StaffOrientation, Screen::StaffActivities, Screen::StaffAttendance,
    Screen::StaffPrint, Screen::StaffSync, Screen::StaffSettings, Screen::StaffPrivacy,
};

const char* ScreenName(Screen s);  // "staff-today"
std::optional<Screen> ParseScreen(std::string_view name);
// Staff screens need a signed-in staff member.
bool IsStaffScreen(Screen s);

}  // namespace palier::ui

#include "kiosk/StaffAuth.h"
namespace palier::ui {
// The staff area a staff screen belongs to (for MayOpen); StaffArea::Today for non-staff screens.
StaffArea AreaOf(Screen s);
}  // namespace palier::ui
