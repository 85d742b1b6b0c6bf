// Writes and slow work run on the worker, never in a frame: while a booking or the retention
// purge waits for the database (another program holds its write lock here), the screen keeps
// drawing and says it is working; once the lock is let go, the work finishes and its result shows.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unistd.h>

#include <filesystem>
#include <future>

#include "UiFixture.h"
#include "storage/PersonStore.h"

namespace palier::ui::test {
namespace {
namespace fs = std::filesystem;

// A kiosk database in a file of its own, so that a second connection can hold its lock.
class OnFile : public UiFixture {
protected:
    void SetUp() override {
        fs::remove_all(dir);
        fs::create_directories(dir);
        Start(ImVec2(1920, 1080), Lang::Fr, file);
    }
    void TearDown() override {
        app.reset();
        db.reset();
        fs::remove_all(dir);
    }
    int BookingsOf(const Id& person, const Id& session) {
        SQLite::Statement q(db->sql(), "SELECT COUNT(*) FROM booking WHERE person_id = ? AND session_id = ? AND deleted = 0");
        q.bind(1, person);
        q.bind(2, session);
        q.executeStep();
        return q.getColumn(0).getInt();
    }
    const fs::path dir = fs::temp_directory_path() / ("palier-worker-test-" + std::to_string(::getpid()));
    const std::string file = (dir / "palier.db").string();
};

TEST_F(OnFile, ABookingWaitsForTheDatabaseWhileTheScreenKeepsDrawing) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::Booking));
    app->WaitIdle();
    Settle();
    const Id person = app->state().visitor.person_id;
    const Id session = app->state().booking_session_id;
    ASSERT_FALSE(person.empty());
    ASSERT_EQ(BookingsOf(person, session), 0);

    SQLite::Database other(file, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    ASSERT_TRUE(headless->Tap(*app, "booking.confirm", /*wait=*/false)) << AllText();
    Settle(3);
    EXPECT_TRUE(app->state().busy);
    EXPECT_FALSE(app->state().booked.has_value());
    EXPECT_FALSE(Shown(Tr("ui.working"))) << "a write that takes a moment only shows nothing";
    // The resident taps again, impatient: that tap is not queued behind the first.
    ASSERT_TRUE(headless->Tap(*app, "booking.confirm", /*wait=*/false));
    Settle(15);  // half a second
    EXPECT_TRUE(Shown(Tr("ui.working"))) << AllText();

    other.exec("ROLLBACK");
    app->WaitIdle();
    Settle();
    EXPECT_FALSE(app->state().busy);
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_FALSE(Shown(Tr("ui.working")));
    EXPECT_EQ(BookingsOf(person, session), 1);
}

// The background sync lends the database to the worker a step at a time. A tap meanwhile waits
// for that step without the "saving" banner (the person's write has not started), and a second
// tap is not queued behind the first.
TEST_F(OnFile, ATapWhileTheWorkerRunsSomethingElseWaitsItsTurnOnce) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::Booking));
    app->WaitIdle();
    Settle();
    const Id person = app->state().visitor.person_id;
    const Id session = app->state().booking_session_id;
    ASSERT_FALSE(person.empty());

    std::promise<void> gate;
    std::shared_future<void> opened = gate.get_future().share();
    app->worker().Post([opened]() -> Worker::Completion {
        opened.wait();
        return {};
    });
    ASSERT_TRUE(headless->Tap(*app, "booking.confirm", /*wait=*/false)) << AllText();
    ASSERT_TRUE(headless->Tap(*app, "booking.confirm", /*wait=*/false));
    Settle(15);
    EXPECT_FALSE(app->state().busy);
    EXPECT_FALSE(Shown(Tr("ui.working")));
    EXPECT_EQ(BookingsOf(person, session), 0);

    gate.set_value();
    app->WaitIdle();
    Settle();
    ASSERT_TRUE(app->state().booked.has_value()) << app->state().notice.text;
    EXPECT_FALSE(app->state().notice.error) << app->state().notice.text;
    EXPECT_EQ(BookingsOf(person, session), 1);
}

TEST_F(OnFile, ThePurgeRunsWhileTheScreenKeepsDrawing) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffPrivacy));
    app->WaitIdle();
    Settle();

    SQLite::Database other(file, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");  // another writer holds the file
    Tap("privacy.purge");
    ASSERT_TRUE(headless->Tap(*app, "privacy.purge_yes", /*wait=*/false));
    Settle(3);  // frames go on while the purge waits
    EXPECT_TRUE(app->state().busy);
    EXPECT_NE(AllText().find(Tr("ui.privacy.working")), std::string::npos) << AllText();
    EXPECT_FALSE(app->state().purge.has_value());

    other.exec("ROLLBACK");
    app->WaitIdle();
    Settle();
    EXPECT_FALSE(app->state().busy);
    ASSERT_TRUE(app->state().purge.has_value()) << app->state().notice.text;
    EXPECT_EQ(AllText().find(Tr("ui.privacy.working")), std::string::npos);
}

// Export and erasure go through the worker too: the file is written, then the person erased.
TEST_F(UiFixture, ExportAndErasureFinishThroughTheWorker) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffPrivacy));
    app->WaitIdle();
    Settle();
    Id id;
    std::string last_name;
    {
        SQLite::Statement someone(db->sql(), "SELECT id, last_name FROM person WHERE last_name <> '' AND erased = 0 LIMIT 1");
        ASSERT_TRUE(someone.executeStep());
        id = someone.getColumn(0).getString();
        last_name = someone.getColumn(1).getString();
    }  // the statement done before the worker writes on this connection
    Tap("picker.query");
    headless->Type(*app, last_name);
    Tap("picker.search");
    Settle();
    int index = -1;
    const auto& found = app->state().staff_matches;
    for (size_t i = 0; i < found.size() && i < 5; ++i)
        if (found[i].id == id) index = static_cast<int>(i);
    ASSERT_GE(index, 0) << "the person is among the first results";
    Tap("picker.result." + std::to_string(index));

    Tap("privacy.export");  // waits for the worker, as a person would wait for the message
    Settle();
    ASSERT_FALSE(app->state().export_json.empty()) << app->state().notice.text;
    ASSERT_FALSE(app->state().export_path.empty()) << app->state().notice.text;
    EXPECT_TRUE(std::filesystem::exists(app->state().export_path));
    std::filesystem::remove(app->state().export_path);

    Tap("privacy.erase");
    Tap("privacy.yes_erase");
    Settle();
    EXPECT_FALSE(app->state().busy);
    EXPECT_TRUE(app->state().export_json.empty());
    auto p = storage::LoadPerson(*db, id);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->erased) << app->state().notice.text;
}

}  // namespace
}  // namespace palier::ui::test
