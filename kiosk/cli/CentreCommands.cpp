// palier demo | summary | print: the centre as a whole.
#include <cstdio>

#include "Commands.h"
#include "kiosk/DataDir.h"
#include "kiosk/Dates.h"
#include "kiosk/Demo.h"
#include "kiosk/I18n.h"
#include "kiosk/Summary.h"
#ifdef PALIER_HAS_PRINT
#include "kiosk/print/PrintCommand.h"
#endif

namespace palier::cli {

int RunDemo(const Context& c, int residents) {
    if (!c.args.empty()) return Usage(c.args.front());
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    DemoOptions demo;
    demo.residents = residents;
    if (!CreateDemoData(*db, Today(db->clock()), demo)) {
        std::fprintf(stderr, "%s\n", Tr("cli.demo_exists"));
        return kOk;
    }
    std::printf("%s\n", Trf("cli.demo_created", {{"path", DatabasePath(c.data_dir)}}).c_str());
    return kOk;
}

int RunSummary(const Context& c) {
    if (!c.args.empty()) return Usage(c.args.front());
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    std::printf("%s", DescribeDatabase(*db, Today(db->clock())).c_str());
    return kOk;
}

int RunPrint(const Context& c) {
#ifdef PALIER_HAS_PRINT
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    return RunPrintCommand(c.args, *db, stdout, stderr);
#else
    (void)c;
    return Usage("print");
#endif
}

}  // namespace palier::cli
