// A screen drawn again with nothing changed allocates nothing on the heap: its words are written
// into the frame's text (ui/core/FrameText.h) and ImGui reuses its buffers. Counted on the UI
// thread (ui/bench/HeapCount.h) over steady frames, after the first ones have sized everything,
// as on the wall: nothing records what is drawn.
#include "UiFixture.h"
#include "ui/bench/HeapCount.h"
#include "ui/core/ScreenTable.h"

namespace palier::ui::test {
namespace {

class SteadyFrames : public UiFixture {
  protected:
    void SetUp() override {
        heap::CountImGui();
        UiFixture::SetUp();
    }
    void TearDown() override { SetRecording(true); }

    // The heap allocations of `frames` frames once the screen has settled: the work a screen
    // started (the print screen's printer list) finished and its result taken.
    heap::Counts Count(int frames = 8) {
        SetRecording(false);
        app->WaitIdle();
        headless->Frames(*app, 4);
        heap::Start();
        headless->Frames(*app, frames);
        return heap::Stop();
    }
};

TEST_F(SteadyFrames, EveryScreenDrawnAgainAllocatesNothing) {
    for (const ScreenInfo& info : kScreens) {
        SetRecording(true);
        ASSERT_TRUE(app->OpenForAutomation(info.screen)) << info.name;
        Settle(3);
        const heap::Counts c = Count();
        EXPECT_EQ(c.total(), 0) << info.name << ": " << c.news << " by operator new, " << c.imgui
                                << " by ImGui";
    }
}

// The roster of a session with people booked, the busiest staff list.
TEST_F(SteadyFrames, TheAttendanceRosterDrawnAgainAllocatesNothing) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffAttendance));
    Settle();
    Id session;
    for (const SessionView& v : app->state().week)
        if (!v.session.cancelled && v.seats_taken > 1) session = v.session.id;
    ASSERT_FALSE(session.empty()) << "the demo books sessions this week";
    app->Apply(act::PickRoster{session});
    Settle();
    ASSERT_GT(app->state().roster.size(), 1u);
    const heap::Counts c = Count();
    EXPECT_EQ(c.total(), 0) << c.news << " by operator new, " << c.imgui << " by ImGui";
}

// A busy day's visitor log: a screenful of its 300 rows is drawn.
TEST_F(SteadyFrames, ADayOfVisitsDrawnAgainAllocatesNothing) {
    const Id site = app->state().settings.site_id;
    for (int i = 0; i < 300; ++i) {
        NewPerson p;
        p.first_name = "Visiteur" + std::to_string(1000 + i);
        p.last_name = "Nom";
        auto id = RegisterPerson(*db, site, p);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(
            LogVisit(*db, site, VisitInput{id.value(), kReasonCoffee | kReasonPaperwork, "fr"})
                .ok());
    }
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle(3);
    const heap::Counts c = Count();
    EXPECT_EQ(c.total(), 0) << c.news << " by operator new, " << c.imgui << " by ImGui";
}

}  // namespace
}  // namespace palier::ui::test
