#pragma once
// The kiosk's side of docs/SYNC.md, one exchange after another on the calling thread: enrol,
// then push what this kiosk recorded and pull what the others did. Every database step (read a
// batch of the journal, move the pushed-through cursor, apply a pulled page with its cursor)
// goes through `run_on_db`, so the HTTP waits never hold the database: the kiosk hands each
// step to its worker between the person's writes, the command line runs it at once.
// Failures come back as Problems in words; the log gets the detail, never the token.
#include <atomic>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "Http.h"
#include "kiosk/Result.h"
#include "storage/Clock.h"
#include "storage/Database.h"

namespace palier::sync {

using DbStep = std::function<void(storage::Database&)>;
// Runs the step on the thread that owns the database and returns once it has run; false when
// the database cannot be reached any more (its owner is closing) and nothing ran.
using RunOnDb = std::function<bool(const DbStep&)>;

struct Enrolled {
    std::string hub_url, site;
};

struct SyncReport {
    int64_t pushed = 0;    // entries the hub acknowledged
    int64_t received = 0;  // entries pulled, and corrections to what was pushed
    int applied = 0, parked = 0, ignored = 0;  // what became of those received
    int promoted = 0;  // waitlisted bookings given a seat of this kiosk's allotments afterwards
    bool clock_known = false;
    int64_t clock_offset_ms = 0;  // the hub's clock minus this kiosk's
};

struct SessionOptions {
    // Each batch is one transaction at the hub, which writes every index page the batch
    // touches: a first sync in batches of 500 wrote the hub's indexes four times as often as in
    // batches of 2,000 (about 700 KB of body, far under the hub's 4 MB). Reading a batch from
    // the journal is a short step for the kiosk's database.
    int push_batch = 2000;
    // A page is applied in one transaction while the person waits for the database: small
    // pages keep each step short.
    int pull_page = 200;
};

class HubSession {
public:
    // `cancel` set: the exchange under way stops within a second and the session says so.
    HubSession(RunOnDb run_on_db, Clock clock, const std::atomic<bool>* cancel = nullptr, SessionOptions options = {});

    // Enrols this kiosk with the hub at `typed_url` with a one-time code; the token, the site
    // and the hub are kept in the database. The first sync is the caller's.
    Result<Enrolled> Enrol(const std::string& typed_url, const std::string& typed_code, const std::string& ca_file);
    // One whole sync: everything waiting pushed, then every page pulled. Its outcome (success
    // time, or the error) is kept in the database for the staff screens.
    Result<SyncReport> Sync();

    // What the hub asked of the last refusal: come back in this many ms (-1 when it did not say).
    int64_t retry_after_ms() const { return retry_after_ms_; }

private:
    struct Hub;  // where to send and with which token
    Status Db(const char* what, const DbStep& step);
    HttpResponse Exchange(const Hub& hub, const char* method, const std::string& path, const std::string& body);
    bool Pause(int seconds);  // false when cancelled meanwhile
    // What the hub sent, applied in one transaction with the cursor it moves: all or nothing.
    // `wire`: the JSON array the entries were read from (their fields are not parsed again).
    Status ApplyWithCursor(const char* what, const std::vector<JournalEntry>& entries, const nlohmann::json& wire,
                           const DbStep& move_cursor, SyncReport& report);
    Status Push(const Hub& hub, const Id& device, SyncReport& report);
    // A push refused as a conflict (409) or a sequence gap (400) with the hub's acked_through:
    // the journal follows the hub (storage/JournalRenumber.h). `from`: the cursor of that push.
    Status FollowRefusal(const HttpResponse& response, int64_t from);
    Status Pull(const Hub& hub, int64_t cursor, SyncReport& report);
    // This kiosk's own entries that the hub holds and this file lacks (after a renumbering),
    // fetched and applied as pulled entries are.
    Status FetchOwn(const Hub& hub, SyncReport& report);
    Problem Refusal(const HttpResponse& response, const char* what, bool enrolling);
    void NoteClock(int64_t hub_time_ms, int64_t sent_ms, SyncReport& report);
    // A page of entries as the hub answered a pull (or the fetch of this kiosk's own entries).
    struct Page {
        std::vector<JournalEntry> changes;
        nlohmann::json wire;  // the array `changes` was read from (ApplyWithCursor)
        int64_t cursor = 0;
        bool more = false;
    };
    Result<Page> ReadPage(const HttpResponse& r, int64_t sent_ms, const char* what, SyncReport& report);
    RunOnDb run_on_db_;
    Clock clock_;
    const std::atomic<bool>* cancel_;
    SessionOptions options_;
    int64_t retry_after_ms_ = -1;
};

// A refusal that trying again will not cure: the kiosk must be enrolled again, or updated.
bool NeedsPerson(const Problem& p);

}  // namespace palier::sync
