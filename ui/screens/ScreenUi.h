#pragma once
// Index of the screens. Each screen is a free function of the AppState (read only) and of its
// own small UI struct (what is being typed, which tab is open); it returns the user's intent.
// One screen per file: ui/screens/<Name>.cpp. UiStates gathers the per-screen structs so that
// "Terminer" and the idle timeout can wipe them all at once.
#include <string>
#include <vector>

#include "ui/core/Actions.h"
#include "ui/core/AppState.h"
#include "ui/widgets/FunctionRef.h"
#include "ui/widgets/Keyboard.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

// ---- Resident side ----
struct WelcomeUi {};
struct CheckinUi {
    enum class Mode { Choose, New, Phone, Name, Prove } mode = Mode::Choose;
    enum class Focus { First, Hood, Phone, Year, Last4, NameFirst, NameYear } focus = Focus::First;
    InView in_view;  // the field last brought into view (tall form, large text)
    std::string first, hood, phone, year, last4, name_first, name_year;
    bool consent = false;
    KeyboardUi kb;
    std::string proof;     // the second fact, or a booking code, being typed
    bool by_code = false;  // proving with a booking code rather than the fact asked
    InView proof_in_view;  // the answer's field brought into view (tall question, large text)
    bool retyping = false; // a field tapped after a search: the keypad is back in place of the names
};
struct ReasonsUi {
    uint32_t reasons = 0;
};
struct ActivitiesUi {
    int day = 0;    // 0 = every day, 1..7 = Monday..Sunday
    int kind = -1;  // -1 = every kind, else ActivityKind
    bool show_past = false;     // finished sessions unfolded
    bool show_filters = false;  // the day and kind chips, folded when the text leaves little room
    std::vector<int> rows;      // this frame's rows, places in the week (kept: no allocation a frame)
};
struct BookingUi {
    Id for_person;  // empty = the visitor; else one of their children
    int seats = 1;
    std::string year;  // birth year typed when the activity needs it and nobody gave it yet
    // "A child not yet registered": first name and birth year typed here.
    bool new_child = false;
    enum class Focus { ChildFirst, ChildYear } focus = Focus::ChildFirst;
    InView in_view;  // the field the form last brought into view
    std::string child_first, child_year;
    KeyboardUi kb;
    std::string phone;  // left on the waitlist confirmation
    bool phone_saved = false;
};
struct MyBookingsUi {
    Id confirm_cancel;  // the booking whose cancellation awaits a "yes"
};
struct ThanksUi {
    int answers[3] = {0, 0, 0};
};

// ---- Staff side ----
struct StaffPinUi {
    std::string pin;
};
// A person picker shared by staff screens: search words, then a chosen person.
struct PersonPick {
    std::string query;
    Id person_id;
    std::string label;
    bool typing = false;
    // Registering someone not found (a walk-in): the form, one field typed at a time.
    bool registering = false;
    enum class Field { First, Last, Phone, Year, Hood } field = Field::First;
    InView in_view;  // the field being typed brought into sight above the docked keyboard
    std::string first, last, phone, year, hood;
    bool consent = false;
};
struct StaffTodayUi {
    bool adding = false;
    PersonPick pick;
    uint32_t reasons = 0;
};
struct StaffOrientationUi {
    int tab = 0;  // 0 = follow-ups, 1 = new request
    PersonPick pick;
    int topic = -1;
    Id partner_id;
    int due_in_days = 7;
    std::string note;
    enum class Editing { None, Person, Note } editing = Editing::None;  // the one field with a keyboard
    Id selected;  // follow-up whose status is being changed
    Id change_partner;
    int appointment_in_days = 1;  // the appointment staff set: day (from today) and time
    int appointment_hour = 10;
    int appointment_minute = 0;
    int change_to = -1;  // OrientationStatus chosen for `selected`
    bool bring_apply_into_view = false;  // the status panel just grew: scroll to its buttons
};
struct StaffActivitiesUi {
    Id selected;        // activity being edited ("" with editing = a new one)
    bool editing = false;
    Activity draft;
    enum class Focus { None, Title, Place, Start, End, From, To } focus = Focus::None;
    Id session;         // session whose capacity/cancel is open
    int capacity = 0;
    bool confirm_cancel = false;
};
struct StaffAttendanceUi {
    bool show_past = false;  // the week's days already gone by, folded at first
};
struct StaffPrintUi {
    PrintChoice choice;
    bool show_past = false;  // sessions of days already gone by, folded at first
    std::string referral_query;  // search among the requests a referral slip is printed for
    bool typing_query = false;   // its keyboard is out
    std::string printer;
    int copies = 1;
};
struct StaffSyncUi {
    std::string hub, code;  // the hub's address and its one-time enrolment code, as typed
    std::string ca_file;    // a hub with its own certificate authority: the file that holds it
    enum class Typing { None, Hub, Code, CaFile } typing = Typing::None;
    InView in_view;  // the field typed in, brought into sight above the docked keyboard
};
struct StaffSettingsUi {
    bool loaded = false;
    KioskSettings draft;
    bool typing_name = false;
};
struct StaffPrivacyUi {
    PersonPick pick;
    bool confirm_erase = false;
    bool confirm_purge = false;
};

struct UiStates {
    WelcomeUi welcome;
    CheckinUi checkin;
    ReasonsUi reasons;
    ActivitiesUi activities;
    BookingUi booking;
    MyBookingsUi my_bookings;
    ThanksUi thanks;
    StaffPinUi pin;
    StaffTodayUi today;
    StaffOrientationUi orientation;
    StaffActivitiesUi staff_activities;
    StaffAttendanceUi attendance;
    StaffPrintUi print;
    StaffSyncUi sync;
    StaffSettingsUi settings;
    StaffPrivacyUi privacy;
};

Action DrawWelcome(const AppState&, WelcomeUi&);
Action DrawCheckin(const AppState&, CheckinUi&);
// Check-in's last step for a visitor chosen from the matches: the fact not shown, or a code.
Action DrawProve(const AppState&, CheckinUi&);
Action DrawReasons(const AppState&, ReasonsUi&);
Action DrawActivities(const AppState&, ActivitiesUi&);
Action DrawBooking(const AppState&, BookingUi&);
Action DrawMyBookings(const AppState&, MyBookingsUi&);
Action DrawThanks(const AppState&, ThanksUi&);
Action DrawStaffPin(const AppState&, StaffPinUi&);
Action DrawStaffToday(const AppState&, StaffTodayUi&);
Action DrawStaffOrientation(const AppState&, StaffOrientationUi&);
Action DrawStaffActivities(const AppState&, StaffActivitiesUi&);
Action DrawStaffAttendance(const AppState&, StaffAttendanceUi&);
Action DrawStaffPrint(const AppState&, StaffPrintUi&);
Action DrawStaffSync(const AppState&, StaffSyncUi&);
Action DrawStaffSettings(const AppState&, StaffSettingsUi&);
Action DrawStaffPrivacy(const AppState&, StaffPrivacyUi&);

// The frame around every screen: top bar (centre, date, language switch, Terminer), the
// notice, the idle warning, and for staff screens the menu of allowed areas.
Action DrawApp(const AppState&, UiStates&);

// Shared by Print and Attendance: "‹ this week ›" (act::StaffWeek), and the chosen week's
// sessions (not cancelled) from today on, then a fold with the days already past.
Action DrawWeekPicker(const AppState&, const char* id, float width);
void ForWeekSessions(const AppState&, bool& show_past, const char* id,
                     FunctionRef<void(const SessionView&, int index)> row);

// Shared by staff screens: search box + keyboard + results; fills `pick` when one is chosen.
// keyboard_beside: in landscape, the keyboard goes to the right of the words (the caller gives
// the picker the whole width).
Action DrawPersonPicker(const AppState&, PersonPick& pick, const char* id);

}  // namespace palier::ui
