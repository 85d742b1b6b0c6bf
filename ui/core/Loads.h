#pragma once
// What a screen shows, loaded from the database through kiosk/ services into the state, on the
// UI thread when the screen opens or its data changed (App::Reload). Each screen names its
// loader in kScreens (ui/core/ScreenTable.h). A refusal is put in s.notice.
#include "storage/Database.h"
#include "ui/core/AppState.h"

namespace palier::ui {

void LoadProgramme(storage::Database& db, AppState& s);      // the resident's week
void LoadBooking(storage::Database& db, AppState& s);        // a session, the visitor's children
void LoadMyBookings(storage::Database& db, AppState& s);
void LoadStaffList(storage::Database& db, AppState& s);      // who may sign in
void LoadTodaysVisits(storage::Database& db, AppState& s);
void LoadFollowUps(storage::Database& db, AppState& s);      // orientations due and overdue, partners
void LoadCatalogue(storage::Database& db, AppState& s);      // activities and this week's sessions
void LoadAttendance(storage::Database& db, AppState& s);     // a week and one session's roster
void LoadPrintChoices(storage::Database& db, AppState& s);   // a week and the referral slips
// Every staff screen shows it in its top bar: App::Reload loads it whenever staff are signed in.
void LoadSyncStatus(storage::Database& db, AppState& s);
void LoadSites(storage::Database& db, AppState& s);

}  // namespace palier::ui
