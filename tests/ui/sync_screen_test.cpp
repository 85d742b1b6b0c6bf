// The staff Sync screen and the top bar's sync line: the enrolment form before a hub is known,
// then the hub, the last sync, what waits (amber past an hour), the last error and the clock;
// and a whole enrolment typed on the screen against a fake hub, the sync running behind the
// frames without the "saving" banner.
#include <chrono>
#include <thread>

#include "UiFixture.h"
#include "kiosk/I18n.h"
#include "storage/JournalStore.h"
#include "storage/SyncStateStore.h"
#include "tests/sync/FakeHub.h"
#include "ui/widgets/Theme.h"

namespace palier::ui::test {
namespace {

class SyncScreen : public UiFixture {
protected:
    void Enrolled() {
        storage::SaveEnrolment(*db, "https://hub.example.org", "0123456789abcdef", "Maison des Tilleuls", "");
        storage::SaveSyncSuccess(*db, *clock.ms - 3 * 60 * 1000);
    }
    void Open() {
        ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffSync));
        Settle();
    }
    // The colour of the first piece of text drawn that contains `words` (0 when none).
    ImU32 ColourOf(const std::string& words) const {
        for (const TextBox& b : TextBoxesDrawn())
            if (b.text.find(words) != std::string::npos) return b.colour;
        return 0;
    }
};

TEST_F(SyncScreen, NotEnrolledShowsTheEnrolmentForm) {
    Open();
    EXPECT_TRUE(Shown("La synchronisation n'est pas configurée")) << AllText();
    EXPECT_TRUE(FindWidget("sync.hub").has_value());
    EXPECT_TRUE(FindWidget("sync.code").has_value());
    EXPECT_TRUE(FindWidget("sync.enrol").has_value());
    EXPECT_FALSE(FindWidget("sync.now").has_value());
    EXPECT_FALSE(Shown("Synchronisé"));  // the top bar says nothing before an enrolment
}

TEST_F(SyncScreen, EnrolledShowsTheHubTheLastSyncAndWhatWaits) {
    Enrolled();
    const int64_t waiting = storage::JournalWaiting(*db);
    ASSERT_GT(waiting, 0);
    Open();
    EXPECT_TRUE(Shown("Serveur : https://hub.example.org")) << AllText();
    EXPECT_TRUE(Shown("Site : Maison des Tilleuls"));
    EXPECT_TRUE(Shown("Dernière synchronisation réussie : il y a 3 min"));
    EXPECT_TRUE(Shown(std::to_string(waiting) + " changements en attente d'envoi"));
    EXPECT_TRUE(Shown("Synchronisé il y a 3 min"));  // the top bar
    EXPECT_NE(ColourOf("changements en attente"), Colours().amber);
    EXPECT_TRUE(FindWidget("sync.now").has_value());
    EXPECT_FALSE(FindWidget("sync.enrol").has_value());
}

TEST_F(SyncScreen, ChangesWaitingOverAnHourTurnAmber) {
    Enrolled();
    const int64_t waiting = storage::JournalWaiting(*db);
    clock.AdvanceSeconds(2 * 3600);
    Open();
    const std::string line = std::to_string(waiting) + " changements en attente d'envoi, le plus ancien depuis 2 h";
    EXPECT_TRUE(Shown(line)) << AllText();
    EXPECT_EQ(ColourOf(line), Colours().amber);
    const std::string top = std::to_string(waiting) + " en attente";
    EXPECT_EQ(ColourOf(top), Colours().amber) << AllText();
}

TEST_F(SyncScreen, TheLastErrorAndAClockOffAreSaidInWords) {
    Enrolled();
    storage::SaveSyncFailure(*db, *clock.ms, "err.sync_unreachable");
    storage::SaveClockOffset(*db, 5 * 60 * 1000);
    Open();
    EXPECT_TRUE(Shown(Describe(MakeProblem("err.sync_unreachable")))) << AllText();
    EXPECT_TRUE(Shown("L'horloge de cette borne retarde de 5 min"));
}

TEST_F(SyncScreen, AKioskNoLongerKnownIsOfferedTheFormAgain) {
    Enrolled();
    storage::SaveSyncFailure(*db, *clock.ms, "err.sync_enrol_again");
    Open();
    EXPECT_TRUE(Shown("inscrire à nouveau")) << AllText();
    EXPECT_TRUE(FindWidget("sync.hub").has_value());
}

TEST_F(SyncScreen, StaffChooseHowOftenTheKioskSyncs) {
    Enrolled();
    Open();
    ASSERT_EQ(app->state().sync.interval_seconds, 60);
    Tap("sync.every.plus");
    Settle();
    EXPECT_EQ(storage::LoadSyncState(*db).interval_seconds, 90);
    EXPECT_EQ(app->state().sync.interval_seconds, 90);
    Tap("sync.every.minus");
    Tap("sync.every.minus");
    Settle();
    EXPECT_EQ(storage::LoadSyncState(*db).interval_seconds, 30);
    headless->Tap(*app, "sync.every.minus");  // the shortest step on screen: the button is off
    Settle();
    EXPECT_EQ(storage::LoadSyncState(*db).interval_seconds, 30);
}

TEST_F(SyncScreen, AHubWithItsOwnCertificateTakesTheFileTypedOnTheScreen) {
    palier::test::FakeHub hub(*clock.ms);
    app->StartSync();
    Open();
    Tap("sync.hub");
    headless->Type(*app, hub.url());
    headless->PressEnter(*app);
    Settle();
    headless->Type(*app, palier::test::FakeHub::kCode);
    headless->PressEnter(*app);
    Settle();
    Tap("sync.ca_file");
    headless->Type(*app, "/etc/palier/no-such-ca.pem");
    headless->PressEnter(*app);
    Settle();
    Tap("sync.enrol");
    // The file typed is the one the client checks: missing, it says so, and nothing is sent.
    const std::string says = Describe(MakeProblem("err.sync_ca_missing"));
    for (int i = 0; i < 2000 && !Shown(says); ++i) {
        headless->Frame(*app);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    EXPECT_TRUE(Shown(says)) << AllText();
    EXPECT_EQ(hub.requests("/api/v1/enrol"), 0);
    EXPECT_FALSE(app->state().sync.enrolled);
}

TEST_F(SyncScreen, EnrolsFromTheScreenAndSyncsBehindTheFrames) {
    palier::test::FakeHub hub(*clock.ms);
    const int64_t journal = storage::JournalCount(*db);
    app->StartSync();
    Open();
    Tap("sync.hub");
    headless->Type(*app, hub.url());
    headless->PressEnter(*app);  // on to the code, brought into sight
    Settle();
    headless->Type(*app, palier::test::FakeHub::kCode);
    headless->PressEnter(*app);  // the keyboard goes away
    Settle();
    Tap("sync.enrol");
    // Frames go on as the kiosk's loop would while the client works on its thread.
    bool banner = false;
    for (int i = 0; i < 4000 && !(app->state().sync.enrolled && app->state().sync.waiting == 0); ++i) {
        headless->Frame(*app);
        banner = banner || app->state().busy;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_TRUE(app->state().sync.enrolled) << AllText();
    EXPECT_EQ(app->state().sync.waiting, 0);
    EXPECT_EQ(static_cast<int64_t>(hub.pushed().size()), journal);
    EXPECT_FALSE(banner);  // the person never waited for the sync
    Settle();
    EXPECT_TRUE(Shown("Borne inscrite pour le site « Maison des Tilleuls »")) << AllText();
    EXPECT_TRUE(Shown("Synchronisé à l'instant"));
}

}  // namespace
}  // namespace palier::ui::test
