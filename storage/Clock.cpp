#include "Clock.h"

#include <chrono>

namespace palier {

int64_t SystemNowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Clock SystemClock() { return Clock{[] { return SystemNowMs(); }}; }

Clock FixedClock(int64_t unix_ms) {
    return Clock{[unix_ms] { return unix_ms; }};
}

Clock ClockStartingAt(int64_t unix_ms) {
    // steady_clock: a system clock stepped by NTP during a demo does not jump the chosen time.
    const auto started = std::chrono::steady_clock::now();
    return Clock{[unix_ms, started] {
        using namespace std::chrono;
        return unix_ms + duration_cast<milliseconds>(steady_clock::now() - started).count();
    }};
}

}  // namespace palier
