// Every resident screen, and the steps inside them, at every screen size and text size: no
// words cut or broken inside a button, no text over other text or under a button, and the
// button that carries the journey on is on screen and tappable.
#include <string>
#include <utility>
#include <vector>

#include "UiFixture.h"
#include "kiosk/Demo.h"
#include "kiosk/Settings.h"
#include "storage/PersonStore.h"
#include "ui/widgets/Theme.h"

namespace palier::ui::test {
namespace {

struct Look {
    ImVec2 display;
    float scale;
};

bool Overlap(ImVec2 a0, ImVec2 a1, ImVec2 b0, ImVec2 b1) {
    constexpr float kSlack = 1.0f;  // touching edges are fine
    return std::min(a1.x, b1.x) - std::max(a0.x, b0.x) > kSlack && std::min(a1.y, b1.y) - std::max(a0.y, b0.y) > kSlack;
}

class ResidentLayout : public UiFixture, public ::testing::WithParamInterface<Look> {
protected:
    void SetUp() override {
        Start(GetParam().display);
        app->OverrideLook(false, GetParam().scale);
        Settle(3);
    }

    // A finger's width and height (a widget partly scrolled away is measured when whole).
    static void ExpectFingerSized(const WidgetRect& w) {
        if (w.clipped) return;
        EXPECT_GE(w.max.x - w.min.x, kMinTouchPx - 0.5f) << w.id << " narrower than a finger";
        EXPECT_GE(w.max.y - w.min.y, kMinTouchPx - 0.5f) << w.id << " lower than a finger";
    }

    // What the last frame drew is tidy: no overflow, no overlap, everything on the display.
    void ExpectTidy(const std::string& where) {
        SCOPED_TRACE(where);
        const ImVec2 d = GetParam().display;
        const auto& widgets = WidgetsDrawn();
        const auto& boxes = TextBoxesDrawn();
        for (const WidgetRect& w : widgets) {
            EXPECT_FALSE(w.overflow) << "words do not fit in " << w.id << " \"" << w.label << "\"";
            EXPECT_TRUE(w.min.x >= 0 && w.min.y >= 0 && w.max.x <= d.x && w.max.y <= d.y) << w.id << " off the screen";
            ExpectFingerSized(w);
            // The top bar does not scroll: anything cut there is cut for good.
            if (w.id.rfind("top.", 0) == 0 || w.id.rfind("lang.", 0) == 0) {
                EXPECT_FALSE(w.clipped) << w.id << " cut";
            }
        }
        for (size_t i = 0; i < widgets.size(); ++i)
            for (size_t j = i + 1; j < widgets.size(); ++j)
                EXPECT_FALSE(Overlap(widgets[i].min, widgets[i].max, widgets[j].min, widgets[j].max))
                    << widgets[i].id << " over " << widgets[j].id;
        for (size_t i = 0; i < boxes.size(); ++i) {
            for (size_t j = i + 1; j < boxes.size(); ++j)
                EXPECT_FALSE(Overlap(boxes[i].min, boxes[i].max, boxes[j].min, boxes[j].max))
                    << "\"" << boxes[i].text << "\" over \"" << boxes[j].text << "\"";
            for (const WidgetRect& w : widgets)
                EXPECT_FALSE(Overlap(boxes[i].min, boxes[i].max, w.min, w.max)) << "\"" << boxes[i].text << "\" under " << w.id;
        }
    }

    // The widget is drawn whole (not scrolled half away): a finger can find it.
    void ExpectWhole(const std::string& id) {
        ASSERT_FALSE(id.empty());
        auto w = FindWidget(id);
        ASSERT_TRUE(w) << id << " not on screen " << Screen() << " at text size " << GetParam().scale;
        EXPECT_FALSE(w->clipped) << id << " cut by the edge of its list " << w->min.x << "," << w->min.y << " " << w->max.x << "," << w->max.y;
    }
};

TEST_P(ResidentLayout, CheckInSteps) {
    ExpectTidy("welcome");
    Tap("welcome.visit");
    ASSERT_EQ(Screen(), "checkin");
    ExpectTidy("checkin: choose");
    Tap("checkin.new");
    ExpectTidy("checkin: new visitor");
    ExpectWhole("checkin.register");
    Tap("checkin.back");
    Tap("checkin.returning");
    ExpectTidy("checkin: returning");
    ExpectWhole("checkin.search");
}

TEST_P(ResidentLayout, ReturningVisitorFindsTheirNameAndProvesIt) {
    const std::string phone = kDemoParentWithChildPhone;
    Tap("welcome.bookings");
    Tap("checkin.returning");
    headless->Type(*app, phone.substr(phone.size() - 4));
    Tap("checkin.search");
    Settle();
    ExpectTidy("checkin: matches");
    ExpectWhole("checkin.match.0");
    Tap("checkin.match.0");
    ExpectTidy("checkin: the question");
    ExpectWhole("prove.check");
    const auto me = storage::LoadPerson(*db, app->state().visitor.person_id);
    ASSERT_TRUE(me);
    headless->Type(*app, std::to_string(me->birth_year));
    Tap("prove.check");
    EXPECT_EQ(Screen(), "my-bookings") << app->state().notice.text;
    ExpectTidy("my bookings");
}

TEST_P(ResidentLayout, ProgrammeShowsSessionsToCome) {
    Tap("welcome.activities");
    ASSERT_EQ(Screen(), "activities");
    ExpectTidy("activities");
    if (FindWidget("activities.filters")) {
        Tap("activities.filters");
        ExpectTidy("activities: filters");
        Tap("activities.kind.all");  // choosing folds them again
        EXPECT_FALSE(FindWidget("activities.day.0"));
    }
    Tap("activities.week.1");
    ExpectTidy("activities: next week");
    ExpectWhole(FirstWidgetWithPrefix("activities.book."));  // next week is all still to come
}

TEST_P(ResidentLayout, BookingAndConfirmation) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::Booking));
    Settle();
    ExpectTidy("booking");
    ExpectWhole("booking.confirm");
    ExpectWhole("booking.back");
    Tap("booking.confirm");
    ASSERT_TRUE(app->state().booked) << app->state().notice.text;
    Settle();
    ExpectTidy("booking: confirmed");
    for (const char* id : {"booking.mine", "booking.more", "booking.done"}) ExpectWhole(id);
}

// A parent books for a child not registered yet: the name on the letters, the year on the
// digits, the button that books in sight all along.
TEST_P(ResidentLayout, BookingForAChildNotYetRegistered) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::Booking));
    Settle();
    Tap("booking.new_child");
    Settle();  // the form scrolls to the field the frame after
    ExpectTidy("booking: a child's name");
    ExpectWhole("booking.child_first");
    ExpectWhole("booking.confirm");
    headless->Type(*app, "Yanis");
    // To the year by its field when it shows, else by the keyboard's OK: either way the keypad
    // takes the letters' place and the form scrolls the year into sight.
    Tap(FindWidget("booking.child_year") ? "booking.child_year" : "key.enter");
    Settle();
    ExpectTidy("booking: the child's year");
    ExpectWhole("booking.child_year");
    ExpectWhole("booking.confirm");
}

TEST_P(ResidentLayout, OtherResidentScreens) {
    for (ui::Screen s : {ui::Screen::Reasons, ui::Screen::MyBookings, ui::Screen::Thanks}) {
        ASSERT_TRUE(app->OpenForAutomation(s));
        Settle();
        ExpectTidy(ScreenName(s));
    }
}

// A resident makes the text bigger for their own visit; the next visitor gets the kiosk's size.
TEST_P(ResidentLayout, TextSizeIsTheResidentsForTheirVisit) {
    const float kiosk = TextScale(app->state());
    Tap("top.text_size");
    EXPECT_EQ(TextScale(app->state()), NextTextScale(kiosk));
    Tap("welcome.activities");
    ExpectTidy("activities at the resident's size");
    Tap("top.finish");
    Settle();
    EXPECT_EQ(TextScale(app->state()), kiosk);
}

// Staff screens: every touch target a finger wide and high, on the display, at every size.
using StaffLayout = ResidentLayout;

TEST_P(StaffLayout, EveryTargetIsFingerSized) {
    // What each screen opens: forms, keyboards, tabs and confirmations, tapped in this order when shown.
    const std::vector<std::pair<ui::Screen, std::vector<std::string>>> screens = {
        {ui::Screen::StaffPin, {}},
        {ui::Screen::StaffToday, {"today.add", "picker.query", "picker.new"}},
        {ui::Screen::StaffOrientation, {"orient.tab.new", "picker.query", "picker.new"}},
        {ui::Screen::StaffActivities, {"sact.new", "sact.title", "sact.start"}},
        {ui::Screen::StaffAttendance, {}},
        {ui::Screen::StaffPrint, {"prn.referral.search"}},
        {ui::Screen::StaffSync, {"sync.hub", "key.more", "sync.code"}},
        {ui::Screen::StaffSettings, {"settings.kiosk_name"}},
        {ui::Screen::StaffPrivacy, {"privacy.purge"}},
    };
    const ImVec2 d = GetParam().display;
    auto expect_sized = [&](const std::string& where) {
        SCOPED_TRACE(where);
        for (const WidgetRect& w : WidgetsDrawn()) {
            ExpectFingerSized(w);
            EXPECT_TRUE(w.min.x >= 0 && w.min.y >= 0 && w.max.x <= d.x && w.max.y <= d.y) << w.id << " off the screen";
        }
    };
    for (const auto& [screen, openers] : screens) {
        ASSERT_TRUE(app->OpenForAutomation(screen));
        app->WaitIdle();
        Settle();
        expect_sized(ScreenName(screen));
        if (screen == ui::Screen::StaffPin) ExpectWhole("num.ok");
        for (const std::string& id : openers) {
            if (!FindWidget(id)) continue;
            Tap(id);
            app->WaitIdle();
            Settle();
            expect_sized(std::string(ScreenName(screen)) + " after " + id);
        }
    }
}

const auto kLooks = ::testing::Values(Look{ImVec2(1920, 1080), 1.0f}, Look{ImVec2(1920, 1080), 1.25f}, Look{ImVec2(1920, 1080), 1.5f},
                                      Look{ImVec2(1280, 800), 1.0f}, Look{ImVec2(1280, 800), 1.25f}, Look{ImVec2(1280, 800), 1.5f},
                                      Look{ImVec2(1080, 1920), 1.0f}, Look{ImVec2(1080, 1920), 1.25f},
                                      Look{ImVec2(1080, 1920), 1.5f});
std::string LookName(const ::testing::TestParamInfo<Look>& info) {
    return std::to_string(static_cast<int>(info.param.display.x)) + "x" + std::to_string(static_cast<int>(info.param.display.y)) + "_" +
           std::to_string(static_cast<int>(info.param.scale * 100));
}
INSTANTIATE_TEST_SUITE_P(Looks, ResidentLayout, kLooks, LookName);
INSTANTIATE_TEST_SUITE_P(Looks, StaffLayout, kLooks, LookName);

}  // namespace
}  // namespace palier::ui::test
