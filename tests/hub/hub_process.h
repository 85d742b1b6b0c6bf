#pragma once
// The real `palier-hub` binary, started for a test on 127.0.0.1 and a port the system gives it
// (printed on its first line), stopped with SIGTERM (or killed) when the test ends.
#include <sys/types.h>

#include <string>
#include <vector>

namespace palier::test {

struct RunResult {
    int exit_code = -1;
    std::string out, err;
};
// Runs `palier-hub ARGS...` to the end (enrol, revoke, devices, anomalies), with `input` (a few
// lines at most) on its standard input.
RunResult RunHubCommand(const std::vector<std::string>& args, const std::string& input = "");

class HubProcess {
public:
    // Starts serving `data_dir`; extra options such as {"--rate", "5"}. Fails the test when the
    // hub does not say where it listens within 10 s.
    explicit HubProcess(std::string data_dir, std::vector<std::string> extra = {});
    ~HubProcess();
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    const std::string& data_dir() const { return data_dir_; }
    // A one-time code for a kiosk of `site`.
    std::string EnrolCode(const std::string& site) const;
    // SIGTERM and wait: the exit code (0 when it stopped cleanly).
    int Stop();
    void Kill();  // SIGKILL, as a power cut would
    // What the hub wrote to stderr so far (one line per request).
    std::string Log() const;

private:
    std::string data_dir_;
    std::string log_path_;
    pid_t pid_ = -1;
    int port_ = 0;
};

}  // namespace palier::test
