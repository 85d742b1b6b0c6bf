#pragma once
// Runs the real `palier` binary as coordinators and installers do, and keeps what it said.
#include <string>
#include <vector>

namespace palier::test {

// `s` as one word for the shell: in single quotes, its own quotes closed and escaped.
inline std::string ShellQuoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct CliRun {
    int code = -1;
    std::string out, err;
};

// `palier --data DATA_DIR --now NOW args...`, its output caught in files under `scratch_dir`.
CliRun RunPalier(const std::string& binary, const std::string& data_dir, const std::string& now,
                 const std::vector<std::string>& args, const std::string& scratch_dir);

}  // namespace palier::test
