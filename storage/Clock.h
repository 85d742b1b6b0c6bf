#pragma once
// Wall-clock time, injectable so that tests, demos and support can choose "now".
#include <cstdint>
#include <functional>

namespace palier {

struct Clock {
    std::function<int64_t()> unix_ms;  // milliseconds since the epoch, UTC
    int64_t NowMs() const { return unix_ms(); }
    int64_t NowSeconds() const { return unix_ms() / 1000; }
};

int64_t SystemNowMs();
Clock SystemClock();
Clock FixedClock(int64_t unix_ms);  // always answers the same instant
// Starts at `unix_ms` and then runs at the pace of the system clock (`--now`: a reproducible
// demo still sees seconds pass, so idle timers and countdowns behave as in real use).
Clock ClockStartingAt(int64_t unix_ms);

}  // namespace palier
