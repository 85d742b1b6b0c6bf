#include "PrintCommand.h"

#include <filesystem>
#include <map>
#include <optional>

#include "PrintDocument.h"
#include "Printers.h"
#include "kiosk/Dates.h"
#include "kiosk/I18n.h"

namespace palier::print {

namespace {

constexpr int kExitOk = 0, kExitFailed = 1, kExitUsage = 2;

struct Options {
    std::string command;
    std::map<std::string, std::string> values;  // "--week" -> "2026-W48"
};

// Options that take a value, per command.
const std::map<std::string, std::vector<std::string>> kAllowed = {
    {"week", {"--week", "--out", "--lang", "--lang2", "--printer", "--copies", "--cups-server"}},
    {"session", {"--session", "--out", "--lang", "--printer", "--copies", "--cups-server"}},
    {"referral", {"--orientation", "--out", "--lang", "--printer", "--copies", "--cups-server"}},
};

int Usage(std::FILE* err, const std::string& problem) {
    if (!problem.empty()) std::fprintf(err, "%s\n", problem.c_str());
    std::fprintf(err, "%s\n", Tr("print.cli.usage"));
    return kExitUsage;
}

// A malformed value: the message alone (the usage would bury it).
int BadValue(std::FILE* err, const std::string& problem) {
    std::fprintf(err, "%s\n", problem.c_str());
    return kExitUsage;
}

std::optional<Lang> LangOption(const Options& o, const char* name) {
    auto it = o.values.find(name);
    if (it == o.values.end()) return std::nullopt;
    Lang lang;
    if (!ParseLang(it->second, lang)) return std::nullopt;
    return lang;
}

std::string DatabaseFolder(storage::Database& db) {
    const std::string file = db.sql().getFilename();
    if (file.empty() || file == ":memory:") return std::filesystem::current_path().string();
    return std::filesystem::path(file).parent_path().string();
}

}  // namespace

int RunPrintCommand(const std::vector<std::string>& args_in, storage::Database& db, std::FILE* out,
                    std::FILE* err) {
    std::vector<std::string> args = args_in;
    if (!args.empty() && args[0] == "print") args.erase(args.begin());
    if (args.empty() || args[0] == "--help" || args[0] == "-h") return Usage(err, "");

    Options o;
    o.command = args[0];
    const auto allowed = kAllowed.find(o.command);
    if (allowed == kAllowed.end())
        return Usage(err, Trf("print.cli.unknown_command", {{"command", o.command}}));
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& name = args[i];
        if (name == "--help" || name == "-h") return Usage(err, "");
        if (std::find(allowed->second.begin(), allowed->second.end(), name) ==
            allowed->second.end())
            return Usage(err, Trf("print.cli.unknown_option", {{"option", name}}));
        if (i + 1 >= args.size() || args[i + 1].empty())
            return Usage(err, Trf("print.cli.missing_value", {{"option", name}}));
        o.values[name] = args[++i];
    }
    auto value = [&](const char* name) {
        return o.values.count(name) ? o.values.at(name) : std::string();
    };

    DocRequest req;
    req.lang = CurrentLanguage();  // `palier --lang en print ...` sets it before we are called
    if (o.command == "week") {
        req.kind = DocKind::WeeklySheet;
        req.week = value("--week");
        if (req.week.empty())
            return Usage(err, Trf("print.cli.missing_option", {{"option", "--week"}}));
        if (!ParseIsoWeek(req.week))
            return BadValue(err, Trf("print.err.bad_week", {{"week", req.week}}));
        if (o.values.count("--lang2")) {
            auto l2 = LangOption(o, "--lang2");
            if (!l2) return BadValue(err, Trf("print.cli.bad_lang", {{"lang", value("--lang2")}}));
            req.lang2 = *l2;
        }
    } else if (o.command == "session") {
        req.kind = DocKind::SignInSheet;
        req.session_id = value("--session");
        if (req.session_id.empty())
            return Usage(err, Trf("print.cli.missing_option", {{"option", "--session"}}));
    } else {
        req.kind = DocKind::ReferralSlip;
        req.orientation_id = value("--orientation");
        if (req.orientation_id.empty())
            return Usage(err, Trf("print.cli.missing_option", {{"option", "--orientation"}}));
    }
    if (o.values.count("--lang")) {
        auto l = LangOption(o, "--lang");
        if (!l) return BadValue(err, Trf("print.cli.bad_lang", {{"lang", value("--lang")}}));
        req.lang = *l;
    }
    int copies = 1;
    if (o.values.count("--copies")) {
        const std::string c = value("--copies");
        if (c.find_first_not_of("0123456789") != std::string::npos || c.size() > 2 ||
            std::stoi(c) < 1)
            return BadValue(err, Trf("print.err.copies", {{"max", "99"}}));
        copies = std::stoi(c);
    }
    const std::string out_path = value("--out"), printer = value("--printer");
    if (out_path.empty() && printer.empty()) return Usage(err, Tr("print.cli.need_out_or_printer"));

    auto doc = Compose(db, req);
    if (!doc) {
        std::fprintf(err, "%s\n", Describe(doc.problem()).c_str());
        return kExitFailed;
    }
    auto pdf = WritePdf(*doc);
    if (!pdf) {
        std::fprintf(err, "%s\n", Describe(pdf.problem()).c_str());
        return kExitFailed;
    }
    const std::string save_path =
        !out_path.empty()
            ? out_path
            : (std::filesystem::path(PrintFolder(DatabaseFolder(db))) / doc->file_name()).string();
    const CupsServer server{.address = value("--cups-server")};
    const PrintOutcome outcome =
        SaveAndPrint(*pdf, save_path, printer, copies, doc->title(), server);
    if (outcome.problem) {
        // What went wrong, then where the PDF is all the same.
        std::fprintf(err, "%s\n", Describe(*outcome.problem).c_str());
        if (!outcome.saved_path.empty())
            std::fprintf(err, "%s\n",
                         Trf("print.saved_at", {{"path", outcome.saved_path}}).c_str());
        return kExitFailed;
    }
    std::fprintf(out, "%s\n",
                 Trf("print.cli.saved",
                     {{"path", outcome.saved_path}, {"pages", std::to_string(doc->page_count())}})
                     .c_str());
    if (outcome.job_id > 0)
        std::fprintf(
            out, "%s\n",
            Trf("print.cli.sent", {{"printer", printer}, {"job", std::to_string(outcome.job_id)}})
                .c_str());
    return kExitOk;
}

}  // namespace palier::print
