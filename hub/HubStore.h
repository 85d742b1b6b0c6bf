#pragma once
// Everything the hub keeps, behind one interface: the sync rules (kiosk/SyncMerge.h) and the
// HTTP layer do not know which database holds it. SQLite (one file in the hub's data folder) is
// the default; a server database can take its place.
//
// Every method is safe to call from several request threads at once, and every change is one
// transaction: a refused or interrupted request leaves the hub as it was.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "hub/PushPayload.h"
#include "kiosk/Figures.h"
#include "kiosk/OrientationFigures.h"
#include "kiosk/VisitFigures.h"
#include "storage/Clock.h"
#include "storage/HubTables.h"
#include "storage/WebTables.h"

namespace palier::hub {

using storage::HubAnomaly;
using storage::HubDevice;
using storage::LoginFailures;
using storage::WebAccount;
using storage::WebRole;
using storage::WebSession;

struct Enrolment {
    std::string token;  // given once, to the device; only its hash is kept
    std::string site;
    int64_t acked_through = 0;  // a device enrolled again: what the hub already holds of it
};

struct PushAck {
    int64_t acked_through = 0;
    std::vector<JournalEntry> corrections;
};

struct PullPage {
    std::vector<JournalEntry> changes;
    int64_t cursor = 0;
    bool more = false;
};

class HubStore {
public:
    virtual ~HubStore() = default;
    virtual int64_t NowMs() const = 0;

    // A one-time code for a kiosk of `site`, valid for `valid_ms`.
    virtual std::string NewEnrolCode(const std::string& site, int64_t valid_ms) = 0;
    virtual std::variant<Enrolment, Refusal> Enrol(const EnrolRequest& request) = 0;
    // The device a token belongs to, when it is known and not revoked.
    virtual std::optional<HubDevice> Authenticate(const std::string& token) = 0;
    virtual bool Revoke(const Id& device) = 0;
    virtual std::vector<HubDevice> Devices() = 0;

    virtual std::variant<PushAck, Refusal> Push(const HubDevice& device, const PushRequest& push) = 0;
    virtual PullPage Pull(const HubDevice& device, int64_t since, int limit) = 0;
    // The device's own entries numbered `from`..`through` (a kiosk restored from an older copy
    // takes back what its copy lacked), up to `limit`; `cursor` is the next number to ask.
    virtual PullPage Own(const HubDevice& device, int64_t from, int64_t through, int limit) = 0;

    // Settles the sessions whose allotments have just reached their cut-off (their unused seats
    // go to the pool's waitlist). Run every minute by the server; returns the sessions settled.
    virtual int SettleDue() = 0;
    // Gives the bus's kiosks their share (`percent`) of the sessions to come at its stops where
    // they have no allotment yet (GiveBusShares in kiosk/SeatPlacement.h). Run every minute by
    // the server; returns the allotments written.
    virtual int GiveBusShares(int percent) = 0;

    // Seats of a session that `device` may confirm offline; refused when the seats are not free
    // or the device already holds more.
    virtual std::variant<Allotment, Refusal> Allot(const Id& session_id, const Id& device, int seats) = 0;

    virtual std::vector<HubAnomaly> Anomalies(int limit) = 0;
    // One line per session from now on: id, start, title, capacity, confirmed, waitlisted,
    // pending, then each allotment as device=seats.
    virtual std::vector<std::string> UpcomingSessions() = 0;

    // The dashboard's accounts, browser sessions and failed logins (the rules are in
    // hub/WebAccess.h). AddWebAccount is false when the login is taken.
    virtual bool AddWebAccount(const WebAccount& account) = 0;
    virtual std::optional<WebAccount> FindWebAccount(const std::string& login) = 0;
    virtual void SaveWebSession(const WebSession& session) = 0;  // forgets expired sessions
    virtual std::optional<WebSession> FindWebSession(const std::string& token_hash) = 0;  // unexpired
    virtual void DeleteWebSession(const std::string& token_hash) = 0;
    virtual LoginFailures LoginFailuresSince(const std::string& login, int64_t since_ms) = 0;
    // Failures before `forget_before_ms` (of any login) are forgotten.
    virtual void AddLoginFailure(const std::string& login, int64_t forget_before_ms) = 0;
    virtual void ClearLoginFailures(const std::string& login) = 0;

    // The coordinators' figures (kiosk/Figures.h) over every site's merged records.
    virtual Date Today() = 0;
    virtual Result<Figures> FiguresOf(Period period) = 0;
    // Visits in detail (kiosk/VisitFigures.h): the week of today and the `weeks` weeks ending
    // with it.
    virtual Result<VisitFigures> VisitFiguresOf(int weeks) = 0;
    // Orientations in detail (kiosk/OrientationFigures.h), shown to the dashboard login
    // `viewer`: the view is written to the audit trail.
    virtual Result<OrientationFigures> ViewOrientations(const std::string& viewer) = 0;
};

// The hub on its own SQLite file, `<dir>/palier.db` (created with its folder when missing): a
// Palier database like a kiosk's, so `palier --data DIR check` and `backup` work on it too.
// Session times are read in the site's time zone (a setting, Europe/Paris by default), whatever
// the machine's. `now` ("YYYY-MM-DDTHH:MM", that zone): the clock starts there (tests, demos).
std::unique_ptr<HubStore> OpenSqliteHub(const std::string& dir, Clock clock, const std::string& now = "");

// What an enrolment code looks like when shown ("K7QF-3MZP"), and the form it is compared in
// (upper case, no dash or space), so "k7qf 3mzp" typed on a kiosk works.
std::string ShowCode(const std::string& code);
std::string NormaliseCode(const std::string& typed);

}  // namespace palier::hub
