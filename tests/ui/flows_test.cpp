// Resident and staff flows through the screens, checked in the database.
#include <filesystem>

#include <algorithm>

#include "UiFixture.h"
#include "kiosk/Booking.h"
#include "kiosk/Codes.h"
#include "kiosk/StaffAuth.h"
#include "storage/VisitStore.h"

namespace palier::ui::test {
namespace {

TEST_F(UiFixture, NewVisitorBooksASessionFromTheProgramme) {
    Tap("welcome.activities");
    ASSERT_EQ(Screen(), "activities");
    // The first session for all ages with seats that has not started (this week, else next
    // week: on a Sunday night nothing is left of this one); filtered by its day and kind so that
    // it is on screen without scrolling.
    std::string book;
    for (int offset = 0; offset < 2 && book.empty(); ++offset) {
        Tap("activities.week." + std::to_string(offset));
        const auto& week = app->state().week;
        for (size_t i = 0; i < week.size() && book.empty(); ++i) {
            const auto& v = week[i];
            if (v.activity.age_min || v.activity.age_max || v.activity.needs_guardian || v.seats_left <= 0 ||
                v.session.cancelled || v.session.start <= app->state().now_stamp)
                continue;
            Tap("activities.day." + std::to_string(Weekday(*ParseDate(DatePart(v.session.start)))));
            Tap(std::string("activities.") + ActivityKindKey(v.activity.kind));
            book = "activities.book." + std::to_string(i);
        }
    }
    ASSERT_FALSE(book.empty()) << AllText();
    Tap(book);
    ASSERT_EQ(Screen(), "booking");
    const Id session = app->state().booking_session->session.id;
    Tap("booking.identify");
    ASSERT_EQ(Screen(), "checkin");
    Tap("checkin.new");
    headless->Type(*app, "Léa");
    Tap("checkin.register");
    ASSERT_EQ(Screen(), "booking") << app->state().notice.text;
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text << " " << app->state().booking_session->session.start << " now " << app->state().now_stamp;
    EXPECT_NE(AllText().find(app->state().booked->booking.code), std::string::npos);

    const Id person = app->state().visitor.person_id;
    auto mine = UpcomingBookingsOf(*db, person);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->front().session.id, session);

    // See it in "my bookings", cancel it.
    Tap("booking.mine");
    ASSERT_EQ(Screen(), "my-bookings");
    Tap("mybookings.cancel.0");
    Tap("mybookings.yes.0");
    mine = UpcomingBookingsOf(*db, person);
    ASSERT_TRUE(mine.ok());
    for (const auto& b : *mine) EXPECT_EQ(b.booking.status, BookingStatus::Cancelled);
}

TEST_F(UiFixture, VisitReasonIsLoggedAndSurveyStoredAnonymously) {
    const auto earlier = storage::VisitsOn(*db, FormatDate(Today(db->clock())));  // the demo's
    Tap("welcome.visit");
    Tap("checkin.anonymous");
    ASSERT_EQ(Screen(), "reasons");
    Tap("reason.reason.coffee");
    Tap("reason.reason.paperwork");
    Tap("reasons.ok");
    ASSERT_EQ(Screen(), "welcome");
    auto visits = storage::VisitsOn(*db, FormatDate(Today(db->clock())));
    ASSERT_EQ(visits.size(), earlier.size() + 1);
    const auto added = std::find_if(visits.begin(), visits.end(), [&](const Visit& v) {
        return std::none_of(earlier.begin(), earlier.end(), [&](const Visit& e) { return e.id == v.id; });
    });
    ASSERT_NE(added, visits.end());
    EXPECT_EQ(added->reasons, kReasonCoffee | kReasonPaperwork);
    EXPECT_TRUE(added->person_id.empty());

    const Date today = Today(db->clock());
    const size_t before = storage::SurveysBetween(*db, FormatDate(today), FormatDate(AddDays(today, 1))).size();
    Tap("welcome.goodbye");
    ASSERT_EQ(Screen(), "thanks");
    Tap("thanks.q1.1");
    Tap("thanks.q2.2");
    Tap("thanks.q3.1");
    auto surveys = storage::SurveysBetween(*db, FormatDate(today), FormatDate(AddDays(today, 1)));  // [from, to)
    ASSERT_EQ(surveys.size(), before + 1);
    bool found = false;
    for (const auto& sv : surveys) found |= sv.learned == 1 && sv.changed == 2 && sv.welcomed == 1;
    EXPECT_TRUE(found);
    // The thank-you returns to the welcome screen by itself.
    headless->Frames(*app, 8, 1.0);
    EXPECT_EQ(Screen(), "welcome");
}

TEST_F(UiFixture, IdleTimeoutWipesTypedText) {
    Tap("welcome.visit");
    Tap("checkin.new");
    headless->Type(*app, "Mélanie");
    Settle();
    ASSERT_EQ(app->ui().checkin.first, "Mélanie");
    ASSERT_NE(AllText().find("Mélanie"), std::string::npos);
    const int timeout = app->state().settings.idle_timeout_seconds;
    headless->Advance(timeout - 8);
    Settle(1);
    EXPECT_NE(AllText().find(Tr("ui.idle.title")), std::string::npos) << "the warning shows before the timeout";
    EXPECT_EQ(Screen(), "checkin");
    headless->Advance(9);
    Settle(2);
    EXPECT_EQ(Screen(), "welcome");
    EXPECT_TRUE(app->ui().checkin.first.empty());
    EXPECT_EQ(AllText().find("Mélanie"), std::string::npos);
}

// A coordinator called away from the kiosk is signed out: the next person finds the welcome
// screen, not the visitor log. The warning shows on the staff screen first.
TEST_F(UiFixture, IdleTimeoutSignsStaffOut) {
    SignIn(kDemoCoordinatorPin);
    ASSERT_TRUE(app->state().staff.has_value()) << app->state().notice.text;
    Tap("menu.staff-orientation");
    ASSERT_EQ(Screen(), "staff-orientation");
    const int timeout = app->state().settings.idle_timeout_seconds;
    headless->Advance(timeout - 8);
    Settle(1);
    EXPECT_NE(AllText().find(Tr("ui.idle.title")), std::string::npos) << "the warning shows on staff screens too";
    EXPECT_TRUE(app->state().staff.has_value());
    headless->Advance(9);
    Settle(2);
    EXPECT_FALSE(app->state().staff.has_value());
    EXPECT_EQ(Screen(), "welcome");
    EXPECT_EQ(AllText().find(Tr("ui.idle.title")), std::string::npos);
}

TEST_F(UiFixture, TerminerWipesEverything) {
    Tap("welcome.visit");
    Tap("checkin.new");
    headless->Type(*app, "Yusuf");
    Settle();
    Tap("top.finish");
    EXPECT_EQ(Screen(), "welcome");
    EXPECT_TRUE(app->ui().checkin.first.empty());
    EXPECT_EQ(AllText().find("Yusuf"), std::string::npos);
}

TEST_F(UiFixture, WrongPinThreeTimesLocks) {
    Tap("welcome.staff");
    ASSERT_EQ(Screen(), "staff-pin");
    for (int i = 0; i < kMaxPinAttempts; ++i) {
        headless->Type(*app, "000000");
        Tap("num.ok");
        app->WaitIdle();
        Settle();
        EXPECT_FALSE(app->state().staff.has_value());
        EXPECT_TRUE(app->state().notice.error);
    }
    // Now even the right PIN is refused while the lockout lasts.
    headless->Type(*app, kDemoCoordinatorPin);
    Tap("num.ok");
    app->WaitIdle();
    Settle();
    EXPECT_FALSE(app->state().staff.has_value());
    EXPECT_EQ(Screen(), "staff-pin");
    Problem locked = MakeProblem("err.pin_locked");
    const std::string words = Describe(locked);
    EXPECT_NE(app->state().notice.text.find(words.substr(0, 12)), std::string::npos) << app->state().notice.text;
}

TEST_F(UiFixture, RightPinOpensStaffModeWithoutFreezingFrames) {
    SignIn(kDemoCoordinatorPin);
    ASSERT_TRUE(app->state().staff.has_value()) << app->state().notice.text;
    EXPECT_EQ(Screen(), "staff-today");
    EXPECT_TRUE(app->state().staff->pin_hash.empty());
}

TEST_F(UiFixture, StaffMarksAttendance) {
    app->OpenForAutomation(ui::Screen::StaffAttendance);
    Settle();
    ASSERT_FALSE(app->state().roster.empty()) << "the demo books every session of the week";
    Tap("att.present.0");
    auto roster = Roster(*db, app->state().roster_session_id);
    ASSERT_TRUE(roster.ok());
    bool attended = false;
    for (const auto& r : *roster) attended |= r.booking.status == BookingStatus::Attended;
    EXPECT_TRUE(attended);
}

#ifdef PALIER_HAS_PRINT
TEST_F(UiFixture, PrintScreenSavesTheWeeksProgrammeAsPdf) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    app->WaitIdle();
    Settle();
    Tap("prn.save");
    app->WaitIdle();
    Settle();
    ASSERT_FALSE(app->state().print.result_error) << app->state().print.result;
    const std::string& result = app->state().print.result;
    const size_t at = result.find(data_dir);
    ASSERT_NE(at, std::string::npos) << result;
    std::string path = result.substr(at);
    path = path.substr(0, path.find('\n'));
    EXPECT_TRUE(std::filesystem::exists(path)) << path;
    EXPECT_GT(std::filesystem::file_size(path), 1000u);
}
#endif

}  // namespace
}  // namespace palier::ui::test
