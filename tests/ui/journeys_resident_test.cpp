// Residents walked through the kiosk at 1280x800 on the demo data: a mother booking homework
// help for a child she has not registered, a visitor who registers while booking and is counted
// as present, and a waitlisted visitor asked how to be told.
#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "UiFixture.h"
#include "kiosk/Booking.h"
#include "kiosk/UiQueries.h"
#include "storage/BookingStore.h"
#include "storage/PersonStore.h"
#include "storage/SyncStateStore.h"
#include "storage/VisitStore.h"
#include "tests/sync/FakeHub.h"

namespace palier::ui::test {
namespace {

class ResidentJourney : public UiFixture {
protected:
    void SetUp() override { Start(ImVec2(1280, 800)); }

    // The first upcoming session (this week, else next) that `want` accepts.
    std::optional<SessionView> Upcoming(const std::function<bool(const SessionView&)>& want) {
        const std::string now = NowStamp(db->clock());
        for (int offset = 0; offset < 2; ++offset) {
            auto w = WeekProgramme(*db, AddDays(MondayOf(Today(db->clock())), 7 * offset));
            if (!w.ok()) return std::nullopt;
            for (const SessionView& v : *w)
                if (!v.session.cancelled && v.session.start > now && want(v)) return v;
        }
        return std::nullopt;
    }
    // The next games night with a seat left.
    std::optional<SessionView> GamesNight() {
        return Upcoming([](const SessionView& v) {
            return v.activity.kind == ActivityKind::Event && v.activity.title == "Soirée jeux" && v.seats_left > 0;
        });
    }
    // This kiosk enrolled on `hub` (no seats of its own) and syncing; a new visitor books the
    // games night, which waits for the hub's answer.
    void BookGamesNightEnrolledOn(const palier::test::FakeHub& hub) {
        storage::SaveEnrolment(*db, hub.url(), palier::test::FakeHub::kToken, palier::test::FakeHub::kSite, "");
        app->StartSync();
        const auto games = GamesNight();
        ASSERT_TRUE(games);
        OpenAndRegister(*games, "Grace");
        Tap("booking.confirm");
        ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    }
    // Opens the session and identifies a returning resident by the last 4 digits of their phone,
    // then their year of birth (what the search did not show).
    void OpenAndIdentify(const SessionView& v, const std::string& phone) {
        app->Apply(act::OpenSession{v.session.id});
        Settle();
        Tap("booking.identify");
        Tap("checkin.returning");
        Tap("checkin.by_phone");
        headless->Type(*app, phone.substr(phone.size() - 4));
        Tap("checkin.search");
        Tap("checkin.match.0");
        const auto me = storage::LoadPerson(*db, app->state().visitor.person_id);
        ASSERT_TRUE(me && me->birth_year > 0);
        headless->Type(*app, std::to_string(me->birth_year));
        Tap("prove.check");
        ASSERT_EQ(Screen(), "booking") << app->state().notice.text;
    }
    // Opens the session and registers a new visitor with only a first name.
    void OpenAndRegister(const SessionView& v, const std::string& first) {
        app->Apply(act::OpenSession{v.session.id});
        Settle();
        Tap("booking.identify");
        Tap("checkin.new");
        headless->Type(*app, first);
        Tap("checkin.register");
        ASSERT_EQ(Screen(), "booking") << app->state().notice.text;
    }
    int VisitsToday(const Id& person) {
        const auto visits = storage::VisitsOn(*db, FormatDate(Today(db->clock())));
        return static_cast<int>(std::count_if(visits.begin(), visits.end(), [&](const Visit& v) { return v.person_id == person; }));
    }
    bool Shows(const std::string& text) const { return AllText().find(text) != std::string::npos; }
};

bool HomeworkWithASeat(const SessionView& v) { return v.activity.kind == ActivityKind::HomeworkHelp && v.seats_left > 0; }

TEST_F(ResidentJourney, AMotherBooksHomeworkHelpForHerChildNotYetRegistered) {
    const auto homework = Upcoming(HomeworkWithASeat);
    ASSERT_TRUE(homework) << "the demo's homework help keeps a seat free";
    OpenAndIdentify(*homework, kDemoParentWithoutChildPhone);
    const Id amina = app->state().visitor.person_id;
    ASSERT_EQ(app->state().visitor.first_name, "Amina");
    ASSERT_TRUE(app->state().children.empty()) << "Amina has no child on file";
    const int her_year = storage::LoadPerson(*db, amina)->birth_year;
    EXPECT_EQ(VisitsToday(amina), 1) << "identified while booking: present today";

    Tap("booking.new_child");
    Settle();  // the form scrolls to the name the frame after
    ASSERT_FALSE(FirstWidgetWithPrefix("booking.child_first").empty()) << AllText();
    headless->Type(*app, "Yanis");
    Tap("booking.child_year");
    const int year = YearOf(Today(db->clock())) - 9;
    for (char c : std::to_string(year)) Tap(std::string("num.") + c);
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_EQ(app->state().booked->booking.status, BookingStatus::Confirmed);
    EXPECT_TRUE(Shows("Pour Yanis")) << AllText();

    auto child = storage::LoadPerson(*db, app->state().booked->booking.person_id);
    ASSERT_TRUE(child);
    EXPECT_EQ(child->first_name, "Yanis");
    EXPECT_EQ(child->birth_year, year);
    EXPECT_EQ(child->guardian_id, amina);
    EXPECT_EQ(storage::LoadPerson(*db, amina)->birth_year, her_year) << "the mother's record is untouched";
    EXPECT_EQ(VisitsToday(amina), 1) << "counted once";
}

// A mother who registered without her year is asked it for "Pour moi" and types her son's.
TEST_F(ResidentJourney, AYearTypedOnTheMothersPromptIsNeverSavedAsHers) {
    const auto homework = Upcoming(HomeworkWithASeat);
    ASSERT_TRUE(homework);
    OpenAndRegister(*homework, "Meryem");
    const Id meryem = app->state().visitor.person_id;
    Tap("booking.confirm");  // "Pour moi": no year on file, it is asked
    ASSERT_EQ(app->state().year_needed_for, meryem);
    EXPECT_TRUE(Shows("Votre année de naissance, Meryem")) << AllText();
    EXPECT_TRUE(Shows("Choisissez-le dans « Pour qui ? »")) << AllText();

    headless->Type(*app, std::to_string(YearOf(Today(db->clock())) - 9));  // her son's year, by mistake
    Tap("booking.confirm");
    EXPECT_FALSE(app->state().booked.has_value());
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_NE(app->state().notice.text.find("Un enfant pas encore inscrit"), std::string::npos) << app->state().notice.text;
    EXPECT_EQ(storage::LoadPerson(*db, meryem)->birth_year, 0);
    EXPECT_TRUE(UpcomingBookingsOf(*db, meryem)->empty());
}

TEST_F(ResidentJourney, AChildTooYoungIsRefusedWithWhatToDoAndNotRegistered) {
    const auto homework = Upcoming(HomeworkWithASeat);
    ASSERT_TRUE(homework);
    OpenAndIdentify(*homework, kDemoParentWithoutChildPhone);
    const Id amina = app->state().visitor.person_id;
    Tap("booking.new_child");
    headless->Type(*app, "Lina");
    Tap("booking.child_year");
    headless->Type(*app, std::to_string(YearOf(Today(db->clock())) - 3));
    Tap("booking.confirm");
    EXPECT_FALSE(app->state().booked.has_value());
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_NE(app->state().notice.text.find("6–15 ans"), std::string::npos) << app->state().notice.text;
    EXPECT_NE(app->state().notice.text.find("Vérifiez son année de naissance"), std::string::npos) << app->state().notice.text;
    EXPECT_TRUE(ChildrenForBooking(*db, amina)->empty()) << "no half-made child";
    EXPECT_FALSE(FirstWidgetWithPrefix("booking.child_first").empty()) << "the form stays to correct the year";
}

TEST_F(ResidentJourney, AParentWithAChildOnFileChoosesThem) {
    const auto homework = Upcoming(HomeworkWithASeat);
    ASSERT_TRUE(homework);
    OpenAndIdentify(*homework, kDemoParentWithChildPhone);
    ASSERT_EQ(app->state().children.size(), 1u);
    EXPECT_TRUE(Shows("Pour Naël")) << AllText();
    EXPECT_TRUE(Shows("Un enfant pas encore inscrit"));
    Tap("booking.child.0");
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_EQ(app->state().booked->booking.person_id, app->state().children[0].id);
    EXPECT_TRUE(Shows("Pour Naël"));
}

TEST_F(ResidentJourney, AVisitorWhoRegistersWhileBookingTheGamesNightIsInTodaysVisits) {
    Start(ImVec2(1280, 800), Lang::En);
    const auto games = GamesNight();
    ASSERT_TRUE(games);
    const size_t before = TodaysVisits(*db)->size();
    OpenAndRegister(*games, "Grace");
    const Id grace = app->state().visitor.person_id;
    EXPECT_TRUE(app->state().visitor.visit_logged);
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;

    auto today = TodaysVisits(*db);
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->size(), before + 1);
    const auto hers = std::find_if(today->begin(), today->end(), [&](const VisitRow& r) { return r.visit.person_id == grace; });
    ASSERT_NE(hers, today->end());
    EXPECT_EQ(hers->visit.reasons, kReasonActivity);
    EXPECT_EQ(hers->visit.language, "en");
    EXPECT_TRUE(hers->visit.is_new);

    // Back on the welcome screen the visit is not offered to be counted again.
    Tap("booking.more");
    app->Apply(act::Go{Screen::Welcome});
    Settle();
    EXPECT_TRUE(FirstWidgetWithPrefix("welcome.visit").empty());
    EXPECT_EQ(VisitsToday(grace), 1);
}

bool FullForAdults(const SessionView& v) {
    return v.seats_left <= 0 && !v.activity.needs_guardian && v.activity.age_min == 0 && v.activity.age_max == 0;
}

// A kiosk enrolled on a hub, with no seats of its own in the session and the hub out of reach:
// the booking waits for the hub, and the visitor is told so in plain words.
TEST_F(ResidentJourney, BeyondTheKiosksOwnSeatsTheVisitorIsToldTheBookingAwaitsTheHub) {
    db->sql().exec("INSERT OR REPLACE INTO meta(key, value) VALUES('sync.token', 'enrolled')");
    const auto games = GamesNight();
    ASSERT_TRUE(games);
    OpenAndRegister(*games, "Grace");
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_EQ(app->state().booked->booking.status, BookingStatus::Pending);
    EXPECT_TRUE(Shows("en attente de confirmation")) << AllText();
    EXPECT_TRUE(Shows("prochaine synchronisation")) << AllText();
    EXPECT_FALSE(Shows("C'est réservé")) << AllText();

    // The hub had no seat left when it placed the booking: "My bookings" says so in plain words.
    Booking placed = app->state().booked->booking;
    placed.status = BookingStatus::Waitlisted;
    placed.hub_note = "waitlisted";
    {
        storage::Transaction tx(db->sql());
        storage::SaveBooking(*db, placed);
        tx.commit();
    }
    Tap("booking.mine");
    ASSERT_EQ(Screen(), "my-bookings");
    EXPECT_TRUE(Shows("il n'y avait plus de place quand la borne a pu joindre le centre")) << AllText();

    // Then the centre cancels the session: the booking stays in sight, said cancelled, with
    // nothing left to cancel.
    placed.status = BookingStatus::Cancelled;
    placed.hub_note = "session_cancelled";
    {
        storage::Transaction tx(db->sql());
        storage::SaveBooking(*db, placed);
        tx.commit();
    }
    app->Apply(act::Go{Screen::MyBookings});
    Settle();
    EXPECT_TRUE(Shows("Séance annulée par le centre")) << AllText();
    EXPECT_TRUE(FirstWidgetWithPrefix("mybookings.cancel.").empty());
}

// What a hub that places every pending booking from its pool answers: the booking confirmed.
std::vector<JournalEntry> ConfirmPending(const std::vector<JournalEntry>& taken) {
    std::vector<JournalEntry> out;
    for (const JournalEntry& e : taken) {
        const auto fields = nlohmann::json::parse(e.payload, nullptr, false);
        if (e.kind != "booking" || !fields.is_object() || fields.value("status", "") != "pending") continue;
        JournalEntry c;
        c.seq = static_cast<int64_t>(out.size()) + 1;
        c.device_id = "hub-device";
        c.kind = "booking";
        c.record_id = e.record_id;
        c.op = "upsert";
        c.hlc = e.hlc + 1;
        c.payload = R"({"status":"confirmed","seat_holder":"hub"})";
        out.push_back(c);
    }
    return out;
}

TEST_F(ResidentJourney, OnlineTheVisitorSeesTheHubsAnswerInsteadOfPending) {
    palier::test::FakeHub hub(*clock.ms);
    hub.SetCorrector(ConfirmPending);
    ASSERT_NO_FATAL_FAILURE(BookGamesNightEnrolledOn(hub));
    // Beyond the kiosk's own seats: the hub is asked at once, and the screen says so meanwhile.
    EXPECT_EQ(app->state().booked->booking.status, BookingStatus::Pending);
    EXPECT_TRUE(Shows("le centre confirme votre place")) << AllText();
    EXPECT_FALSE(Shows("prochaine synchronisation")) << AllText();
    for (int i = 0; i < 2000 && app->state().booked->booking.status == BookingStatus::Pending; ++i) {
        headless->Frame(*app);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    Settle();
    EXPECT_EQ(app->state().booked->booking.status, BookingStatus::Confirmed);
    EXPECT_TRUE(Shows("C'est réservé")) << AllText();
    EXPECT_FALSE(Shows("en attente de confirmation")) << AllText();
}

TEST_F(ResidentJourney, AHubSilentForTwoSecondsLeavesTheBookingPendingInPlainWords) {
    palier::test::FakeHub hub(*clock.ms);
    hub.RefuseNext("/api/v1/sync/push", {.hang = true});
    ASSERT_NO_FATAL_FAILURE(BookGamesNightEnrolledOn(hub));
    EXPECT_TRUE(Shows("le centre confirme votre place")) << AllText();
    Settle(30);  // one second: still asking
    EXPECT_TRUE(Shows("le centre confirme votre place")) << AllText();
    Settle(32);  // past two seconds without an answer
    EXPECT_EQ(app->state().booked->booking.status, BookingStatus::Pending);
    EXPECT_TRUE(Shows("en attente de confirmation")) << AllText();
    EXPECT_TRUE(Shows("prochaine synchronisation")) << AllText();
}

TEST_F(ResidentJourney, AWaitlistedVisitorWithoutAPhoneIsAskedForOneOrToldWhereToLook) {
    const auto full = Upcoming(FullForAdults);
    ASSERT_TRUE(full) << "the demo's cooking workshop is full every week";
    OpenAndRegister(*full, "Zoé");
    const Id zoe = app->state().visitor.person_id;
    EXPECT_TRUE(Shows("laissez votre numéro")) << AllText();
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    ASSERT_EQ(app->state().booked->booking.status, BookingStatus::Waitlisted);
    EXPECT_FALSE(FirstWidgetWithPrefix("booking.phone").empty()) << AllText();
    EXPECT_TRUE(Shows("demandez à l'accueil, ou regardez « Mes réservations » avec votre code")) << AllText();

    headless->Type(*app, "0612");
    Tap("booking.save_phone");
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_TRUE(storage::LoadPerson(*db, zoe)->phone.empty());

    headless->Type(*app, "345678");
    Tap("booking.save_phone");
    EXPECT_FALSE(app->state().notice.error) << app->state().notice.text;
    EXPECT_EQ(storage::LoadPerson(*db, zoe)->phone, "0612345678");
    Settle();
    EXPECT_TRUE(FirstWidgetWithPrefix("booking.phone").empty()) << "asked once";
    EXPECT_TRUE(Shows("nous vous appelons à ce numéro")) << AllText();
    EXPECT_TRUE(app->state().booked.has_value());
}

TEST_F(ResidentJourney, AWaitlistedVisitorWithAPhoneIsNotAskedAgain) {
    const auto full = Upcoming(FullForAdults);
    ASSERT_TRUE(full);
    OpenAndIdentify(*full, kDemoParentWithChildPhone);
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    ASSERT_EQ(app->state().booked->booking.status, BookingStatus::Waitlisted);
    EXPECT_TRUE(FirstWidgetWithPrefix("booking.phone").empty());
    EXPECT_TRUE(Shows(Tr("ui.booking.waitlist_note")));
}

}  // namespace
}  // namespace palier::ui::test
