// The Print screen's preview: choosing a document composes and renders it on the worker; the
// headless kiosk (no GPU, no texture hooks) shows a plain page with the page count. Referral
// slips are offered to those who see orientations only.
#include "UiFixture.h"
#include "kiosk/StaffAuth.h"

namespace palier::ui::test {
namespace {

#ifdef PALIER_HAS_PRINT
class PrintPreview : public UiFixture {
protected:
    // Lets the preview's job finish and its result reach the screen.
    void Finish() {
        for (int i = 0; i < 4; ++i) {
            app->WaitIdle();
            Settle();
        }
    }
    const AppState::Printing::Preview& preview() const { return app->state().print.preview; }
};

TEST_F(PrintPreview, TheWeeksProgrammeIsPreviewedOnOpening) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    Finish();
    EXPECT_EQ(preview().choice.kind, PrintChoice::Kind::Week);
    EXPECT_TRUE(preview().error.empty()) << preview().error;
    EXPECT_GT(preview().page_count, 0);
    EXPECT_GT(preview().width, 0);
    EXPECT_GT(preview().height, preview().width);  // an A4 page, portrait
    EXPECT_EQ(preview().texture, nullptr);         // headless: no texture hook
    EXPECT_NE(AllText().find("Page 1 sur"), std::string::npos) << AllText();
}

TEST_F(PrintPreview, ChoosingASessionShowsItsSignInSheet) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    Finish();
    Tap("prn.doc.signin");
    Finish();
    EXPECT_NE(AllText().find("Choisissez une séance"), std::string::npos);
    Tap("prn.session.0");
    Finish();
    EXPECT_EQ(preview().choice.kind, PrintChoice::Kind::SignIn);
    EXPECT_FALSE(preview().choice.subject.empty());
    EXPECT_TRUE(preview().error.empty()) << preview().error;
    EXPECT_GT(preview().page_count, 0);
    EXPECT_FALSE(preview().loading);
}

TEST_F(PrintPreview, PageArrowsTurnThePages) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    Finish();
    // Find a document with several pages: a sign-in sheet of homework help has one page per tutor.
    Tap("prn.doc.signin");
    for (int i = 0; preview().page_count < 2; ++i) {
        const std::string id = "prn.session." + std::to_string(i);
        ASSERT_FALSE(FirstWidgetWithPrefix(id).empty()) << "homework help has several tutors every week";
        Tap(id);
        Finish();
    }
    ASSERT_EQ(preview().page, 0);
    Tap("prn.page.next");
    Finish();
    EXPECT_EQ(preview().page, 1);
    Tap("prn.page.prev");
    Finish();
    EXPECT_EQ(preview().page, 0);
}

TEST_F(PrintPreview, ACoordinatorPreviewsAReferralSlip) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    Finish();
    ASSERT_FALSE(app->state().print.referrals.empty()) << "the demo data holds open requests with a partner";
    Tap("prn.doc.referral");
    Tap("prn.referral.0");
    Finish();
    EXPECT_EQ(preview().choice.kind, PrintChoice::Kind::Referral);
    EXPECT_EQ(preview().choice.subject, app->state().print.referrals.front().orientation.id);
    EXPECT_TRUE(preview().error.empty()) << preview().error;
    EXPECT_GT(preview().page_count, 0);
}

TEST_F(PrintPreview, AVolunteerPrintsButSeesNoReferral) {
    SignIn(kDemoVolunteerPin);
    ASSERT_TRUE(app->state().staff.has_value()) << app->state().notice.text;
    ASSERT_EQ(app->state().staff->role, StaffRole::Volunteer);
    Tap("menu.staff-print");
    ASSERT_EQ(Screen(), "staff-print");
    Finish();
    EXPECT_GT(preview().page_count, 0);
    EXPECT_TRUE(app->state().print.referrals.empty());
    EXPECT_TRUE(FirstWidgetWithPrefix("prn.doc.referral").empty());
    EXPECT_FALSE(FirstWidgetWithPrefix("prn.save").empty());
}

TEST_F(PrintPreview, FinishingTheVisitForgetsThePreview) {
    app->OpenForAutomation(ui::Screen::StaffPrint);
    Finish();
    ASSERT_GT(preview().page_count, 0);
    Tap("top.finish");
    EXPECT_EQ(preview().page_count, 0);
    EXPECT_FALSE(app->state().staff.has_value());
}
#endif

}  // namespace
}  // namespace palier::ui::test
