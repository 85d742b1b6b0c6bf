#include <cstdio>

#include "Commands.h"
#include "kiosk/DataDir.h"
#include "kiosk/I18n.h"
#include "kiosk/SiteTime.h"

namespace palier::cli {

int Fail(const Problem& p) {
    std::fprintf(stderr, "%s\n", Describe(p).c_str());
    return kFailed;
}

int Usage(const std::string& unknown) {
    if (!unknown.empty()) std::fprintf(stderr, "%s\n", Trf("cli.unknown_word", {{"word", unknown}}).c_str());
    std::fprintf(stderr, "%s\n", Tr("cli.usage"));
    return kUsage;
}

std::unique_ptr<storage::Database> Open(const Context& c, storage::OpenOptions options, int& exit_code) {
    auto db = OpenKioskDatabase(c.data_dir, SystemClock(), std::move(options));
    if (!db) {
        exit_code = Fail(db.problem());
        return nullptr;
    }
    UseSiteTimeZone(**db);
    if (!c.now.empty()) {
        if (auto st = StartClockAt(**db, c.now); !st) {
            Fail(st.problem());
            exit_code = kUsage;
            return nullptr;
        }
    }
    exit_code = kOk;
    return std::move(*db);
}

std::string OptionValue(const std::vector<std::string>& args, const char* name, bool& bad) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] != name) continue;
        if (i + 1 >= args.size() || args[i + 1].empty()) {
            bad = true;
            return {};
        }
        return args[i + 1];
    }
    return {};
}

bool HasFlag(const std::vector<std::string>& args, const char* name) {
    for (const auto& a : args)
        if (a == name) return true;
    return false;
}

}  // namespace palier::cli
