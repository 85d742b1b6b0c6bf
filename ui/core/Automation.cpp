// App::OpenForAutomation: puts a screen on show with believable context, for --screen
// screenshots and the headless tests. Uses only kiosk/ services and the demo PINs.
#include "kiosk/BookingRules.h"
#include "kiosk/Demo.h"
#include "kiosk/Log.h"
#include "kiosk/StaffAuth.h"
#include "ui/core/App.h"

namespace palier::ui {

bool App::OpenForAutomation(Screen screen) {
    ResetVisit();
    const bool needs_resident = screen == Screen::Booking || screen == Screen::MyBookings || screen == Screen::Reasons;
    if (needs_resident) {
        auto who = SomeResidentWithBookings(db_);
        // Staged for a screenshot or a test, as after the second fact was given.
        if (who.ok() && !who.value().id.empty()) {
            state_.visitor.person_id = who.value().id;
            state_.visitor.label = MaskedLabel(who.value());
            state_.visitor.first_name = who.value().first_name;
            state_.visitor.proven = true;
        }
    }
    if (screen == Screen::Booking || screen == Screen::Activities) {
        // The programme opens on the first week with a session for all ages still to come with
        // seats (next week on a Sunday night), and Booking on that session.
        const std::string now = NowStamp(db_.clock());
        for (int w = 0; w < 2 && state_.booking_session_id.empty(); ++w) {
            auto week = WeekProgramme(db_, AddDays(MondayOf(state_.today), 7 * w));
            if (!week.ok()) continue;
            for (const SessionView& v : week.value())
                if (!v.session.cancelled && v.seats_left > 0 && !HasStarted(v.session, now) && v.activity.age_min == 0 &&
                    v.activity.age_max == 0) {
                    state_.booking_session_id = v.session.id;
                    state_.week_offset = w;
                    break;
                }
        }
        if (screen == Screen::Activities) state_.booking_session_id.clear();
    }
    if (screen == Screen::Checkin) ui_.checkin.mode = CheckinUi::Mode::New;
    if (IsStaffScreen(screen)) {
        // Sign in as the demo coordinator, exactly as a person would (PIN checked).
        bool signed_in = false;
        auto r = SignInByPin(db_, state_.settings.site_id, kDemoCoordinatorPin);
        if (r.ok() && r.value().role == StaffRole::Coordinator) {
            state_.staff = r.value();
            state_.staff->pin_hash.clear();
            signed_in = true;
        }
        if (!signed_in) {
            LogError("automation: the demo coordinator PIN does not open staff mode on this database");
            Navigate(Screen::StaffPin);
            return false;
        }
    }
    Navigate(screen);
    // The printer list now rather than at the first frame: the screen is drawn settled.
    if (screen == Screen::StaffPrint && state_.print.available) LoadPrinters();
    if (screen == Screen::StaffActivities && !state_.activities.empty()) ui_.staff_activities.selected = state_.activities.front().id;
    return true;
}

}  // namespace palier::ui
