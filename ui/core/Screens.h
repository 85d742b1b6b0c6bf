#pragma once
// The kiosk's screens: one row each in kScreens (its automation name, whether staff only, the
// staff area a role needs to open it). A new screen is a value here, its row below (in the
// enum's order: checked when compiling), its Draw function in ui/screens/<Name>.cpp named in
// DrawScreen (ui/screens/Chrome.cpp, a switch the compiler checks for every value), and, when
// it shows data, its case in App::Reload (ui/core/Reload.cpp).
#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>

#include "kiosk/StaffAuth.h"

namespace palier::ui {

enum class Screen {
    Welcome, Checkin, Reasons, Activities, Booking, MyBookings, Thanks,
    StaffPin, StaffToday, StaffOrientation, StaffActivities, StaffAttendance,
    StaffPrint, StaffSync, StaffSettings, StaffPrivacy,
};

struct ScreenInfo {
    Screen screen;
    const char* name;  // --screen NAME: "staff-today"
    bool staff;        // needs a signed-in staff member
    StaffArea area;    // what the staff member's role must open (MayOpen); Today otherwise
};

inline constexpr ScreenInfo kScreens[] = {
    {Screen::Welcome, "welcome", false, StaffArea::Today},
    {Screen::Checkin, "checkin", false, StaffArea::Today},
    {Screen::Reasons, "reasons", false, StaffArea::Today},
    {Screen::Activities, "activities", false, StaffArea::Today},
    {Screen::Booking, "booking", false, StaffArea::Today},
    {Screen::MyBookings, "my-bookings", false, StaffArea::Today},
    {Screen::Thanks, "thanks", false, StaffArea::Today},
    {Screen::StaffPin, "staff-pin", false, StaffArea::Today},  // the way in: no one signed in yet
    {Screen::StaffToday, "staff-today", true, StaffArea::Today},
    {Screen::StaffOrientation, "staff-orientation", true, StaffArea::Orientation},
    {Screen::StaffActivities, "staff-activities", true, StaffArea::Activities},
    {Screen::StaffAttendance, "staff-attendance", true, StaffArea::Attendance},
    {Screen::StaffPrint, "staff-print", true, StaffArea::Print},
    {Screen::StaffSync, "staff-sync", true, StaffArea::Sync},
    {Screen::StaffSettings, "staff-settings", true, StaffArea::Settings},
    {Screen::StaffPrivacy, "staff-privacy", true, StaffArea::Privacy},
};

constexpr bool RowsFollowTheEnum() {
    for (size_t i = 0; i < std::size(kScreens); ++i)
        if (static_cast<size_t>(kScreens[i].screen) != i) return false;
    return static_cast<size_t>(Screen::StaffPrivacy) + 1 == std::size(kScreens);
}
static_assert(RowsFollowTheEnum(), "kScreens holds one row per Screen, in the enum's order, the last value last");

inline const ScreenInfo& InfoOf(Screen s) { return kScreens[static_cast<size_t>(s)]; }
inline const char* ScreenName(Screen s) { return InfoOf(s).name; }
inline bool IsStaffScreen(Screen s) { return InfoOf(s).staff; }
inline StaffArea AreaOf(Screen s) { return InfoOf(s).area; }
std::optional<Screen> ParseScreen(std::string_view name);

}  // namespace palier::ui
