#pragma once
// Wall-clock time, injectable so that tests and the demo can freeze "now".
#include <cstdint>
#include <functional>

namespace palier {

struct Clock {
    std::function<int64_t()> unix_ms;  // milliseconds since the epoch, UTC
    int64_t NowMs() const { return unix_ms(); }
    int64_t NowSeconds() const { return unix_ms() / 1000; }
};

Clock SystemClock();
Clock FixedClock(int64_t unix_ms);  // always answers the same instant

}  // namespace palier
