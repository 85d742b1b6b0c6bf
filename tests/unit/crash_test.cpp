// A kiosk unplugged mid-write: a child process writes bookings and prints each acknowledged id;
// the parent kills it with SIGKILL at random moments. After each kill the database must pass
// integrity_check and hold every acknowledged booking.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <thread>

#include "kiosk/Catalogue.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"

using namespace palier;

TEST(Crash, KilledWriterLosesNoAcknowledgedBooking) {
    const auto dir = std::filesystem::temp_directory_path() / ("palier-crash-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "palier.db").string();
    Id session;
    {
        storage::Database db(path);
        Activity a;
        a.site_id = "site";
        a.title = "Soirée jeux";
        a.capacity = 500;
        a.rule = {5, "18:30", "21:00", "2099-01-02", "2099-01-02", {}};
        auto id = SaveActivityAndSessions(db, a);
        ASSERT_TRUE(id);
        session = storage::SessionsOfActivity(db, *id).at(0).id;
    }
    const char* rounds_env = std::getenv("PALIER_CRASH_ROUNDS");
    const int rounds = rounds_env ? std::atoi(rounds_env) : 150;
    std::mt19937 rng(12345);
    std::vector<std::string> acknowledged;
    for (int round = 0; round < rounds; ++round) {
        int out[2];
        ASSERT_EQ(pipe(out), 0);
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            dup2(out[1], STDOUT_FILENO);
            close(out[0]);
            close(out[1]);
            execl(CRASH_WRITER, CRASH_WRITER, path.c_str(), session.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(out[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 80)(rng)));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself, status " << status;
        // Only complete lines were acknowledged.
        std::string text;
        char buf[4096];
        for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<size_t>(n));
        close(out[0]);
        for (size_t start = 0, nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
            acknowledged.push_back(text.substr(start, nl - start));

        storage::Database db(path);  // throws if the file were damaged
        ASSERT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok") << "round " << round;
        for (const auto& id : acknowledged) ASSERT_TRUE(storage::LoadBooking(db, id)) << "lost " << id;
    }
    EXPECT_GT(acknowledged.size(), static_cast<size_t>(rounds));  // the writer did write
    std::filesystem::remove_all(dir);
}
