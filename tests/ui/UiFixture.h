#pragma once
// A demo database in memory (cheap PINs) made for the suite's moment (TestMomentMs: a fixed
// clock the test may move, never the wall clock), an App on it and a headless ImGui context.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "kiosk/Demo.h"
#include "kiosk/I18n.h"
#include "tests/unit/test_support.h"
#include "storage/Database.h"
#include "ui/core/App.h"
#include "ui/core/Headless.h"
#include "ui/widgets/Record.h"

namespace palier::ui::test {

class UiFixture : public ::testing::Test {
protected:
    void SetUp() override { Start(ImVec2(1920, 1080)); }
    // `db_path`: ":memory:" or a file (a test that needs a second connection to it).
    void Start(ImVec2 display, Lang lang = Lang::Fr, const std::string& db_path = ":memory:");

    // Runs a couple of frames so the screen is drawn with its data.
    void Settle(int frames = 2) { headless->Frames(*app, frames); }
    // Taps a widget by id or label; fails the test when it is not on screen.
    void Tap(const std::string& what);
    std::string Screen() const { return ScreenName(app->state().screen); }
    // From the welcome screen, types a staff PIN on the keypad and waits for its check.
    void SignIn(const std::string& pin);
    std::string AllText() const { return AllTextDrawn(); }
    bool Shown(const std::string& text) const { return AllText().find(text) != std::string::npos; }
    // The first widget whose id starts with `prefix` in the last frame ("" when none).
    std::string FirstWidgetWithPrefix(const std::string& prefix) const;

    palier::test::TestClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<Headless> headless;
    std::unique_ptr<App> app;
    std::string data_dir;
};

}  // namespace palier::ui::test
