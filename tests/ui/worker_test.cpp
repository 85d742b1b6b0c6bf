// Slow work runs on the worker, never in a frame: while the retention purge waits for the
// database (another program holds its write lock here), the screen keeps drawing and says it is
// working; once the lock is let go, the purge finishes and its result shows.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unistd.h>

#include <filesystem>

#include "UiFixture.h"
#include "storage/PersonStore.h"

namespace palier::ui::test {
namespace {

TEST_F(UiFixture, ThePurgeRunsWhileTheScreenKeepsDrawing) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("palier-worker-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string file = (dir / "palier.db").string();
    Start(ImVec2(1920, 1080), Lang::Fr, file);
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
    app.reset();
    db.reset();
    fs::remove_all(dir);
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
