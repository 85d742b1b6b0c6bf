#include "HubServer.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "hub/RateLimit.h"
#include "hub/WebRoutes.h"
#include "storage/Database.h"
#include "storage/EntryWire.h"
#include "storage/RecordJson.h"

namespace palier::hub {

using nlohmann::json;

namespace {

constexpr const char* kJson = "application/json";
// Connections waiting to be accepted: more than a site has kiosks (the kernel caps it at
// net.core.somaxconn).
constexpr int kPendingConnections = 512;

void Answer(httplib::Response& res, int status, const json& body) {
    res.status = status;
    res.set_content(body.dump(), kJson);
}

// A page of up to 5,000 entries (a pull, or a kiosk's own entries): their stored text goes out as
// it is (storage/EntryWire.h).
void AnswerPage(httplib::Response& res, const PullPage& page, int64_t hub_time_ms) {
    std::string body = "{\"changes\":";
    body.reserve(256 * page.changes.size() + 100);
    storage::AppendWireEntries(body, page.changes);
    body += ",\"cursor\":" + std::to_string(page.cursor) + ",\"hub_time_ms\":" + std::to_string(hub_time_ms) +
            ",\"more\":" + (page.more ? "true" : "false") + "}";
    res.status = 200;
    res.set_content(body, kJson);
}

void Refuse(httplib::Response& res, const Refusal& r) {
    json body = {{"error", r.sentence}};
    if (r.acked_through >= 0) body["acked_through"] = r.acked_through;
    if (r.differs_from >= 0) body["differs_from"] = r.differs_from;
    Answer(res, r.status, body);
}

std::string BearerToken(const httplib::Request& req) {
    const std::string h = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return h.rfind(prefix, 0) == 0 ? h.substr(prefix.size()) : std::string();
}

std::string UtcNow() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// Whole non-negative number in a query parameter, or `fallback` when absent; -1 when malformed.
int64_t QueryNumber(const httplib::Request& req, const char* name, int64_t fallback) {
    if (!req.has_param(name)) return fallback;
    const std::string v = req.get_param_value(name);
    if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoll(v);
}

}  // namespace

struct HubServer::Impl {
    HubStore& store;
    HubOptions options;
    RateLimit limit;
    std::unique_ptr<httplib::Server> server;
    int port = 0;
    socket_t listening = INVALID_SOCKET;  // the socket Bind() listens on
    // Once a minute, the sessions whose allotments reach their cut-off are settled, and the bus's
    // kiosks get their share of new sessions at its stops.
    std::mutex tick_mu;
    std::condition_variable tick_cv;
    bool stopping = false;
    std::thread ticker;

    void Tick() {
        std::unique_lock lock(tick_mu);
        while (!tick_cv.wait_for(lock, std::chrono::seconds(60), [this] { return stopping; })) {
            lock.unlock();
            try {
                store.SettleDue();
                store.GiveBusShares(options.bus_share_percent);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "%s error: settling due sessions: %s\n", UtcNow().c_str(), e.what());
            }
            lock.lock();
        }
    }

    Impl(HubStore& s, HubOptions o) : store(s), options(std::move(o)), limit(options.requests_per_second) {}

    // Authenticated and within its rate, or the answer is already written.
    std::optional<HubDevice> Admit(const httplib::Request& req, httplib::Response& res) {
        auto device = store.Authenticate(BearerToken(req));
        if (!device) {
            Refuse(res, {401, "This kiosk is not enrolled on this hub, or its enrolment was revoked."});
            return std::nullopt;
        }
        res.set_header("X-Palier-Device", device->id);
        if (const int wait = limit.Take(device->id, store.NowMs())) {
            res.set_header("Retry-After", std::to_string(wait));
            Refuse(res, {429, "Too many requests from this kiosk: wait " + std::to_string(wait) + " s."});
            return std::nullopt;
        }
        return device;
    }

    void Routes() {
        auto& s = *server;
        AddWebRoutes(s, store, !options.tls_cert.empty() && !options.tls_key.empty());
        s.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
            Answer(res, 200, {{"ok", true}, {"hub_time_ms", store.NowMs()}, {"version", PALIER_VERSION}});
        });
        s.Post("/api/v1/enrol", [this](const httplib::Request& req, httplib::Response& res) {
            // Before a token exists, the address is what is limited: codes cannot be guessed fast.
            if (const int wait = limit.Take("address " + req.remote_addr, store.NowMs())) {
                res.set_header("Retry-After", std::to_string(wait));
                return Refuse(res, {429, "Too many enrolment attempts: wait " + std::to_string(wait) + " s."});
            }
            auto parsed = ParseEnrol(req.body);
            if (auto* r = std::get_if<Refusal>(&parsed)) return Refuse(res, *r);
            auto done = store.Enrol(std::get<EnrolRequest>(parsed));
            if (auto* r = std::get_if<Refusal>(&done)) return Refuse(res, *r);
            const auto& e = std::get<Enrolment>(done);
            Answer(res, 200, {{"token", e.token}, {"site", e.site}, {"acked_through", e.acked_through},
                              {"hub_time_ms", store.NowMs()}});
        });
        s.Post("/api/v1/sync/push", [this](const httplib::Request& req, httplib::Response& res) {
            const auto device = Admit(req, res);
            if (!device) return;
            auto parsed = ParsePush(req.body);
            if (auto* r = std::get_if<Refusal>(&parsed)) return Refuse(res, *r);
            const auto& push = std::get<PushRequest>(parsed);
            if (push.device != device->id)
                return Refuse(res, {400, "The push names device " + push.device + " but the token is another device's."});
            auto done = store.Push(*device, push);
            if (auto* r = std::get_if<Refusal>(&done)) return Refuse(res, *r);
            const auto& ack = std::get<PushAck>(done);
            Answer(res, 200, {{"acked_through", ack.acked_through}, {"corrections", ack.corrections},
                              {"hub_time_ms", store.NowMs()}});
        });
        s.Get("/api/v1/sync/pull", [this](const httplib::Request& req, httplib::Response& res) {
            const auto device = Admit(req, res);
            if (!device) return;
            const int64_t since = QueryNumber(req, "since", 0);
            const int64_t limit_n = QueryNumber(req, "limit", 500);
            if (since < 0) return Refuse(res, {400, "\"since\" must be a whole number of 0 or more."});
            if (limit_n < 1 || limit_n > 5000) return Refuse(res, {400, "\"limit\" must be between 1 and 5000."});
            const auto page = store.Pull(*device, since, static_cast<int>(limit_n));
            AnswerPage(res, page, store.NowMs());
        });
        s.Get("/api/v1/sync/own", [this](const httplib::Request& req, httplib::Response& res) {
            const auto device = Admit(req, res);
            if (!device) return;
            const int64_t from = QueryNumber(req, "from", -1);
            const int64_t through = QueryNumber(req, "through", -1);
            const int64_t limit_n = QueryNumber(req, "limit", 500);
            if (from < 1 || through < 0)
                return Refuse(res, {400, "\"from\" and \"through\" must be whole numbers, \"from\" 1 or more."});
            if (limit_n < 1 || limit_n > 5000) return Refuse(res, {400, "\"limit\" must be between 1 and 5000."});
            AnswerPage(res, store.Own(*device, from, through, static_cast<int>(limit_n)), store.NowMs());
        });
        s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "%s error: %s\n", UtcNow().c_str(), e.what());
                if (storage::ClassifyStorageError(e)) {
                    res.set_header("Retry-After", "5");
                    return Refuse(res, {503, "The hub cannot reach its storage just now: try again shortly."});
                }
            } catch (...) {
            }
            Refuse(res, {500, "The hub met an unexpected error; its log says more."});
        });
        // httplib answers some refusals itself (a body over the limit, an unknown path): they get
        // a sentence too.
        s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return;
            if (res.status == 413) Refuse(res, {413, "The body is over 4 MB: send the entries in smaller batches."});
            else if (res.status == 404) Refuse(res, {404, "There is nothing at this address on the hub."});
            else Refuse(res, {res.status, "The request was refused."});
        });
        s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            const std::string device = res.get_header_value("X-Palier-Device");
            std::fprintf(stderr, "%s %s %s %s %d %zu%s%s\n", UtcNow().c_str(), req.remote_addr.c_str(),
                         req.method.c_str(), req.path.c_str(), res.status, res.body.size(),
                         device.empty() ? "" : " device=", device.c_str());
        });
    }
};

HubServer::HubServer(HubStore& store, HubOptions options) : impl_(std::make_unique<Impl>(store, std::move(options))) {
    auto& o = impl_->options;
    if (!o.tls_cert.empty() && !o.tls_key.empty())
        impl_->server = std::make_unique<httplib::SSLServer>(o.tls_cert.c_str(), o.tls_key.c_str());
    else
        impl_->server = std::make_unique<httplib::Server>();
    auto& s = *impl_->server;
    const int threads = std::max(1, o.threads);
    s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    s.set_payload_max_length(o.max_body);
    s.set_read_timeout(o.io_timeout_s, 0);
    s.set_write_timeout(o.io_timeout_s, 0);
    // A thread serves one connection at a time: a kiosk's idle keep-alive connection would hold
    // one of the few threads while other kiosks wait. A sync is a handful of requests a minute,
    // so each request gets its own connection.
    s.set_keep_alive_max_count(1);
    s.set_keep_alive_timeout(std::min(5, o.io_timeout_s));
    s.set_tcp_nodelay(true);  // small JSON answers must not wait for a delayed ACK
    // httplib's own options, and the listening socket kept for Bind() (the last one created is
    // the one bound: a socket that fails to bind is closed before the next is tried).
    s.set_socket_options([impl = impl_.get()](socket_t sock) {
        httplib::default_socket_options(sock);
        impl->listening = sock;
    });
    impl_->Routes();
}

HubServer::~HubServer() = default;

bool HubServer::Bind(std::string& error) {
    auto& s = *impl_->server;
    if (!s.is_valid()) {
        error = "The TLS certificate or key cannot be read.";
        return false;
    }
    const auto& o = impl_->options;
    if (o.port == 0) impl_->port = s.bind_to_any_port(o.host);
    else impl_->port = s.bind_to_port(o.host, o.port) ? o.port : -1;
    if (impl_->port <= 0) {
        error = "Cannot listen on " + o.host + ":" + std::to_string(o.port) + " (in use, or not an address of this machine).";
        return false;
    }
    // Each request comes on its own connection (above), so every kiosk of a site may be
    // connecting at the same moment. httplib (the system's build) listens with a queue of 5
    // pending connections: the kernel dropped the others, which then waited seconds for TCP to
    // try again, or failed. Listening again on the same socket only sets a longer queue.
    if (impl_->listening != INVALID_SOCKET) ::listen(impl_->listening, kPendingConnections);
    return true;
}

int HubServer::port() const { return impl_->port; }

void HubServer::Serve() {
    impl_->ticker = std::thread([this] { impl_->Tick(); });
    impl_->server->listen_after_bind();
    {
        std::lock_guard lock(impl_->tick_mu);
        impl_->stopping = true;
    }
    impl_->tick_cv.notify_all();
    impl_->ticker.join();
}

void HubServer::Stop() { impl_->server->stop(); }

}  // namespace palier::hub
