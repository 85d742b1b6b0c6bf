// The --script language: parsing, and playing it against the headless kiosk.
#include "UiFixture.h"
#include "ui/core/Script.h"

namespace palier::ui::test {
namespace {

TEST(Script, ParsesStepsAndRejectsNonsense) {
    std::string error;
    auto ok = ScriptPlayer::Parse("# a visit\ntap Je passe\ntype Léa\nkey Enter\nwait 3\nexpect Bonjour\nscreenshot a.png\n", error);
    EXPECT_TRUE(ok.has_value()) << error;
    EXPECT_FALSE(ScriptPlayer::Parse("dance now\n", error).has_value());
    EXPECT_NE(error.find("line 1"), std::string::npos);
    EXPECT_FALSE(ScriptPlayer::Parse("tap\n", error).has_value());
    EXPECT_FALSE(ScriptPlayer::Parse("key F13\n", error).has_value());
    EXPECT_FALSE(ScriptPlayer::Parse("wait soon\n", error).has_value());
}

TEST_F(UiFixture, ScriptTapsByLabelAndChecksText) {
    std::string error;
    auto script = ScriptPlayer::Parse("tap Je passe\ntap Rester anonyme\nexpect Pourquoi venez-vous\ntap Un café\n"
                                      "tap Valider\nexpect votre passage est noté\n",
                                      error);
    ASSERT_TRUE(script) << error;
    ScriptPlayer::Status status = ScriptPlayer::Status::Running;
    // Frames while the worker writes do not count: a loaded machine may take many.
    for (int frame = 0; frame < 100000 && status == ScriptPlayer::Status::Running; ++frame) {
        script->BeforeFrame(ImGui::GetIO());
        headless->Frame(*app);
        std::string shot;
        status = script->AfterFrame(shot, app->Busy());
    }
    EXPECT_EQ(status, ScriptPlayer::Status::Done) << script->error();
    EXPECT_EQ(Screen(), "welcome");
}

TEST_F(UiFixture, ScriptFailsOnMissingWidget) {
    std::string error;
    auto script = ScriptPlayer::Parse("tap Nothing like this\n", error);
    ASSERT_TRUE(script);
    ScriptPlayer::Status status = ScriptPlayer::Status::Running;
    for (int frame = 0; frame < 400 && status == ScriptPlayer::Status::Running; ++frame) {
        script->BeforeFrame(ImGui::GetIO());
        headless->Frame(*app);
        std::string shot;
        status = script->AfterFrame(shot, app->Busy());
    }
    EXPECT_EQ(status, ScriptPlayer::Status::Failed);
    EXPECT_NE(script->error().find("Nothing like this"), std::string::npos);
}

}  // namespace
}  // namespace palier::ui::test
