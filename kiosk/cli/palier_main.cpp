// `palier`: the kiosk's command line for coordinators, the person who installs the kiosk,
// scripts and cron. Global options, then one command group (kiosk/cli/*Commands.cpp):
// Global options: --data DIR, --lang fr|en, --now YYYY-MM-DDTHH:MM (the clock starts there, in
// the site's time zone: reproducible demos and support).
//   palier [--data DIR] [--lang fr|en] demo [--residents N]
//   palier [--data DIR] [--lang fr|en] summary
//   palier [--data DIR] [--lang fr|en] backup --out FILE
//   palier [--data DIR] [--lang fr|en] check
//   palier [--data DIR] [--lang fr|en] privacy export --person ID [--out FILE]
//   palier [--data DIR] [--lang fr|en] privacy erase --person ID
//   palier [--data DIR] [--lang fr|en] privacy purge [--dry-run]
//   palier [--data DIR] [--lang fr|en] people find TEXT
//   palier [--data DIR] [--lang fr|en] people import FILE.csv
//   palier [--data DIR] [--lang fr|en] print ...          (see kiosk/print)
//   palier [--data DIR] [--lang fr|en] enrol URL CODE [--ca-file FILE]
//   palier [--data DIR] [--lang fr|en] sync [--every SECONDS]
// Exit codes: 0 done, 1 refused or failed (a sentence on stderr), 2 bad usage.
#include <cstdlib>
#include <string>
#include <vector>

#include "Commands.h"
#include "kiosk/DataDir.h"
#include "kiosk/I18n.h"

using namespace palier;

int main(int argc, char** argv) {
    cli::Context c;
    c.data_dir = DefaultDataDir();
    Lang lang = Lang::Fr;
    int residents = 200;
    std::vector<std::string> rest;
    bool bad = false;
    std::string bad_word;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--data" && i + 1 < argc) c.data_dir = argv[++i];
        else if (a == "--now" && i + 1 < argc) c.now = argv[++i];
        else if (a == "--residents" && i + 1 < argc) {
            residents = std::atoi(argv[++i]);
            if (residents < 10 || residents > 1000000) bad = true, bad_word = argv[i];
        } else if (a == "--lang" && i + 1 < argc) {
            if (!ParseLang(argv[++i], lang)) bad = true, bad_word = argv[i];
        } else rest.push_back(a);
    }
    SetLanguage(lang);
    if (bad) return cli::Usage(bad_word);
    if (rest.empty()) return cli::Usage();
    const std::string cmd = rest[0];
    c.args.assign(rest.begin() + 1, rest.end());
    if (cmd == "demo") return cli::RunDemo(c, residents);
    if (cmd == "summary") return cli::RunSummary(c);
    if (cmd == "backup") return cli::RunBackup(c);
    if (cmd == "check") return cli::RunCheck(c);
    if (cmd == "privacy") return cli::RunPrivacy(c);
    if (cmd == "people") return cli::RunPeople(c);
    if (cmd == "print") return cli::RunPrint(c);
    if (cmd == "enrol") return cli::RunEnrol(c);
    if (cmd == "sync") return cli::RunSync(c);
    return cli::Usage(cmd);
}
