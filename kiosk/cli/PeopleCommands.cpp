// palier people find TEXT | import FILE.csv: the front desk's register from a terminal.
#include <cstdio>
#include <fstream>
#include <iterator>

#include "Commands.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/PeopleImport.h"
#include "kiosk/Settings.h"

namespace palier::cli {

namespace {

int Find(const Context& c, const std::vector<std::string>& args) {
    if (args.empty()) return Usage("find");
    std::string query;
    for (const auto& a : args) query += (query.empty() ? "" : " ") + a;
    storage::OpenOptions o;
    o.read_only = true;
    int code = kOk;
    auto db = Open(c, o, code);
    if (!db) return code;
    auto found = SearchPeopleForStaff(*db, query, 50);
    if (!found) return Fail(found.problem());
    if (found->empty()) {
        std::printf("%s\n", Trf("cli.find_none", {{"text", query}}).c_str());
        return kOk;
    }
    for (const auto& m : *found) std::printf("%s  %s\n", m.id.c_str(), MaskedLabel(m).c_str());
    return kOk;
}

int Import(const Context& c, const std::vector<std::string>& args) {
    if (args.size() != 1) return Usage("import");
    const std::string& path = args[0];
    std::ifstream in(path, std::ios::binary);
    if (!in) return Fail(MakeProblem("err.cli_no_file", {}, {{"path", path}}));
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    int code = kOk;
    auto db = Open(c, {}, code);
    if (!db) return code;
    auto report = ImportPeopleCsv(*db, LoadSettings(*db).site_id, bytes);
    if (!report) return Fail(report.problem());
    if (!report->refused.empty()) {
        for (const auto& r : report->refused)
            std::fprintf(stderr, "%s\n",
                         Trf("cli.import_line", {{"line", std::to_string(r.line)}, {"reason", Describe(r.problem)}})
                             .c_str());
        std::fprintf(stderr, "%s\n", Trf("cli.import_refused", {{"n", std::to_string(report->refused.size())}}).c_str());
        return kFailed;
    }
    std::printf("%s\n", Trf("cli.import_done", {{"n", std::to_string(report->imported)}}).c_str());
    return kOk;
}

}  // namespace

int RunPeople(const Context& c) {
    if (c.args.empty()) return Usage("people");
    const std::vector<std::string> rest(c.args.begin() + 1, c.args.end());
    if (c.args[0] == "find") return Find(c, rest);
    if (c.args[0] == "import") return Import(c, rest);
    return Usage(c.args[0]);
}

}  // namespace palier::cli
