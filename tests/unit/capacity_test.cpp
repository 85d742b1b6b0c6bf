// Capacity edits after bookings exist: raising confirms the waitlist of every future session,
// lowering below the seats given is refused naming the session, and a refusal writes nothing.
#include "booking_fixture.h"
#include "storage/BookingStore.h"
#include "storage/JournalStore.h"

using namespace palier;
using namespace palier::test;

namespace {
class CapacityTest : public BookingFixture {
protected:
    // Tuesdays 2026-11-17 (past on the test clock) to 2026-12-08.
    Activity Weekly(int capacity, ActivityKind kind = ActivityKind::Workshop, std::vector<std::string> tutors = {}) {
        Activity a;
        a.site_id = site;
        a.kind = kind;
        a.title = "Atelier vélo";
        a.capacity = capacity;
        a.tutors = std::move(tutors);
        a.rule = {2, "14:00", "16:00", "2026-11-17", "2026-12-08", {}};
        return a;
    }
    Activity Save(Activity a, std::vector<ToTell>* told = nullptr) {
        auto id = SaveActivityAndSessions(*db, a, told);
        EXPECT_TRUE(id) << Describe(id.problem());
        a.id = *id;
        return a;
    }
    Id SessionAtDay(const Id& activity, const std::string& day) {
        for (const auto& s : storage::SessionsOfActivity(*db, activity))
            if (s.start.rfind(day, 0) == 0) return s.id;
        ADD_FAILURE() << "no session on " << day;
        return {};
    }
    BookingStatus StatusOf(const Id& booking) { return storage::LoadBooking(*db, booking)->status; }
};
}  // namespace

TEST_F(CapacityTest, RaisingActivityCapacityPromotesFifoInEveryFutureSession) {
    clock.Set(D("2026-11-16"), 10, 0);
    Activity a = Save(Weekly(1));
    const Id past = SessionAtDay(a.id, "2026-11-17");
    ASSERT_TRUE(BookFor(past, Person("Paul")));
    const Id past_waiting = BookFor(past, Person("Quentin"), 1, true)->booking.id;
    clock.Set(D("2026-11-23"), 10, 0);

    std::map<std::string, std::vector<Id>> waiting;  // by day: second and third in line
    for (const char* day : {"2026-11-24", "2026-12-01"}) {
        const Id s = SessionAtDay(a.id, day);
        ASSERT_TRUE(BookFor(s, Person("Ana")));
        waiting[day].push_back(BookFor(s, Person("Bruno"), 1, true)->booking.id);
        waiting[day].push_back(BookFor(s, Person("Chloé"), 1, true)->booking.id);
    }
    a.capacity = 2;
    std::vector<ToTell> told;
    Save(a, &told);
    ASSERT_EQ(told.size(), 2u);
    for (auto& [day, ids] : waiting) {
        EXPECT_EQ(StatusOf(ids[0]), BookingStatus::Confirmed) << day;  // first in line
        EXPECT_EQ(StatusOf(ids[1]), BookingStatus::Waitlisted) << day;
        EXPECT_TRUE(std::any_of(told.begin(), told.end(), [&](const ToTell& t) {
            return t.booking.id == ids[0] && t.person.first_name == "Bruno";
        }));
    }
    EXPECT_EQ(StatusOf(past_waiting), BookingStatus::Waitlisted);  // a past session stays as it was

    // Raising again promotes the next in line, still FIFO.
    a.capacity = 3;
    Save(a, &told);
    EXPECT_EQ(told.size(), 2u);
    for (auto& [day, ids] : waiting) EXPECT_EQ(StatusOf(ids[1]), BookingStatus::Confirmed) << day;
}

TEST_F(CapacityTest, LoweringActivityCapacityBelowSeatsGivenIsRefusedNamingTheSession) {
    clock.Set(D("2026-11-16"), 10, 0);
    Activity a = Save(Weekly(4));
    ASSERT_TRUE(BookFor(SessionAtDay(a.id, "2026-11-17"), Person("Past"), 4));  // past: not a reason
    clock.Set(D("2026-11-23"), 10, 0);
    ASSERT_TRUE(BookFor(SessionAtDay(a.id, "2026-11-24"), Person("Ana"), 1));
    ASSERT_TRUE(BookFor(SessionAtDay(a.id, "2026-12-01"), Person("Bilal"), 3));
    const Id own = SessionAtDay(a.id, "2026-12-08");  // keeps its own capacity
    ASSERT_TRUE(SetSessionCapacity(*db, own, 4));
    ASSERT_TRUE(BookFor(own, Person("Chantal"), 4));
    const auto journal = storage::JournalCount(*db);

    Activity lower = a;
    lower.capacity = 2;
    lower.title = "Atelier vélo (nouveau nom)";
    auto r = SaveActivityAndSessions(*db, lower);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.capacity_below_booked");
    EXPECT_EQ(r.problem().args.at("taken"), "3");
    EXPECT_EQ(r.problem().args.at("date"), "01/12/2026");
    EXPECT_EQ(r.problem().args.at("time"), "14:00");
    const std::string text = Describe(r.problem());
    EXPECT_NE(text.find("01/12/2026"), std::string::npos) << text;
    EXPECT_NE(text.find("Mardi"), std::string::npos) << text;
    EXPECT_NE(text.find("3"), std::string::npos) << text;
    // Nothing was written: same activity, same journal.
    EXPECT_EQ(storage::LoadActivity(*db, a.id)->capacity, 4);
    EXPECT_EQ(storage::LoadActivity(*db, a.id)->title, "Atelier vélo");
    EXPECT_EQ(storage::JournalCount(*db), journal);

    // Down to the seats given is fine; the session with its own capacity does not count.
    lower.capacity = 3;
    EXPECT_TRUE(SaveActivityAndSessions(*db, lower));
    EXPECT_EQ(ViewSession(*db, own)->capacity, 4);
}

TEST_F(CapacityTest, SessionCapacityRefusalNamesTheSessionAndWritesNothing) {
    const Id s = SessionOf(MakeActivity(3));
    ASSERT_TRUE(BookFor(s, Person("Ana"), 2));
    const auto journal = storage::JournalCount(*db);
    auto r = SetSessionCapacity(*db, s, 1);
    ASSERT_FALSE(r);
    const std::string text = Describe(r.problem());
    EXPECT_NE(text.find("Atelier cuisine"), std::string::npos) << text;
    EXPECT_NE(text.find("24/11/2026"), std::string::npos) << text;
    EXPECT_NE(text.find("14:00"), std::string::npos) << text;
    EXPECT_EQ(r.problem().args.at("taken"), "2");
    EXPECT_EQ(storage::JournalCount(*db), journal);
    EXPECT_EQ(ViewSession(*db, s)->capacity, 3);
}

TEST_F(CapacityTest, AddingATutorPromotesAndRemovingABusyOneIsRefused) {
    Activity a = Save(Weekly(1, ActivityKind::HomeworkHelp, {"Inès"}));
    std::vector<Id> second;
    for (const char* day : {"2026-11-24", "2026-12-01"}) {
        const Id s = SessionAtDay(a.id, day);
        ASSERT_TRUE(BookFor(s, Person("Yanis", 2014)));
        second.push_back(BookFor(s, Person("Zoé", 2015), 1, true)->booking.id);
    }
    a.tutors = {"Inès", "Karim"};
    std::vector<ToTell> told;
    Save(a, &told);
    ASSERT_EQ(told.size(), 2u);
    for (const Id& b : second) {
        EXPECT_EQ(StatusOf(b), BookingStatus::Confirmed);
        EXPECT_EQ(storage::LoadBooking(*db, b)->tutor, "Karim");
    }

    // Inès has pupils in future sessions: she cannot be removed; nothing changes.
    Activity without = a;
    without.tutors = {"Karim"};
    auto r = SaveActivityAndSessions(*db, without);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.tutor_has_pupil");
    EXPECT_EQ(r.problem().args.at("tutor"), "Inès");
    EXPECT_EQ(r.problem().args.at("date"), "24/11/2026");
    EXPECT_EQ(storage::LoadActivity(*db, a.id)->tutors.size(), 2u);

    // Once her pupils' bookings are cancelled, she can go.
    for (const char* day : {"2026-11-24", "2026-12-01"})
        for (const auto& b : storage::BookingsOfSession(*db, SessionAtDay(a.id, day)))
            if (b.tutor == "Inès") {
                ASSERT_TRUE(CancelBooking(*db, b.id));
            }
    EXPECT_TRUE(SaveActivityAndSessions(*db, without));
}
