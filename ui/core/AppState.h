#pragma once
// AppState: the kiosk's domain data as the screens read it, loaded through kiosk/ functions by
// the main loop (App), plus who is at the screen. Screens get it const; only App writes it.
// Per-screen visual state (what is being typed, which tab is open) lives in UiStates instead.
#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/Dates.h"
#include "kiosk/FamilyBooking.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/Identity.h"
#include "kiosk/Orientations.h"
#include "kiosk/Privacy.h"
#include "kiosk/Settings.h"
#include "kiosk/SyncStatus.h"
#include "kiosk/UiQueries.h"
#include "ui/core/Screens.h"

namespace palier::ui {

// Where check-in leads once the resident is known.
enum class AfterCheckin { Reasons, Booking, MyBookings };

struct Notice {
    std::string text;
    bool error = false;
};

// The resident at the screen. Only a masked label and the first name are kept.
struct Visitor {
    Id person_id;            // empty: not identified (or anonymous)
    std::string label;       // MaskedLabel(), e.g. "Fatima B., née en 1985"
    std::string first_name;  // for "Bonjour Fatima"
    bool anonymous = false;
    bool visit_logged = false;
    // Chosen from the masked matches, they are only claimed: their bookings, their children
    // and booking in their name wait for a second fact (kiosk/Identity.h). A new registrant
    // is proven by registering.
    bool proven = false;
    FoundBy found_by = FoundBy::Phone;
};

// A printable document as the Print screen chooses it.
struct PrintChoice {
    enum class Kind { Week, SignIn, Referral } kind = Kind::Week;
    Id subject;  // SignIn: the session; Referral: the orientation; Week: empty
    Date week{};  // Week: its Monday (the epoch: this week)
    bool complete() const { return kind == Kind::Week || !subject.empty(); }
    bool operator==(const PrintChoice&) const = default;
};

struct AppState {
    KioskSettings settings;
    std::string data_dir;
    Screen screen = Screen::Welcome;
    Date today{};
    std::string now_stamp;     // "YYYY-MM-DDTHH:MM" at the last reload
    std::string centre_label;  // centre name (and site) shown in the top bar
    Notice notice;             // shown at the top of the content, cleared on navigation
    bool busy = false;         // a worker job started by the person holds the database (a write, PIN check)
    double busy_seconds = 0;   // how long it has been running: the screen says so after a moment
    double idle_seconds = 0;   // since the last touch or key

    // ---- The resident's visit (wiped by "Terminer" and the idle timeout) ----
    Visitor visitor;
    AfterCheckin after_checkin = AfterCheckin::Reasons;
    std::vector<storage::PersonMatch> matches;  // returning-visitor search results
    bool searched = false;
    FoundBy found_by = FoundBy::Phone;  // how the last search was made
    ProofOffer proof;                   // what the claimed visitor can prove themselves with
    IdentityTries identity_tries;       // wrong answers this visit
    int week_offset = 0;  // 0 = this week, 1 = next week
    Date monday{};
    std::vector<SessionView> week;
    Id booking_session_id;
    std::optional<SessionView> booking_session;
    std::vector<ChildChoice> children;
    std::optional<BookOutcome> booked;
    std::string booked_for_name;  // the child's first name when booked for a child, else ""
    // A pending booking was just sent to the hub: the confirmation waits a moment for its answer
    // (App::Frame stops waiting after kHubAnswerWait) before saying "pending".
    bool hub_answer_awaited = false;
    double hub_asked_at = 0;
    int64_t hub_answer_attempt = 0;  // the sync whose outcome answers (SyncClient::Hurry)
    bool visitor_has_phone = true;  // false: a waitlisted visitor is asked for a number
    Id year_needed_for;  // the booking was refused for want of this person's birth year: ask it
    std::vector<BookingView> my_bookings;
    bool survey_saved = false;
    double survey_saved_at = 0;
    float visit_text_scale = 0;  // the resident's own text size for this visit; 0 = the settings'

    // ---- Staff mode ----
    std::vector<StaffChoice> staff_list;
    std::optional<Staff> staff;  // signed in
    std::vector<VisitRow> visits_today;
    std::vector<storage::PersonMatch> staff_matches;
    std::string staff_searched;  // the words staff_matches answer ("aucun résultat" for them)
    std::vector<FollowUp> due_today, overdue;
    std::vector<Partner> partners;
    std::vector<Activity> activities;
    std::vector<ToTell> to_tell;  // after cancelling a session
    int staff_week_offset = 0;  // the week Print and Attendance show (s.monday there)
    Id roster_session_id;
    std::vector<RosterLine> roster;
    std::vector<Site> sites;
    std::string export_json, export_path;
    // Print screen (kiosk/print): the printers CUPS knows, the last job's outcome, the open
    // requests a referral slip can be printed for, and the preview of the chosen document.
    struct Printing {
        bool available = false;  // this build has kiosk/print
        bool printers_loaded = false;
        bool looking = false;  // asking CUPS for its printers (a PDF can be saved meanwhile)
        std::vector<std::string> printers;  // queue names, the default first
        bool working = false;
        std::string result;
        bool result_error = false;
        std::vector<FollowUp> referrals;  // open, with a partner; empty unless the staff may see them
        // One page of the chosen document as an image. App owns the texture (and frees it);
        // texture is null without a GPU (headless tests): the screen draws a plain page then.
        struct Preview {
            PrintChoice choice;  // what it shows, or is being made for
            Lang lang = Lang::Fr;
            bool loading = false;
            int page = 0, page_count = 0;
            int width = 0, height = 0;  // pixels of the rendered page
            ImTextureID texture = nullptr;
            std::string error;
        } preview;
    } print;
    std::optional<PurgeReport> purge;

    // ---- Sync: the Sync screen, and every staff screen's top bar ----
    SyncOverview sync;          // loaded with every staff screen and after each sync
    bool sync_running = false;  // this program syncs (the kiosk, not the screenshots or most tests)
    bool sync_working = false;  // an enrolment or a sync is under way
    int64_t now_ms = 0;         // the clock at this frame: "il y a 3 min" moves on by itself
};

// Someone is using the kiosk: the idle timeout will wipe it and "Terminer" is offered.
inline bool VisitInProgress(const AppState& s) {
    return s.screen != Screen::Welcome || !s.visitor.person_id.empty() || s.visitor.anonymous || s.staff.has_value() ||
           s.visit_text_scale > 0;
}

// The text size on screen now: the resident's choice for the visit, else the settings'.
inline float TextScale(const AppState& s) { return s.visit_text_scale > 0 ? s.visit_text_scale : s.settings.text_scale; }

}  // namespace palier::ui
