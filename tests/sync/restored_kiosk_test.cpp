// A kiosk whose database goes back in time keeps the same device id and token, but its journal
// is behind what the hub acknowledged: new entries take numbers the hub already holds. With the
// real palier-hub: a kiosk restored from an older copy of its file, and a kiosk wiped and enrolled
// again under the same device id, lose none of their entries and duplicate none, and take back
// from the hub what their file lacks; and a hub restored from an older copy gets again what it
// lost.
#include <gtest/gtest.h>

#include <filesystem>

#include "CutProxy.h"
#include "direct_session.h"
#include "hub_process.h"
#include "kiosk/I18n.h"
#include "storage/HubTables.h"
#include "storage/JournalRenumber.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/SyncStateStore.h"
#include "sync_support.h"

namespace palier::test {
namespace {

namespace fs = std::filesystem;

class RestoredKiosk : public ::testing::Test {
protected:
    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        SetLanguage(Lang::Fr);
        hub = std::make_unique<HubProcess>(dir.File("hub"), std::vector<std::string>{"--now", NowStamp(a.clock.clock())});
    }
    static void Synced(storage::Database& db) {
        auto r = SessionOn(db).Sync();
        ASSERT_TRUE(r.ok()) << r.problem().key << ": " << r.problem().detail;
        EXPECT_EQ(storage::JournalWaiting(db), 0);
    }
    void Enrol(storage::Database& db) {
        auto enrolled = SessionOn(db).Enrol(hub->url(), hub->EnrolCode("Maison des Tilleuls"), "");
        ASSERT_TRUE(enrolled.ok()) << enrolled.problem().detail;
    }
    // The kiosk's file replaced by `copy` ("" = removed: a new, empty file), and opened again.
    void Replace(Device& d, const std::string& name, const std::string& copy) {
        const std::string path = d.db->path();
        d.db.reset();
        for (const char* tail : {"", "-wal", "-shm"}) fs::remove(path + tail);
        if (!copy.empty()) fs::copy_file(copy, path);
        Reopen(d, name);
    }
    void Reopen(Device& d, const std::string& name) {
        d.db.reset();
        d.db = std::make_unique<storage::Database>(dir.File(name + ".db"), d.clock.clock());
    }
    // A new, empty file under the device id the kiosk had.
    void Wipe(Device& d, const std::string& name) {
        const Id device = d.db->device_id();
        Replace(d, name, "");
        d.db->sql().exec("UPDATE meta SET value = '" + device + "' WHERE key = 'device_id'");
        Reopen(d, name);
        ASSERT_EQ(d.db->device_id(), device);
        ASSERT_EQ(storage::JournalEnd(*d.db), 0);
    }
    // What the hub's log holds of `device`: "seq kind record_id" a line, in seq order.
    std::string HubEntriesOf(const Id& device) {
        storage::OpenOptions read_only;
        read_only.read_only = true;
        storage::Database held(dir.File("hub") + "/palier.db", FixedClock(0), read_only);
        SQLite::Statement st(held.sql(), "SELECT seq, kind, record_id FROM hub_log WHERE device_id = ? ORDER BY seq");
        st.bind(1, device);
        std::string out;
        while (st.executeStep())
            out += st.getColumn(0).getString() + " " + st.getColumn(1).getString() + " " +
                   st.getColumn(2).getString() + "\n";
        return out;
    }
    static std::string Line(int64_t seq, const Id& person) { return std::to_string(seq) + " person " + person + "\n"; }

    TempDir dir;
    Device a{dir, "a"}, b{dir, "b"};
    std::unique_ptr<HubProcess> hub;
    const Id site = "site-local";
};

TEST_F(RestoredKiosk, AKioskRestoredFromAnOlderCopyLosesNoEntryAndRepeatsNone) {
    Enrol(*a.db);
    Enrol(*b.db);
    const Id p1 = RegisterAt(a, site, "Mariama"), p2 = RegisterAt(a, site, "Ilyes");
    Synced(*a.db);
    // The copy holds 1..3, of which the hub has acknowledged 1..2.
    const Id p3 = RegisterAt(a, site, "Zoé");
    const std::string copy = dir.File("a-copy.db");
    storage::BackupDatabase(*a.db, copy);
    Synced(*a.db);
    const Id p4 = RegisterAt(a, site, "Karim"), p5 = RegisterAt(a, site, "Lucie");
    Synced(*a.db);
    ASSERT_EQ(storage::PushedThrough(*a.db), 5);

    Replace(a, "a", copy);
    ASSERT_EQ(storage::PushedThrough(*a.db), 2);
    ASSERT_EQ(storage::JournalEnd(*a.db), 3);
    // Written after the restore under 4 and 5, the numbers of Karim and Lucie at the hub.
    const Id p6 = RegisterAt(a, site, "Nour"), p7 = RegisterAt(a, site, "Théo");
    Synced(*a.db);

    // 3 was a replay the hub holds already; the two new entries follow the hub's 5.
    EXPECT_EQ(HubEntriesOf(a.db->device_id()),
              Line(1, p1) + Line(2, p2) + Line(3, p3) + Line(4, p4) + Line(5, p5) + Line(6, p6) + Line(7, p7));
    EXPECT_EQ(storage::PushedThrough(*a.db), 7);
    EXPECT_EQ(storage::JournalEnd(*a.db), 7);
    // The kiosk took back from the hub what its copy lacked.
    for (const Id& p : {p4, p5}) EXPECT_TRUE(storage::LoadPerson(*a.db, p).has_value()) << p;
    EXPECT_FALSE(storage::LoadSyncState(*a.db).own_to_fetch());
    const Id p8 = RegisterAt(a, site, "Inès");
    EXPECT_EQ(storage::JournalEnd(*a.db), 8);
    Synced(*a.db);
    Synced(*b.db);
    for (const Id& p : {p1, p2, p3, p4, p5, p6, p7, p8}) EXPECT_TRUE(storage::LoadPerson(*b.db, p).has_value()) << p;
    EXPECT_NE(hub->Log().find("POST /api/v1/sync/push 409"), std::string::npos);
    EXPECT_EQ(hub->Stop(), 0);
}

TEST_F(RestoredKiosk, AWipedKioskEnrolledAgainUnderItsDeviceIdFollowsTheHub) {
    Enrol(*a.db);
    const Id p1 = RegisterAt(a, site, "Mariama"), p2 = RegisterAt(a, site, "Ilyes");
    Synced(*a.db);
    const Id device = a.db->device_id();

    // An empty file given the old device id, enrolled again before anything is written.
    Wipe(a, "a");
    Enrol(*a.db);
    EXPECT_EQ(storage::PushedThrough(*a.db), 2);
    const Id p3 = RegisterAt(a, site, "Zoé");
    EXPECT_EQ(storage::JournalEnd(*a.db), 3);
    Synced(*a.db);
    EXPECT_EQ(HubEntriesOf(device), Line(1, p1) + Line(2, p2) + Line(3, p3));
    for (const Id& p : {p1, p2}) EXPECT_TRUE(storage::LoadPerson(*a.db, p).has_value()) << p;
    EXPECT_EQ(hub->Stop(), 0);
}

TEST_F(RestoredKiosk, AWipedKioskThatWroteBeforeEnrollingAgainFollowsTheHub) {
    Enrol(*a.db);
    const Id p1 = RegisterAt(a, site, "Mariama"), p2 = RegisterAt(a, site, "Ilyes");
    Synced(*a.db);
    const Id device = a.db->device_id();

    Wipe(a, "a");
    // Written under 1 and 2 before the hub was heard from: the first push tells them apart.
    const Id p3 = RegisterAt(a, site, "Zoé"), p4 = RegisterAt(a, site, "Karim");
    Enrol(*a.db);
    Synced(*a.db);
    EXPECT_EQ(HubEntriesOf(device), Line(1, p1) + Line(2, p2) + Line(3, p3) + Line(4, p4));
    for (const Id& p : {p1, p2}) EXPECT_TRUE(storage::LoadPerson(*a.db, p).has_value()) << p;
    EXPECT_EQ(storage::PushedThrough(*a.db), 4);
    EXPECT_EQ(storage::JournalEnd(*a.db), 4);
    EXPECT_EQ(hub->Stop(), 0);
}

TEST_F(RestoredKiosk, AHubRestoredFromAnOlderCopyIsSentAgainWhatItLost) {
    // The hub restarts on other ports; the kiosk keeps one address, a proxy without faults.
    CutProxy front(1);
    front.SetUpstream(hub->port());
    auto enrolled = SessionOn(*a.db).Enrol(front.url(), hub->EnrolCode("Maison des Tilleuls"), "");
    ASSERT_TRUE(enrolled.ok()) << enrolled.problem().detail;
    const std::vector<std::string> args{"--now", NowStamp(a.clock.clock())};
    auto restart = [&] {
        hub = std::make_unique<HubProcess>(dir.File("hub"), args);
        front.SetUpstream(hub->port());
    };
    const Id p1 = RegisterAt(a, site, "Mariama"), p2 = RegisterAt(a, site, "Ilyes");
    Synced(*a.db);
    ASSERT_EQ(hub->Stop(), 0);
    const std::string copy = dir.File("hub-copy.db");
    {
        storage::OpenOptions read_only;
        read_only.read_only = true;
        storage::Database held(dir.File("hub") + "/palier.db", FixedClock(0), read_only);
        storage::BackupDatabase(held, copy);
    }
    restart();
    const Id p3 = RegisterAt(a, site, "Zoé"), p4 = RegisterAt(a, site, "Karim");
    Synced(*a.db);
    ASSERT_EQ(hub->Stop(), 0);
    for (const char* tail : {"", "-wal", "-shm"}) fs::remove(dir.File("hub") + "/palier.db" + tail);
    fs::copy_file(copy, dir.File("hub") + "/palier.db");
    restart();

    // The hub holds 1..2 again; the kiosk's next push starts at 5: a gap, and 3..5 go again.
    const Id p5 = RegisterAt(a, site, "Lucie");
    Synced(*a.db);
    EXPECT_EQ(HubEntriesOf(a.db->device_id()), Line(1, p1) + Line(2, p2) + Line(3, p3) + Line(4, p4) + Line(5, p5));
    EXPECT_EQ(storage::PushedThrough(*a.db), 5);
    EXPECT_EQ(hub->Stop(), 0);
}

}  // namespace
}  // namespace palier::test
