// A finger that scrolls is not a finger that taps: a drag that starts on a button in any
// scrolling list fires nothing, in either direction, and a tap on the same button still does.
#include <string>

#include "UiFixture.h"

namespace palier::ui::test {
namespace {

class Touch : public UiFixture {
protected:
    // Everything a stray tap in the lists below could change.
    std::string Fingerprint() const {
        const AppState& s = app->state();
        std::string f = Screen() + "|" + s.notice.text + "|" + s.booking_session_id + "|" + s.roster_session_id + "|";
        for (const RosterLine& r : s.roster) f += std::to_string(static_cast<int>(r.booking.status)) + ",";
        for (const BookingView& b : s.my_bookings) f += b.booking.id + std::to_string(static_cast<int>(b.booking.status)) + ",";
        f += "|" + app->ui().my_bookings.confirm_cancel + "|" + app->ui().staff_activities.selected + "|" +
             app->ui().staff_activities.session + "|" + app->ui().print.choice.subject + "|" +
             std::to_string(app->ui().reasons.reasons);
        return f;
    }

    // Drags from the first widget whose id starts with `prefix`, up then down, and checks that
    // nothing changed; then taps it and checks that something did.
    void ExpectScrollNotTap(ui::Screen screen, const std::string& prefix) {
        SCOPED_TRACE(ScreenName(screen) + std::string(" ") + prefix);
        ASSERT_TRUE(app->OpenForAutomation(screen));
        Settle();
        const std::string id = FirstWidgetWithPrefix(prefix);
        ASSERT_FALSE(id.empty()) << "nothing starting with " << prefix << "\n" << AllText();
        const std::string before = Fingerprint();
        ASSERT_TRUE(headless->Drag(*app, id, ImVec2(0, -150)));
        EXPECT_EQ(Fingerprint(), before) << "a drag up from " << id << " fired it";
        const std::string again = FirstWidgetWithPrefix(prefix);
        ASSERT_FALSE(again.empty());
        ASSERT_TRUE(headless->Drag(*app, again, ImVec2(0, 150)));
        EXPECT_EQ(Fingerprint(), before) << "a drag down from " << again << " fired it";
        ASSERT_TRUE(headless->Drag(*app, again, ImVec2(40, 0)));
        EXPECT_EQ(Fingerprint(), before) << "a drag sideways from " << again << " fired it";
        // The same finger without moving is a tap.
        Tap(FirstWidgetWithPrefix(prefix));
        EXPECT_NE(Fingerprint(), before) << "a tap on " << prefix << " did nothing";
    }
};

TEST_F(Touch, ScrollingTheProgrammeBooksNothing) { ExpectScrollNotTap(ui::Screen::Activities, "activities.book."); }
TEST_F(Touch, ScrollingMyBookingsCancelsNothing) { ExpectScrollNotTap(ui::Screen::MyBookings, "mybookings.cancel."); }
TEST_F(Touch, ScrollingTheReasonsTicksNothing) { ExpectScrollNotTap(ui::Screen::Reasons, "reason."); }
TEST_F(Touch, ScrollingTheRosterMarksNobody) {
    // The first pupil's button that changes their mark: on a Sunday night the roster opens on a
    // past session where they were already marked present.
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffAttendance));
    Settle();
    ASSERT_FALSE(app->state().roster.empty());
    const bool present = app->state().roster.front().booking.status == BookingStatus::Attended;
    ExpectScrollNotTap(ui::Screen::StaffAttendance, present ? "att.absent.0" : "att.present.0");
}
TEST_F(Touch, ScrollingTheSessionsOpensNone) { ExpectScrollNotTap(ui::Screen::StaffActivities, "sact.manage."); }

// A small tremble of the finger (under the slop) is still a tap.
TEST_F(Touch, ATrembleIsStillATap) {
    Tap("welcome.activities");
    ASSERT_EQ(Screen(), "activities");
    ASSERT_TRUE(headless->Drag(*app, "activities.back", ImVec2(3, 2), 2));
    EXPECT_EQ(Screen(), "welcome");
}

}  // namespace
}  // namespace palier::ui::test
