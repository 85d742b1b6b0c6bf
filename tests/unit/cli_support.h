#pragma once
// Runs the real `palier` binary as coordinators and installers do, and keeps what it said.
#include <string>
#include <vector>

namespace palier::test {

struct CliRun {
    int code = -1;
    std::string out, err;
};

// `palier --data DATA_DIR --now NOW args...`, its output caught in files under `scratch_dir`.
CliRun RunPalier(const std::string& binary, const std::string& data_dir, const std::string& now,
                 const std::vector<std::string>& args, const std::string& scratch_dir);

}  // namespace palier::test
