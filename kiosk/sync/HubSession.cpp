#include "HubSession.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>
#include <nlohmann/json.hpp>
#include <vector>

#include "HubAddress.h"
#include "kiosk/Log.h"
#include "kiosk/SeatPlacement.h"
#include "kiosk/ServiceEdge.h"
#include "kiosk/Settings.h"
#include "kiosk/SyncMerge.h"
#include "storage/EntryWire.h"
#include "storage/JournalRenumber.h"
#include "storage/JournalStore.h"
#include "storage/RecordJson.h"
#include "storage/SyncStateStore.h"

namespace palier::sync {

using nlohmann::json;

namespace {
constexpr int kShortWaits = 5;
constexpr int kShortWaitSeconds = 10;
// Renumbering follows the hub once; more than a few times in one sync means the hub and this
// kiosk disagree in a way renumbering does not cure, and a person must look at the log.
constexpr int kMaxRenumbers = 3;
}  // namespace

struct HubSession::Hub {
    std::string url, token, ca_file;
};

namespace {

// The hub's own sentence of a refusal, for the log.
std::string HubSays(const std::string& body) {
    const json j = json::parse(body, nullptr, false);
    if (j.is_object() && j.contains("error") && j["error"].is_string()) return j["error"].get<std::string>();
    return body.substr(0, 200);
}

Problem WithDetail(Problem p, std::string detail) {
    p.detail = std::move(detail);
    return p;
}

std::vector<JournalEntry> Entries(const json& array) {
    std::vector<JournalEntry> out;
    if (!array.is_array()) throw json::type_error::create(302, "entries are not an array", &array);
    out.reserve(array.size());
    for (const json& e : array) out.push_back(e.get<JournalEntry>());
    return out;
}

// Where the hub stands in a refusal that says it (a sequence gap, a conflict); nullopt otherwise.
struct HubStands {
    int64_t acked_through = 0;
    int64_t differs_from = -1;
};
std::optional<HubStands> StandsIn(const std::string& body) {
    const json j = json::parse(body, nullptr, false);
    if (!j.is_object() || !j.contains("acked_through") || !j["acked_through"].is_number_integer()) return std::nullopt;
    HubStands out{j["acked_through"].get<int64_t>(), -1};
    if (j.contains("differs_from") && j["differs_from"].is_number_integer())
        out.differs_from = j["differs_from"].get<int64_t>();
    if (out.acked_through < 0) return std::nullopt;
    return out;
}

void LogRenumbered(const storage::Renumbered& r, int64_t hub_acked, const char* why) {
    if (r.rewound_to >= 0) {
        LogError(std::string("sync: ") + why + ": the hub holds this kiosk's entries only through " +
                 std::to_string(hub_acked) + "; sending again from " + std::to_string(hub_acked + 1));
        return;
    }
    std::string line = std::string("sync: ") + why + ": the hub holds this kiosk's entries through " +
                       std::to_string(hub_acked) + "; ";
    if (r.moved > 0)
        line += std::to_string(r.moved) + " entries not yet acknowledged renumbered from " +
                std::to_string(r.first_old) + " to " + std::to_string(r.first_new) + " onwards";
    else
        line += "new entries will be numbered from " + std::to_string(hub_acked + 1);
    LogError(line);
}

// Applies what the hub sent, inside the caller's transaction. `wire`: the array the entries were
// read from, whose "fields" are merged without parsing each payload again.
void ApplyAll(storage::Database& db, const std::vector<JournalEntry>& entries, const json& wire, SyncReport& report) {
    for (size_t i = 0; i < entries.size(); ++i) {
        const JournalEntry& e = entries[i];
        const bool read = wire.is_array() && i < wire.size();
        switch (read ? ApplyRemoteInTransaction(db, e, wire[i].at("fields")) : ApplyRemoteInTransaction(db, e)) {
            case ApplyOutcome::Applied: ++report.applied; break;
            case ApplyOutcome::Parked: ++report.parked; break;
            case ApplyOutcome::Ignored: ++report.ignored; break;
        }
    }
}

}  // namespace

bool NeedsPerson(const Problem& p) {
    return p.key == "err.sync_enrol_again" || p.key == "err.sync_update" || p.key == "err.sync_not_enrolled";
}

HubSession::HubSession(RunOnDb run_on_db, Clock clock, const std::atomic<bool>* cancel, SessionOptions options)
    : run_on_db_(std::move(run_on_db)), clock_(std::move(clock)), cancel_(cancel), options_(options) {}

Status HubSession::Db(const char* what, const DbStep& step) {
    Status result = Ok();
    const bool ran = run_on_db_([&](storage::Database& db) {
        result = Guard(what, [&]() -> Status {
            try {
                step(db);
            } catch (const json::exception& e) {  // an entry from the hub this kiosk cannot read
                return WithDetail(MakeProblem("err.sync_bad_reply"), std::string("sync: ") + what + ": " + e.what());
            }
            return Ok();
        });
    });
    if (!ran) return MakeProblem("err.sync_stopped");
    return result;
}

bool HubSession::Pause(int seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (cancel_ && cancel_->load()) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

HttpResponse HubSession::Exchange(const Hub& hub, const char* method, const std::string& path, const std::string& body) {
    HttpRequest request{method, hub.url + path, body, hub.token, hub.ca_file};
    for (int waits = 0;; ++waits) {
        HttpResponse response = Send(request, cancel_);
        if (response.transport != Transport::Ok) return response;
        LogInfo("sync: " + std::string(method) + " " + path + " -> " + std::to_string(response.status));
        // A hub that asks for a few seconds (its rate limit, met by a first sync's many pages)
        // is waited for here, so one sync is not cut in two; a longer wait is the caller's.
        const bool busy = response.status == 429 || response.status == 503;
        if (!busy || waits >= kShortWaits || response.retry_after_s < 0 || response.retry_after_s > kShortWaitSeconds ||
            !Pause(response.retry_after_s))
            return response;
    }
}

Problem HubSession::Refusal(const HttpResponse& r, const char* what, bool enrolling) {
    const std::string where = std::string("sync: ") + what + ": ";
    retry_after_ms_ = r.retry_after_s >= 0 ? int64_t{r.retry_after_s} * 1000 : -1;
    switch (r.transport) {
        case Transport::Ok: break;
        case Transport::Tls: return WithDetail(MakeProblem("err.sync_certificate"), where + r.detail);
        case Transport::Cancelled: return WithDetail(MakeProblem("err.sync_stopped"), where + r.detail);
        case Transport::Unreachable:
        case Transport::Cut:
        case Transport::Failed: return WithDetail(MakeProblem("err.sync_unreachable"), where + r.detail);
    }
    const std::string detail = where + "HTTP " + std::to_string(r.status) + ": " + HubSays(r.body);
    switch (r.status) {
        case 401: return WithDetail(MakeProblem(enrolling ? "err.sync_bad_code" : "err.sync_enrol_again"), detail);
        case 426: return WithDetail(MakeProblem("err.sync_update"), detail);
        case 429:
        case 503: return WithDetail(MakeProblem("err.sync_busy"), detail);
        case 400:
        case 409:
        case 413: return WithDetail(MakeProblem("err.sync_refused"), detail);
        default: break;
    }
    if (r.status >= 500) return WithDetail(MakeProblem("err.sync_hub_failed"), detail);
    return WithDetail(MakeProblem("err.sync_bad_reply"), detail);
}

void HubSession::NoteClock(int64_t hub_time_ms, int64_t sent_ms, SyncReport& report) {
    if (hub_time_ms <= 0) return;
    // The hub read its clock somewhere between sending and receiving: the middle is the best guess.
    const int64_t local_ms = sent_ms + (clock_.NowMs() - sent_ms) / 2;
    report.clock_known = true;
    report.clock_offset_ms = hub_time_ms - local_ms;
}

Result<Enrolled> HubSession::Enrol(const std::string& typed_url, const std::string& typed_code,
                                   const std::string& ca_file) {
    retry_after_ms_ = -1;
    auto url = HubUrl(typed_url);
    if (!url) return url.problem();
    const std::string code = EnrolmentCode(typed_code);
    if (code.empty()) return MakeProblem("err.sync_code_empty", "field.enrol_code");
    if (!ca_file.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(ca_file, ec))
            return WithDetail(MakeProblem("err.sync_ca_missing"), "sync: no CA file at " + ca_file);
    }
    Id device, site_id;
    if (auto st = Db("Enrol",
                     [&](storage::Database& db) {
                         device = db.device_id();
                         site_id = LoadSettings(db).site_id;
                     });
        !st)
        return st.problem();

    const Hub hub{url.value(), "", ca_file};
    // The site lets the hub tell the bus's kiosks from the others (their share of its stops).
    const json body = {
        {"code", code}, {"device", device}, {"format", storage::kJournalFormat}, {"site_id", site_id}};
    const int64_t sent_ms = clock_.NowMs();
    const HttpResponse r = Exchange(hub, "POST", "/api/v1/enrol", body.dump());
    if (r.transport != Transport::Ok || r.status != 200) return Refusal(r, "enrol", true);
    Enrolled done{url.value(), ""};
    std::string token;
    int64_t hub_acked = 0;
    SyncReport clock;
    try {
        const json j = json::parse(r.body);
        token = j.at("token").get<std::string>();
        hub_acked = j.value("acked_through", int64_t{0});
        done.site = j.value("site", "");
        NoteClock(j.value("hub_time_ms", int64_t{0}), sent_ms, clock);
    } catch (const json::exception& e) {
        return WithDetail(MakeProblem("err.sync_bad_reply"), std::string("sync: enrol reply: ") + e.what());
    }
    if (token.empty()) return WithDetail(MakeProblem("err.sync_bad_reply"), "sync: enrol reply without a token");
    auto st = Db("Enrol", [&](storage::Database& db) {
        storage::SaveEnrolment(db, done.hub_url, token, done.site, ca_file);
        if (clock.clock_known) storage::SaveClockOffset(db, clock.clock_offset_ms);
    });
    if (!st) return st.problem();
    // The hub already holds more of this device than this file (wiped, or restored from an older
    // copy): later entries must follow the hub's, or it would take them for replays. Entries
    // still waiting may be ones the hub holds; the first push compares them and the hub's
    // conflict answer says from where they differ.
    st = Db("Enrol", [&](storage::Database& db) {
        if (hub_acked <= storage::JournalEnd(db) || storage::JournalWaiting(db) > 0) return;
        LogRenumbered(storage::FollowHub(db, storage::JournalEnd(db) + 1, hub_acked), hub_acked, "enrolment");
    });
    if (!st) return st.problem();
    LogInfo("sync: enrolled with " + done.hub_url + " for site " + done.site);
    return done;
}

Result<SyncReport> HubSession::Sync() {
    retry_after_ms_ = -1;
    storage::SyncState state;
    Id device;
    if (auto st = Db("Sync", [&](storage::Database& db) {
            state = storage::LoadSyncState(db);
            device = db.device_id();
        });
        !st)
        return st.problem();
    if (!state.enrolled()) return MakeProblem("err.sync_not_enrolled");
    const Hub hub{state.hub_url, state.token, state.ca_file};
    SyncReport report;
    Status st = Push(hub, device, report);
    if (st) st = FetchOwn(hub, report);
    if (st) st = Pull(hub, state.pull_cursor, report);
    const int64_t now = clock_.NowMs();
    if (!st) {
        const Problem p = st.problem();
        LogError(p.detail.empty() ? "sync: " + p.key : p.detail);
        // A stop asked by the owner is not a failure to show; the database may be closing anyway.
        if (p.key != "err.sync_stopped")
            (void)Db("Sync", [&](storage::Database& db) { storage::SaveSyncFailure(db, now, p.key); });
        return p;
    }
    if (auto saved = Db("Sync", [&](storage::Database& db) { storage::SaveSyncSuccess(db, now); }); !saved)
        return saved.problem();
    LogInfo("sync: pushed " + std::to_string(report.pushed) + ", received " + std::to_string(report.received) +
            " (applied " + std::to_string(report.applied) + ", parked " + std::to_string(report.parked) + ")");
    return report;
}

Status HubSession::ApplyWithCursor(const char* what, const std::vector<JournalEntry>& entries, const json& wire,
                                   const DbStep& move_cursor, SyncReport& report) {
    return Db(what, [&](storage::Database& db) {
        storage::Transaction tx(db.sql());
        ApplyAll(db, entries, wire, report);
        move_cursor(db);
        if (report.clock_known) storage::SaveClockOffset(db, report.clock_offset_ms);
        tx.commit();
    });
}

Status HubSession::FollowRefusal(const HttpResponse& r, int64_t from) {
    const auto stands = StandsIn(r.body);
    if (!stands) return Refusal(r, "push", false);
    return Db("Push", [&](storage::Database& db) {
        if (r.status == 409) {
            // Entries before the first that differs are the hub's already: only the rest move.
            const int64_t first = std::max(stands->differs_from, from + 1);
            LogRenumbered(storage::FollowHub(db, first, stands->acked_through), stands->acked_through,
                          "the hub holds other entries under this kiosk's numbers");
        } else {
            LogRenumbered(storage::ResumeAfterGap(db, stands->acked_through), stands->acked_through,
                          "sequence gap");
        }
    });
}

Status HubSession::Push(const Hub& hub, const Id& device, SyncReport& report) {
    for (int renumbered = 0;;) {
        int64_t from = 0;
        std::vector<JournalEntry> batch;
        if (auto st = Db("Push", [&](storage::Database& db) {
                from = storage::PushedThrough(db);
                batch = storage::JournalAfter(db, from, options_.push_batch);
            });
            !st)
            return st;
        if (batch.empty()) return Ok();
        const int64_t last = batch.back().seq;
        // The journal's stored text goes out as it is (EntryWire.h).
        std::string body = "{\"device\":";
        storage::AppendJsonString(body, device);
        body += ",\"entries\":";
        storage::AppendWireEntries(body, batch);
        body += ",\"format\":" + std::to_string(storage::kJournalFormat) + "}";
        const int64_t sent_ms = clock_.NowMs();
        const HttpResponse r = Exchange(hub, "POST", "/api/v1/sync/push", body);
        // A conflict or a gap says where the hub stands: this kiosk's numbering follows it and
        // the push goes on; nothing is dropped on either side.
        if (r.transport == Transport::Ok && (r.status == 409 || r.status == 400) && StandsIn(r.body) &&
            ++renumbered <= kMaxRenumbers) {
            if (auto st = FollowRefusal(r, from); !st) return st;
            continue;
        }
        if (r.transport != Transport::Ok || r.status != 200) return Refusal(r, "push", false);
        int64_t acked = 0;
        std::vector<JournalEntry> corrections;
        json wire;
        try {
            json j = json::parse(r.body);
            acked = j.at("acked_through").get<int64_t>();
            if (j.contains("corrections")) {
                corrections = Entries(j["corrections"]);
                wire = std::move(j["corrections"]);
            }
            NoteClock(j.value("hub_time_ms", int64_t{0}), sent_ms, report);
        } catch (const json::exception& e) {
            return WithDetail(MakeProblem("err.sync_bad_reply"), std::string("sync: push reply: ") + e.what());
        }
        if (acked <= from)
            return WithDetail(MakeProblem("err.sync_refused"),
                              "sync: the hub acknowledged through " + std::to_string(acked) + ", sent " +
                                  std::to_string(from + 1) + ".." + std::to_string(last));
        const int64_t hub_acked = acked;
        acked = std::min(acked, last);
        if (auto st = ApplyWithCursor("Push", corrections, wire,
                                      [&](storage::Database& db) { storage::MarkPushedThrough(db, acked); }, report);
            !st)
            return st;
        report.pushed += acked - from;
        report.received += static_cast<int64_t>(corrections.size());
        // The hub holds further than this file (restored from an older copy) and what was sent
        // matched it: once nothing else waits, new entries follow the hub's. Entries still
        // waiting go in the next batch, where the hub compares them.
        if (hub_acked > last) {
            if (auto st = Db("Push", [&](storage::Database& db) {
                    if (!storage::JournalAfter(db, last, 1).empty()) return;
                    LogRenumbered(storage::FollowHub(db, last + 1, hub_acked), hub_acked, "push");
                });
                !st)
                return st;
        }
    }
}

Result<HubSession::Page> HubSession::ReadPage(const HttpResponse& r, int64_t sent_ms, const char* what,
                                              SyncReport& report) {
    try {
        json j = json::parse(r.body);
        Page page{Entries(j.at("changes")), {}, j.at("cursor").get<int64_t>(), j.value("more", false)};
        page.wire = std::move(j["changes"]);
        NoteClock(j.value("hub_time_ms", int64_t{0}), sent_ms, report);
        return page;
    } catch (const json::exception& e) {
        return WithDetail(MakeProblem("err.sync_bad_reply"), std::string("sync: ") + what + " reply: " + e.what());
    }
}

Status HubSession::FetchOwn(const Hub& hub, SyncReport& report) {
    for (;;) {
        storage::SyncState state;
        if (auto st = Db("Own", [&](storage::Database& db) { state = storage::LoadSyncState(db); }); !st) return st;
        if (!state.own_to_fetch()) return Ok();
        const std::string path = "/api/v1/sync/own?from=" + std::to_string(state.own_from) +
                                 "&through=" + std::to_string(state.own_through) +
                                 "&limit=" + std::to_string(options_.pull_page);
        const int64_t sent_ms = clock_.NowMs();
        const HttpResponse r = Exchange(hub, "GET", path, "");
        if (r.transport == Transport::Ok && r.status == 404) {
            // A hub from before this endpoint: the entries stay at the hub and reach the others.
            LogError("sync: the hub cannot hand back this kiosk's own entries " + std::to_string(state.own_from) +
                     ".." + std::to_string(state.own_through));
            return Db("Own", [&](storage::Database& db) { storage::SaveOwnFetched(db, state.own_through + 1); });
        }
        if (r.transport != Transport::Ok || r.status != 200) return Refusal(r, "own", false);
        auto page = ReadPage(r, sent_ms, "own", report);
        if (!page) return page.problem();
        const std::vector<JournalEntry>& changes = page->changes;
        const int64_t next = page->cursor;
        const bool more = page->more;
        if (more && next <= state.own_from)
            return WithDetail(MakeProblem("err.sync_bad_reply"), "sync: own cursor did not move: " + std::to_string(next));
        const int64_t done_to = more ? next : state.own_through + 1;
        if (auto st = ApplyWithCursor("Own", changes, page->wire,
                                      [&](storage::Database& db) { storage::SaveOwnFetched(db, done_to); }, report);
            !st)
            return st;
        report.received += static_cast<int64_t>(changes.size());
        LogInfo("sync: took back " + std::to_string(changes.size()) + " of this kiosk's own entries from the hub");
    }
}

Status HubSession::Pull(const Hub& hub, int64_t cursor, SyncReport& report) {
    for (;;) {
        const std::string path =
            "/api/v1/sync/pull?since=" + std::to_string(cursor) + "&limit=" + std::to_string(options_.pull_page);
        const int64_t sent_ms = clock_.NowMs();
        const HttpResponse r = Exchange(hub, "GET", path, "");
        if (r.transport != Transport::Ok || r.status != 200) return Refusal(r, "pull", false);
        auto page = ReadPage(r, sent_ms, "pull", report);
        if (!page) return page.problem();
        const std::vector<JournalEntry>& changes = page->changes;
        const int64_t next = page->cursor;
        const bool more = page->more;
        if (auto st = ApplyWithCursor("Pull", changes, page->wire,
                                      [&](storage::Database& db) { storage::SavePullCursor(db, next); }, report);
            !st)
            return st;
        report.received += static_cast<int64_t>(changes.size());
        if (!more) break;
        if (next <= cursor)  // "more" without moving on would ask for the same page for ever
            return WithDetail(MakeProblem("err.sync_bad_reply"), "sync: pull cursor did not move: " + std::to_string(next));
        cursor = next;
    }
    // Seats of this kiosk's allotments that what arrived freed (a booking cancelled elsewhere, a
    // waitlist it just learnt of) go to the waitlist now (docs/ARCHITECTURE.md, seats).
    return Db("Pull", [&](storage::Database& db) {
        storage::Transaction tx(db.sql());
        const auto promoted = FillOwnAllotments(db);
        tx.commit();
        report.promoted += static_cast<int>(promoted.size());
        for (const Booking& b : promoted) LogInfo("sync: booking " + b.id + " confirmed from the waitlist");
    });
}

}  // namespace palier::sync
