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
namespace {
// A write whose value the screen does not need: only whether it went through.
template <class T>
Status StatusOf(const Result<T>& r) {
    return r ? Ok() : Status(r.problem());
}
}  // namespace

struct Applier {
    App& app;
    AppState& s;
    UiStates& ui;
    storage::Database& db;

    // Every write runs on the worker, which owns the database meanwhile: a frame never waits on
    // SQLite's lock or on fsync, and the screen says it is working (s.busy). `job` sees only what
    // it captured and the database; `done` runs on the UI thread at the start of a later frame.
    template <typename T>
    void OnWorker(std::function<T(storage::Database&)> job, std::function<void(Applier&, T&)> done) {
        s.busy = true;
        app.busy_since_ = app.now_;
        storage::Database* dbp = &db;
        App* appp = &app;
        app.worker_.Post([dbp, appp, job = std::move(job), done = std::move(done)]() -> Worker::Completion {
            auto r = std::make_shared<T>(job(*dbp));
            return [appp, r, done]() {
                appp->state_.busy = false;
                // Most jobs are writes: what was just recorded goes to the hub soon.
                if (auto* client = appp->sync_.client()) client->Nudge();
                Applier next{*appp, appp->state_, appp->ui_, appp->db_};
                done(next, *r);
            };
        });
    }

    // A write whose value the screen does not need: a refusal is shown, success runs `then`.
    void Write(std::function<Status(storage::Database&)> job, std::function<void(Applier&)> then) {
        OnWorker<Status>(std::move(job), [then = std::move(then)](Applier& ap, Status& st) {
            if (!st) return ap.app.ShowProblem(st.problem());
            then(ap);
        });
    }

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
    // A failure to count is logged and does not stop the visitor. Runs inside a worker job.
    struct VisitCount {
        IdentifiedFrom from;
        Id site, person;
        bool already;
        std::string lang;
        bool operator()(storage::Database& d) const {
            auto v = CountVisitOnIdentification(d, site, person, from, already, lang);
            if (!v) LogError("visit not counted: " + v.problem().key);
            return v && v->has_value();
        }
    };
    VisitCount CountFor(const Id& person) const {
        const auto from = s.after_checkin == AfterCheckin::Reasons ? IdentifiedFrom::FrontDesk : IdentifiedFrom::Booking;
        return {from, site(), person, s.visitor.visit_logged, LangCode(CurrentLanguage())};
    }
    // The visitor is identified: count the visit, then carry on where they were going.
    void CountVisitAndContinue() {
        OnWorker<bool>([count = CountFor(s.visitor.person_id)](storage::Database& d) { return count(d); },
                       [](Applier& a, bool& counted) {
                           if (counted) a.s.visitor.visit_logged = true;
                           a.ContinueAfterCheckin();
                       });
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
        struct Registered {
            Result<Id> id;
            bool counted = false;
        };
        OnWorker<Registered>(
            [p, site = site(), count = CountFor({})](storage::Database& d) mutable {
                Registered r{RegisterPerson(d, site, p)};
                if (!r.id) return r;
                count.person = r.id.value();
                count.already = false;
                r.counted = count(d);
                return r;
            },
            [p](Applier& ap, Registered& r) {
                if (!r.id) return ap.app.ShowProblem(r.id.problem());
                Person shown;
                shown.first_name = p.first_name;
                shown.last_name = p.last_name;
                shown.birth_year = p.birth_year;
                Visitor& v = ap.s.visitor;
                v = Visitor{};
                v.person_id = r.id.value();
                v.label = MaskedLabel(shown);
                v.first_name = p.first_name;
                v.proven = true;
                v.visit_logged = r.counted;
                ap.ContinueAfterCheckin();
            });
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
        CountVisitAndContinue();
    }
    void operator()(const act::Prove& a) {
        if (s.visitor.person_id.empty()) return app.Navigate(Screen::Welcome);
        auto st = VerifyIdentity(db, s.identity_tries, s.visitor.person_id, s.visitor.found_by, a.claim);
        ui.checkin.proof.clear();
        if (!st) return app.ShowProblem(st.problem());
        s.visitor.proven = true;
        CountVisitAndContinue();  // identified only now
    }
    void operator()(const act::StayAnonymous&) {
        s.visitor = Visitor{};
        s.visitor.anonymous = true;
        app.Navigate(Screen::Reasons);
    }
    void operator()(const act::LogReasons& a) {
        VisitInput in{s.visitor.person_id, a.reasons, LangCode(CurrentLanguage())};
        Write([in, site = site()](storage::Database& d) { return StatusOf(LogVisit(d, site, in)); },
              [](Applier& ap) {
                  ap.s.visitor.visit_logged = true;
                  ap.ui.reasons = ReasonsUi{};
                  ap.app.Navigate(Screen::Welcome);
                  ap.app.ShowInfo(Tr("ui.reasons.logged"));
              });
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
        s.hub_answer_awaited = false;
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
        using Booked = Result<BookOutcome>;
        OnWorker<Booked>(
            [req, with_year, year = a.birth_year, site = site()](storage::Database& d) {
                return with_year ? BookWithBirthYear(d, site, req, year) : palier::Book(d, site, req);
            },
            [who, with_year](Applier& ap, Booked& r) {
                AppState& s = ap.s;
                if (!r) {
                    // No birth year on file for an activity with an age range: the screen asks for it.
                    if (r.problem().key == "err.age_unknown") {
                        s.notice = {};
                        s.year_needed_for = who;
                        ap.ui.booking.year.clear();
                        return;
                    }
                    if (with_year) ap.ui.booking.year.clear();
                    return ap.ShowBookingProblem(r.problem());
                }
                s.year_needed_for.clear();
                ap.ui.booking.year.clear();
                s.booked = std::move(r.value());
                s.booked_for_name.clear();
                for (const ChildChoice& c : s.children)
                    if (c.id == who) s.booked_for_name = c.first_name;
                ap.app.AwaitHubAnswer();
                ap.app.Reload();
            });
    }
    void operator()(const act::BookNewChild& a) {
        if (s.visitor.person_id.empty() || !s.visitor.proven) return (*this)(act::StartCheckin{AfterCheckin::Booking});
        NewPerson child;
        child.first_name = a.first_name;
        child.birth_year = a.birth_year;
        child.language = LangCode(CurrentLanguage());
        BookRequest req{a.session_id, {}, 1, BookingSource::SelfService, a.waitlist};
        using Booked = Result<ChildBooked>;
        OnWorker<Booked>(
            [child, req, guardian = s.visitor.person_id, site = site()](storage::Database& d) {
                return RegisterChildAndBook(d, site, guardian, child, req);
            },
            [name = a.first_name](Applier& ap, Booked& r) {
                if (!r) return ap.ShowBookingProblem(r.problem(), true);
                ap.s.year_needed_for.clear();
                ap.s.booked = std::move(r->outcome);
                ap.s.booked_for_name = name;
                ap.ui.booking = BookingUi{};
                ap.app.AwaitHubAnswer();
                ap.app.Reload();
            });
    }
    void operator()(const act::SavePhone& a) {
        if (s.visitor.person_id.empty()) return;
        Write([id = s.visitor.person_id,
               phone = a.phone](storage::Database& d) { return SetPhone(d, id, phone); },
              [](Applier& ap) {
                  ap.ui.booking.phone.clear();
                  // The confirmation says so where the waitlist note was.
                  ap.ui.booking.phone_saved = true;
                  ap.s.notice = {};
                  ap.app.Reload();
              });
    }
    void operator()(const act::CancelMine& a) {
        ui.my_bookings.confirm_cancel.clear();
        if (!s.visitor.proven) return (*this)(act::StartCheckin{AfterCheckin::MyBookings});
        Write([id = s.visitor.person_id, booking = a.booking_id](
                  storage::Database& d) { return StatusOf(CancelOwnBooking(d, id, booking)); },
              [](Applier& ap) {
                  ap.app.Reload();
                  ap.app.ShowInfo(Tr("ui.mybookings.cancelled"));
              });
    }
    void operator()(const act::Goodbye&) {
        app.ResetVisit();  // the visitor is forgotten before the anonymous survey
        app.Navigate(Screen::Thanks);
    }
    void operator()(const act::Survey& a) {
        Write([answers = a.answers,
               site = site()](storage::Database& d) { return SaveSurveyAnswers(d, site, answers); },
              [](Applier& ap) {
                  ap.s.survey_saved = true;
                  ap.s.survey_saved_at = ap.app.now_;
              });
    }

    void operator()(const act::OpenStaff&) {
        ui.pin = StaffPinUi{};
        app.Navigate(Screen::StaffPin);
    }
    void operator()(const act::SignIn& a) {
        // PIN hashing takes ~0.1 s on purpose.
        OnWorker<Result<Staff>>([pin = a.pin, site = site()](storage::Database& d) { return palier::SignInByPin(d, site, pin); },
                                [](Applier& ap, Result<Staff>& r) {
                                    ap.ui.pin.pin.clear();
                                    if (!r) return ap.app.ShowProblem(r.problem());
                                    ap.s.staff = r.value();
                                    ap.s.staff->pin_hash.clear();
                                    LogInfo("staff signed in");
                                    ap.app.Navigate(Screen::StaffToday);
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
        OnWorker<Result<Id>>(
            [p, site = site()](storage::Database& d) { return RegisterPerson(d, site, p); },
            [p](Applier& ap, Result<Id>& id) {
                if (!id) return ap.app.ShowProblem(id.problem());
                Person shown;
                shown.first_name = p.first_name;
                shown.last_name = p.last_name;
                shown.birth_year = p.birth_year;
                if (PersonPick* pick = ap.ScreenPick()) {
                    *pick = PersonPick{};
                    pick->person_id = id.value();
                    pick->label = MaskedLabel(shown);
                }
                ap.s.staff_matches.clear();
                ap.s.staff_searched.clear();
                if (ap.s.screen == Screen::StaffOrientation)
                    ap.ui.orientation.editing = StaffOrientationUi::Editing::None;
                ap.app.ShowInfo(Trf("ui.picker.registered", {{"name", MaskedLabel(shown)}}));
            });
    }
    void operator()(const act::StaffLogVisit& a) {
        VisitInput in{a.person_id, a.reasons, LangCode(CurrentLanguage())};
        Write([in, site = site()](storage::Database& d) { return StatusOf(LogVisit(d, site, in)); },
              [](Applier& ap) {
                  ap.ui.today = StaffTodayUi{};
                  ap.s.staff_matches.clear();
                  ap.app.Reload();
                  ap.app.ShowInfo(Tr("ui.today.logged"));
              });
    }
    void operator()(const act::NewOrientationA& a) {
        Write([req = a.request, site = site(), by = staff_id()](
                  storage::Database& d) { return StatusOf(CreateOrientation(d, site, by, req)); },
              [](Applier& ap) {
                  ap.ui.orientation = StaffOrientationUi{};
                  ap.s.staff_matches.clear();
                  ap.app.Reload();
                  ap.app.ShowInfo(Tr("ui.orient.created"));
              });
    }
    void operator()(const act::ChangeStatus& a) {
        Write([id = a.orientation_id, change = a.change, by = staff_id()](
                  storage::Database& d) { return ChangeOrientationStatus(d, id, by, change); },
              [](Applier& ap) {
                  ap.ui.orientation.selected.clear();
                  ap.app.Reload();
                  ap.app.ShowInfo(Tr("ui.orient.changed"));
              });
    }
    void operator()(const act::SaveActivity& a) {
        struct Saved {
            Result<Id> id;
            std::vector<ToTell> promoted;
        };
        OnWorker<Saved>(
            [activity = a.activity](storage::Database& d) {
                Saved r{Id{}, {}};
                r.id = SaveActivityAndSessions(d, activity, &r.promoted);
                return r;
            },
            [](Applier& ap, Saved& r) {
                if (!r.id) return ap.app.ShowProblem(r.id.problem());
                ap.ui.staff_activities.editing = false;
                ap.ui.staff_activities.selected = r.id.value();
                ap.app.Reload();
                if (r.promoted.empty()) return ap.app.ShowInfo(Tr("ui.sact.saved"));
                ap.s.to_tell = std::move(r.promoted);
                ap.app.ShowInfo(Trf("ui.sact.saved_promoted", {{"count", std::to_string(ap.s.to_tell.size())}}));
            });
    }
    void operator()(const act::CancelSessionA& a) {
        ui.staff_activities.confirm_cancel = false;
        using Told = Result<std::vector<ToTell>>;
        OnWorker<Told>([id = a.session_id](storage::Database& d) { return CancelSession(d, id); },
                       [](Applier& ap, Told& r) {
                           if (!r) return ap.app.ShowProblem(r.problem());
                           ap.s.to_tell = std::move(r.value());
                           ap.app.Reload();
                           ap.app.ShowInfo(Trf("ui.sact.cancelled", {{"count", std::to_string(ap.s.to_tell.size())}}));
                       });
    }
    void operator()(const act::SetCapacity& a) {
        using Told = Result<std::vector<Booking>>;  // the waitlisted who got a seat
        OnWorker<Told>([id = a.session_id, capacity = a.capacity](storage::Database& d) { return SetSessionCapacity(d, id, capacity); },
                       [](Applier& ap, Told& r) {
                           if (!r) return ap.app.ShowProblem(r.problem());
                           ap.app.Reload();
                           ap.app.ShowInfo(Trf("ui.sact.capacity_set", {{"count", std::to_string(r.value().size())}}));
                       });
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
        Write([id = a.booking_id, present = a.present](
                  storage::Database& d) { return MarkAttendance(d, id, present); },
              [](Applier& ap) { ap.app.Reload(); });
    }
    void operator()(const act::SaveSettingsA& a) {
        struct Saved {
            Status status;
            KioskSettings settings;
        };
        OnWorker<Saved>(
            [settings = a.settings](storage::Database& d) {
                Saved r{SaveSettings(d, settings), {}};
                if (r.status) r.settings = LoadSettings(d);
                return r;
            },
            [](Applier& ap, Saved& r) {
                if (!r.status) return ap.app.ShowProblem(r.status.problem());
                ap.s.settings = std::move(r.settings);
                SetHighContrast(ap.s.settings.high_contrast);
                ApplyStyle();
                ap.ui.settings = StaffSettingsUi{};
                ap.app.Reload();
                ap.app.ShowInfo(Tr("ui.settings.saved"));
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
            [](Applier& ap, Exported& e) {
                App& app = ap.app;
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
            [](Applier& ap, Erased& e) {
                App& app = ap.app;
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
                                      [](Applier& ap, Result<PurgeReport>& r) {
                                          if (!r) return ap.app.ShowProblem(r.problem());
                                          ap.s.purge = r.value();
                                      });
    }
    void operator()(const act::LoadPrinters&) { app.LoadPrinters(); }
    void operator()(const act::PrintDoc& a) { app.StartPrint(a); }
    void operator()(const act::PreviewDoc& a) { app.StartPreview(a); }
    // The sync client does the exchange on its thread; its outcome comes back as an event.
    void operator()(const act::Enrol& a) {
        auto* client = app.sync_.client();
        if (!client) return app.ShowProblem(MakeProblem("ui.err.sync_off"));
        client->Enrol(a.hub, a.code, a.ca_file);
    }
    void operator()(const act::SetSyncEvery& a) {
        Write([seconds = a.seconds](storage::Database& d) { return SetSyncInterval(d, seconds); },
              [seconds = a.seconds](Applier& ap) {
                  if (auto* client = ap.app.sync_.client()) client->SetInterval(seconds);
                  ap.app.Reload();
              });
    }
    void operator()(const act::SyncNow&) {
        auto* client = app.sync_.client();
        if (!client) return app.ShowProblem(MakeProblem("ui.err.sync_off"));
        client->SyncNow();
    }
};

void App::Apply(Action action) {
    WaitIdle();
    Start(std::move(action));
    WaitIdle();
}

void App::Start(Action action) {
    // A notice answers the person's last action; their next one puts it away (and its own
    // outcome, success or refusal, takes its place).
    if (ByPerson(action)) state_.notice = {};
    std::visit(Applier{*this, state_, ui_, db_}, action);
}

}  // namespace palier::ui
