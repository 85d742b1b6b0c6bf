// App::Reload: loads, through kiosk/ services, what the current screen shows.
#include "kiosk/StaffAuth.h"
#include "ui/core/App.h"

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

void App::Reload() {
    AppState& s = state_;
    s.today = Today(db_.clock());
    s.now_stamp = NowStamp(db_.clock());
    s.centre_label = s.settings.centre_name;
    switch (s.screen) {
        case Screen::Activities:
            s.monday = AddDays(MondayOf(s.today), 7 * s.week_offset);
            Take(WeekProgramme(db_, s.monday), s.week, s.notice);
            break;
        case Screen::Booking: {
            s.booking_session.reset();
            SessionView v;
            if (!s.booking_session_id.empty() && Take(ViewSession(db_, s.booking_session_id), v, s.notice))
                s.booking_session = std::move(v);
            s.children.clear();
            if (s.visitor.proven) Take(ChildrenForBooking(db_, s.visitor.person_id), s.children, s.notice);
            s.visitor_has_phone = true;
            if (s.visitor.proven) Take(HasPhoneOnFile(db_, s.visitor.person_id), s.visitor_has_phone, s.notice);
            break;
        }
        case Screen::MyBookings:
            s.my_bookings.clear();
            if (s.visitor.proven) Take(UpcomingBookingsOf(db_, s.visitor.person_id), s.my_bookings, s.notice);
            break;
        case Screen::StaffPin:
            Take(StaffForSignIn(db_), s.staff_list, s.notice);
            break;
        case Screen::StaffToday:
            Take(TodaysVisits(db_), s.visits_today, s.notice);
            break;
        case Screen::StaffOrientation:
            Take(FollowUpsDueToday(db_), s.due_today, s.notice);
            Take(FollowUpsOverdue(db_), s.overdue, s.notice);
            Take(ListPartners(db_), s.partners, s.notice);
            break;
        case Screen::StaffActivities:
            s.monday = MondayOf(s.today);
            Take(ListActivities(db_), s.activities, s.notice);
            Take(WeekProgramme(db_, s.monday), s.week, s.notice);
            break;
        case Screen::StaffAttendance: {
            s.monday = AddDays(MondayOf(s.today), 7 * s.staff_week_offset);
            Take(WeekProgramme(db_, s.monday), s.week, s.notice);
            if (s.roster_session_id.empty()) {
                // Default: the first session with people booked of today, else of the days to
                // come (the list opens on them), else of the week.
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
            if (!s.roster_session_id.empty()) Take(Roster(db_, s.roster_session_id), s.roster, s.notice);
            break;
        }
        case Screen::StaffPrint:
            s.monday = AddDays(MondayOf(s.today), 7 * s.staff_week_offset);
            Take(WeekProgramme(db_, s.monday), s.week, s.notice);
            if (s.print.available && !s.print.printers_loaded && !s.print.working) LoadPrinters();
            // Referral slips name a resident and their request: for those who see orientations.
            s.print.referrals.clear();
            if (s.print.available && s.staff && MayOpen(s.staff->role, StaffArea::Orientation)) {
                std::vector<FollowUp> open;
                Take(AllOpenFollowUps(db_), open, s.notice);
                for (FollowUp& f : open)
                    if (!f.orientation.partner_id.empty()) s.print.referrals.push_back(std::move(f));
            }
            break;
        case Screen::StaffSync:
            Take(PendingChanges(db_), s.pending_changes, s.notice);
            break;
        case Screen::StaffSettings:
            Take(ListSites(db_), s.sites, s.notice);
            break;
        default:
            break;
    }
}

}  // namespace palier::ui
