#pragma once
// How long to wait before trying the hub again after failures in a row: 1 s, doubling up to
// 10 min, each wait drawn between half and all of that (so kiosks that lost the hub together
// do not all come back in the same second), and never sooner than the hub's Retry-After.
#include <cstdint>
#include <functional>

namespace palier::sync {

constexpr int64_t kFirstRetryMs = 1000;
constexpr int64_t kLongestRetryMs = 10 * 60 * 1000;
// A Retry-After longer than this is taken as this: a hub's mistake must not silence a kiosk
// for days.
constexpr int64_t kLongestRetryAfterMs = 60 * 60 * 1000;

// `failures` in a row (1 after the first); `unit` in [0, 1) draws the jitter; `retry_after_ms`
// < 0 when the hub gave none.
int64_t RetryDelayMs(int failures, double unit, int64_t retry_after_ms = -1);

// Counts failures and draws the jitter from `random_unit` (tests give a fixed sequence).
class Backoff {
public:
    explicit Backoff(std::function<double()> random_unit);
    int64_t Failed(int64_t retry_after_ms = -1);  // the wait before the next try
    void Succeeded() { failures_ = 0; }
    int failures() const { return failures_; }

private:
    std::function<double()> random_unit_;
    int failures_ = 0;
};

}  // namespace palier::sync
