// Storage and booking figures, printed (never asserted):
//  1. person search over 100,000 people: median and p99 per query;
//  2. booking transactions per second, against this machine's raw SQLite single-row commit
//     rate measured in the same run (same PRAGMAs, same disk), as a ratio.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <vector>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"

using namespace palier;
using Clock_ = std::chrono::steady_clock;

static double Ms(Clock_::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

int main(int argc, char** argv) {
    const int people = argc > 1 ? std::atoi(argv[1]) : 100000;
    const auto dir = std::filesystem::temp_directory_path() / "palier-bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    storage::Database db((dir / "bench.db").string());

    static const char* const first[] = {"Fatima", "Mohamed", "Aïcha", "Kévin", "Léa", "Chloé", "Mamadou",
                                        "Aminata", "Nadia", "Karim", "Sophie", "Élodie", "Yasmine", "Inès",
                                        "Lucas", "Hugo", "Olena", "Mehmet", "José", "Françoise"};
    static const char* const last[] = {"Martin", "Bernard", "Dubois", "Benali", "Traoré", "Diallo", "Camara",
                                       "Nguyen", "Petit", "Moreau", "Lefèvre", "Haddad", "Kaya", "Kovalenko"};
    std::mt19937 rng(1);
    auto t0 = Clock_::now();
    {
        storage::Transaction tx(db.sql());
        for (int i = 0; i < people; ++i) {
            Person p;
            p.site_id = "s";
            p.first_name = std::string(first[rng() % 20]) + (i % 3 ? "" : "-" + std::to_string(i % 97));
            p.last_name = std::string(last[rng() % 14]) + std::to_string(i % 1000);
            p.birth_year = 1940 + static_cast<int>(rng() % 70);
            p.phone = "06" + std::to_string(10000000 + rng() % 89999999);
            storage::SavePerson(db, p);
        }
        tx.commit();
    }
    std::printf("setup: %d people inserted in %.0f ms\n", people, Ms(Clock_::now() - t0));

    const char* const queries[] = {"fat", "ELO", "kaya12", "lea mor", "ines", "moh ben", "chlo", "kov",
                                   "francoise", "amin", "naD", "mart99"};
    std::vector<double> times;
    size_t found = 0;
    for (int round = 0; round < 50; ++round)
        for (const char* q : queries) {
            const auto s = Clock_::now();
            found += storage::SearchPeople(db, q, 20).size();
            times.push_back(Ms(Clock_::now() - s));
        }
    std::sort(times.begin(), times.end());
    std::printf("person search over %d people (%zu queries, 20 results max): median %.3f ms, p99 %.3f ms, max %.3f ms (%zu hits)\n",
                people, times.size(), times[times.size() / 2], times[times.size() * 99 / 100], times.back(), found);

    // Bookings: each Book() is one durable transaction (synchronous=FULL).
    Activity a;
    a.site_id = "s";
    a.title = "Soirée jeux";
    a.capacity = 500;
    a.rule = {5, "18:30", "21:00", "2099-01-02", "2099-01-02", {}};
    const Id session = storage::SessionsOfActivity(db, *SaveActivityAndSessions(db, a)).at(0).id;
    std::vector<Id> ids;
    {
        SQLite::Statement st(db.sql(), "SELECT id FROM person LIMIT 400");
        while (st.executeStep()) ids.push_back(st.getColumn(0).getString());
    }
    // Raw SQLite on the same disk with the same durability: one row, one commit. The two are
    // measured in alternating batches, so a disk that slows down or speeds up during the run
    // weighs on both alike.
    SQLite::Database raw((dir / "raw.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
    double book_ms = 0, raw_ms = 0;
    constexpr size_t kBatch = 25;
    for (size_t from = 0; from < ids.size(); from += kBatch) {
        const size_t to = std::min(ids.size(), from + kBatch);
        t0 = Clock_::now();
        for (size_t i = from; i < to; ++i) (void)Book(db, "s", {session, ids[i], 1, BookingSource::Staff, true});
        book_ms += Ms(Clock_::now() - t0);
        t0 = Clock_::now();
        for (size_t i = from; i < to; ++i) {
            SQLite::Transaction tx(raw);
            SQLite::Statement st(raw, "INSERT INTO t(v) VALUES(?)");
            st.bind(1, ids[i]);
            st.exec();
            tx.commit();
        }
        raw_ms += Ms(Clock_::now() - t0);
    }
    const double book_per_s = static_cast<double>(ids.size()) / (book_ms / 1000.0);
    const double raw_per_s = static_cast<double>(ids.size()) / (raw_ms / 1000.0);
    std::printf("bookings: %.0f per second; raw SQLite single-row commits: %.0f per second; ratio %.2f\n",
                book_per_s, raw_per_s, book_per_s / raw_per_s);
    std::filesystem::remove_all(dir);
    return 0;
}
