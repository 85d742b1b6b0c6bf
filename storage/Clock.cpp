#include "Clock.h"

#include <chrono>

namespace palier {

Clock SystemClock() {
    return Clock{[] {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }};
}

Clock FixedClock(int64_t unix_ms) {
    return Clock{[unix_ms] { return unix_ms; }};
}

}  // namespace palier
