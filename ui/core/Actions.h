#pragma once
// What a person asked for on a screen. Screens return one of these; App::Apply() carries it out
// through kiosk/ services and reloads what the next frame shows. No rule is decided here.
#include <string>
#include <variant>

#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/Orientations.h"
#include "kiosk/Settings.h"
#include "ui/core/AppState.h"

namespace palier::ui::act {

struct Go { Screen to; };
struct Finish {};                       // "Terminer": wipe everything, back to welcome
struct SetLang { Lang lang; };
struct SetTextSize { float scale = 0; };  // the resident's, for this visit
struct StartCheckin { AfterCheckin then; };
struct Register { NewPerson person; };
struct FindPhone { std::string last4; };
struct FindName { std::string first_name; int birth_year = 0; };
struct Choose { storage::PersonMatch match; };
struct StayAnonymous {};
// The second fact (or a booking code) for the visitor chosen from the matches.
struct Prove { IdentityClaim claim; };
struct LogReasons { uint32_t reasons = 0; };
struct ShowWeek { int offset = 0; };
struct OpenSession { Id session_id; };
// birth_year != 0: the year asked for that person (an age range), saved only with the booking.
struct Book { Id session_id; Id person_id; int seats = 1; bool waitlist = false; int birth_year = 0; };
// A child the visitor has not registered yet: registered with the visitor as parent and booked.
struct BookNewChild { Id session_id; std::string first_name; int birth_year = 0; bool waitlist = false; };
// The visitor's phone, left to be called when a waitlisted seat frees up.
struct SavePhone { std::string phone; };
struct CancelMine { Id booking_id; };
struct Goodbye {};
struct Survey { SurveyInput answers; };

struct OpenStaff {};
struct SignIn { std::string pin; };  // the PIN alone says who signs in
struct SignOut {};
struct StaffSearch { std::string query; };
// A walk-in registered from a staff person picker; they become the picked person.
struct StaffRegister { NewPerson person; };
struct StaffLogVisit { Id person_id; uint32_t reasons = 0; };
struct NewOrientationA { NewOrientation request; };
struct ChangeStatus { Id orientation_id; StatusChange change; };
struct SaveActivity { Activity activity; };
struct CancelSessionA { Id session_id; };
struct SetCapacity { Id session_id; int capacity = 0; };
struct PickRoster { Id session_id; };
// The week Print and Attendance show, in weeks from this one (kStaffWeeksBack..kStaffWeeksAhead).
struct StaffWeek { int offset = 0; };
// A document (and its subject) chosen on the Print screen; the last result is then put away.
struct ChoosePrint { PrintChoice choice; };
struct Mark { Id booking_id; bool present = true; };
struct SaveSettingsA { KioskSettings settings; };
struct Export { Id person_id; };
struct Erase { Id person_id; };
struct Purge {};
struct LoadPrinters {};
// printer empty = save the PDF only.
struct PrintDoc { PrintChoice choice; int copies = 1; std::string printer; };
// Shows page `page` (0-based) of the chosen document, rendered `width_px` wide.
struct PreviewDoc { PrintChoice choice; int page = 0; int width_px = 0; };
// The hub's address and the one-time code it gave, as typed.
// The hub's address, the one-time code it gave and its own certificate authority (optional file).
struct Enrol { std::string hub; std::string code; std::string ca_file; };
struct SyncNow {};
struct SetSyncEvery { int seconds = 60; };

}  // namespace palier::ui::act

namespace palier::ui {

using Action = std::variant<std::monostate, act::Go, act::Finish, act::SetLang, act::SetTextSize, act::StartCheckin, act::Register,
                            act::FindPhone, act::FindName, act::Choose, act::Prove, act::StayAnonymous, act::LogReasons,
                            act::ShowWeek, act::OpenSession, act::Book, act::BookNewChild, act::SavePhone, act::CancelMine, act::Goodbye, act::Survey,
                            act::OpenStaff, act::SignIn, act::SignOut, act::StaffSearch, act::StaffRegister, act::StaffLogVisit,
                            act::NewOrientationA, act::ChangeStatus, act::SaveActivity, act::CancelSessionA,
                            act::SetCapacity, act::PickRoster, act::StaffWeek, act::ChoosePrint, act::Mark, act::SaveSettingsA, act::Export, act::Erase,
                            act::Purge, act::LoadPrinters, act::PrintDoc, act::PreviewDoc, act::Enrol, act::SyncNow, act::SetSyncEvery>;

inline bool IsNone(const Action& a) { return std::holds_alternative<std::monostate>(a); }
// What the person asked for, as opposed to what a screen asks by itself (a print preview, the
// printer list): only the former puts a notice away or waits for the last write.
inline bool ByPerson(const Action& a) {
    return !IsNone(a) && !std::holds_alternative<act::PreviewDoc>(a) && !std::holds_alternative<act::LoadPrinters>(a);
}
// Keeps the first intent of a frame (one decision per frame).
inline void Keep(Action& into, Action a) {
    if (IsNone(into)) into = std::move(a);
}

}  // namespace palier::ui
