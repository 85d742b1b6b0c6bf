// What each screen shows (ui/core/Loads.h), and App::Reload that runs the current screen's.
#include "kiosk/StaffAuth.h"
#include "ui/core/App.h"
#include "ui/core/Loads.h"
#include "ui/core/ScreenTable.h"

namespace palier::ui {
namespace {

template <class T>
bool Take(Result<T> r, T& into, Notice& notice) {
    if (r.ok()) {
        into = std::move(r.value());
        return true;
    }
    notice = {Describe(r.problem()), true};
    return false;
}

}  // namespace

void LoadProgramme(storage::Database& db, AppState& s) {
    s.monday = AddDays(MondayOf(s.today), 7 * s.week_offset);
    Take(WeekProgramme(db, s.monday), s.week, s.notice);
}

void LoadBooking(storage::Database& db, AppState& s) {
    s.booking_session.reset();
    SessionView v;
    if (!s.booking_session_id.empty() && Take(ViewSession(db, s.booking_session_id), v, s.notice))
        s.booking_session = std::move(v);
    s.children.clear();
    if (s.visitor.proven) Take(ChildrenForBooking(db, s.visitor.person_id), s.children, s.notice);
    s.visitor_has_phone = true;
    if (s.visitor.proven) Take(HasPhoneOnFile(db, s.visitor.person_id), s.visitor_has_phone, s.notice);
    // The hub may have placed a pending booking since: the confirmation says what it decided.
    if (s.booked) {
        BookOutcome now;
        if (Take(BookingNow(db, s.booked->booking.id), now, s.notice)) s.booked = std::move(now);
    }
}

void LoadMyBookings(storage::Database& db, AppState& s) {
    s.my_bookings.clear();
    if (s.visitor.proven) Take(UpcomingBookingsOf(db, s.visitor.person_id), s.my_bookings, s.notice);
}

void LoadStaffList(storage::Database& db, AppState& s) { Take(StaffForSignIn(db), s.staff_list, s.notice); }

void LoadTodaysVisits(storage::Database& db, AppState& s) { Take(TodaysVisits(db), s.visits_today, s.notice); }

void LoadFollowUps(storage::Database& db, AppState& s) {
    Take(FollowUpsDueToday(db), s.due_today, s.notice);
    Take(FollowUpsOverdue(db), s.overdue, s.notice);
    Take(ListPartners(db), s.partners, s.notice);
}

void LoadCatalogue(storage::Database& db, AppState& s) {
    s.monday = MondayOf(s.today);
    Take(ListActivities(db), s.activities, s.notice);
    Take(WeekProgramme(db, s.monday), s.week, s.notice);
}

void LoadAttendance(storage::Database& db, AppState& s) {
    s.monday = AddDays(MondayOf(s.today), 7 * s.staff_week_offset);
    Take(WeekProgramme(db, s.monday), s.week, s.notice);
    if (s.roster_session_id.empty()) {
        // Default: the first session with people booked of today, else of the days to come (the
        // list opens on them), else of the week.
        const std::string today = FormatDate(s.today);
        for (int pass = 0; pass < 3 && s.roster_session_id.empty(); ++pass)
            for (const SessionView& v : s.week)
                if (!v.session.cancelled && v.seats_taken + v.waitlisted > 0 &&
                    (pass == 2 || (pass == 1 ? DatePart(v.session.start) > today : DatePart(v.session.start) == today))) {
                    s.roster_session_id = v.session.id;
                    break;
                }
    }
    s.roster.clear();
    if (!s.roster_session_id.empty()) Take(Roster(db, s.roster_session_id), s.roster, s.notice);
}

void LoadPrintChoices(storage::Database& db, AppState& s) {
    s.monday = AddDays(MondayOf(s.today), 7 * s.staff_week_offset);
    Take(WeekProgramme(db, s.monday), s.week, s.notice);
    // Referral slips name a resident and their request: for those who see orientations.
    s.print.referrals.clear();
    if (s.print.available && s.staff && MayOpen(s.staff->role, StaffArea::Orientation)) {
        std::vector<FollowUp> open;
        Take(AllOpenFollowUps(db), open, s.notice);
        for (FollowUp& f : open)
            if (!f.orientation.partner_id.empty()) s.print.referrals.push_back(std::move(f));
    }
}

void LoadSyncStatus(storage::Database& db, AppState& s) { Take(LoadSyncOverview(db), s.sync, s.notice); }

void LoadSites(storage::Database& db, AppState& s) { Take(ListSites(db), s.sites, s.notice); }

void App::Reload() {
    AppState& s = state_;
    s.today = Today(db_.clock());
    s.now_stamp = NowStamp(db_.clock());
    s.centre_label = s.settings.centre_name;
    if (const auto load = InfoOf(s.screen).load) load(db_, s);
    if (s.staff) LoadSyncStatus(db_, s);
}

}  // namespace palier::ui
