// palier privacy export --person ID [--out FILE] | erase --person ID | purge [--dry-run]:
// a person's rights, for a coordinator at a terminal.
#include <cstdio>
#include <fstream>

#include "Commands.h"
#include "kiosk/I18n.h"
#include "kiosk/Privacy.h"

namespace palier::cli {

namespace {

storage::OpenOptions Existing() {
    storage::OpenOptions o;
    o.must_exist = true;
    return o;
}

int Export(const Context& c, const std::vector<std::string>& args) {
    bool bad = false;
    const std::string person = OptionValue(args, "--person", bad);
    const std::string out = OptionValue(args, "--out", bad);
    if (bad || person.empty() || args.size() != (out.empty() ? 2u : 4u)) return Usage("export");
    int code = kOk;
    auto db = Open(c, Existing(), code);
    if (!db) return code;
    auto json = ExportPerson(*db, person, kCommandLineActor);
    if (!json) return Fail(json.problem());
    if (out.empty()) {
        std::printf("%s\n", json->c_str());
        return kOk;
    }
    const std::string partial = out + ".partial";
    {
        std::ofstream f(partial, std::ios::binary | std::ios::trunc);
        f << *json << "\n";
        if (!f.flush()) {
            std::remove(partial.c_str());
            return Fail(MakeProblem("err.cli_cannot_write", {}, {{"path", out}}));
        }
    }
    if (std::rename(partial.c_str(), out.c_str()) != 0) {
        std::remove(partial.c_str());
        return Fail(MakeProblem("err.cli_cannot_write", {}, {{"path", out}}));
    }
    std::printf("%s\n", Trf("cli.export_done", {{"path", out}}).c_str());
    return kOk;
}

int Erase(const Context& c, const std::vector<std::string>& args) {
    bool bad = false;
    const std::string person = OptionValue(args, "--person", bad);
    if (bad || person.empty() || args.size() != 2) return Usage("erase");
    int code = kOk;
    auto db = Open(c, Existing(), code);
    if (!db) return code;
    if (auto st = ErasePerson(*db, person, kCommandLineActor); !st) return Fail(st.problem());
    std::printf("%s\n", Trf("cli.erase_done", {{"id", person}}).c_str());
    return kOk;
}

int Purge(const Context& c, const std::vector<std::string>& args) {
    const bool dry_run = HasFlag(args, "--dry-run");
    if (args.size() != (dry_run ? 1u : 0u)) return Usage(args.front());
    int code = kOk;
    auto db = Open(c, Existing(), code);
    if (!db) return code;
    if (dry_run) {
        auto preview = PreviewRetentionPurge(*db);
        if (!preview) return Fail(preview.problem());
        std::printf("%s\n", Trf("cli.purge_would", {{"n", std::to_string(preview->people.size())},
                                                    {"cutoff", preview->cutoff}})
                                .c_str());
        for (const auto& p : preview->people) std::printf("%s  %s\n", p.id.c_str(), p.label.c_str());
        std::printf("%s\n", Tr("cli.purge_dry_run"));
        return kOk;
    }
    auto report = RunRetentionPurge(*db, kCommandLineActor);
    if (!report) return Fail(report.problem());
    std::printf("%s\n", Trf("cli.purge_done", {{"n", std::to_string(report->erased)}, {"cutoff", report->cutoff}})
                            .c_str());
    return kOk;
}

}  // namespace

int RunPrivacy(const Context& c) {
    if (c.args.empty()) return Usage("privacy");
    const std::vector<std::string> rest(c.args.begin() + 1, c.args.end());
    if (c.args[0] == "export") return Export(c, rest);
    if (c.args[0] == "erase") return Erase(c, rest);
    if (c.args[0] == "purge") return Purge(c, rest);
    return Usage(c.args[0]);
}

}  // namespace palier::cli
