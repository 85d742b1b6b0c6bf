#include "hub_process.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace palier::test {

namespace {
std::vector<char*> Argv(std::vector<std::string>& words) {
    std::vector<char*> out;
    for (auto& w : words) out.push_back(w.data());
    out.push_back(nullptr);
    return out;
}

std::string Slurp(int fd) {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
}
}  // namespace

RunResult RunHubCommand(const std::vector<std::string>& args, const std::string& input) {
    std::vector<std::string> words{PALIER_HUB, "--lang", "en"};
    words.insert(words.end(), args.begin(), args.end());
    int in[2], out[2], err[2];
    if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(in[1]);
        close(out[0]);
        close(err[0]);
        auto argv = Argv(words);
        execv(PALIER_HUB, argv.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    // Fits in the pipe's buffer: written before the answers are read, without waiting.
    if (!input.empty() && write(in[1], input.data(), input.size()) < 0) ADD_FAILURE() << "stdin not written";
    close(in[1]);
    RunResult r;
    r.out = Slurp(out[0]);
    r.err = Slurp(err[0]);
    close(out[0]);
    close(err[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

HubProcess::HubProcess(std::string data_dir, std::vector<std::string> extra)
    : data_dir_(std::move(data_dir)), log_path_(data_dir_ + ".log") {
    std::vector<std::string> words{PALIER_HUB, "--lang", "en", "--data", data_dir_, "--listen", "127.0.0.1:0"};
    words.insert(words.end(), extra.begin(), extra.end());
    int out[2];
    if (pipe(out) != 0) ADD_FAILURE() << "pipe";
    pid_ = fork();
    if (pid_ == 0) {
        dup2(out[1], 1);
        const int log = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        dup2(log, 2);
        close(out[0]);
        auto argv = Argv(words);
        execv(PALIER_HUB, argv.data());
        _exit(127);
    }
    close(out[1]);
    // "palier-hub listening on http://127.0.0.1:PORT"
    std::string line;
    pollfd p{out[0], POLLIN, 0};
    while (line.find('\n') == std::string::npos && poll(&p, 1, 10000) > 0) {
        char buf[256];
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n <= 0) break;
        line.append(buf, static_cast<size_t>(n));
    }
    close(out[0]);
    const auto colon = line.rfind(':');
    if (colon != std::string::npos) port_ = std::atoi(line.c_str() + colon + 1);
    if (port_ <= 0) ADD_FAILURE() << "the hub did not start: " << line << Log();
}

HubProcess::~HubProcess() {
    if (pid_ > 0) Kill();
    std::remove(log_path_.c_str());
}

std::string HubProcess::EnrolCode(const std::string& site) const {
    const auto r = RunHubCommand({"enrol", "--data", data_dir_, "--site", site});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::string code = r.out;
    while (!code.empty() && (code.back() == '\n' || code.back() == ' ')) code.pop_back();
    return code;
}

int HubProcess::Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void HubProcess::Kill() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

std::string HubProcess::Log() const {
    std::ifstream in(log_path_);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace palier::test
