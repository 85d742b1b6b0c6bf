// Sync ground: applying other devices' journal entries (kiosk/SyncMerge.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/Privacy.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"
#include "storage/VisitStore.h"
#include "sync_support.h"

using namespace palier;
using namespace palier::test;

namespace {

class Sync : public ::testing::Test {
protected:
    TempDir dir;
    Device a{dir, "a"}, b{dir, "b"}, replica{dir, "replica", "2026-11-30"};
    const Id site = "site-local";

    Id Register(Device& d, const char* first, const char* phone = "") { return RegisterAt(d, site, first, phone); }
    void SetPhone(Device& d, const Id& person, const std::string& phone) {
        storage::Transaction tx(d.db->sql());
        auto p = storage::LoadPerson(*d.db, person);
        p->phone = phone;
        storage::SavePerson(*d.db, *p);
        tx.commit();
    }
    Id Workshop(Device& d) {
        Activity act;
        act.site_id = site;
        act.title = "Atelier cuisine";
        act.capacity = 10;
        act.rule = {2, "14:00", "16:30", "2026-11-24", "2026-12-08", {}};
        auto id = SaveActivityAndSessions(*d.db, act);
        EXPECT_TRUE(id);
        return *id;
    }
    static std::vector<JournalEntry> Concat(std::vector<JournalEntry> x, const std::vector<JournalEntry>& y) {
        x.insert(x.end(), y.begin(), y.end());
        return x;
    }
    // The entries a device journaled after its first `n`.
    static std::vector<JournalEntry> After(const Device& d, size_t n) {
        const auto all = d.Journal();
        return {all.begin() + static_cast<long>(n), all.end()};
    }
    void ApplyAll(Device& d, const std::vector<JournalEntry>& entries) {
        for (const auto& e : entries) ASSERT_TRUE(ApplyRemote(*d.db, e));
    }
};

TEST_F(Sync, ApplyingTheSameEntriesAgainChangesNothing) {
    const Id p = Register(a, "Fatima", "0612345678");
    ASSERT_TRUE(LogVisit(*a.db, site, {p, kReasonCoffee, "fr"}));
    const Id s = storage::SessionsOfActivity(*a.db, Workshop(a)).at(0).id;
    ASSERT_TRUE(Book(*a.db, site, {s, p, 2, BookingSource::Staff, false}));
    const auto entries = a.Journal();
    ApplyAll(replica, entries);
    const std::string once = Dump(*replica.db);
    ApplyAll(replica, entries);
    auto reversed = entries;
    std::reverse(reversed.begin(), reversed.end());
    ApplyAll(replica, reversed);
    EXPECT_EQ(Dump(*replica.db), once);
    EXPECT_EQ(Dump(*replica.db), Dump(*a.db));
    // Remote changes are never journaled again.
    EXPECT_EQ(storage::JournalCount(*replica.db), 0);
}

TEST_F(Sync, ABookingArrivingBeforeItsPersonAndSessionWaitsForThem) {
    const Id act = Workshop(a);
    const Id s = storage::SessionsOfActivity(*a.db, act).at(0).id;
    const Id p = Register(a, "Olena");
    ASSERT_TRUE(Book(*a.db, site, {s, p, 1, BookingSource::SelfService, false}));
    auto entries = a.Journal();
    std::reverse(entries.begin(), entries.end());  // the booking first, the activity last
    ASSERT_EQ(entries.front().kind, "booking");
    bool parked = false;
    for (const auto& e : entries) {
        auto r = ApplyRemote(*replica.db, e);
        ASSERT_TRUE(r) << r.problem().detail;
        parked |= *r == ApplyOutcome::Parked;
    }
    EXPECT_TRUE(parked);
    EXPECT_EQ(storage::ParkedCount(*replica.db), 0);
    const auto booking = storage::BookingsOfPerson(*replica.db, p);
    ASSERT_EQ(booking.size(), 1u);
    EXPECT_EQ(booking[0].session_id, s);
    EXPECT_EQ(Dump(*replica.db), Dump(*a.db));
}

TEST_F(Sync, AStatusChangeArrivingBeforeTheBookingItselfWaitsForIt) {
    const Id s = storage::SessionsOfActivity(*a.db, Workshop(a)).at(0).id;
    const Id p = Register(a, "Olena");
    auto booked = Book(*a.db, site, {s, p, 1, BookingSource::SelfService, false});
    ASSERT_TRUE(booked);
    ASSERT_TRUE(CancelBooking(*a.db, booked->booking.id));
    auto entries = a.Journal();
    const auto cancel = entries.back();
    ASSERT_EQ(cancel.kind, "booking");
    EXPECT_EQ(nlohmann::json::parse(cancel.payload).size(), 1u) << cancel.payload;  // status only
    EXPECT_EQ(*ApplyRemote(*replica.db, cancel), ApplyOutcome::Parked);
    entries.pop_back();
    ApplyAll(replica, entries);
    EXPECT_EQ(storage::LoadBooking(*replica.db, booked->booking.id)->status, BookingStatus::Cancelled);
    EXPECT_EQ(Dump(*replica.db), Dump(*a.db));
}

TEST_F(Sync, AStampFarInTheFutureIsClampedToFiveMinutesAhead) {
    const Id p = Register(a, "Karim", "0611111111");
    ApplyAll(replica, a.Journal());
    const int64_t now_ms = *replica.clock.ms;
    JournalEntry e;
    e.device_id = "runaway-kiosk";
    e.seq = 1;
    e.kind = "person";
    e.record_id = p;
    e.op = "upsert";
    e.hlc = (now_ms + 3'600'000) << 16;  // an hour ahead
    e.payload = R"({"phone":"0622222222"})";
    ASSERT_EQ(*ApplyRemote(*replica.db, e), ApplyOutcome::Applied);
    const Hlc limit = ((now_ms + kMaxClockAheadMs) << 16) | 0xFFFF;
    EXPECT_LE(storage::LoadStamps(*replica.db, "person", p).at("phone").hlc, limit);
    EXPECT_LE(replica.db->NextHlc(), limit + 1);
    // A correction made here a minute after that beats the runaway value.
    SetPhone(replica, p, "0633333333");
    ApplyAll(replica, {e});
    EXPECT_EQ(storage::LoadPerson(*replica.db, p)->phone, "0633333333");
}

TEST_F(Sync, AnErasureBeatsAnyLaterUpdateFromAnyDevice) {
    const Id p = Register(a, "Mehmet", "0612345678");
    Ship(a, b);
    const size_t a_before = a.Journal().size(), b_before = b.Journal().size();
    a.clock.AdvanceSeconds(60);
    ASSERT_TRUE(ErasePerson(*a.db, p, "staff"));
    // Kiosk B has not heard of the erasure yet and works on later: phone, visit.
    b.clock.AdvanceSeconds(3600);
    SetPhone(b, p, "0699999999");
    ASSERT_TRUE(LogVisit(*b.db, site, {p, kReasonPaperwork, "tr"}));
    const auto a_new = After(a, a_before), b_new = After(b, b_before);
    ASSERT_GT(b_new.back().hlc, a_new.back().hlc);
    for (int order = 0; order < 2; ++order) {
        Device r{dir, "r" + std::to_string(order), "2026-11-30"};
        ApplyAll(r, a.Journal());
        ApplyAll(r, order == 0 ? b_new : a_new);
        ApplyAll(r, order == 0 ? a_new : b_new);
        const auto after = storage::LoadPerson(*r.db, p);
        EXPECT_TRUE(after->erased);
        EXPECT_EQ(after->first_name, "");
        EXPECT_EQ(after->phone, "");
        EXPECT_EQ(after->last_contact, "");
        EXPECT_EQ(storage::CountVisitsOfPerson(*r.db, p), 1);  // the visit still counts
    }
    // B learns of the erasure: its row is wiped and its unsent entries no longer hold the phone.
    Ship(a, b);
    EXPECT_TRUE(storage::LoadPerson(*b.db, p)->erased);
    for (const auto& e : b.Journal()) {
        EXPECT_EQ(e.payload.find("0699999999"), std::string::npos) << e.payload;
        EXPECT_EQ(e.payload.find("Mehmet"), std::string::npos) << e.payload;
    }
}

TEST_F(Sync, APhoneCorrectionSurvivesALaterVisitAndBookingFromAnotherKiosk) {
    const Id p = Register(a, "Aminata", "0600000001");
    const Id s = storage::SessionsOfActivity(*a.db, Workshop(a)).at(0).id;
    Ship(a, b);
    a.clock.AdvanceSeconds(60);
    SetPhone(a, p, "0600000002");  // corrected at the local
    b.clock.Set(D("2026-11-24"), 9, 0);  // the next day, on the bus, before hearing of it
    ASSERT_TRUE(LogVisit(*b.db, site, {p, kReasonComputer, "fr"}));
    ASSERT_TRUE(Book(*b.db, site, {s, p, 1, BookingSource::SelfService, false}));
    int person_entries = 0;
    for (const auto& e : b.Journal()) {
        if (e.kind != "person") continue;
        ++person_entries;  // last_contact moved: only that field travels
        EXPECT_EQ(e.payload.find("phone"), std::string::npos) << e.payload;
    }
    EXPECT_EQ(person_entries, 1);
    ApplyAll(replica, Concat(a.Journal(), b.Journal()));
    Device other{dir, "other", "2026-11-30"};
    ApplyAll(other, Concat(b.Journal(), a.Journal()));
    for (Device* d : {&replica, &other}) {
        EXPECT_EQ(storage::LoadPerson(*d->db, p)->phone, "0600000002");
        EXPECT_EQ(storage::BookingsOfPerson(*d->db, p).size(), 1u);
    }
    EXPECT_EQ(Dump(*replica.db), Dump(*other.db));
    Ship(a, b);
    EXPECT_EQ(storage::LoadPerson(*b.db, p)->phone, "0600000002");
}

TEST_F(Sync, LastContactKeepsTheLatestDateWhateverTheStamps) {
    const Id p = Register(a, "Inès");
    Ship(a, b);
    // Just after midnight at A; B's clock is three minutes behind, still on the day before.
    a.clock.Set(D("2026-11-25"), 0, 2);
    ASSERT_TRUE(LogVisit(*a.db, site, {p, kReasonCoffee, "fr"}));
    const JournalEntry a_contact = a.Journal().at(a.Journal().size() - 2);
    ASSERT_EQ(a_contact.kind, "person");
    a.clock.AdvanceSeconds(60);
    Register(a, "Karim");
    // B hears of Karim, not of the visit: its next stamps sort after A's visit.
    b.clock.Set(D("2026-11-24"), 23, 59);
    ASSERT_TRUE(ApplyRemote(*b.db, a.Journal().back()));
    ASSERT_TRUE(LogVisit(*b.db, site, {p, kReasonCoffee, "fr"}));
    const JournalEntry b_contact = b.Journal().at(b.Journal().size() - 2);
    ASSERT_EQ(b_contact.kind, "person");
    ASSERT_NE(b_contact.payload.find("2026-11-24"), std::string::npos);
    ASSERT_GT(b_contact.hlc, a_contact.hlc);
    ApplyAll(replica, Concat(a.Journal(), b.Journal()));
    EXPECT_EQ(storage::LoadPerson(*replica.db, p)->last_contact, "2026-11-25");
    Device other{dir, "other", "2026-11-30"};
    ApplyAll(other, Concat(b.Journal(), a.Journal()));
    EXPECT_EQ(Dump(*other.db), Dump(*replica.db));
    Ship(a, b);
    EXPECT_EQ(storage::LoadPerson(*b.db, p)->last_contact, "2026-11-25");
}

TEST_F(Sync, TwoKiosksExpandingOneRuleMakeTheSameSessions) {
    const Id act = Workshop(a);
    // B receives only the activity and expands its rule itself.
    for (const auto& e : a.Journal())
        if (e.kind == "activity") {
            ASSERT_TRUE(ApplyRemote(*b.db, e));
        }
    ASSERT_TRUE(storage::SessionsOfActivity(*b.db, act).empty());
    ASSERT_TRUE(SaveActivityAndSessions(*b.db, *storage::LoadActivity(*b.db, act)));
    auto ids = [](Device& d, const Id& activity) {
        std::vector<Id> out;
        for (const auto& s : storage::SessionsOfActivity(*d.db, activity)) out.push_back(s.id);
        return out;
    };
    EXPECT_EQ(ids(a, act).size(), 3u);
    EXPECT_EQ(ids(a, act), ids(b, act));
    EXPECT_EQ(SessionIdFor(act, "2026-11-24T14:00"), ids(a, act).at(0));
    Ship(a, b);  // A's sessions land on B's without a clash
    EXPECT_EQ(ids(a, act), ids(b, act));
}

TEST_F(Sync, TwoKiosksGivingOneCodeOfflineSettleItAlikeInAnyOrder) {
    // A creates the people and the workshop; B has them too, then both book offline.
    const Id act = Workshop(a);
    const Id ana = Register(a, "Ana"), bilal = Register(a, "Bilal");
    Ship(a, b);
    const size_t a_before = a.Journal().size(), b_before = b.Journal().size();
    const Id session = storage::SessionsOfActivity(*a.db, act).at(0).id;
    const CodeSource same = [] { return std::string("KM3P"); };
    auto on_a = Book(*a.db, site, {session, ana}, same);
    b.clock.AdvanceSeconds(60);  // B books a minute later: its booking is the later one
    auto on_b = Book(*b.db, site, {session, bilal}, same);
    ASSERT_TRUE(on_a && on_b);
    ASSERT_EQ(on_a->booking.code, on_b->booking.code);
    const auto from_a = After(a, a_before), from_b = After(b, b_before);

    // Each kiosk receives the other's booking; a replica receives both, in the other order.
    ASSERT_TRUE(ApplyRemoteBatch(*a.db, from_b));
    ASSERT_TRUE(ApplyRemoteBatch(*b.db, from_a));
    Ship(a, replica);
    ApplyAll(replica, from_b);
    ApplyAll(replica, from_a);  // a replay changes nothing

    const std::string later_code = "KM3P-" + [&] {
        std::string s = on_b->booking.id.substr(0, 4);
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    }();
    for (Device* d : {&a, &b, &replica}) {
        EXPECT_EQ(storage::LoadBooking(*d->db, on_a->booking.id)->code, "KM3P");
        EXPECT_EQ(storage::LoadBooking(*d->db, on_b->booking.id)->code, later_code);
    }
    EXPECT_EQ(Dump(*a.db), Dump(*b.db));
    EXPECT_EQ(Dump(*a.db), Dump(*replica.db));
    // A new booking anywhere never takes a code any booking carries.
    EXPECT_EQ(storage::FindBookingByCode(*replica.db, "KM3P")->id, on_a->booking.id);
}

}  // namespace
