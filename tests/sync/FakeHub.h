#pragma once
// A hub on 127.0.0.1 that answers as docs/SYNC.md says, for the sync client's tests: it enrols
// with one code, keeps what is pushed (acknowledging the run of sequence numbers without a
// gap), serves its list of changes page by page, and can be told to refuse the next requests
// (a status and a Retry-After, or a connection cut half-way). It listens on a port it picks
// and stops when destroyed. With a certificate and key it speaks TLS.
#include <httplib.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "storage/Records.h"

namespace palier::test {

class FakeHub {
public:
    static constexpr const char* kCode = "K7QF-3MZP";
    static constexpr const char* kToken = "5f0c7e1d9a8b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d";
    static constexpr const char* kSite = "Maison des Tilleuls";

    explicit FakeHub(int64_t hub_time_ms, const std::string& cert_file = {}, const std::string& key_file = {});
    ~FakeHub();
    FakeHub(const FakeHub&) = delete;
    FakeHub& operator=(const FakeHub&) = delete;

    std::string url() const;  // "http://127.0.0.1:PORT" or "https://..."

    // The next request to `path_prefix` ("/api/v1/sync/push", ...) gets this instead.
    struct Refusal {
        int status = 500;
        int retry_after_s = -1;
        bool cut = false;   // the answer starts and the connection is closed half-way
        bool hang = false;  // no answer at all until the hub is destroyed
        int skip = 0;       // answer this many requests first
    };
    void RefuseNext(const std::string& path_prefix, Refusal refusal);
    // Acknowledges no further than `seq` whatever is pushed (a hub that took only part).
    void AckAtMost(int64_t seq);
    // What the hub writes about the entries a push brought (placing a pending booking), sent back
    // as the push's corrections; none when unset.
    using Corrector = std::function<std::vector<JournalEntry>(const std::vector<JournalEntry>& taken)>;
    void SetCorrector(Corrector corrector);
    // Changes other kiosks recorded, served to pulls in this order.
    void AddChanges(const std::vector<JournalEntry>& entries);

    std::vector<JournalEntry> pushed() const;  // every new entry taken, in order
    int64_t acked_through() const;
    int requests(const std::string& path_prefix) const;
    std::vector<std::string> tokens_seen() const;  // the bearer tokens of sync requests
    std::string enrolled_site_id() const;          // what the last enrolment said of its site

private:
    void Routes();
    bool Refused(const std::string& path, httplib::Response& res);
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    int port_ = 0;
    bool tls_ = false;
    int64_t hub_time_ms_;

    mutable std::mutex mu_;
    std::map<std::string, std::deque<Refusal>> refusals_;
    std::map<std::string, int> requests_;
    std::vector<JournalEntry> pushed_;
    int64_t acked_ = 0;
    int64_t ack_at_most_ = INT64_MAX;
    bool code_used_ = false;
    std::string enrolled_site_id_;
    std::vector<JournalEntry> changes_;
    Corrector corrector_;
    std::vector<std::string> tokens_;
    std::condition_variable released_;
    bool closing_ = false;
};

}  // namespace palier::test
