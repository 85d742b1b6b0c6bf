// palier-kiosk: the touchscreen front desk. See ui/shell/Options.h for the command line.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/DataDir.h"
#include "kiosk/Demo.h"
#include "kiosk/I18n.h"
#include "kiosk/Log.h"
#include "kiosk/SiteTime.h"
#include "storage/Database.h"
#include "ui/core/App.h"
#include "ui/core/ScreenTable.h"
#include "ui/shell/Options.h"
#include "ui/shell/Shell.h"

#ifdef PALIER_HAS_PRINT
#include "kiosk/print/PrintCommand.h"
#endif

namespace {

// Opens DIR/palier.db through the kiosk's one opener and puts the process in the site's time
// zone; on failure prints the sentence a coordinator can act on (the detail is already in the
// log) and returns nullptr.
std::unique_ptr<palier::storage::Database> OpenDatabase(const std::string& dir) {
    auto db = palier::OpenKioskDatabase(dir);
    if (!db) {
        std::fprintf(stderr, "%s\n", palier::Describe(db.problem()).c_str());
        return nullptr;
    }
    palier::UseSiteTimeZone(**db);
    return std::move(*db);
}

#ifdef PALIER_HAS_PRINT
// palier-kiosk print [--data DIR] ...: the print command line on the kiosk's database.
int ForwardToPrint(int argc, char** argv) {
    std::string dir = palier::DefaultDataDir(), now;
    std::vector<std::string> args;
    for (int i = 2; i < argc; ++i) {
        if (std::string(argv[i]) == "--data" && i + 1 < argc) dir = argv[++i];
        else if (std::string(argv[i]) == "--now" && i + 1 < argc) now = argv[++i];
        else args.emplace_back(argv[i]);
    }
    auto db = OpenDatabase(dir);
    if (!db) return palier::ui::kExitStorage;
    if (auto st = now.empty() ? palier::Ok() : palier::StartClockAt(*db, now); !st) {
        std::fprintf(stderr, "%s\n", palier::Describe(st.problem()).c_str());
        return palier::ui::kExitUsage;
    }
    return RunPrintCommand(args, *db, stdout, stderr);
}
#endif

}  // namespace

int main(int argc, char** argv) {
    using namespace palier;
    LoadCatalogues(DefaultI18nDir());
    if (argc > 1 && std::string(argv[1]) == "print") {
#ifdef PALIER_HAS_PRINT
        return ForwardToPrint(argc, argv);
#else
        std::fprintf(stderr, "Printing is not built into this kiosk.\n");
        return ui::kExitUsage;
#endif
    }
    std::string error;
    auto opt = ui::ParseOptions(argc, argv, error);
    if (!opt) {
        std::fprintf(stderr, "palier-kiosk: %s\n%s", error.c_str(), ui::UsageText().c_str());
        return ui::kExitUsage;
    }
    if (opt->help) {
        std::fputs(ui::UsageText().c_str(), stdout);
        return ui::kExitOk;
    }
    if (opt->list_screens) {
        for (const ui::ScreenInfo& info : ui::kScreens) std::printf("%s\n", info.name);
        return ui::kExitOk;
    }
    if (opt->lang) SetLanguage(*opt->lang);
    if (!ui::HasDisplay()) {
        std::fprintf(stderr, "%s\n", ui::NoDisplaySentence());
        return ui::kExitNoDisplay;
    }
    auto db = OpenDatabase(opt->data_dir);
    if (!db) return ui::kExitStorage;
    if (auto st = opt->now.empty() ? Ok() : StartClockAt(*db, opt->now); !st) {
        std::fprintf(stderr, "%s\n", Describe(st.problem()).c_str());
        return ui::kExitUsage;
    }
    if (opt->demo && CreateDemoData(*db, Today(db->clock()))) LogInfo("demo data created in " + opt->data_dir);

    ui::App app(*db, opt->data_dir);
    if (opt->lang) app.SetDefaultLanguage(*opt->lang);
    app.OverrideLook(opt->high_contrast, opt->text_scale);
    if (!opt->screen.empty()) {
        app.OpenForAutomation(*ui::ParseScreen(opt->screen));
        if (opt->lang) SetLanguage(*opt->lang);
    }
    // Screenshots and scripts show the kiosk as it is: nothing arrives from a hub meanwhile.
    if (opt->screenshot.empty() && opt->script.empty()) app.StartSync();
    return ui::RunShell(app, *opt);
}
