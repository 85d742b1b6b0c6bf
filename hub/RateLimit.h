#pragma once
// Requests a second per device: a token bucket each, so a kiosk stuck in a retry loop is told to
// wait (429) while the others are served.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace palier::hub {

class RateLimit {
public:
    explicit RateLimit(double per_second) : rate_(per_second) {}
    // 0 when `key` may go on now; otherwise the seconds to wait (Retry-After).
    int Take(const std::string& key, int64_t now_ms);

private:
    struct Bucket {
        double tokens = 0;
        int64_t at_ms = 0;
    };
    double rate_;
    std::mutex mu_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace palier::hub
