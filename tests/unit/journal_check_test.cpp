// The journal/records agreement checks that the crash and power-loss tests rely on.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "storage/CatalogueStore.h"
#include "storage/JournalCheck.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

namespace {

class JournalCheck : public DbTest {
protected:
    Id Person(const char* name) {
        NewPerson p;
        p.first_name = name;
        auto id = RegisterPerson(*db, site, p);
        EXPECT_TRUE(id);
        return id ? *id : Id();
    }
    Id BookedSeat(const Id& person) {
        Activity a;
        a.site_id = site;
        a.title = "Atelier vélo";
        a.capacity = 10;
        const Date day = AddDays(TestToday(), 4);  // in the future at every test moment
        a.rule = {Weekday(day), "14:00", "16:00", FormatDate(day), FormatDate(day), {}};
        auto activity = SaveActivityAndSessions(*db, a);
        EXPECT_TRUE(activity);
        const Id session = storage::SessionsOfActivity(*db, *activity).at(0).id;
        auto b = Book(*db, site, {session, person, 1, BookingSource::SelfService, false});
        EXPECT_TRUE(b);
        return b ? b->booking.id : Id();
    }
    void Exec(const char* sql, const Id& id) {
        SQLite::Statement st(db->sql(), sql);
        st.bind(1, id);
        st.exec();
    }
};

TEST_F(JournalCheck, ServicesKeepRecordsAndJournalInStep) {
    const Id person = Person("Nadia");
    const Id booking = BookedSeat(person);
    ASSERT_TRUE(CancelBooking(*db, booking));
    EXPECT_TRUE(storage::RecordsWithoutJournal(*db).empty());
    EXPECT_TRUE(storage::JournalWithoutRecord(*db).empty());
    const auto entries = storage::JournalOfRecord(*db, booking);
    ASSERT_EQ(entries.size(), 2u);  // booked, then cancelled
    for (const auto& e : entries) {
        EXPECT_EQ(e.kind, "booking");
        EXPECT_EQ(e.record_id, booking);
    }
    EXPECT_LT(entries[0].seq, entries[1].seq);
    EXPECT_TRUE(storage::JournalOfRecord(*db, "no-such-record").empty());
}

TEST_F(JournalCheck, ReportsARecordWithoutEntry) {
    const Id kept = Person("Nadia");
    const Id person = Person("Omar");
    Exec("DELETE FROM journal WHERE record_id = ?", person);
    const auto missing = storage::RecordsWithoutJournal(*db);
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].kind, "person");
    EXPECT_EQ(missing[0].id, person);
    EXPECT_TRUE(storage::JournalWithoutRecord(*db).empty());
    EXPECT_FALSE(storage::JournalOfRecord(*db, kept).empty());
}

TEST_F(JournalCheck, ReportsAnEntryWithoutRecordOrOfUnknownKind) {
    const Id person = Person("Nadia");
    const Id booking = BookedSeat(person);
    Exec("DELETE FROM booking WHERE id = ?", booking);
    auto orphans = storage::JournalWithoutRecord(*db);
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].kind, "booking");
    EXPECT_EQ(orphans[0].id, booking);

    Exec("UPDATE journal SET kind = 'nonsense' WHERE record_id = ?", person);
    orphans = storage::JournalWithoutRecord(*db);
    ASSERT_EQ(orphans.size(), 2u);
    EXPECT_TRUE(std::any_of(orphans.begin(), orphans.end(), [&](const storage::RecordRef& r) {
        return r.kind == "nonsense" && r.id == person;
    }));
    // The person row now has no entry of its own kind.
    const auto missing = storage::RecordsWithoutJournal(*db);
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].id, person);
}

}  // namespace
