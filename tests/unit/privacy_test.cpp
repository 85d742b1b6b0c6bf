#include <nlohmann/json.hpp>

#include "booking_fixture.h"
#include "kiosk/Orientations.h"
#include "kiosk/Privacy.h"
#include "storage/BookingStore.h"
#include "storage/JournalStore.h"
#include "storage/OrientationStore.h"
#include "storage/VisitStore.h"

using namespace palier;
using namespace palier::test;

class PrivacyTest : public BookingFixture {};

TEST_F(PrivacyTest, ExportHoldsEverythingAboutThePerson) {
    const Id p = Person("Olena", 1982);
    const Id child = Person("Maya", 2016, p);
    ASSERT_TRUE(LogVisit(*db, site, {p, kReasonPaperwork, "uk"}));
    ASSERT_TRUE(BookFor(SessionOf(MakeActivity(5)), p));
    ASSERT_TRUE(CreateOrientation(*db, site, "st", {p, Topic::Housing, "", "2026-12-01", "Dossier DALO"}));
    auto json_text = ExportPerson(*db, p, "st");
    ASSERT_TRUE(json_text);
    const auto j = nlohmann::json::parse(*json_text);
    EXPECT_EQ(j["person"]["first_name"], "Olena");
    EXPECT_EQ(j["visits"].size(), 1u);
    EXPECT_EQ(j["bookings"].size(), 1u);
    EXPECT_EQ(j["orientations"][0]["note"], "Dossier DALO");
    EXPECT_EQ(j["children"][0]["id"], child);
    EXPECT_EQ(ExportPerson(*db, "ghost", "st").problem().key, "err.no_person");
}

TEST_F(PrivacyTest, EraseWipesPersonalFieldsAndKeepsAnonymousCounts) {
    NewPerson np;
    np.first_name = "Mehmet";
    np.last_name = "Kaya";
    np.birth_year = 1970;
    np.phone = "0612345678";
    np.neighbourhood = "Les Tilleuls";
    const Id p = *RegisterPerson(*db, site, np);
    const Id child = Person("Elif", 2014, p);
    ASSERT_TRUE(LogVisit(*db, site, {p, kReasonCoffee, "tr"}));
    const Id s = SessionOf(MakeActivity(5));
    ASSERT_TRUE(BookFor(s, p, 2));
    auto o = CreateOrientation(*db, site, "st", {p, Topic::Legal, "", "2026-12-01", "Titre de séjour"});
    const auto journal_before = storage::JournalCount(*db);

    ASSERT_TRUE(ErasePerson(*db, p, "st"));
    const auto after = storage::LoadPerson(*db, p);
    EXPECT_TRUE(after->erased);
    EXPECT_EQ(after->first_name, "");
    EXPECT_EQ(after->last_name, "");
    EXPECT_EQ(after->phone, "");
    EXPECT_EQ(after->birth_year, 0);
    EXPECT_EQ(after->neighbourhood, "");
    EXPECT_EQ(storage::LoadOrientation(*db, *o)->note, "");
    EXPECT_EQ(storage::LoadPerson(*db, child)->guardian_id, "");
    // Counts stay: the visit and the booking are still there, linked to nobody identifiable;
    // the booking of a session still to come no longer holds its seats.
    EXPECT_EQ(storage::CountVisitsOfPerson(*db, p), 1);
    ASSERT_EQ(storage::BookingsOfPerson(*db, p).size(), 1u);
    EXPECT_EQ(storage::BookingsOfPerson(*db, p)[0].status, BookingStatus::Cancelled);
    EXPECT_EQ(ViewSession(*db, s)->seats_taken, 0);
    EXPECT_TRUE(storage::SearchPeople(*db, "mehmet").empty());
    EXPECT_TRUE(storage::FindByPhoneLast4(*db, "5678").empty());
    // The erasure travels as an "erase" entry; no journal entry, old or new, keeps the values.
    bool erase_entry = false;
    for (const auto& e : storage::JournalAfter(*db, 0, 10000)) {
        if (e.seq > journal_before && e.op == "erase" && e.record_id == p) erase_entry = true;
        EXPECT_EQ(e.payload.find("Mehmet"), std::string::npos) << e.kind;
        EXPECT_EQ(e.payload.find("Kaya"), std::string::npos) << e.kind;
        EXPECT_EQ(e.payload.find("0612345678"), std::string::npos) << e.kind;
        EXPECT_EQ(e.payload.find("Titre de séjour"), std::string::npos) << e.kind;
    }
    EXPECT_TRUE(erase_entry);
    EXPECT_EQ(ErasePerson(*db, p, "st").problem().key, "err.already_erased");
}

TEST_F(PrivacyTest, RetentionPurgeAnonymisesPeopleWithoutContactFor24Months) {
    const Id old_one = Person("Ancien");
    clock.Set(D("2027-06-01"), 9, 0);
    const Id recent = Person("Récent");
    clock.Set(D("2028-12-01"), 9, 0);
    auto report = RunRetentionPurge(*db, "st");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->cutoff, "2026-12-01");
    EXPECT_EQ(report->erased, 1);
    EXPECT_TRUE(storage::LoadPerson(*db, old_one)->erased);
    EXPECT_FALSE(storage::LoadPerson(*db, recent)->erased);
    // A visit counts as contact.
    clock.Set(D("2029-05-01"), 9, 0);
    ASSERT_TRUE(LogVisit(*db, site, {recent, kReasonCoffee, "fr"}));
    clock.Set(D("2030-01-01"), 9, 0);
    EXPECT_EQ(RunRetentionPurge(*db, "st")->erased, 0);
}
