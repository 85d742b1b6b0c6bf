#pragma once
// The kiosk's screens, one row each: what --screen calls it, whether staff only, the staff area
// a role must open (MayOpen), how it is drawn and what it loads. Everything else (navigation,
// the staff menu's rights, App::Reload, --list-screens, the e2e screenshots, the tests that
// visit every screen) reads this table.
//
// A new screen: a value in the Screen enum (ui/core/Screens.h), its UI struct in UiStates and
// its Draw function (ui/screens/ScreenUi.h, ui/screens/<Name>.cpp), its loader when it shows
// data (ui/core/Loads.h), and its row here, in the enum's order (checked when compiling; the
// test that opens every screen draws each row's Draw).
#include <cstddef>
#include <iterator>

#include "ui/core/Loads.h"
#include "ui/screens/ScreenUi.h"

namespace palier::ui {

struct ScreenInfo {
    Screen screen;
    const char* name;  // --screen NAME: "staff-today"
    bool staff;        // needs a signed-in staff member
    StaffArea area;    // what the staff member's role must open; Today otherwise
    Action (*draw)(const AppState&, UiStates&);
    void (*load)(storage::Database&, AppState&);  // nullptr: it shows nothing from the database
};

// clang-format off
inline constexpr ScreenInfo kScreens[] = {
    {Screen::Welcome, "welcome", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawWelcome(s, ui.welcome); }, nullptr},
    {Screen::Checkin, "checkin", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawCheckin(s, ui.checkin); }, nullptr},
    {Screen::Reasons, "reasons", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawReasons(s, ui.reasons); }, nullptr},
    {Screen::Activities, "activities", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawActivities(s, ui.activities); }, LoadProgramme},
    {Screen::Booking, "booking", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawBooking(s, ui.booking); }, LoadBooking},
    {Screen::MyBookings, "my-bookings", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawMyBookings(s, ui.my_bookings); }, LoadMyBookings},
    {Screen::Thanks, "thanks", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawThanks(s, ui.thanks); }, nullptr},
    // The way in: no one is signed in yet.
    {Screen::StaffPin, "staff-pin", false, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawStaffPin(s, ui.pin); }, LoadStaffList},
    {Screen::StaffToday, "staff-today", true, StaffArea::Today,
     [](const AppState& s, UiStates& ui) { return DrawStaffToday(s, ui.today); }, LoadTodaysVisits},
    {Screen::StaffOrientation, "staff-orientation", true, StaffArea::Orientation,
     [](const AppState& s, UiStates& ui) { return DrawStaffOrientation(s, ui.orientation); }, LoadFollowUps},
    {Screen::StaffActivities, "staff-activities", true, StaffArea::Activities,
     [](const AppState& s, UiStates& ui) { return DrawStaffActivities(s, ui.staff_activities); }, LoadCatalogue},
    {Screen::StaffAttendance, "staff-attendance", true, StaffArea::Attendance,
     [](const AppState& s, UiStates& ui) { return DrawStaffAttendance(s, ui.attendance); }, LoadAttendance},
    {Screen::StaffPrint, "staff-print", true, StaffArea::Print,
     [](const AppState& s, UiStates& ui) { return DrawStaffPrint(s, ui.print); }, LoadPrintChoices},
    {Screen::StaffSync, "staff-sync", true, StaffArea::Sync,
     [](const AppState& s, UiStates& ui) { return DrawStaffSync(s, ui.sync); }, nullptr},  // App::Reload loads it
    {Screen::StaffSettings, "staff-settings", true, StaffArea::Settings,
     [](const AppState& s, UiStates& ui) { return DrawStaffSettings(s, ui.settings); }, LoadSites},
    {Screen::StaffPrivacy, "staff-privacy", true, StaffArea::Privacy,
     [](const AppState& s, UiStates& ui) { return DrawStaffPrivacy(s, ui.privacy); }, nullptr},
};
// clang-format on

constexpr bool RowsFollowTheEnum() {
    for (size_t i = 0; i < std::size(kScreens); ++i)
        if (static_cast<size_t>(kScreens[i].screen) != i) return false;
    return static_cast<size_t>(Screen::StaffPrivacy) + 1 == std::size(kScreens);
}
static_assert(RowsFollowTheEnum(), "kScreens holds one row per Screen, in the enum's order");

inline const ScreenInfo& InfoOf(Screen s) { return kScreens[static_cast<size_t>(s)]; }

}  // namespace palier::ui
