// `palier`: the kiosk's command line for scripts, cron and machines without a screen.
//   palier [--data DIR] [--lang fr|en] [--now YYYY-MM-DDTHH:MM] demo [--residents N]   create the demo centre in an empty database
//   palier [--data DIR] [--lang fr|en] summary   print sites, this week's programme, follow-ups
//   palier [--data DIR] print ...                printouts (see kiosk/print)
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/DataDir.h"
#include "kiosk/Demo.h"
#include "kiosk/I18n.h"
#include "kiosk/SiteTime.h"
#include "kiosk/Summary.h"
#ifdef PALIER_HAS_PRINT
#include "kiosk/print/PrintCommand.h"
#endif

using namespace palier;

static int Usage() {
    std::fprintf(stderr,
                 "usage: palier [--data DIR] [--lang fr|en] [--now YYYY-MM-DDTHH:MM] demo [--residents N] | summary%s\n",
#ifdef PALIER_HAS_PRINT
                 "|print ..."
#else
                 ""
#endif
    );
    return 2;
}

int main(int argc, char** argv) {
    std::string data_dir = DefaultDataDir();
    std::vector<std::string> rest;
    Lang lang = Lang::Fr;
    DemoOptions demo;
    std::string now;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--data" && i + 1 < argc) data_dir = argv[++i];
        else if (a == "--now" && i + 1 < argc) now = argv[++i];
        else if (a == "--residents" && i + 1 < argc) {
            demo.residents = std::atoi(argv[++i]);
            if (demo.residents < 10 || demo.residents > 1000000) return Usage();
        }
        else if (a == "--lang" && i + 1 < argc) {
            if (!ParseLang(argv[++i], lang)) return Usage();
        } else rest.push_back(a);
    }
    if (rest.empty()) return Usage();
    SetLanguage(lang);

    auto db = OpenKioskDatabase(data_dir);
    if (!db) {
        std::fprintf(stderr, "%s\n", Describe(db.problem()).c_str());
        return 1;
    }
    storage::Database& d = **db;
    UseSiteTimeZone(d);
    if (auto st = now.empty() ? Ok() : StartClockAt(d, now); !st) {
        std::fprintf(stderr, "%s\n", Describe(st.problem()).c_str());
        return 2;
    }
    const std::string& cmd = rest[0];
    if (cmd == "demo") {
        if (!CreateDemoData(d, Today(d.clock()), demo)) {
            std::fprintf(stderr, "%s\n", Tr("cli.demo_exists"));
            return 0;
        }
        std::printf("%s\n", Trf("cli.demo_created", {{"path", DatabasePath(data_dir)}}).c_str());
        return 0;
    }
    if (cmd == "summary") {
        std::printf("%s", DescribeDatabase(d, Today(d.clock())).c_str());
        return 0;
    }
#ifdef PALIER_HAS_PRINT
    if (cmd == "print") return RunPrintCommand({rest.begin() + 1, rest.end()}, d, stdout, stderr);
#endif
    return Usage();
}
