// The attendance roster: homework help shows each pupil's tutor, and the waitlist comes under
// the roster when there is one.
#include "UiFixture.h"
#include <optional>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"

namespace palier::ui::test {
namespace {

TEST_F(UiFixture, HomeworkHelpRosterShowsTutorsAndTheWaitlist) {
    app->OpenForAutomation(ui::Screen::StaffAttendance);
    Settle();
    // A homework help session to come (this week, else next week) with pupils booked: more can
    // still book it.
    std::optional<SessionView> hw;
    for (int week = 0; week < 2 && !hw; ++week) {
        auto programme = WeekProgramme(*db, AddDays(MondayOf(app->state().today), 7 * week));
        ASSERT_TRUE(programme.ok());
        for (const SessionView& v : *programme)
            if (v.activity.kind == ActivityKind::HomeworkHelp && !v.session.cancelled && v.seats_taken > 0 &&
                v.session.start > app->state().now_stamp) {
                hw = v;
                break;
            }
    }
    ASSERT_TRUE(hw.has_value()) << "the demo books homework help in the coming weeks";
    const Id session = hw->session.id;
    const int free_seats = hw->seats_left;

    // Fill it, then one more child goes to the waitlist.
    NewPerson parent;
    parent.first_name = "Samira";
    auto parent_id = RegisterPerson(*db, app->state().settings.site_id, parent);
    ASSERT_TRUE(parent_id.ok());
    for (int i = 0; i <= free_seats; ++i) {
        NewPerson child;
        child.first_name = "Enfant" + std::string(1, static_cast<char>('A' + i));
        child.birth_year = YearOf(app->state().today) - 10;
        child.guardian_id = parent_id.value();
        auto child_id = RegisterPerson(*db, app->state().settings.site_id, child);
        ASSERT_TRUE(child_id.ok()) << Describe(child_id.problem());
        auto booked = Book(*db, app->state().settings.site_id, BookRequest{session, child_id.value(), 1, BookingSource::Staff, true});
        ASSERT_TRUE(booked.ok()) << Describe(booked.problem());
    }

    app->Apply(act::PickRoster{session});
    Settle();
    const std::string text = AllText();
    int with_tutor = 0;
    for (const RosterLine& r : app->state().roster) {
        if (r.booking.status == BookingStatus::Waitlisted || r.booking.tutor.empty()) continue;
        ++with_tutor;
        EXPECT_NE(text.find("Tutorat : " + r.booking.tutor), std::string::npos) << r.booking.tutor << "\n" << text;
    }
    EXPECT_GT(with_tutor, 0);
    const size_t waitlist_at = text.find("Liste d'attente");
    ASSERT_NE(waitlist_at, std::string::npos) << text;
    // The waitlisted child is listed after the header, the seated pupils before it.
    const std::string last_child = "Enfant" + std::string(1, static_cast<char>('A' + free_seats));
    EXPECT_GT(text.find(last_child), waitlist_at);
}

}  // namespace
}  // namespace palier::ui::test
