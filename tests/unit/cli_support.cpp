#include "cli_support.h"

#include <sys/wait.h>

#include <cstdlib>

#include "test_support.h"

namespace palier::test {

CliRun RunPalier(const std::string& binary, const std::string& data_dir, const std::string& now,
                 const std::vector<std::string>& args, const std::string& scratch_dir) {
    const std::string out = scratch_dir + "/cli.out", err = scratch_dir + "/cli.err";
    std::string cmd = ShellQuoted(binary) + " --data " + ShellQuoted(data_dir) + " --now " + ShellQuoted(now);
    for (const auto& a : args) cmd += " " + ShellQuoted(a);
    cmd += " >" + ShellQuoted(out) + " 2>" + ShellQuoted(err);
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadAll(out);
    r.err = ReadAll(err);
    return r;
}

}  // namespace palier::test
