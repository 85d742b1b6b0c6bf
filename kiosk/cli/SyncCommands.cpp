// palier enrol | sync: the kiosk and its hub from the command line (an installer's first
// enrolment, a sync from cron or by hand). The database steps run at once on this thread; only
// the HTTP exchanges wait on the network.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "Commands.h"
#include "kiosk/Format.h"
#include "kiosk/I18n.h"
#include "kiosk/SyncStatus.h"
#include "kiosk/sync/HubSession.h"
#include "storage/SyncStateStore.h"

namespace palier::cli {
namespace {


sync::HubSession SessionOn(storage::Database& db) {
    sync::RunOnDb direct = [&db](const sync::DbStep& step) {
        step(db);
        return true;
    };
    return sync::HubSession(direct, db.clock(), nullptr, sync::SessionOptions{500, 500});
}

}  // namespace

int RunEnrol(const Context& c) {
    bool bad = false;
    const std::string ca_file = OptionValue(c.args, "--ca-file", bad);
    const size_t expected = ca_file.empty() ? 2 : 4;
    if (bad || c.args.size() != expected || c.args[0].rfind("--", 0) == 0 || c.args[1].rfind("--", 0) == 0)
        return Usage(c.args.empty() ? "enrol" : c.args.front());
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    auto done = SessionOn(*db).Enrol(c.args[0], c.args[1], ca_file);
    if (!done) return Fail(done.problem());
    std::printf("%s\n", Trf("cli.enrolled", {{"hub", done->hub_url}, {"site", done->site}}).c_str());
    return kOk;
}

int RunSync(const Context& c) {
    bool bad = false;
    const std::string every = OptionValue(c.args, "--every", bad);
    if (bad || c.args.size() != (every.empty() ? 0u : 2u)) return Usage(c.args.empty() ? "sync" : c.args.front());
    int seconds = 0;
    if (!every.empty()) {
        seconds = std::atoi(every.c_str());
        if (seconds < kShortestSyncInterval || seconds > kLongestSyncInterval) return Usage(every);
    }
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    if (seconds > 0) {
        if (auto st = SetSyncInterval(*db, seconds); !st) return Fail(st.problem());
        std::printf("%s\n", Trf("cli.sync_every", {{"n", std::to_string(seconds)}}).c_str());
    }
    auto report = SessionOn(*db).Sync();
    if (!report) return Fail(report.problem());
    const sync::SyncReport& r = *report;
    std::printf("%s\n", Trf("cli.sync_pushed", {{"n", std::to_string(r.pushed)}}).c_str());
    std::printf("%s\n", Trf("cli.sync_received", {{"n", std::to_string(r.received)},
                                                  {"applied", std::to_string(r.applied)},
                                                  {"parked", std::to_string(r.parked)}})
                            .c_str());
    if (r.promoted > 0) std::printf("%s\n", Trf("cli.sync_promoted", {{"n", std::to_string(r.promoted)}}).c_str());
    if (r.clock_known && ClockDiffers(r.clock_offset_ms))
        std::printf("%s\n", Trf("cli.sync_clock", {{"time", DurationText(std::llabs(r.clock_offset_ms))}}).c_str());
    return kOk;
}

}  // namespace palier::cli
