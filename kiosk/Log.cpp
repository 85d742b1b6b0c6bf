#include "Log.h"

#include <cstdio>
#include <ctime>
#include <mutex>

namespace palier {

static void Write(const char* level, std::string_view what) {
    static std::mutex m;
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
    std::lock_guard lock(m);
    std::fprintf(stderr, "%s %s %.*s\n", stamp, level, static_cast<int>(what.size()), what.data());
}

void LogInfo(std::string_view what) { Write("INFO", what); }
void LogError(std::string_view what) { Write("ERROR", what); }

}  // namespace palier
