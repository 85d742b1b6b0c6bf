// Booking codes stay unique among live bookings, and booking reads only what it decides on.
#include <sqlite3.h>

#include <random>
#include <set>

#include "booking_fixture.h"
#include "storage/BookingStore.h"

using namespace palier;
using namespace palier::test;

namespace {
class BookingCodeTest : public ScenarioFixture {};

// Hands out the given codes in turn, then repeats the last one.
CodeSource Scripted(std::vector<std::string> codes) {
    auto next = std::make_shared<size_t>(0);
    return [codes = std::move(codes), next] { return codes[std::min((*next)++, codes.size() - 1)]; };
}

// Rows SQLite hands back to the program while `body` runs.
template <class F>
int64_t RowsRead(storage::Database& db, F&& body) {
    int64_t rows = 0;
    sqlite3_trace_v2(db.sql().getHandle(), SQLITE_TRACE_ROW,
                     [](unsigned, void* ctx, void*, void*) {
                         ++*static_cast<int64_t*>(ctx);
                         return 0;
                     },
                     &rows);
    body();
    sqlite3_trace_v2(db.sql().getHandle(), 0, nullptr, nullptr);
    return rows;
}
}  // namespace

TEST_F(BookingCodeTest, ACollidingCodeIsReplacedInTheSameBooking) {
    const Id s = SessionOf(MakeActivity(10));
    auto first = Book(*db, site, {s, Person("Ana")}, Scripted({"KM3P"}));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->booking.code, "KM3P");
    auto second = Book(*db, site, {s, Person("Bilal")}, Scripted({"KM3P", "KM3P", "W7XA"}));
    ASSERT_TRUE(second) << Describe(second.problem());
    EXPECT_EQ(second->booking.code, "W7XA");
    EXPECT_EQ(storage::FindBookingByCode(*db, "KM3P")->id, first->booking.id);

    // A generator stuck on a taken code still ends with a free (longer) one.
    auto third = Book(*db, site, {s, Person("Chloé")}, Scripted({"KM3P"}));
    ASSERT_TRUE(third);
    EXPECT_NE(third->booking.code, "KM3P");
    EXPECT_FALSE(third->booking.code.empty());

    // A cancelled booking keeps its code for good: an old slip never names someone else's booking.
    ASSERT_TRUE(CancelBooking(*db, first->booking.id));
    auto again = Book(*db, site, {s, Person("Dora")}, Scripted({"KM3P", "Q9RT"}));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->booking.code, "Q9RT");
}

TEST_F(BookingCodeTest, StorageRefusesTwoLiveBookingsWithOneCode) {
    const Id s = SessionOf(MakeActivity(10));
    auto first = BookFor(s, Person("Ana"));
    ASSERT_TRUE(first);
    Booking copy;
    copy.site_id = site;
    copy.session_id = s;
    copy.person_id = Person("Bilal");
    copy.code = first->booking.code;
    copy.created_at = "2026-11-23T10:00";
    storage::Transaction tx(db->sql());
    EXPECT_ANY_THROW(storage::SaveBooking(*db, copy));
}

TEST(BookingCodes, ThousandsOfBookingsHaveDistinctCodes) {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    TestClock clock;
    storage::Database db(":memory:", clock.clock());
    Activity a;
    a.site_id = "s";
    a.title = "Permanence";
    a.capacity = 100;
    a.rule = {WeekdayInDays(1), "09:00", "12:00", InDays(1), InDays(1 + 7 * 51), {}};
    auto act = SaveActivityAndSessions(db, a);
    ASSERT_TRUE(act);
    const auto sessions = storage::SessionsOfActivity(db, *act);
    ASSERT_EQ(sessions.size(), 52u);
    std::vector<Id> people;
    for (int i = 0; i < 50; ++i) {
        NewPerson p;
        p.first_name = "P" + std::to_string(i);
        people.push_back(*RegisterPerson(db, "s", p));
    }
    // A small code space forces collisions often; a seeded generator keeps the run repeatable.
    std::mt19937 rng(7);
    const CodeSource small = [&] { return "C" + std::to_string(std::uniform_int_distribution<int>(0, 999)(rng)); };
    std::set<std::string> codes;
    int booked = 0;
    for (const auto& s : sessions)
        for (const auto& p : people) {
            auto r = Book(db, "s", {s.id, p, 1, BookingSource::Staff}, booked % 2 ? small : CodeSource{});
            ASSERT_TRUE(r) << Describe(r.problem());
            EXPECT_TRUE(codes.insert(r->booking.code).second) << r->booking.code;
            ++booked;
        }
    EXPECT_EQ(booked, 2600);
    EXPECT_EQ(codes.size(), 2600u);
}

TEST(BookingReads, BookingDoesNotReadTheWholeSession) {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    TestClock clock;
    storage::Database db(":memory:", clock.clock());
    Activity a;
    a.site_id = "s";
    a.title = "Grand repas";
    a.capacity = 400;
    a.rule = {WeekdayInDays(1), "12:00", "14:00", InDays(1), InDays(1), {}};
    const Id session = storage::SessionsOfActivity(db, *SaveActivityAndSessions(db, a)).at(0).id;
    auto person = [&](int i) {
        NewPerson p;
        p.first_name = "P" + std::to_string(i);
        return *RegisterPerson(db, "s", p);
    };
    for (int i = 0; i < 450; ++i)
        ASSERT_TRUE(Book(db, "s", {session, person(i), 1, BookingSource::Staff, true}));
    const Id next = person(1000);
    const Id again = person(1001);
    const int64_t rows = RowsRead(db, [&] {
        auto r = Book(db, "s", {session, next, 1, BookingSource::Staff, true});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->waitlist_position, 51);
    });
    EXPECT_LT(rows, 40) << "Book read " << rows << " rows";
    // A refusal for an existing booking is as cheap.
    const int64_t refused = RowsRead(db, [&] {
        ASSERT_TRUE(Book(db, "s", {session, again, 1, BookingSource::Staff, true}));
        EXPECT_EQ(Book(db, "s", {session, again, 1, BookingSource::Staff, true}).problem().key, "err.already_booked");
    });
    EXPECT_LT(refused, 80);
}
