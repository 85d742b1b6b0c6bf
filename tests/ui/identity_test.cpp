// Someone who knows four digits of a neighbour's phone sees a masked list, but neither opens nor
// cancels the neighbour's bookings: the kiosk asks the fact the search did not show (or a
// booking code), three tries a visit, then sends them to the desk.
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "UiFixture.h"
#include "kiosk/Booking.h"
#include "storage/BookingStore.h"

namespace palier::ui::test {
namespace {

// A demo resident with a phone, a year of birth and an upcoming confirmed booking.
struct Victim {
    Id id;
    std::string first_name, last4;
    int year = 0;
    Id booking;
    std::string code;
};

class Neighbour : public UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        victim = FindVictim();
        ASSERT_FALSE(victim.id.empty()) << "the demo has residents with upcoming bookings";
    }
    Victim FindVictim() {
        SQLite::Statement st(db->sql(),
                             "SELECT p.id, p.first_name, p.phone_last4, p.birth_year, b.id, b.code FROM person p"
                             " JOIN booking b ON b.person_id = p.id JOIN session s ON s.id = b.session_id"
                             " WHERE p.erased = 0 AND p.deleted = 0 AND p.birth_year > 1930 AND p.phone_last4 != ''"
                             " AND (p.guardian_id IS NULL OR p.guardian_id = '') AND b.deleted = 0 AND b.status = ? AND s.start > ?"
                             " AND s.cancelled = 0 ORDER BY p.id, b.id");
        st.bind(1, static_cast<int>(BookingStatus::Confirmed));
        st.bind(2, NowStamp(db->clock()));
        while (st.executeStep()) {
            Victim v{st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                     st.getColumn(3).getInt(), st.getColumn(4).getString(), st.getColumn(5).getString()};
            auto same = FindByPhone(*db, v.last4);
            if (!same.ok() || same->size() > 6) continue;  // the screen lists six
            return v;
        }
        return {};
    }
    // Welcome -> "Mes réservations" -> by phone -> the victim's line -> the question.
    void ClaimByPhone() {
        Tap("welcome.bookings");
        Tap("checkin.returning");
        Tap("checkin.by_phone");
        headless->Type(*app, victim.last4);
        Tap("checkin.search");
        TapVictimsLine();
    }
    void TapVictimsLine() {
        const auto& m = app->state().matches;
        for (size_t i = 0; i < m.size(); ++i)
            if (m[i].id == victim.id) return Tap("checkin.match." + std::to_string(i));
        ADD_FAILURE() << "the victim is not listed";
    }
    void Answer(const std::string& value) {
        headless->Type(*app, value);
        Tap("prove.check");
    }
    // Nothing tappable on the question is lower than 64 px.
    void TouchTargetsOk() const {
        for (const auto& w : WidgetsDrawn()) {
            if (!w.clipped) {
                EXPECT_GE(w.max.y - w.min.y, 64.0f) << w.id;
            }
        }
    }
    BookingStatus StatusNow() const { return storage::LoadBooking(*db, victim.booking)->status; }

    Victim victim;
};

TEST_F(Neighbour, FourPhoneDigitsNeitherOpenNorCancelANeighboursBookings) {
    ClaimByPhone();
    ASSERT_EQ(Screen(), "checkin");
    EXPECT_TRUE(Shown(Tr("ui.prove.ask_year"))) << AllText();
    EXPECT_FALSE(app->state().visitor.proven);
    TouchTargetsOk();
    for (int i = 1; i <= 3; ++i) {
        Answer(std::to_string(victim.year - i));
        Settle();
        EXPECT_EQ(Screen(), "checkin");
        EXPECT_TRUE(app->state().my_bookings.empty());
        EXPECT_FALSE(Shown(victim.code)) << AllText();
    }
    EXPECT_TRUE(Shown(Tr("ui.prove.desk"))) << AllText();
    EXPECT_TRUE(Shown(Tr("err.identity_desk"))) << AllText();
    EXPECT_TRUE(FirstWidgetWithPrefix("prove.value").empty()) << "no more tries offered";
    EXPECT_TRUE(FirstWidgetWithPrefix("num.").empty());

    // Even the right year is not taken any more this visit, and a forged action changes nothing.
    app->Apply(act::Prove{{IdentityClaim::Kind::Fact, std::to_string(victim.year)}});
    EXPECT_FALSE(app->state().visitor.proven);
    app->Apply(act::Go{ui::Screen::MyBookings});
    Settle();
    EXPECT_TRUE(app->state().my_bookings.empty());
    EXPECT_FALSE(Shown(victim.code)) << AllText();
    app->Apply(act::CancelMine{victim.booking});
    Settle();
    EXPECT_EQ(StatusNow(), BookingStatus::Confirmed);
    auto theirs = UpcomingBookingsOf(*db, victim.id);
    ASSERT_TRUE(theirs.ok());
    EXPECT_TRUE(std::any_of(theirs->begin(), theirs->end(), [&](const BookingView& b) { return b.booking.id == victim.booking; }));
}

TEST_F(Neighbour, TheRightYearOpensTheBookings) {
    ClaimByPhone();
    Answer(std::to_string(victim.year - 1));
    EXPECT_TRUE(Shown(Trf("err.identity_wrong", {{"left", "2"}}))) << AllText();
    Answer(std::to_string(victim.year));
    ASSERT_EQ(Screen(), "my-bookings") << app->state().notice.text;
    EXPECT_TRUE(app->state().visitor.proven);
    EXPECT_TRUE(Shown(victim.code)) << AllText();
}

TEST_F(Neighbour, ABookingCodeProvesAfterANameSearch) {
    Tap("welcome.bookings");
    Tap("checkin.returning");
    Tap("checkin.by_name");
    headless->Type(*app, victim.first_name);
    Tap("checkin.name_year");
    headless->Type(*app, std::to_string(victim.year));
    Tap("checkin.search");
    TapVictimsLine();
    ASSERT_EQ(Screen(), "checkin");
    EXPECT_TRUE(Shown(Tr("ui.prove.ask_last4"))) << AllText();
    Tap("prove.code");
    Settle();
    TouchTargetsOk();
    std::string lower = victim.code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Answer(lower);
    ASSERT_EQ(Screen(), "my-bookings") << app->state().notice.text;
    EXPECT_TRUE(Shown(victim.code));
}

TEST_F(Neighbour, TerminerWipesTheTries) {
    ClaimByPhone();
    for (int i = 1; i <= 3; ++i) Answer(std::to_string(victim.year + i));
    ASSERT_TRUE(app->state().identity_tries.exhausted());
    Tap("top.finish");
    EXPECT_EQ(Screen(), "welcome");
    EXPECT_EQ(app->state().identity_tries.wrong, 0);
    ClaimByPhone();
    ASSERT_FALSE(FirstWidgetWithPrefix("prove.value").empty());
    Answer(std::to_string(victim.year));
    EXPECT_EQ(Screen(), "my-bookings") << app->state().notice.text;
}

TEST_F(Neighbour, AProvenVisitorCannotCancelSomeoneElsesBooking) {
    Tap("welcome.bookings");
    Tap("checkin.new");
    headless->Type(*app, "Léa");
    Tap("checkin.register");
    ASSERT_EQ(Screen(), "my-bookings");
    ASSERT_TRUE(app->state().visitor.proven);
    app->Apply(act::CancelMine{victim.booking});
    Settle();
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_EQ(StatusNow(), BookingStatus::Confirmed);
}

TEST_F(Neighbour, SomeoneWithNothingToProveWithIsSentToTheDesk) {
    NewPerson p;
    p.first_name = "Yanis";
    p.phone = "0611117351";
    ASSERT_TRUE(RegisterPerson(*db, app->state().settings.site_id, p).ok());
    Tap("welcome.bookings");
    Tap("checkin.returning");
    Tap("checkin.by_phone");
    headless->Type(*app, "7351");
    Tap("checkin.search");
    ASSERT_EQ(app->state().matches.size(), 1u);
    Tap("checkin.match.0");
    EXPECT_EQ(Screen(), "checkin");
    EXPECT_TRUE(Shown(Tr("ui.prove.desk"))) << AllText();
    EXPECT_TRUE(FirstWidgetWithPrefix("prove.value").empty());
    EXPECT_EQ(app->state().identity_tries.wrong, 0);
}

// "Je passe" logs a visit on the masked line alone (it shows nothing of the person), but the
// bookings still wait for the second fact.
TEST_F(Neighbour, APlainVisitNeedsNoSecondFactButTheBookingsDo) {
    Tap("welcome.visit");
    Tap("checkin.returning");
    Tap("checkin.by_phone");
    headless->Type(*app, victim.last4);
    Tap("checkin.search");
    TapVictimsLine();
    ASSERT_EQ(Screen(), "reasons");
    Tap("reason.reason.coffee");
    Tap("reasons.ok");
    ASSERT_EQ(Screen(), "welcome");
    EXPECT_TRUE(app->state().visitor.visit_logged);
    Tap("welcome.bookings");
    EXPECT_EQ(Screen(), "checkin");
    EXPECT_TRUE(Shown(Tr("ui.prove.ask_year"))) << AllText();
    EXPECT_FALSE(Shown(victim.code));

    // Nor is anything booked in their name.
    auto before = UpcomingBookingsOf(*db, victim.id);
    ASSERT_TRUE(before.ok());
    auto week = WeekProgramme(*db, AddDays(MondayOf(Today(db->clock())), 7));
    ASSERT_TRUE(week.ok());
    ASSERT_FALSE(week->empty());
    Tap("prove.back");
    ASSERT_EQ(Screen(), "welcome");
    app->Apply(act::Book{week->front().session.id, {}, 1, true});
    Settle();
    EXPECT_EQ(Screen(), "checkin");
    auto after = UpcomingBookingsOf(*db, victim.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), before->size());
}

}  // namespace
}  // namespace palier::ui::test
