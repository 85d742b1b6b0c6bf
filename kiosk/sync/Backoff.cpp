#include "Backoff.h"

#include <algorithm>

namespace palier::sync {

int64_t RetryDelayMs(int failures, double unit, int64_t retry_after_ms) {
    int64_t ceiling = kFirstRetryMs;
    for (int i = 1; i < failures && ceiling < kLongestRetryMs; ++i) ceiling *= 2;
    ceiling = std::min(ceiling, kLongestRetryMs);
    unit = std::clamp(unit, 0.0, 1.0);
    const int64_t drawn = ceiling / 2 + static_cast<int64_t>(static_cast<double>(ceiling / 2) * unit);
    return std::max(drawn, std::min(retry_after_ms, kLongestRetryAfterMs));
}

Backoff::Backoff(std::function<double()> random_unit) : random_unit_(std::move(random_unit)) {}

int64_t Backoff::Failed(int64_t retry_after_ms) {
    ++failures_;
    return RetryDelayMs(failures_, random_unit_(), retry_after_ms);
}

}  // namespace palier::sync
