#include "cli_support.h"

#include <sys/wait.h>

#include <cstdlib>

#include "test_support.h"

namespace palier::test {
namespace {
std::string Quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
}  // namespace

CliRun RunPalier(const std::string& binary, const std::string& data_dir, const std::string& now,
                 const std::vector<std::string>& args, const std::string& scratch_dir) {
    const std::string out = scratch_dir + "/cli.out", err = scratch_dir + "/cli.err";
    std::string cmd = Quote(binary) + " --data " + Quote(data_dir) + " --now " + Quote(now);
    for (const auto& a : args) cmd += " " + Quote(a);
    cmd += " >" + Quote(out) + " 2>" + Quote(err);
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadAll(out);
    r.err = ReadAll(err);
    return r;
}

}  // namespace palier::test
