// palier backup | check: keeping the kiosk's data safe. Both open the file read-only, so they
// run beside a working kiosk and never upgrade or change the file.
#include <cstdio>

#include "Commands.h"
#include "kiosk/DataDir.h"
#include "kiosk/I18n.h"
#include "kiosk/Maintenance.h"

namespace palier::cli {

namespace {
storage::OpenOptions ReadOnly() {
    storage::OpenOptions o;
    o.read_only = true;
    return o;
}
}  // namespace

int RunBackup(const Context& c) {
    bool bad = false;
    const std::string out = OptionValue(c.args, "--out", bad);
    if (bad || out.empty() || c.args.size() != 2) return Usage(c.args.empty() ? "backup" : c.args.front());
    int code = kOk;
    auto db = Open(c, ReadOnly(), code);
    if (!db) return code;
    if (auto st = BackupTo(*db, out); !st) return Fail(st.problem());
    std::printf("%s\n", Trf("cli.backup_done", {{"path", out}}).c_str());
    return kOk;
}

int RunCheck(const Context& c) {
    if (!c.args.empty()) return Usage(c.args.front());
    int code = kOk;
    auto db = Open(c, ReadOnly(), code);
    if (!db) return code;
    auto health = CheckHealth(*db);
    if (!health) return Fail(health.problem());
    const HealthReport& h = *health;
    std::printf("%s\n", Trf("cli.check_file", {{"path", DatabasePath(c.data_dir)}}).c_str());
    if (h.integrity == "ok") std::printf("%s\n", Tr("cli.check_integrity_ok"));
    else std::printf("%s\n%s\n", Tr("cli.check_integrity_bad"), h.integrity.c_str());
    std::printf("%s\n", Trf("cli.check_version", {{"version", std::to_string(h.schema_version)},
                                                  {"known", std::to_string(h.known_version)}})
                            .c_str());
    if (h.schema_version > h.known_version) std::printf("%s\n", Tr("cli.check_version_newer"));
    std::printf("%s\n", Trf("cli.check_waiting", {{"n", std::to_string(h.journal_waiting)}}).c_str());
    std::printf("%s\n", Tr(h.ok() ? "cli.check_ok" : "cli.check_not_ok"));
    return h.ok() ? kOk : kFailed;
}

}  // namespace palier::cli
