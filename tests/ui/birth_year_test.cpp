// A returning resident with no birth year on file books an activity with an age range: the
// booking screen asks the year on the keypad, then saves it with the booking (BookWithBirthYear).
#include <algorithm>

#include "UiFixture.h"
#include "kiosk/Booking.h"
#include "storage/PersonStore.h"

namespace palier::ui::test {
namespace {

class BirthYearLater : public UiFixture {
protected:
    // An upcoming session (this week, else next week) with an age range an adult may join, with
    // seats left (nullptr: none).
    const SessionView* AdultAgeRangeSession() {
        const std::string now = NowStamp(db->clock());
        for (int offset = 0; offset < 2; ++offset) {
            auto w = WeekProgramme(*db, AddDays(MondayOf(Today(db->clock())), 7 * offset));
            if (!w.ok()) return nullptr;
            week = std::move(w.value());
            for (const SessionView& v : week)
                if ((v.activity.age_min > 0 || v.activity.age_max > 0) && v.activity.age_min <= 30 &&
                    (v.activity.age_max == 0 || v.activity.age_max >= 20) && !v.activity.needs_guardian &&
                    v.seats_left > 0 && !v.session.cancelled && v.session.start > now)
                    return &v;
        }
        return nullptr;
    }
    // Another upcoming session anyone may join, to hold a booking made at the desk.
    Id OtherOpenSession(const Id& not_this) {
        const std::string now = NowStamp(db->clock());
        for (int offset = 0; offset < 2; ++offset) {
            auto w = WeekProgramme(*db, AddDays(MondayOf(Today(db->clock())), 7 * offset));
            if (!w.ok()) return {};
            for (const SessionView& v : w.value())
                if (v.activity.age_min == 0 && v.activity.age_max == 0 && !v.activity.needs_guardian &&
                    v.seats_left > 0 && !v.session.cancelled && v.session.start > now && v.session.id != not_this)
                    return v.session.id;
        }
        return {};
    }
    // Registers a resident with no birth year, who booked another session at the desk, opens
    // the session and identifies them by phone; with no year on file they prove who they are
    // with that booking's code.
    Id ReturningWithoutYear(const SessionView& v, const std::string& first, const std::string& phone) {
        NewPerson p;
        p.first_name = first;
        p.phone = phone;
        auto id = RegisterPerson(*db, app->state().settings.site_id, p);
        EXPECT_TRUE(id.ok());
        if (!id.ok()) return {};
        const Id other = OtherOpenSession(v.session.id);
        EXPECT_FALSE(other.empty());
        auto desk = Book(*db, app->state().settings.site_id, {other, id.value(), 1, BookingSource::Staff, true});
        EXPECT_TRUE(desk.ok());
        if (!desk.ok()) return {};
        app->Apply(act::OpenSession{v.session.id});
        Settle();
        Tap("booking.identify");
        Tap("checkin.returning");
        Tap("checkin.by_phone");
        headless->Type(*app, phone.substr(phone.size() - 4));
        Tap("checkin.search");
        Tap("checkin.match.0");
        EXPECT_EQ(Screen(), "checkin");
        headless->Type(*app, desk->booking.code);
        Tap("prove.check");
        EXPECT_EQ(Screen(), "booking") << app->state().notice.text;
        EXPECT_EQ(app->state().visitor.person_id, id.value());
        return id.value();
    }
    std::vector<SessionView> week;
};

TEST_F(BirthYearLater, AMissingBirthYearIsAskedThenSavedThenBooked) {
    const SessionView* pick = AdultAgeRangeSession();
    ASSERT_NE(pick, nullptr) << "the demo has adult workshops with an age range every week";
    const int year = YearOf(Today(db->clock())) - std::max(pick->activity.age_min, 20);
    const Id id = ReturningWithoutYear(*pick, "Yanis", "0612349876");
    ASSERT_FALSE(id.empty());

    Tap("booking.confirm");
    EXPECT_FALSE(app->state().booked.has_value());
    EXPECT_EQ(app->state().year_needed_for, id);
    EXPECT_FALSE(app->state().notice.error) << app->state().notice.text;
    ASSERT_FALSE(FirstWidgetWithPrefix("booking.year").empty()) << AllText();
    EXPECT_NE(AllText().find("Votre année de naissance, Yanis"), std::string::npos) << AllText();

    for (char c : std::to_string(year)) Tap(std::string("num.") + c);
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_TRUE(app->state().year_needed_for.empty());
    auto saved = storage::LoadPerson(*db, id);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->birth_year, year);
    auto mine = UpcomingBookingsOf(*db, id);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 2u);  // and the one made at the desk
    EXPECT_TRUE(std::any_of(mine->begin(), mine->end(), [&](const BookingView& b) { return b.session.id == pick->session.id; }));
}

TEST_F(BirthYearLater, AnImpossibleYearIsRefusedAndNothingIsBooked) {
    const SessionView* pick = AdultAgeRangeSession();
    ASSERT_NE(pick, nullptr) << "the demo has adult workshops with an age range every week";
    const Id id = ReturningWithoutYear(*pick, "Inès", "0612341234");
    ASSERT_FALSE(id.empty());
    Tap("booking.confirm");
    ASSERT_EQ(app->state().year_needed_for, id);
    headless->Type(*app, "1700");
    Tap("booking.confirm");
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_FALSE(app->state().booked.has_value());
    auto saved = storage::LoadPerson(*db, id);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->birth_year, 0);
    auto mine = UpcomingBookingsOf(*db, id);
    ASSERT_TRUE(mine.ok());
    EXPECT_TRUE(std::none_of(mine->begin(), mine->end(), [&](const BookingView& b) { return b.session.id == pick->session.id; }));
}

}  // namespace
}  // namespace palier::ui::test
