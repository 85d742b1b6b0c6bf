// Record descriptors, the journal format, the pushed-through cursor (storage/RecordType.h,
// storage/JournalStore.h).
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "booking_fixture.h"
#include "kiosk/StaffAuth.h"
#include "kiosk/Summary.h"
#include "kiosk/UiQueries.h"
#include "storage/EntryWire.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/RecordJson.h"
#include "storage/RecordKinds.h"
#include "storage/StaffStore.h"
#include "storage/VisitStore.h"

using namespace palier;
using namespace palier::test;
using nlohmann::json;

class Records : public BookingFixture {
protected:
    json LastPayload() { return json::parse(storage::JournalAfter(*db, 0, 100000).back().payload); }
};

TEST_F(Records, EveryDescriptorMatchesItsTableColumns) {
    for (const char* kind : {"site", "person", "visit", "orientation", "partner", "activity",
                             "session", "booking", "staff", "survey"}) {
        const auto* ops = storage::FindKind(kind);
        ASSERT_NE(ops, nullptr) << kind;
        std::set<std::string> table, described(ops->columns.begin(), ops->columns.end());
        SQLite::Statement st(db->sql(), std::string("SELECT name FROM pragma_table_info('") + kind + "')");
        while (st.executeStep()) table.insert(st.getColumn(0).getString());
        EXPECT_EQ(described, table) << kind;
        EXPECT_EQ(described.size(), ops->columns.size()) << kind << ": a column described twice";
    }
}

TEST_F(Records, WireValuesAreStableNames) {
    clock.Set(D("2026-11-23"), 10, 0);  // before the fixture's session, whatever the suite's moment
    const Id s = SessionOf(MakeActivity(3, ActivityKind::HomeworkHelp, {"Sam", "Lou", "Max"}));
    const Id p = Person("Yasmine", 2012);
    ASSERT_TRUE(LogVisit(*db, site, {p, kReasonPaperwork | kReasonCoffee, "fr"}));
    auto booked = BookFor(s, p);
    ASSERT_TRUE(booked);
    json b = booked->booking;
    EXPECT_EQ(b["status"], "confirmed");
    EXPECT_EQ(b["source"], "self_service");
    json a = *storage::LoadActivity(*db, storage::LoadSession(*db, s)->activity_id);
    EXPECT_EQ(a["kind"], "homework_help");
    EXPECT_EQ(a["tutors"], json({"Sam", "Lou", "Max"}));
    json v = storage::VisitsOfPerson(*db, p).at(0);
    EXPECT_EQ(v["reasons"], json({"paperwork", "coffee"}));
    Partner partner;
    partner.name = "CPAM";
    partner.topics = {Topic::HealthCoverage, Topic::Ame};
    EXPECT_EQ(json(partner)["topics"], json({"health_coverage", "ame"}));
    // Back from the wire to the same record.
    EXPECT_EQ(json(b.get<Booking>()), b);
    EXPECT_EQ(json(a.get<Activity>()), a);
    EXPECT_EQ(json(v.get<Visit>()), v);
}

TEST_F(Records, TheJournalCarriesOnlyTheChangedFieldsWithDeviceAndFormat) {
    const Id p = Person("Léa", 1990);
    const auto created = storage::JournalAfter(*db, 0, 10).back();
    EXPECT_EQ(created.device_id, db->device_id());
    EXPECT_EQ(created.format, storage::kJournalFormat);
    EXPECT_EQ(json::parse(created.payload)["first_name"], "Léa");
    ASSERT_TRUE(SetBirthYear(*db, p, 1991));
    EXPECT_EQ(LastPayload(), json({{"birth_year", 1991}}));
    const auto count = storage::JournalCount(*db);
    ASSERT_TRUE(SetBirthYear(*db, p, 1991));  // nothing changes: nothing to send
    EXPECT_EQ(storage::JournalCount(*db), count);
    // The wire form of an entry reads back the same.
    const JournalEntry back = json(created).get<JournalEntry>();
    EXPECT_EQ(back.device_id, created.device_id);
    EXPECT_EQ(back.seq, created.seq);
    EXPECT_EQ(json::parse(back.payload), json::parse(created.payload));
}

// Request and answer bodies copy each entry's stored text (storage/EntryWire.h): what goes out
// is what the JSON library would have printed, byte for byte, escapes and accents included.
TEST_F(Records, EntriesWrittenFromTheirStoredTextAreTheLibrarysWireForm) {
    Person("Léa \"la grande\"", 1990);
    ASSERT_TRUE(SetBirthYear(*db, Person("Zoé", 2001), 2002));
    auto entries = storage::JournalAfter(*db, 0, 100);
    ASSERT_GE(entries.size(), 3u);
    entries.back().record_id = "an id with a \"quote\", a tab\t and é";  // the library's own escaping
    std::string wire;
    storage::AppendWireEntries(wire, entries);
    EXPECT_EQ(wire, json(entries).dump());
    std::string none;
    storage::AppendWireEntries(none, {});
    EXPECT_EQ(none, "[]");
}

// Stamps are one canonical text per record (replicas compare it byte for byte): written without
// the JSON library, it is still exactly what the library prints.
TEST_F(Records, StampsAreStoredInTheLibrarysCanonicalText) {
    storage::FieldStamps stamps;
    stamps["first_name"] = {7, "device-b"};
    stamps["last_name"] = {7, "device-b"};
    stamps["phone"] = {9, "device \"a\" é"};
    storage::SaveStamps(*db, "person", "p1", stamps);
    const json expected = json::array({json::array({7, "device-b", json::array({"first_name", "last_name"})}),
                                       json::array({9, "device \"a\" é", json::array({"phone"})})});
    SQLite::Statement st(db->sql(), "SELECT stamps FROM record_stamp WHERE kind = 'person' AND record_id = 'p1'");
    ASSERT_TRUE(st.executeStep());
    EXPECT_EQ(st.getColumn(0).getString(), expected.dump());
    EXPECT_EQ(storage::LoadStamps(*db, "person", "p1"), stamps);
    storage::FieldStamps all;
    for (const auto& f : storage::FindKind("person")->fields)
        if (f.json != "id") all[f.json] = {5, "d"};
    storage::SaveStamps(*db, "person", "p2", all);
    SQLite::Statement st2(db->sql(), "SELECT stamps FROM record_stamp WHERE kind = 'person' AND record_id = 'p2'");
    ASSERT_TRUE(st2.executeStep());
    EXPECT_EQ(st2.getColumn(0).getString(), R"([[5,"d","*"]])");
}

TEST_F(Records, TheJournalIsIndexedByRecord) {
    SQLite::Statement st(db->sql(), "SELECT name FROM pragma_index_info('journal_record')");
    std::vector<std::string> cols;
    while (st.executeStep()) cols.push_back(st.getColumn(0).getString());
    EXPECT_EQ(cols, (std::vector<std::string>{"kind", "record_id"}));
}

TEST_F(Records, AWrongPinIsNotAJournaledChange) {
    auto staff = CreateStaff(*db, site, "Nadia", StaffRole::Coordinator, "246810", PinCost::Fast);
    ASSERT_TRUE(staff);
    const auto count = storage::JournalCount(*db);
    EXPECT_FALSE(SignInByPin(*db, site, "000000"));
    EXPECT_EQ(storage::GetSetting(*db, "pin_entry.failed"), "1");
    EXPECT_TRUE(SignInByPin(*db, site, "246810"));
    EXPECT_EQ(storage::GetSetting(*db, "pin_entry.failed"), "0");
    EXPECT_EQ(storage::JournalCount(*db), count);
    for (const auto& e : storage::JournalAfter(*db, 0, 1000))
        EXPECT_EQ(e.payload.find("pin_hash"), std::string::npos);
}

TEST_F(Records, WaitingCountsOnlyWhatTheHubHasNotAcknowledged) {
    Person("Un");
    Person("Deux");
    Person("Trois");
    const auto entries = storage::JournalAfter(*db, 0, 10);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(storage::JournalWaiting(*db), 3);
    storage::MarkPushedThrough(*db, entries[1].seq);
    EXPECT_EQ(storage::JournalWaiting(*db), 1);
    EXPECT_EQ(*PendingChanges(*db), 1);
    EXPECT_NE(DescribeDatabase(*db, D("2026-11-23")).find("1 changement(s) en attente d'envoi au hub"),
              std::string::npos);
    storage::MarkPushedThrough(*db, entries[0].seq);  // an old acknowledgement never moves it back
    EXPECT_EQ(storage::JournalWaiting(*db), 1);
    EXPECT_EQ(storage::JournalCount(*db), 3);
}

TEST_F(Records, StatementsArePreparedOncePerDatabase) {
    const Id p = Person("Chloé");
    SQLite::Statement& first = db->Cached("SELECT 1");
    EXPECT_EQ(&db->Cached("SELECT 1"), &first);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(storage::LoadPerson(*db, p)->first_name, "Chloé");
}
