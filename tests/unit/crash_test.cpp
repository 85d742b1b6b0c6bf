// A kiosk process killed mid-write: a child process registers people, books and cancels, and
// prints each acknowledged write; the parent kills it with SIGKILL at random moments. After each
// kill the database must pass integrity_check, hold every acknowledged write with its journal
// entry, and the journal must name no record that is missing.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <thread>

#include "durability_checks.h"
#include "kiosk/Catalogue.h"
#include "storage/CatalogueStore.h"

using namespace palier;
using palier::test::Acknowledged;

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
    std::vector<Acknowledged> acknowledged;
    size_t bookings = 0;
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
        // Wait for the first acknowledged booking (start-up is slow under sanitizers and load),
        // then let it write a random while more: the kill lands mid-stream, at any point.
        std::string text;
        pollfd pfd{out[0], POLLIN, 0};
        const auto booked = [&] { return text.find("booking ") != std::string::npos && text.back() == '\n'; };
        while (!booked() && poll(&pfd, 1, 20000) > 0) {
            char c;
            if (read(out[0], &c, 1) != 1) break;
            text += c;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 40000)(rng)));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself, status " << status;
        // Only complete lines were acknowledged.
        char buf[4096];
        for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) text.append(buf, static_cast<size_t>(n));
        close(out[0]);
        const size_t first_new = acknowledged.size();
        for (size_t start = 0, nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
            acknowledged.push_back(test::ParseAcknowledged(text.substr(start, nl - start)));
            if (acknowledged.back().what == Acknowledged::What::Booking) ++bookings;
        }

        storage::Database db(path);  // throws if the file were damaged
        ASSERT_TRUE(test::FileIsHealthy(db)) << "round " << round;
        // Journal entries are looked up for this round's writes; older ones stay covered by the
        // whole-journal check.
        ASSERT_TRUE(test::AcknowledgedWritesSurvived(db, acknowledged, first_new)) << "round " << round;
        ASSERT_TRUE(test::JournalAgreesWithRecords(db)) << "round " << round;
    }
    EXPECT_GE(bookings, static_cast<size_t>(rounds));  // every round booked something
    std::filesystem::remove_all(dir);
}
