// Staff journeys at the kiosk as coordinators and volunteers walk them: a walk-in registered from
// the person search, signing in with a PIN alone on a keypad that stays put, printing and taking
// attendance for another week, the orientation form with its one keyboard and its action in
// sight, and notices that do not outlive their moment.
#include <filesystem>

#include "UiFixture.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Orientations.h"
#include "kiosk/StaffAuth.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/VisitStore.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui::test {
namespace {

class StaffJourneys : public UiFixture {
  protected:
    // Lets worker jobs (PIN check, preview, print) finish and reach the screen.
    void Finish() {
        for (int i = 0; i < 4; ++i) {
            app->WaitIdle();
            Settle();
        }
    }
    // Scrolls the form the widget is in by touch, as a finger would, until it is whole on
    // screen: down first, then up. The finger is put on another widget of the same form.
    void ScrollToSee(const std::string& id) {
        const std::string form = id.substr(0, id.rfind('.') + 1);
        for (float dy : {-120.0f, 120.0f})
            for (int i = 0; i < 8 && !InSight(id); ++i) {
                const std::string handle = FirstWidgetWithPrefix(form);
                ASSERT_FALSE(handle.empty()) << "nothing of " << form << " on screen";
                headless->Drag(*app, handle, ImVec2(0, dy));
            }
        ASSERT_TRUE(InSight(id)) << id << " never came into sight";
    }
    void TypeInto(const std::string& field, const std::string& text) {
        ScrollToSee(field);
        Tap(field);
        headless->Type(*app, text);
        Settle();
    }
    int Count(const std::string& prefix) const {
        int n = 0;
        for (const auto& w : WidgetsDrawn()) n += w.id.rfind(prefix, 0) == 0;
        return n;
    }
    bool Has(const std::string& words) const { return AllText().find(words) != std::string::npos; }
    // The widget fully on screen (not scrolled away, inside the display).
    bool InSight(const std::string& id) const {
        auto w = FindWidget(id);
        const ImVec2 d = ImGui::GetIO().DisplaySize;
        return w && !w->clipped && w->max.y <= d.y + 0.5f && w->max.x <= d.x + 0.5f;
    }
    void SearchPerson(const std::string& words) {
        TypeInto("picker.query", words);
        Tap("picker.search");
        Settle();
    }
};

// ---- 1. A walk-in registered from the person search -------------------------------------

TEST_F(StaffJourneys, ThePersonSearchSaysWhenNobodyMatches) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle();
    Tap("today.add");
    SearchPerson("Zyxwvq");
    EXPECT_TRUE(app->state().staff_matches.empty());
    EXPECT_TRUE(Has("Aucun résultat pour « Zyxwvq »")) << AllText();
    EXPECT_TRUE(FindWidget("picker.new").has_value());
}

TEST_F(StaffJourneys, ACoordinatorRegistersAWalkInAndLogsTheirVisit) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle();
    Tap("today.add");
    SearchPerson("Awa");
    Tap("picker.new");
    EXPECT_EQ(app->ui().today.pick.first, "Awa");  // what was searched for
    TypeInto("picker.new.last", "Kouyaté");
    TypeInto("picker.new.year", "1990");
    ScrollToSee("picker.new.consent");
    Tap("picker.new.consent");
    ScrollToSee("picker.new.save");
    Tap("picker.new.save");
    Settle();
    const PersonPick& pick = app->ui().today.pick;
    ASSERT_FALSE(pick.person_id.empty()) << app->state().notice.text;
    auto p = storage::LoadPerson(*db, pick.person_id);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->first_name, "Awa");
    EXPECT_EQ(p->last_name, "Kouyaté");
    EXPECT_EQ(p->birth_year, 1990);
    EXPECT_TRUE(p->consent_contact);
    EXPECT_TRUE(Has("Awa K."));  // the picked person, masked
    Tap(std::string("today.") + ReasonKey(kReasonPaperwork));
    Tap("today.save");
    Settle();
    EXPECT_EQ(storage::VisitsOfPerson(*db, p->id).size(), 1u);
}

TEST_F(StaffJourneys, ARegistrationFollowsTheCheckinsRules) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle();
    Tap("today.add");
    Tap("picker.new");
    TypeInto("picker.new.first", "Inès");
    TypeInto("picker.new.year", "1800");  // RegisterPerson refuses it, as at the check-in
    ScrollToSee("picker.new.save");
    Tap("picker.new.save");
    Settle();
    EXPECT_TRUE(app->ui().today.pick.person_id.empty());
    EXPECT_TRUE(app->state().notice.error);
    EXPECT_TRUE(app->ui().today.pick.registering);  // what was typed is kept to correct it
    EXPECT_EQ(app->ui().today.pick.first, "Inès");
}

TEST_F(StaffJourneys, AWalkInRegisteredFromTheOrientationFormGetsTheRequest) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffOrientation));
    Settle();
    Tap("orient.tab.new");
    Tap("orient.person");
    SearchPerson("Yacine");
    Tap("picker.new");
    Tap("picker.new.save");
    Settle();
    const Id who = app->ui().orientation.pick.person_id;
    ASSERT_FALSE(who.empty()) << app->state().notice.text;
    EXPECT_EQ(app->ui().orientation.editing,
              StaffOrientationUi::Editing::None);  // back to the form
    Tap(std::string("orient.") + TopicKey(Topic::Housing));
    Tap("orient.create");
    Settle();
    const auto mine = storage::OrientationsOfPerson(*db, who);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine.front().topic, Topic::Housing);
}

// ---- 2. The PIN alone; the keypad stays put ---------------------------------------------

TEST_F(StaffJourneys, AVolunteerSignsInWithHerPinAlone) {
    Tap("welcome.staff");
    ASSERT_EQ(Screen(), "staff-pin");
    EXPECT_TRUE(FirstWidgetWithPrefix("pin.staff").empty());  // no name to pick first
    headless->Type(*app, kDemoVolunteerPin);
    Tap("num.ok");
    Finish();
    ASSERT_TRUE(app->state().staff.has_value()) << app->state().notice.text;
    EXPECT_EQ(app->state().staff->role, StaffRole::Volunteer);
}

TEST_F(StaffJourneys, TheKeypadDoesNotMoveAfterAWrongPin) {
    for (ImVec2 size : {ImVec2(1280, 800), ImVec2(1920, 1080), ImVec2(800, 1280)}) {
        Start(size);
        Tap("welcome.staff");
        std::vector<WidgetRect> before;
        for (const auto& w : WidgetsDrawn())
            if (w.id.rfind("num.", 0) == 0 || w.id == "pin.field") before.push_back(w);
        ASSERT_EQ(before.size(), 13u);
        headless->Type(*app, "000000");
        Tap("num.ok");
        Finish();
        ASSERT_TRUE(app->state().notice.error);
        EXPECT_TRUE(Has(app->state().notice.text));  // shown, in its own place
        for (const auto& b : before) {
            auto a = FindWidget(b.id);
            ASSERT_TRUE(a) << b.id;
            EXPECT_EQ(a->min.x, b.min.x) << b.id;
            EXPECT_EQ(a->min.y, b.min.y) << b.id << " at " << size.x << "x" << size.y;
            EXPECT_EQ(a->max.x, b.max.x) << b.id;
            EXPECT_EQ(a->max.y, b.max.y) << b.id;
        }
    }
}

// ---- 3. Another week, opening on today ---------------------------------------------------

TEST_F(StaffJourneys, PrintingNextWeeksSheet) {
#ifdef PALIER_HAS_PRINT
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffPrint));
    Finish();
    const Date monday = MondayOf(app->state().today);
    Tap("week.next");
    Finish();
    EXPECT_EQ(app->state().monday, AddDays(monday, 7));
    EXPECT_EQ(app->ui().print.choice.week, AddDays(monday, 7));
    EXPECT_EQ(app->state().print.preview.choice.week, AddDays(monday, 7));
    EXPECT_TRUE(Has("Semaine prochaine"));
    Tap("prn.save");
    Finish();
    ASSERT_FALSE(app->state().print.result_error) << app->state().print.result;
    const std::string file = "programme-" + IsoWeek(AddDays(monday, 7)) + ".pdf";
    EXPECT_NE(app->state().print.result.find(file), std::string::npos) << app->state().print.result;
    // The picker stops within reason.
    for (int i = 0; i < 12; ++i)
        if (FindWidget("week.next")) Tap("week.next");
    EXPECT_EQ(app->state().staff_week_offset, kStaffWeeksAhead);
    Tap("week.this");
    EXPECT_EQ(app->state().staff_week_offset, 0);
#else
    GTEST_SKIP() << "built without kiosk/print";
#endif
}

TEST_F(StaffJourneys, SessionListsOpenOnToday) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffAttendance));
    Settle();
    const std::string today = FormatDate(app->state().today);
    int past = 0;
    const SessionView* first_coming = nullptr;
    for (const SessionView& v : app->state().week) {
        if (v.session.cancelled) continue;
        if (DatePart(v.session.start) < today)
            ++past;
        else if (!first_coming)
            first_coming = &v;
    }
    if (first_coming) {
        auto w = FindWidget("att.session.0");
        ASSERT_TRUE(w);
        const Date day = *ParseDate(DatePart(first_coming->session.start));
        EXPECT_EQ(w->label.rfind(ShortDay(day) + " " + ClockTime(first_coming->session.start), 0),
                  0u)
            << w->label;
        EXPECT_EQ(FindWidget("att.sessions.past").has_value(), past > 0);
    }
    // Next week: its sessions, and a roster from it.
    Tap("week.next");
    Settle();
    EXPECT_EQ(app->state().monday, AddDays(MondayOf(app->state().today), 7));
    const std::string next_monday = FormatDate(app->state().monday);
    for (const SessionView& v : app->state().week)
        EXPECT_GE(DatePart(v.session.start), next_monday);
    EXPECT_TRUE(FindWidget("att.session.0").has_value());
    EXPECT_FALSE(FindWidget("att.sessions.past").has_value());
}

// ---- 4. The orientation form -------------------------------------------------------------

TEST_F(StaffJourneys, TheOrientationFormShowsOneKeyboardAndKeepsCreateInSight) {
    struct Look {
        ImVec2 size;
        float scale;
    };
    for (Look look : {Look{ImVec2(1280, 800), 0}, Look{ImVec2(1920, 1080), 0},
                      Look{ImVec2(1280, 800), 1.5f}, Look{ImVec2(1920, 1080), 1.5f}}) {
        Start(look.size);
        app->OverrideLook(false, look.scale);
        ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffOrientation));
        Settle(3);
        Tap("orient.tab.new");
        Settle();
        const std::string where =
            std::to_string(int(look.size.x)) + " scale " + std::to_string(look.scale);
        EXPECT_TRUE(InSight("orient.create")) << where;
        EXPECT_EQ(Count("key.space"), 0) << where;
        Tap("orient.person");
        Settle();
        EXPECT_TRUE(InSight("orient.create")) << where;
        Tap("picker.query");
        Settle();
        EXPECT_EQ(Count("key.space"), 1) << where;  // the person's keyboard, alone
        EXPECT_TRUE(InSight("key.space")) << where;
        EXPECT_TRUE(InSight("orient.back")) << where;
        Tap("orient.back");
        Settle();
        // Large text on a small screen: the note is further down its column (it scrolls).
        if (FindWidget("orient.note"))
            Tap("orient.note");
        else
            app->ui().orientation.editing = StaffOrientationUi::Editing::Note;
        Settle();
        EXPECT_EQ(Count("key.space"), 1) << where;  // the note's keyboard, alone
        EXPECT_TRUE(InSight("key.space")) << where;
        EXPECT_TRUE(InSight("orient.create")) << where;
    }
}

TEST_F(StaffJourneys, CreateWaitsForATopicAndAPartnerOnShow) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffOrientation));
    Settle();
    Tap("orient.tab.new");
    const size_t before = storage::OpenOrientations(*db).size();
    Tap("orient.create");  // no topic yet: nothing happens
    Settle();
    EXPECT_EQ(storage::OpenOrientations(*db).size(), before);
    EXPECT_TRUE(Has("Choisissez un thème"));
    // A partner chosen, then a topic it does not cover: the choice goes.
    const auto& partners = app->state().partners;
    ASSERT_FALSE(partners.empty());
    Topic other = Topic::Other;
    const Partner* partner = nullptr;
    for (const Partner& p : partners)
        for (Topic t : AllTopics())
            if (!partner && std::find(p.topics.begin(), p.topics.end(), t) == p.topics.end() &&
                !p.topics.empty()) {
                partner = &p;
                other = t;
            }
    ASSERT_NE(partner, nullptr);
    Tap(std::string("orient.") + TopicKey(partner->topics.front()));
    Settle();
    Tap(partner->name);
    Settle();
    EXPECT_EQ(app->ui().orientation.partner_id, partner->id);
    auto chip = FindWidget(partner->name);
    ASSERT_TRUE(chip);
    Tap(std::string("orient.") + TopicKey(other));
    Settle();
    EXPECT_TRUE(app->ui().orientation.partner_id.empty());
    Tap("orient.create");
    Settle();
    const auto after = storage::OpenOrientations(*db);
    ASSERT_EQ(after.size(), before + 1);
}

TEST_F(StaffJourneys, StaffSetTheAppointmentDayAndTime) {
    // The only open request: one referred to a partner, due today, whose next step may be an
    // appointment.
    for (Orientation o : storage::OpenOrientations(*db)) {
        o.deleted = true;
        storage::SaveOrientation(*db, o);
    }
    const auto partners = storage::AllPartners(*db);
    ASSERT_FALSE(partners.empty());
    NewOrientation in;
    in.topic = partners.front().topics.empty() ? Topic::Other : partners.front().topics.front();
    in.partner_id = partners.front().id;
    in.due_date = FormatDate(Today(db->clock()));
    auto id = CreateOrientation(*db, "site-local", {}, in);
    ASSERT_TRUE(id);
    ASSERT_TRUE(ChangeOrientationStatus(
        *db, *id, {}, StatusChange{OrientationStatus::Referred, partners.front().id, {}, {}}));
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffOrientation));
    Settle();
    int index = 0, found = -1;
    for (const auto* list : {&app->state().overdue, &app->state().due_today})
        for (const FollowUp& f : *list) {
            if (f.orientation.id == *id) found = index;
            ++index;
        }
    ASSERT_GE(found, 0);
    const std::string idx = std::to_string(found);
    Tap("orient.change." + idx);
    Tap("orient.to." + idx + "." +
        std::to_string(static_cast<int>(OrientationStatus::Appointment)));
    Settle();
    Tap("orient.appt.next." + idx);
    Tap("orient.appt.next." + idx);  // in three days
    Tap("orient.appt.hour." + idx + ".plus");
    Tap("orient.appt.hour." + idx + ".plus");  // 12h
    Tap("orient.appt.min." + idx + ".30");
    Settle();
    EXPECT_TRUE(Has("12h30") || Has("12:30")) << AllText();
    Tap("orient.apply." + idx);
    Settle();
    auto o = storage::LoadOrientation(*db, *id);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->status, OrientationStatus::Appointment);
    EXPECT_EQ(o->appointment_at, FormatDate(AddDays(Today(db->clock()), 3)) + "T12:30");
}

TEST_F(StaffJourneys, ReferralsToPrintAreSortedAndSearched) {
#ifdef PALIER_HAS_PRINT
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffPrint));
    Finish();
    Tap("prn.doc.referral");
    Finish();
    const auto& all = app->state().print.referrals;
    ASSERT_GE(all.size(), 2u);
    const auto sorted = ReferralsMatching(all, "");
    for (size_t i = 1; i < sorted.size(); ++i)
        EXPECT_LE(sorted[i - 1].orientation.due_date, sorted[i].orientation.due_date);
    Tap("prn.referral.0");
    Finish();
    EXPECT_EQ(app->ui().print.choice.subject, sorted.front().orientation.id);
    // Search by the partner's name: only theirs are left.
    const std::string partner = sorted.back().partner_name;
    Tap("prn.referral.search");
    Settle();
    EXPECT_EQ(Count("key.space"), 1);
    headless->Type(*app, partner);
    Settle();
    const auto found = ReferralsMatching(all, partner);
    ASSERT_FALSE(found.empty());
    const int shown = Count("prn.referral.") - 1;  // minus the search box
    EXPECT_GE(shown, 1);
    EXPECT_LE(shown, static_cast<int>(found.size()));
    for (const auto& w : WidgetsDrawn()) {
        if (w.id.rfind("prn.referral.", 0) == 0 && w.id != "prn.referral.search") {
            EXPECT_NE(w.label.find(partner), std::string::npos) << w.label;
        }
    }
#else
    GTEST_SKIP() << "built without kiosk/print";
#endif
}

// ---- 5. Messages that do not outlive their moment ------------------------------------------

TEST_F(StaffJourneys, AnInfoNoticeGoesOnTheNextAction) {
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffToday));
    Settle();
    Tap("today.add");
    Tap(std::string("today.") + ReasonKey(kReasonInformation));
    Tap("today.save");
    Settle();
    EXPECT_FALSE(app->state().notice.text.empty());
    EXPECT_FALSE(app->state().notice.error);
    Tap("today.add");
    Tap("picker.query");
    headless->Type(*app, "Zyxwvq");
    Tap("picker.search");
    Settle();
    EXPECT_TRUE(app->state().notice.text.empty()) << app->state().notice.text;
}

TEST_F(StaffJourneys, ThePrintResultGoesWhenTheDocumentChanges) {
#ifdef PALIER_HAS_PRINT
    ASSERT_TRUE(app->OpenForAutomation(ui::Screen::StaffPrint));
    Finish();
    Tap("prn.save");
    Finish();
    ASSERT_FALSE(app->state().print.result.empty());
    Tap("prn.doc.signin");
    Finish();
    EXPECT_TRUE(app->state().print.result.empty()) << app->state().print.result;
#else
    GTEST_SKIP() << "built without kiosk/print";
#endif
}

TEST_F(StaffJourneys, APathIsWrappedAtItsSlashes) {
    const std::string path =
        "PDF enregistré : /home/centre/palier-donnees/impressions/programme-2026-W49.pdf";
    // A line wider than the longest name in the path, far narrower than the path.
    const float wrap = TextSize("programme-2026-W49.pdf/", FontRole::Bold).x * 1.1f;
    ASSERT_LT(wrap * 2, TextSize(path, FontRole::Bold).x);
    const auto lines = WrappedLines(path, FontRole::Bold, wrap);
    ASSERT_GT(lines.size(), 2u);
    std::string joined;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view l = lines[i];
        joined += l;
        if (i + 1 == lines.size()) break;
        const size_t after = static_cast<size_t>(l.data() - path.data()) + l.size();
        // Each cut is at a space, or just after a '/': never inside a folder's or a file's name.
        EXPECT_TRUE(l.back() == '/' || l.back() == ' ' || path[after] == ' ')
            << "cut after \"" << l << "\"";
    }
    EXPECT_NE(joined.find("impressions/"), std::string::npos);
}

}  // namespace
}  // namespace palier::ui::test
