#pragma once
// The command groups of `palier`, one file each. Every group receives the words after its name
// and returns the exit code: 0 done, 1 refused or failed (a sentence on stderr), 2 bad usage.
// Everything printed goes through the translation layer (French by default, --lang en).
#include <memory>
#include <string>
#include <vector>

#include "kiosk/Result.h"
#include "storage/Database.h"

namespace palier::cli {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

// The audit's "who" for changes made from the command line.
constexpr const char* kCommandLineActor = "command-line";

struct Context {
    std::string data_dir;
    std::string now;                // --now YYYY-MM-DDTHH:MM (site time), "" for the real clock
    std::vector<std::string> args;  // after the command group's name
};

// Prints the Problem in words on stderr; returns kFailed.
int Fail(const Problem& p);
// Prints the usage line (and `unknown`, when given, as the word not understood); returns kUsage.
int Usage(const std::string& unknown = {});

// Opens <data_dir>/palier.db in the site's time zone (and at --now), or prints why not and
// leaves `exit_code` set.
std::unique_ptr<storage::Database> Open(const Context& c, storage::OpenOptions options, int& exit_code);

// The value after `name` in args ("--out FILE"), "" when absent; `bad` when the name is last.
std::string OptionValue(const std::vector<std::string>& args, const char* name, bool& bad);
bool HasFlag(const std::vector<std::string>& args, const char* name);

int RunDemo(const Context& c, int residents);          // demo [--residents N]
int RunSummary(const Context& c);                      // summary
int RunBackup(const Context& c);                       // backup --out FILE
int RunCheck(const Context& c);                        // check
int RunPrivacy(const Context& c);                      // privacy export|erase|purge ...
int RunPeople(const Context& c);                       // people find|import ...
int RunPrint(const Context& c);                        // print ... (when built with printing)
int RunEnrol(const Context& c);                        // enrol URL CODE [--ca-file FILE]
int RunSync(const Context& c);                         // sync [--every SECONDS]

}  // namespace palier::cli
