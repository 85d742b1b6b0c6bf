// App::Apply: carries out an intent through kiosk/ services. Each handler is a few lines: call
// the service, show its Problem in words or move on, and let Reload() fetch what is shown next.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "kiosk/BookingText.h"
#include "kiosk/Format.h"
#include "kiosk/Log.h"
#include "kiosk/StaffAuth.h"
#include "ui/core/App.h"
#include "ui/widgets/Theme.h"

namespace palier::ui {

struct Applier {
    App& app;
    AppState& s;
    UiStates& ui;
    storage::Database& db;

    const Id& site() const { return s.settings.site_id; }
    const Id staff_id() const { return s.staff ? s.staff->id : Id{}; }
    bool Failed(const Problem& p) {
        app.ShowProblem(p);
        return true;
    }

    // A visitor chosen from the masked matches gives the fact the search did not show (or a
    // booking code) on the check-in screen before anything of theirs is opened.
    void AskProof() {
        auto offer = ProofFor(db, s.visitor.person_id, s.visitor.found_by);
        if (!offer) return app.ShowProblem(offer.problem());
        s.proof = offer.value();
        ui.checkin = CheckinUi{};
        ui.checkin.mode = CheckinUi::Mode::Prove;
        ui.checkin.by_code = !s.proof.fact;
        app.Navigate(Screen::Checkin);
    }
    // A plain visit asks nothing more (see palier::NeedsProof for why).
    bool NeedsProof() const {
        const ClaimUse use = s.after_checkin == AfterCheckin::Reasons ? ClaimUse::LogVisit : ClaimUse::Bookings;
        return palier::NeedsProof(use) && !s.visitor.proven;
    }

    void ContinueAfterCheckin() {
        switch (s.after_checkin) {
            case AfterCheckin::Reasons: app.Navigate(Screen::Reasons); break;
            case AfterCheckin::Booking: app.Navigate(Screen::Booking); break;
            case AfterCheckin::MyBookings: app.Navigate(Screen::MyBookings); break;
        }
    }

    // Identified: the visit is counted now unless the front desk counts it with its reasons.
    // A failure to count is logged and does not stop the visitor.
    void CountVisit() {
        const auto from = s.after_checkin == AfterCheckin::Reasons ? IdentifiedFrom::FrontDesk : IdentifiedFrom::Booking;
        auto v = CountVisitOnIdentification(db, site(), s.visitor.person_id, from, s.visitor.visit_logged,
                                            LangCode(CurrentLanguage()));
        if (!v) return LogError("visit not counted: " + v.problem().key);
        if (v->has_value()) s.visitor.visit_logged = true;
    }
    // A refused booking in words, with what to do next.
    void ShowBookingProblem(const Problem& p, bool typed_child = false) {
        app.ShowProblem(p);
        const std::string next = BookingNextStep(p, typed_child);
        if (!next.empty()) s.notice.text += " " + next;
    }

    void operator()(std::monostate) {}
    void operator()(const act::Go& a) {
        if (IsStaffScreen(a.to) && (!s.staff || !MayOpen(s.staff->role, AreaOf(a.to)))) return app.Navigate(Screen::StaffPin);
        app.Navigate(a.to);
    }
    void operator()(const act::Finish&) { app.ResetVisit(); }
    void operator()(const act::SetLang& a) {
        SetLanguage(a.lang);
        app.Reload();
    }
    void operator()(const act::SetTextSize& a) { s.visit_text_scale = a.scale; }
    void operator()(const act::StartCheckin& a) {
        s.after_checkin = a.then;
        if (!s.visitor.person_id.empty()) return NeedsProof() ? AskProof() : ContinueAfterCheckin();
        ui.checkin = CheckinUi{};
        s.matches.clear();
        s.searched = false;
        app.Navigate(Screen::Checkin);
    }
    void operator()(const act::Register& a) {
        NewPerson p = a.person;
        p.language = LangCode(CurrentLanguage());
        auto id = RegisterPerson(db, site(), p);
        if (!id) return app.ShowProblem(id.problem());
        Person shown;
        shown.first_name = p.first_name;
        shown.last_name = p.last_name;
        shown.birth_year = p.birth_year;
        s.visitor = Visitor{};
        s.visitor.person_id = id.value();
        s.visitor.label = MaskedLabel(shown);
        s.visitor.first_name = p.first_name;
        s.visitor.proven = true;
        CountVisit();
        ContinueAfterCheckin();
    }
    void operator()(const act::FindPhone& a) {
        auto r = FindByPhone(db, a.last4);
        s.searched = true;
        s.found_by = FoundBy::Phone;
        if (!r) return app.ShowProblem(r.problem());
        s.notice = {};
        s.matches = std::move(r.value());
    }
    void operator()(const act::FindName& a) {
        auto r = FindByNameAndYear(db, a.first_name, a.birth_year);
        s.searched = true;
        s.found_by = FoundBy::NameAndYear;
        if (!r) return app.ShowProblem(r.problem());
        s.notice = {};
        s.matches = std::move(r.value());
    }
    void operator()(const act::Choose& a) {
        s.visitor = Visitor{};
        s.visitor.person_id = a.match.id;
        s.visitor.label = MaskedLabel(a.match);
        s.visitor.first_name = a.match.first_name;
        s.visitor.found_by = s.found_by;
        s.matches.clear();
        if (NeedsProof()) return AskProof();
        CountVisit();
        ContinueAfterCheckin();
    }
    void operator()(const act::Prove& a) {
        if (s.visitor.person_id.empty()) return app.Navigate(Screen::Welcome);
        auto st = VerifyIdentity(db, s.identity_tries, s.visitor.person_id, s.visitor.found_by, a.claim);
        ui.checkin.proof.clear();
        if (!st) return app.ShowProblem(st.problem());
        s.visitor.proven = true;
        CountVisit();  // identified only now
        ContinueAfterCheckin();
    }
    void operator()(const act::StayAnonymous&) {
        s.visitor = Visitor{};
        s.visitor.anonymous = true;
        app.Navigate(Screen::Reasons);
    }
    void operator()(const act::LogReasons& a) {
        VisitInput in{s.visitor.person_id, a.reasons, LangCode(CurrentLanguage())};
        auto v = LogVisit(db, site(), in);
        if (!v) return app.ShowProblem(v.problem());
        s.visitor.visit_logged = true;
        ui.reasons = ReasonsUi{};
        app.Navigate(Screen::Welcome);
        app.ShowInfo(Tr("ui.reasons.logged"));
    }
    void operator()(const act::ShowWeek& a) {
        s.week_offset = a.offset;
        ui.activities.day = 0;
        ui.activities.show_past = false;
        app.Navigate(Screen::Activities);
    }
    void operator()(const act::OpenSession& a) {
        s.booking_session_id = a.session_id;
        s.booked.reset();
        s.booked_for_name.clear();
        s.year_needed_for.clear();
        ui.booking = BookingUi{};
        app.Navigate(Screen::Booking);
    }
    void operator()(const act::Book& a) {
        if (s.visitor.person_id.empty() || !s.visitor.proven) return (*this)(act::StartCheckin{AfterCheckin::Booking});
        const Id who = a.person_id.empty() ? s.visitor.person_id : a.person_id;
        BookRequest req{a.session_id, who, a.seats, BookingSource::SelfService, a.waitlist, s.visitor.person_id};
        // A year is only ever saved for the person it was asked for, and only with the booking.
        const bool with_year = a.birth_year != 0 && s.year_needed_for == who;
        auto r = with_year ? BookWithBirthYear(db, site(), req, a.birth_year) : palier::Book(db, site(), req);
        if (!r) {
            // No birth year on file for an activity with an age range: the screen asks for it.
            if (r.problem().key == "err.age_unknown") {
                s.notice = {};
                s.year_needed_for = who;
                ui.booking.year.clear();
                return;
            }
            if (with_year) ui.booking.year.clear();
            return ShowBookingProblem(r.problem());
        }
        s.year_needed_for.clear();
        ui.booking.year.clear();
        s.booked = std::move(r.value());
        s.booked_for_name.clear();
        for (const ChildChoice& c : s.children)
            if (c.id == who) s.booked_for_name = c.first_name;
        app.Reload();
    }
    void operator()(const act::BookNewChild& a) {
        if (s.visitor.person_id.empty() || !s.visitor.proven) return (*this)(act::StartCheckin{AfterCheckin::Booking});
        NewPerson child;
        child.first_name = a.first_name;
        child.birth_year = a.birth_year;
        child.language = LangCode(CurrentLanguage());
        BookRequest req{a.session_id, {}, 1, BookingSource::SelfService, a.waitlist};
        auto r = RegisterChildAndBook(db, site(), s.visitor.person_id, child, req);
        if (!r) return ShowBookingProblem(r.problem(), true);
        s.year_needed_for.clear();
        s.booked = std::move(r->outcome);
        s.booked_for_name = a.first_name;
        ui.booking = BookingUi{};
        app.Reload();
    }
    void operator()(const act::SavePhone& a) {
        if (s.visitor.person_id.empty()) return;
        if (auto st = SetPhone(db, s.visitor.person_id, a.phone); !st) return app.ShowProblem(st.problem());
        ui.booking.phone.clear();
        ui.booking.phone_saved = true;  // the confirmation says so where the waitlist note was
        s.notice = {};
        app.Reload();
    }
    void operator()(const act::CancelMine& a) {
        ui.my_bookings.confirm_cancel.clear();
        if (!s.visitor.proven) return (*this)(act::StartCheckin{AfterCheckin::MyBookings});
        auto r = CancelOwnBooking(db, s.visitor.person_id, a.booking_id);
        if (!r) return app.ShowProblem(r.problem());
        app.Reload();
        app.ShowInfo(Tr("ui.mybookings.cancelled"));
    }
    void operator()(const act::Goodbye&) {
        app.ResetVisit();  // the visitor is forgotten before the anonymous survey
        app.Navigate(Screen::Thanks);
    }
    void operator()(const act::Survey& a) {
        if (auto st = SaveSurveyAnswers(db, site(), a.answers); !st) return app.ShowProblem(st.problem());
        s.survey_saved = true;
        s.survey_saved_at = app.now_;
    }

    void operator()(const act::OpenStaff&) {
        ui.pin = StaffPinUi{};
        app.Navigate(Screen::StaffPin);
    }
    void operator()(const act::SignIn& a) {
        // PIN hashing takes ~0.1 s: it runs on the worker, which owns the database meanwhile.
        s.busy = true;
        s.notice = {};
        storage::Database* dbp = &db;
        App* appp = &app;
        app.worker_.Post([dbp, appp, a, site = site()]() -> Worker::Completion {
            auto r = std::make_shared<Result<Staff>>(palier::SignInByPin(*dbp, site, a.pin));
            return [appp, r]() {
                appp->state_.busy = false;
                appp->ui_.pin.pin.clear();
                if (!r->ok()) return appp->ShowProblem(r->problem());
                appp->state_.staff = r->value();
                appp->state_.staff->pin_hash.clear();
                LogInfo("staff signed in");
                appp->Navigate(Screen::StaffToday);
            };
        });
    }
    void operator()(const act::SignOut&) { app.ResetVisit(); }
    void operator()(const act::StaffSearch& a) {
        auto r = SearchPeopleForStaff(db, a.query);
        if (!r) return app.ShowProblem(r.problem());
        s.staff_matches = std::move(r.value());
        s.staff_searched = a.query;
    }
    // The picker of the screen at hand (each staff screen has one).
    PersonPick* ScreenPick() {
        switch (s.screen) {
            case Screen::StaffToday: return &ui.today.pick;
            case Screen::StaffOrientation: return &ui.orientation.pick;
            case Screen::StaffPrivacy: return &ui.privacy.pick;
            default: return nullptr;
        }
    }
    void operator()(const act::StaffRegister& a) {
        NewPerson p = a.person;
        p.language = LangCode(CurrentLanguage());
        auto id = RegisterPerson(db, site(), p);
        if (!id) return app.ShowProblem(id.problem());
        Person shown;
        shown.first_name = p.first_name;
        shown.last_name = p.last_name;
        shown.birth_year = p.birth_year;
        if (PersonPick* pick = ScreenPick()) {
            *pick = PersonPick{};
            pick->person_id = id.value();
            pick->label = MaskedLabel(shown);
        }
        s.staff_matches.clear();
        s.staff_searched.clear();
        if (s.screen == Screen::StaffOrientation) ui.orientation.editing = StaffOrientationUi::Editing::None;
        app.ShowInfo(Trf("ui.picker.registered", {{"name", MaskedLabel(shown)}}));
    }
    void operator()(const act::StaffLogVisit& a) {
        VisitInput in{a.person_id, a.reasons, LangCode(CurrentLanguage())};
        auto v = LogVisit(db, site(), in);
        if (!v) return app.ShowProblem(v.problem());
        ui.today = StaffTodayUi{};
        s.staff_matches.clear();
        app.Reload();
        app.ShowInfo(Tr("ui.today.logged"));
    }
    void operator()(const act::NewOrientationA& a) {
        auto r = CreateOrientation(db, site(), staff_id(), a.request);
        if (!r) return app.ShowProblem(r.problem());
        ui.orientation = StaffOrientationUi{};
        s.staff_matches.clear();
        app.Reload();
        app.ShowInfo(Tr("ui.orient.created"));
    }
    void operator()(const act::ChangeStatus& a) {
        if (auto st = ChangeOrientationStatus(db, a.orientation_id, staff_id(), a.change); !st)
            return app.ShowProblem(st.problem());
        ui.orientation.selected.clear();
        app.Reload();
        app.ShowInfo(Tr("ui.orient.changed"));
    }
    void operator()(const act::SaveActivity& a) {
        std::vector<ToTell> promoted;
        auto r = SaveActivityAndSessions(db, a.activity, &promoted);
        if (!r) return app.ShowProblem(r.problem());
        ui.staff_activities.editing = false;
        ui.staff_activities.selected = r.value();
        app.Reload();
        if (promoted.empty()) return app.ShowInfo(Tr("ui.sact.saved"));
        s.to_tell = std::move(promoted);
        app.ShowInfo(Trf("ui.sact.saved_promoted", {{"count", std::to_string(s.to_tell.size())}}));
    }
    void operator()(const act::CancelSessionA& a) {
        auto r = CancelSession(db, a.session_id);
        ui.staff_activities.confirm_cancel = false;
        if (!r) return app.ShowProblem(r.problem());
        s.to_tell = std::move(r.value());
        app.Reload();
        app.ShowInfo(Trf("ui.sact.cancelled", {{"count", std::to_string(s.to_tell.size())}}));
    }
    void operator()(const act::SetCapacity& a) {
        auto r = SetSessionCapacity(db, a.session_id, a.capacity);
        if (!r) return app.ShowProblem(r.problem());
        app.Reload();
        app.ShowInfo(Trf("ui.sact.capacity_set", {{"count", std::to_string(r.value().size())}}));
    }
    void operator()(const act::PickRoster& a) {
        s.roster_session_id = a.session_id;
        app.Reload();
    }
    void operator()(const act::StaffWeek& a) {
        s.staff_week_offset = std::clamp(a.offset, -kStaffWeeksBack, kStaffWeeksAhead);
        s.roster_session_id.clear();  // the first session of the chosen week is shown
        ui.attendance.show_past = false;
        ui.print.show_past = false;
        if (ui.print.choice.kind == PrintChoice::Kind::SignIn) ui.print.choice.subject.clear();
        app.Reload();
        if (ui.print.choice.kind == PrintChoice::Kind::Week) (*this)(act::ChoosePrint{{PrintChoice::Kind::Week, {}, s.monday}});
    }
    void operator()(const act::ChoosePrint& a) {
        if (!(a.choice == ui.print.choice)) s.print.result.clear();
        ui.print.choice = a.choice;
    }
    void operator()(const act::Mark& a) {
        if (auto st = MarkAttendance(db, a.booking_id, a.present); !st) return app.ShowProblem(st.problem());
        app.Reload();
    }
    void operator()(const act::SaveSettingsA& a) {
        if (auto st = SaveSettings(db, a.settings); !st) return app.ShowProblem(st.problem());
        s.settings = LoadSettings(db);
        SetHighContrast(s.settings.high_contrast);
        ApplyStyle();
        ui.settings = StaffSettingsUi{};
        app.Reload();
        app.ShowInfo(Tr("ui.settings.saved"));
    }
    // Export, erase and purge may read or write thousands of rows and a file: they run on the
    // worker, which owns the database meanwhile; the screen says it is working.
    template <typename T>
    void OnWorker(std::function<T(storage::Database&)> job, std::function<void(App&, T&)> done) {
        s.busy = true;
        storage::Database* dbp = &db;
        App* appp = &app;
        app.worker_.Post([dbp, appp, job = std::move(job), done = std::move(done)]() -> Worker::Completion {
            auto r = std::make_shared<T>(job(*dbp));
            return [appp, r, done]() {
                appp->state_.busy = false;
                done(*appp, *r);
            };
        });
    }

    struct Exported {
        Result<std::string> json;
        std::string path;  // empty when the file could not be written
    };
    void operator()(const act::Export& a) {
        const std::filesystem::path file = ExportFilePath(s.data_dir, a.person_id, s.today);
        OnWorker<Exported>(
            [id = a.person_id, by = staff_id(), file](storage::Database& d) {
                Exported e{ExportPerson(d, id, by), {}};
                if (!e.json) return e;
                namespace fs = std::filesystem;
                std::error_code ec;
                fs::create_directories(file.parent_path(), ec);
                std::ofstream out(file, std::ios::binary | std::ios::trunc);
                out << e.json.value();
                out.close();
                if (out) {
                    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec);
                    e.path = file.string();
                }
                return e;
            },
            [](App& app, Exported& e) {
                if (!e.json) return app.ShowProblem(e.json.problem());
                app.state_.export_json = std::move(e.json.value());
                app.state_.export_path = e.path;
                if (e.path.empty()) return app.ShowInfo(Tr("ui.privacy.export_shown"));
                app.ShowInfo(Trf("ui.privacy.exported", {{"path", e.path}}));
            });
    }
    struct Erased {
        Status status;
        std::vector<ToTell> promoted;
    };
    void operator()(const act::Erase& a) {
        OnWorker<Erased>(
            [id = a.person_id, by = staff_id()](storage::Database& d) {
                std::vector<ToTell> promoted;
                Status st = ErasePerson(d, id, by, &promoted);
                return Erased{std::move(st), std::move(promoted)};
            },
            [](App& app, Erased& e) {
                if (!e.status) return app.ShowProblem(e.status.problem());
                app.ui_.privacy = StaffPrivacyUi{};
                app.state_.staff_matches.clear();
                app.state_.export_json.clear();
                if (e.promoted.empty()) return app.ShowInfo(Tr("ui.privacy.erased"));
                // Their seats went to the waitlist: the list of people to tell is on the activities screen.
                app.state_.to_tell = std::move(e.promoted);
                app.ShowInfo(Trf("ui.privacy.erased_promoted", {{"count", std::to_string(app.state_.to_tell.size())}}));
            });
    }
    void operator()(const act::Purge&) {
        ui.privacy.confirm_purge = false;
        OnWorker<Result<PurgeReport>>([by = staff_id()](storage::Database& d) { return RunRetentionPurge(d, by); },
                                      [](App& app, Result<PurgeReport>& r) {
                                          if (!r) return app.ShowProblem(r.problem());
                                          app.state_.purge = r.value();
                                      });
    }
    void operator()(const act::LoadPrinters&) { app.LoadPrinters(); }
    void operator()(const act::PrintDoc& a) { app.StartPrint(a); }
    void operator()(const act::PreviewDoc& a) { app.StartPreview(a); }
};

void App::Apply(Action action) {
    if (worker_.Busy()) WaitIdle();
    // A notice answers the person's last action; their next one puts it away (and its own
    // outcome, success or refusal, takes its place). What a screen asks by itself (a preview,
    // the printer list) is not the person acting and leaves it.
    const bool by_person = !IsNone(action) && !std::holds_alternative<act::PreviewDoc>(action) &&
                           !std::holds_alternative<act::LoadPrinters>(action);
    if (by_person) state_.notice = {};
    std::visit(Applier{*this, state_, ui_, db_}, action);
}

}  // namespace palier::ui
