// Sync figures, printed (never asserted), against a real hub on 127.0.0.1 in this process:
//  1. the first sync of N entries (100,000 by default) from one kiosk to another through the hub,
//     as a ratio to this machine's raw SQLite bulk insert rate measured in the same run;
//  2. p50/p99 of an incremental sync of one entry (push, then the other kiosk pulls and applies);
//  3. 50 kiosks syncing at once (each pushes a few entries and fetches what the others sent):
//     requests per second, p99, errors. A kiosk asked to wait (429 or 503 with Retry-After)
//     waits and asks again, as the real client does; those waits are printed beside the errors.
//     Each round pushes the next 5 entries (one request) and pulls every page the others sent
//     meanwhile. (Until this figure was corrected, the first round pushed all 100 entries of a
//     kiosk in 20 requests and the later ones nothing, and requests were counted as 2 a round
//     whatever was sent; now every request sent is counted, waits included.)
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "kiosk/SyncMerge.h"
#include "storage/EntryWire.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/RecordJson.h"

using namespace palier;
using nlohmann::json;
using Steady = std::chrono::steady_clock;

namespace {

// Every database here (hub and kiosks) reads one fixed moment: figures never depend on the day
// or the machine's time zone, and no stamp is ever clamped. Durations are measured with the
// steady clock only.
const Clock kBenchClock = FixedClock(1795428000000);  // 2026-11-23 10:00 UTC

double Ms(Steady::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

void AddPeople(storage::Database& db, int n, int from) {
    storage::Transaction tx(db.sql());
    for (int i = 0; i < n; ++i) {
        Person p;
        p.site_id = "s";
        p.first_name = "Prénom" + std::to_string(from + i);
        p.last_name = "Nom" + std::to_string((from + i) % 997);
        p.birth_year = 1950 + (from + i) % 60;
        p.phone = "06" + std::to_string(10000000 + (from + i) * 7919 % 89999999);
        storage::SavePerson(db, p);
    }
    tx.commit();
}

// One kiosk speaking the protocol of docs/SYNC.md.
struct Kiosk {
    std::unique_ptr<storage::Database> db;
    std::string token;
    int64_t cursor = 0;
    std::unique_ptr<httplib::Client> http;
    int retries = 0, requests = 0;

    Kiosk(const std::filesystem::path& file, hub::HubStore& hub, int port) {
        db = std::make_unique<storage::Database>(file.string(), kBenchClock);
        http = std::make_unique<httplib::Client>("127.0.0.1", port);
        http->set_read_timeout(120);
        http->set_keep_alive(true);
        http->set_tcp_nodelay(true);
        const json body = {{"code", hub.NewEnrolCode("bench", 3600 * 1000)}, {"device", db->device_id()}, {"format", 2}};
        auto res = http->Post("/api/v1/enrol", body.dump(), "application/json");
        token = json::parse(res->body).at("token").get<std::string>();
        http->set_bearer_token_auth(token.c_str());
    }
    // Like the real client (kiosk/sync/HubSession.cpp): a hub that answers 429 or 503 with a
    // short Retry-After is waited for, up to 5 times; each wait is counted in `retries`.
    template <class Send>
    httplib::Result Exchange(Send send) {
        for (int waits = 0;; ++waits) {
            ++requests;
            auto res = send();
            if (!res || (res->status != 429 && res->status != 503) || waits >= 5) return res;
            const int after = res->has_header("Retry-After") ? std::atoi(res->get_header_value("Retry-After").c_str()) : -1;
            if (after < 0 || after > 10) return res;
            ++retries;
            std::this_thread::sleep_for(std::chrono::seconds(after));
        }
    }
    static bool Failed(const httplib::Result& res) {
        if (res) std::fprintf(stderr, "refused: %d %s\n", res->status, res->body.c_str());
        else std::fprintf(stderr, "no answer: %s\n", httplib::to_string(res.error()).c_str());
        return false;
    }
    // Pushes everything waiting in batches, or only the next batch when `one_batch`; false on
    // any refusal.
    bool Push(int batch = 2000, bool one_batch = false) {
        for (bool first = true; first || !one_batch; first = false) {
            const auto entries = storage::JournalAfter(*db, storage::PushedThrough(*db), batch);
            if (entries.empty()) return true;
            // Written as the real client writes it (kiosk/sync/HubSession.cpp).
            std::string text = "{\"device\":";
            storage::AppendJsonString(text, db->device_id());
            text += ",\"entries\":";
            storage::AppendWireEntries(text, entries);
            text += ",\"format\":2}";
            auto res = Exchange([&] { return http->Post("/api/v1/sync/push", text, "application/json"); });
            if (!res || res->status != 200) return Failed(res);
            storage::MarkPushedThrough(*db, json::parse(res->body).at("acked_through").get<int64_t>());
        }
        return true;
    }
    // A page in one transaction, each entry merged from the fields read with the page, as the
    // real client does (kiosk/sync/HubSession.cpp).
    bool Apply(const std::vector<JournalEntry>& changes, const json& wire) {
        storage::Transaction tx(db->sql());
        for (size_t i = 0; i < changes.size(); ++i) ApplyRemoteInTransaction(*db, changes[i], wire[i].at("fields"));
        tx.commit();
        return true;
    }
    // Pulls and applies every page (`apply` false: only fetches them, as 50 kiosks on their own
    // machines would, so that the figure is the hub's); returns how many entries came, -1 on a
    // refusal.
    int64_t Pull(int limit = 5000, bool apply = true) {
        int64_t applied = 0;
        for (bool more = true; more;) {
            const std::string path = "/api/v1/sync/pull?since=" + std::to_string(cursor) + "&limit=" + std::to_string(limit);
            auto res = Exchange([&] { return http->Get(path); });
            if (!res || res->status != 200) return Failed(res) ? 0 : -1;
            if (!apply) {
                // Only the page's cursor is read: building every entry would be this machine's
                // CPU spent on what 50 other machines would do.
                size_t count = 0;
                const json page = json::parse(res->body, [&](int depth, json::parse_event_t event, json&) {
                    if (depth == 2 && event == json::parse_event_t::object_end) ++count;
                    return depth < 2;
                });
                applied += static_cast<int64_t>(count);
                cursor = page.at("cursor").get<int64_t>();
                more = page.at("more").get<bool>();
                continue;
            }
            const json page = json::parse(res->body);
            const auto changes = page.at("changes").get<std::vector<JournalEntry>>();
            if (!Apply(changes, page.at("changes"))) return -1;
            applied += static_cast<int64_t>(changes.size());
            cursor = page.at("cursor").get<int64_t>();
            more = page.at("more").get<bool>();
        }
        return applied;
    }
};

}  // namespace

int main(int argc, char** argv) {
    const int entries = argc > 1 ? std::atoi(argv[1]) : 100000;
    const auto dir = std::filesystem::temp_directory_path() / "palier-sync-bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);

    // The machine's raw rate: the same number of rows of the same size into one table, one
    // transaction, the kiosk's PRAGMAs.
    double raw_per_s = 0;
    {
        SQLite::Database raw((dir / "raw.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        raw.exec("CREATE TABLE t (id TEXT PRIMARY KEY, payload TEXT NOT NULL)");
        const std::string payload(300, 'x');
        const auto t0 = Steady::now();
        SQLite::Transaction tx(raw);
        SQLite::Statement st(raw, "INSERT INTO t VALUES(?, ?)");
        for (int i = 0; i < entries; ++i) {
            st.bind(1, "row-" + std::to_string(i));
            st.bind(2, payload);
            st.exec();
            st.reset();
        }
        tx.commit();
        raw_per_s = entries / (Ms(Steady::now() - t0) / 1000.0);
    }

    auto store = hub::OpenSqliteHub((dir / "hub").string(), kBenchClock);
    hub::HubOptions options;
    options.port = 0;
    options.requests_per_second = 100000;
    options.threads = 16;
    hub::HubServer server(*store, options);
    std::string error;
    if (!server.Bind(error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::thread serving([&] { server.Serve(); });

    Kiosk a(dir / "a.db", *store, server.port()), b(dir / "b.db", *store, server.port());
    AddPeople(*a.db, entries, 0);
    const auto t0 = Steady::now();
    const bool pushed = a.Push();
    const auto t1 = Steady::now();
    const int64_t pulled = b.Pull();
    const double first_ms = Ms(Steady::now() - t0);
    std::printf("  of which push %.0f ms, pull and apply %.0f ms\n", Ms(t1 - t0), Ms(Steady::now() - t1));
    const double sync_per_s = entries / (first_ms / 1000.0);
    std::printf("first sync of %d entries (push to the hub, pull and apply at another kiosk): %.0f ms, %.0f entries/s%s\n",
                entries, first_ms, sync_per_s, pushed && pulled == entries ? "" : "  (INCOMPLETE)");
    std::printf("raw SQLite bulk insert on this machine: %.0f rows/s; ratio %.2f (goal 0.25)\n", raw_per_s,
                sync_per_s / raw_per_s);

    std::vector<double> one;
    for (int i = 0; i < 200; ++i) {
        AddPeople(*a.db, 1, entries + i);
        const auto s = Steady::now();
        a.Push();
        b.Pull();
        one.push_back(Ms(Steady::now() - s));
    }
    std::printf("incremental sync of one entry (push, then pull and apply elsewhere): p50 %.2f ms, p99 %.2f ms\n",
                Percentile(one, 0.5), Percentile(one, 0.99));

    constexpr int kKiosks = 50, kRounds = 20;
    std::vector<std::unique_ptr<Kiosk>> fleet;
    for (int i = 0; i < kKiosks; ++i) fleet.push_back(std::make_unique<Kiosk>(dir / ("k" + std::to_string(i) + ".db"), *store, server.port()));
    // They have caught up already: each pulls only what the others push meanwhile.
    const int64_t end = store->Pull(store->Devices().front(), 0, 1 << 30).cursor;
    for (int i = 0; i < kKiosks; ++i) {
        AddPeople(*fleet[i]->db, kRounds * 5, 1000000 + i * 1000);
        fleet[i]->cursor = end;
    }
    std::mutex mu;
    std::vector<double> latencies;
    std::atomic<int> errors{0};
    for (auto& k : fleet) k->requests = 0;
    const auto f0 = Steady::now();
    std::vector<std::thread> threads;
    for (auto& k : fleet)
        threads.emplace_back([&, kiosk = k.get()] {
            for (int r = 0; r < kRounds; ++r) {
                const auto s = Steady::now();
                if (!kiosk->Push(5, true)) ++errors;
                if (kiosk->Pull(500, false) < 0) ++errors;
                const double ms = Ms(Steady::now() - s);
                std::lock_guard lock(mu);
                latencies.push_back(ms);
            }
        });
    for (auto& t : threads) t.join();
    const double fleet_s = Ms(Steady::now() - f0) / 1000.0;
    int retries = 0, requests = 0;
    for (const auto& k : fleet) {
        retries += k->retries;
        requests += k->requests;
    }
    std::printf("%d kiosks syncing at once (%d rounds of push 5 + pull): %.0f requests/s, p99 of a round %.1f ms, errors %d, "
                "waits asked by the hub %d\n",
                kKiosks, kRounds, requests / fleet_s, Percentile(latencies, 0.99), errors.load(), retries);

    server.Stop();
    serving.join();
    std::filesystem::remove_all(dir);
    return 0;
}
