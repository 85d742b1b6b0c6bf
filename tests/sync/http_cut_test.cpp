// kiosk/sync/Http.h against a server that closes the connection part-way through its answer's
// head: that is a cut connection, never an answer (curl alone reports a 200 with no body).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "kiosk/sync/Http.h"

namespace palier::test {
namespace {

// Serves one connection on 127.0.0.1 with `answer` as it is, then closes it.
class OneAnswer {
public:
    explicit OneAnswer(std::string answer) : answer_(std::move(answer)) {
        fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        EXPECT_EQ(listen(fd_, 1), 0);
        getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] {
            const int c = accept(fd_, nullptr, nullptr);
            if (c < 0) return;
            char buf[4096];
            (void)recv(c, buf, sizeof buf, 0);
            (void)send(c, answer_.data(), answer_.size(), MSG_NOSIGNAL);
            close(c);
        });
    }
    ~OneAnswer() {
        thread_.join();
        close(fd_);
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/health"; }

private:
    std::string answer_;
    int fd_ = -1;
    int port_ = 0;
    std::thread thread_;
};

TEST(HttpCut, AnAnswerCutInItsHeadIsACutConnection) {
    OneAnswer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
    const auto r = sync::Send({"GET", server.url(), "", "", ""});
    EXPECT_EQ(r.transport, sync::Transport::Cut) << r.status << " " << r.detail;
    EXPECT_TRUE(r.body.empty());
}

TEST(HttpCut, AWholeAnswerIsAnAnswer) {
    OneAnswer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    const auto r = sync::Send({"GET", server.url(), "", "", ""});
    EXPECT_EQ(r.transport, sync::Transport::Ok) << r.detail;
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "{}");
}

}  // namespace
}  // namespace palier::test
