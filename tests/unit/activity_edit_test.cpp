// Later edits of an activity: deleting it, and changing its rule once sessions are booked.
#include "booking_fixture.h"
#include "storage/BookingStore.h"

using namespace palier;
using namespace palier::test;

namespace {
class ActivityEditTest : public BookingFixture {
protected:
    // Tuesdays 2026-11-17 (past on the test clock) to 2026-12-08.
    Activity Weekly() {
        Activity a;
        a.site_id = site;
        a.title = "Chorale";
        a.capacity = 1;
        a.place = "Salle 1";
        a.stop_id = "stop-a";
        a.rule = {2, "14:00", "16:00", "2026-11-17", "2026-12-08", {}};
        return a;
    }
    std::map<std::string, Session> ByDay(const Id& activity) {
        std::map<std::string, Session> out;
        for (const auto& s : storage::SessionsOfActivity(*db, activity)) out[DatePart(s.start)] = s;
        return out;
    }
};
}  // namespace

TEST_F(ActivityEditTest, DeletingCancelsFutureSessionsSaysWhoToTellAndStopsBookings) {
    clock.Set(D("2026-11-16"), 10, 0);
    Activity a = Weekly();
    a.id = *SaveActivityAndSessions(*db, a);
    const Id past_booking = BookFor(ByDay(a.id)["2026-11-17"].id, Person("Ancien"))->booking.id;
    clock.Set(D("2026-11-23"), 10, 0);
    const Id s24 = ByDay(a.id)["2026-11-24"].id;
    ASSERT_TRUE(BookFor(s24, Person("Ana")));
    ASSERT_TRUE(BookFor(s24, Person("Bilal"), 1, true));
    const Id s01 = ByDay(a.id)["2026-12-01"].id;
    ASSERT_TRUE(BookFor(s01, Person("Chloé")));

    auto told = DeleteActivity(*db, a.id);
    ASSERT_TRUE(told) << Describe(told.problem());
    std::vector<std::string> names;
    for (const auto& t : *told) {
        names.push_back(t.person.first_name);
        EXPECT_EQ(t.booking.status, BookingStatus::Cancelled);
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"Ana", "Bilal", "Chloé"}));

    auto days = ByDay(a.id);
    EXPECT_FALSE(days["2026-11-17"].cancelled);  // the past stays as it happened
    EXPECT_EQ(storage::LoadBooking(*db, past_booking)->status, BookingStatus::Confirmed);
    for (const char* d : {"2026-11-24", "2026-12-01", "2026-12-08"}) EXPECT_TRUE(days[d].cancelled) << d;

    // It can no longer be booked, edited or deleted again, and leaves the programme.
    EXPECT_EQ(BookFor(days["2026-12-08"].id, Person("Dora")).problem().key, "err.no_session");
    EXPECT_EQ(SaveActivityAndSessions(*db, a).problem().key, "err.no_activity");
    EXPECT_EQ(DeleteActivity(*db, a.id).problem().key, "err.no_activity");
    EXPECT_TRUE(WeekProgramme(*db, D("2026-11-23"))->empty());
}

TEST_F(ActivityEditTest, ABookableSessionOfADeletedActivityIsRefused) {
    const Id act = MakeActivity(5);
    const Id s = SessionOf(act);
    auto a = *storage::LoadActivity(*db, act);
    // Deleted elsewhere (the hub) without its sessions being cancelled here yet.
    a.deleted = true;
    {
        storage::Transaction tx(db->sql());
        storage::SaveActivity(*db, a);
        tx.commit();
    }
    EXPECT_EQ(BookFor(s, Person("Ana")).problem().key, "err.no_session");
}

TEST_F(ActivityEditTest, RuleEditsMoveFutureSessionsKeepingIdsAndBookings) {
    clock.Set(D("2026-11-16"), 10, 0);
    Activity a = Weekly();
    a.id = *SaveActivityAndSessions(*db, a);
    const auto before = ByDay(a.id);
    ASSERT_TRUE(BookFor(before.at("2026-11-17").id, Person("Ancien")));
    clock.Set(D("2026-11-23"), 10, 0);
    const Id booking = BookFor(before.at("2026-12-01").id, Person("Ana"))->booking.id;

    a.rule.start_time = "14:30";
    a.rule.end_time = "17:00";
    a.place = "Salle 2";
    a.stop_id = "stop-b";
    ASSERT_TRUE(SaveActivityAndSessions(*db, a));
    const auto after = ByDay(a.id);
    ASSERT_EQ(after.size(), before.size());
    for (const char* d : {"2026-11-24", "2026-12-01", "2026-12-08"}) {
        const Session& s = after.at(d);
        EXPECT_EQ(s.id, before.at(d).id) << d;
        EXPECT_EQ(s.start, std::string(d) + "T14:30");
        EXPECT_EQ(s.end, std::string(d) + "T17:00");
        EXPECT_EQ(s.stop_id, "stop-b");
    }
    const Session& past = after.at("2026-11-17");
    EXPECT_EQ(past.start, "2026-11-17T14:00");  // the past is not rewritten
    EXPECT_EQ(past.end, "2026-11-17T16:00");
    EXPECT_EQ(past.stop_id, "stop-a");
    auto b = storage::LoadBooking(*db, booking);
    EXPECT_EQ(b->session_id, before.at("2026-12-01").id);
    EXPECT_EQ(b->status, BookingStatus::Confirmed);
    EXPECT_EQ(ViewSession(*db, b->session_id)->seats_taken, 1);
}

TEST_F(ActivityEditTest, ADateDroppedThenAddedBackGetsASessionAgain) {
    Activity a = Weekly();
    a.id = *SaveActivityAndSessions(*db, a);
    a.rule.to = "2026-12-01";  // 2026-12-08 (empty) goes
    ASSERT_TRUE(SaveActivityAndSessions(*db, a));
    EXPECT_EQ(ByDay(a.id).count("2026-12-08"), 0u);
    a.rule.to = "2026-12-08";  // and comes back
    auto r = SaveActivityAndSessions(*db, a);
    ASSERT_TRUE(r) << Describe(r.problem());
    const auto days = ByDay(a.id);
    ASSERT_EQ(days.count("2026-12-08"), 1u);
    EXPECT_TRUE(BookFor(days.at("2026-12-08").id, Person("Ana")));
}

TEST_F(ActivityEditTest, ASessionCanMoveOntoTheTimeOfARemovedOne) {
    Activity a = Weekly();
    a.id = *SaveActivityAndSessions(*db, a);
    a.rule.to = "2026-12-01";  // 2026-12-08 at 14:00 is removed
    ASSERT_TRUE(SaveActivityAndSessions(*db, a));
    a.rule.to = "2026-12-08";
    a.rule.start_time = "15:00";  // back, an hour later
    ASSERT_TRUE(SaveActivityAndSessions(*db, a));
    const Id moved = ByDay(a.id).at("2026-12-08").id;
    ASSERT_TRUE(BookFor(moved, Person("Ana")));
    a.rule.start_time = "14:00";  // and back to 14:00, where the removed one was
    auto r = SaveActivityAndSessions(*db, a);
    ASSERT_TRUE(r) << Describe(r.problem());
    const Session s = ByDay(a.id).at("2026-12-08");
    EXPECT_EQ(s.id, moved);
    EXPECT_EQ(s.start, "2026-12-08T14:00");
    EXPECT_EQ(ViewSession(*db, s.id)->seats_taken, 1);
}
