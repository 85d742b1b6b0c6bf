#include "CutProxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstring>
#include <stdexcept>

namespace palier::test {
namespace {

// A cut lands in the first bytes (the head, a short body) as often as anywhere up to past the
// largest body a sync sends or receives (some cuts drawn there never happen).
constexpr uint64_t kNearCut = 600;
constexpr uint64_t kCutRange = 160 * 1024;

int ConnectTo(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

bool WriteAll(int fd, const char* data, size_t n) {
    while (n > 0) {
        const ssize_t w = send(fd, data, n, MSG_NOSIGNAL);
        if (w <= 0) return false;
        data += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

// The length of a whole request once its head has arrived (head + Content-Length), else 0.
size_t RequestLength(const std::string& seen) {
    const auto end = seen.find("\r\n\r\n");
    if (end == std::string::npos) return 0;
    std::string head = seen.substr(0, end);
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t body = 0;
    if (const auto at = head.find("\r\ncontent-length:"); at != std::string::npos)
        body = std::strtoull(head.c_str() + at + 17, nullptr, 10);
    return end + 4 + body;
}

}  // namespace

CutProxy::CutProxy(uint64_t seed) : rng_(seed) {
    listener_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = 0;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || listen(listener_, 16) != 0 ||
        getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("the proxy cannot listen on 127.0.0.1");
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { Run(); });
}

CutProxy::~CutProxy() {
    stop_ = true;
    thread_.join();
    close(listener_);
}

void CutProxy::Run() {
    while (!stop_) {
        pollfd p{listener_, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0) continue;
        const int client = accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        ++connections_;
        Relay(client);
        close(client);
    }
}

void CutProxy::Relay(int client) {
    // Drawn for every connection, faults on or not, so a seed replays the same cuts.
    const uint64_t draw = rng_() % 100;
    const uint64_t offset = 1 + rng_() % (rng_() % 2 ? kNearCut : kCutRange);
    const bool faults = faults_;
    const uint64_t cut_request = faults && draw < 25 ? offset : UINT64_MAX;
    const uint64_t cut_answer = faults && draw >= 25 && draw < 50 ? offset : UINT64_MAX;

    const int hub = ConnectTo(upstream_);
    if (hub < 0) return;  // the kiosk sees its connection closed without an answer
    std::string head;     // the request's first bytes, until its length is known
    size_t request_length = 0;
    uint64_t sent = 0, answered = 0;
    bool request_told = false;
    char buf[16 * 1024];
    while (!stop_) {
        pollfd p[2] = {{client, POLLIN, 0}, {hub, POLLIN, 0}};
        if (poll(p, 2, 50) <= 0) continue;
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = recv(client, buf, sizeof buf, 0);
            if (n <= 0) break;
            size_t take = static_cast<size_t>(n);
            const bool cut = sent + take >= cut_request;
            if (cut) take = static_cast<size_t>(cut_request - sent);
            if (!WriteAll(hub, buf, take)) break;
            if (cut) {
                ++cut_requests_;
                break;
            }
            sent += take;
            if (request_length == 0 && head.size() < 64 * 1024) {
                head.append(buf, take);
                request_length = RequestLength(head);
            }
            if (!request_told && request_length > 0 && sent >= request_length) {
                request_told = true;
                if (hook_ && faults && hook_(Moment::RequestSent, head.substr(0, head.find("\r\n")))) break;
            }
        }
        if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = recv(hub, buf, sizeof buf, 0);
            if (n <= 0) break;
            if (answered == 0 && hook_ && faults &&
                hook_(Moment::AnswerBegun, head.substr(0, head.find("\r\n"))))
                break;
            size_t take = static_cast<size_t>(n);
            const bool cut = answered + take >= cut_answer;
            if (cut) take = static_cast<size_t>(cut_answer - answered);
            if (!WriteAll(client, buf, take)) break;
            if (cut) {
                ++cut_answers_;
                break;
            }
            answered += take;
        }
    }
    close(hub);
}

}  // namespace palier::test
