#include "RateLimit.h"

#include <algorithm>
#include <cmath>

namespace palier::hub {

int RateLimit::Take(const std::string& key, int64_t now_ms) {
    std::lock_guard lock(mu_);
    // A burst of one second's worth is allowed: a kiosk catching up sends its pages back to back.
    const double burst = std::max(1.0, rate_);
    auto [it, fresh] = buckets_.try_emplace(key, Bucket{burst, now_ms});
    Bucket& b = it->second;
    if (!fresh) {
        const int64_t elapsed = std::max<int64_t>(0, now_ms - b.at_ms);  // a clock set back gives nothing
        b.tokens = std::min(burst, b.tokens + elapsed * rate_ / 1000.0);
        b.at_ms = std::max(b.at_ms, now_ms);
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / rate_)));
}

}  // namespace palier::hub
