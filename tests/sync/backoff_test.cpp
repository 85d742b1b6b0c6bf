// The wait between tries: 1 s doubling to 10 min, drawn between half and all of it, never
// sooner than the hub's Retry-After. The jitter comes from a sequence the test gives.
#include <gtest/gtest.h>

#include <vector>

#include "kiosk/sync/Backoff.h"

namespace palier::sync {
namespace {

TEST(Backoff, DoublesFromOneSecondToTenMinutes) {
    const int64_t expected_ceilings[] = {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 512000, 600000, 600000};
    for (int failures = 1; failures <= 12; ++failures) {
        const int64_t ceiling = expected_ceilings[failures - 1];
        EXPECT_EQ(RetryDelayMs(failures, 1.0), ceiling) << failures;
        EXPECT_EQ(RetryDelayMs(failures, 0.0), ceiling / 2) << failures;
    }
    EXPECT_EQ(RetryDelayMs(1000, 1.0), kLongestRetryMs);  // no overflow after days of failures
}

TEST(Backoff, JitterDrawsBetweenHalfAndAllOfTheWait) {
    EXPECT_EQ(RetryDelayMs(3, 0.5), 3000);
    EXPECT_EQ(RetryDelayMs(3, 0.25), 2500);
}

TEST(Backoff, RetryAfterIsHonoured) {
    EXPECT_EQ(RetryDelayMs(1, 0.0, 120'000), 120'000);       // the hub's wait is longer
    EXPECT_EQ(RetryDelayMs(12, 1.0, 5'000), kLongestRetryMs);  // the kiosk's own is longer
    EXPECT_EQ(RetryDelayMs(1, 0.0, 10LL * 3600 * 1000), kLongestRetryAfterMs);
}

TEST(Backoff, CountsFailuresUntilASuccess) {
    std::vector<double> draws = {0.0, 0.5, 1.0, 0.0};
    size_t next = 0;
    Backoff b([&] { return draws[next++ % draws.size()]; });
    EXPECT_EQ(b.Failed(), 500);
    EXPECT_EQ(b.Failed(), 1500);
    EXPECT_EQ(b.Failed(), 4000);
    EXPECT_EQ(b.failures(), 3);
    b.Succeeded();
    EXPECT_EQ(b.failures(), 0);
    EXPECT_EQ(b.Failed(30'000), 30'000);
}

}  // namespace
}  // namespace palier::sync
