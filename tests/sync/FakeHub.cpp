#include "FakeHub.h"

#include "storage/RecordJson.h"

namespace palier::test {

using nlohmann::json;

namespace {
void Answer(httplib::Response& res, int status, const json& body) {
    res.status = status;
    res.set_content(body.dump(), "application/json");
}
}  // namespace

FakeHub::FakeHub(int64_t hub_time_ms, const std::string& cert_file, const std::string& key_file)
    : hub_time_ms_(hub_time_ms) {
    if (!cert_file.empty()) {
        server_ = std::make_unique<httplib::SSLServer>(cert_file.c_str(), key_file.c_str());
        tls_ = true;
    } else {
        server_ = std::make_unique<httplib::Server>();
    }
    Routes();
    port_ = server_->bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    // stop() before the loop runs would be lost, and the destructor would wait for ever.
    while (!server_->is_running()) std::this_thread::yield();
}

FakeHub::~FakeHub() {
    {
        std::lock_guard lock(mu_);
        closing_ = true;
    }
    released_.notify_all();
    server_->stop();
    thread_.join();
}

std::string FakeHub::url() const { return std::string(tls_ ? "https" : "http") + "://127.0.0.1:" + std::to_string(port_); }

void FakeHub::RefuseNext(const std::string& path_prefix, Refusal refusal) {
    std::lock_guard lock(mu_);
    refusals_[path_prefix].push_back(refusal);
}

void FakeHub::AckAtMost(int64_t seq) {
    std::lock_guard lock(mu_);
    ack_at_most_ = seq;
}

void FakeHub::AddChanges(const std::vector<JournalEntry>& entries) {
    std::lock_guard lock(mu_);
    changes_.insert(changes_.end(), entries.begin(), entries.end());
}

std::vector<JournalEntry> FakeHub::pushed() const {
    std::lock_guard lock(mu_);
    return pushed_;
}

int64_t FakeHub::acked_through() const {
    std::lock_guard lock(mu_);
    return acked_;
}

int FakeHub::requests(const std::string& path_prefix) const {
    std::lock_guard lock(mu_);
    int n = 0;
    for (const auto& [path, count] : requests_)
        if (path.rfind(path_prefix, 0) == 0) n += count;
    return n;
}

std::vector<std::string> FakeHub::tokens_seen() const {
    std::lock_guard lock(mu_);
    return tokens_;
}

bool FakeHub::Refused(const std::string& path, httplib::Response& res) {
    Refusal r;
    {
        std::unique_lock lock(mu_);
        ++requests_[path];
        auto it = refusals_.find(path);
        if (it == refusals_.end() || it->second.empty()) return false;
        if (it->second.front().skip > 0) {
            --it->second.front().skip;
            return false;
        }
        r = it->second.front();
        it->second.pop_front();
        if (r.hang) {
            released_.wait(lock, [this] { return closing_; });
            return true;
        }
    }
    if (r.cut) {
        // Promises a long answer, sends its first bytes and closes the connection.
        res.set_content_provider(4096, "application/json", [](size_t, size_t, httplib::DataSink& sink) {
            sink.write("{\"acked_through\"", 16);
            return false;
        });
        return true;
    }
    if (r.retry_after_s >= 0) res.set_header("Retry-After", std::to_string(r.retry_after_s));
    Answer(res, r.status, {{"error", "refused by the test"}});
    return true;
}

std::string FakeHub::enrolled_site_id() const {
    std::lock_guard lock(mu_);
    return enrolled_site_id_;
}

void FakeHub::SetCorrector(Corrector corrector) {
    std::lock_guard lock(mu_);
    corrector_ = std::move(corrector);
}

void FakeHub::Routes() {
    server_->Post("/api/v1/enrol", [this](const httplib::Request& req, httplib::Response& res) {
        if (Refused("/api/v1/enrol", res)) return;
        const json body = json::parse(req.body, nullptr, false);
        std::lock_guard lock(mu_);
        if (!body.is_object() || body.value("code", "") != kCode || code_used_ || body.value("device", "").empty())
            return Answer(res, 401, {{"error", "unknown, used or expired code"}});
        code_used_ = true;
        enrolled_site_id_ = body.value("site_id", "");
        Answer(res, 200, {{"token", kToken}, {"site", kSite}, {"hub_time_ms", hub_time_ms_}});
    });
    server_->Post("/api/v1/sync/push", [this](const httplib::Request& req, httplib::Response& res) {
        if (Refused("/api/v1/sync/push", res)) return;
        std::lock_guard lock(mu_);
        tokens_.push_back(req.get_header_value("Authorization"));
        if (req.get_header_value("Authorization") != std::string("Bearer ") + kToken)
            return Answer(res, 401, {{"error", "unknown token"}});
        const json body = json::parse(req.body, nullptr, false);
        if (!body.is_object() || !body.contains("entries")) return Answer(res, 400, {{"error", "malformed"}});
        std::vector<JournalEntry> taken;
        for (const json& j : body["entries"]) {
            const auto e = j.get<JournalEntry>();
            if (e.seq <= acked_) continue;  // a replay
            if (e.seq != acked_ + 1) return Answer(res, 400, {{"error", "sequence gap"}});
            if (e.seq > ack_at_most_) break;
            pushed_.push_back(e);
            taken.push_back(e);
            acked_ = e.seq;
        }
        json corrections = json::array();
        if (corrector_)
            for (const JournalEntry& c : corrector_(taken)) corrections.push_back(c);
        Answer(res, 200, {{"acked_through", acked_}, {"corrections", corrections}, {"hub_time_ms", hub_time_ms_}});
    });
    server_->Get("/api/v1/sync/pull", [this](const httplib::Request& req, httplib::Response& res) {
        if (Refused("/api/v1/sync/pull", res)) return;
        std::lock_guard lock(mu_);
        tokens_.push_back(req.get_header_value("Authorization"));
        if (req.get_header_value("Authorization") != std::string("Bearer ") + kToken)
            return Answer(res, 401, {{"error", "unknown token"}});
        const int64_t since = req.has_param("since") ? std::stoll(req.get_param_value("since")) : 0;
        const int64_t limit = req.has_param("limit") ? std::stoll(req.get_param_value("limit")) : 500;
        json changes = json::array();
        int64_t cursor = since;
        // The cursor is the position in the hub's list.
        for (int64_t i = since; i < static_cast<int64_t>(changes_.size()) && i < since + limit; ++i) {
            changes.push_back(changes_[static_cast<size_t>(i)]);
            cursor = i + 1;
        }
        const bool more = cursor < static_cast<int64_t>(changes_.size());
        Answer(res, 200, {{"changes", changes}, {"cursor", cursor}, {"more", more}, {"hub_time_ms", hub_time_ms_}});
    });
}

}  // namespace palier::test
