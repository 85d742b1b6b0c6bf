#pragma once
// A TCP proxy for fault tests: listens on 127.0.0.1 on a port the system gives it and forwards
// each connection to the hub, one connection at a time, on a thread of its own. While faults
// are on, a seeded draw cuts some connections at a byte offset of the request or of the answer
// (half-way through a body as often as not). A hook sees each request once it has gone through
// whole, and each answer as it begins: the test kills the hub there. Stops when destroyed.
#include <atomic>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <thread>

namespace palier::test {

class CutProxy {
public:
    enum class Moment { RequestSent, AnswerBegun };
    // Called on the proxy's thread with the request's first line ("POST /api/v1/sync/push
    // HTTP/1.1"); true drops the connection at once (the hook killed the hub, say).
    using Hook = std::function<bool(Moment, const std::string& request_line)>;

    explicit CutProxy(uint64_t seed);
    ~CutProxy();
    CutProxy(const CutProxy&) = delete;
    CutProxy& operator=(const CutProxy&) = delete;

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    void SetUpstream(int port) { upstream_ = port; }  // the hub moves when it restarts
    void SetFaults(bool on) { faults_ = on; }
    void SetHook(Hook hook) { hook_ = std::move(hook); }  // before faults are on

    int connections() const { return connections_; }
    int cut_requests() const { return cut_requests_; }
    int cut_answers() const { return cut_answers_; }

private:
    void Run();
    void Relay(int client);
    int listener_ = -1;
    int port_ = 0;
    std::atomic<int> upstream_{0};
    std::atomic<bool> faults_{false};
    std::atomic<bool> stop_{false};
    std::atomic<int> connections_{0}, cut_requests_{0}, cut_answers_{0};
    Hook hook_;
    std::mt19937_64 rng_;  // the proxy's thread only
    std::thread thread_;
};

}  // namespace palier::test
