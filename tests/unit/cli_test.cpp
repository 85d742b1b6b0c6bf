// `palier` as coordinators and installers run it: the real binary, a real database file in a
// temp folder, exit codes and the words on stdout/stderr. The binary runs at the test's moment
// (--now), never at the wall clock's.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/Demo.h"
#include "kiosk/FrontDesk.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "cli_support.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;
namespace fs = std::filesystem;

namespace {

class Cli : public DbTest {
protected:
    // Runs `palier --data <dir> args...` and waits for it.
    CliRun Palier(const std::vector<std::string>& args, const std::string& data_dir = {}) {
        return RunPalier(PALIER_CLI, data_dir.empty() ? dir.path.string() : data_dir, NowStamp(clock.clock()), args,
                         dir.path.string());
    }
    std::string DbPath() const { return dir.File("palier.db"); }
    void WriteFile(const std::string& name, const std::string& bytes) {
        std::ofstream(dir.File(name), std::ios::binary) << bytes;
    }
    int64_t AuditCount() { return db->sql().execAndGet("SELECT count(*) FROM audit").getInt64(); }
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_F(Cli, CheckReportsIntegrityVersionAndJournalWaiting) {
    RegisterOn("Awa", "Diallo", 1985);
    RegisterOn("Léa", "Martin", 1990);
    const CliRun fr = Palier({"check"});
    EXPECT_EQ(fr.code, 0) << fr.err;
    EXPECT_TRUE(Has(fr.out, "Intégrité : ok")) << fr.out;
    EXPECT_TRUE(Has(fr.out, "Version des données : " + std::to_string(storage::CurrentSchemaVersion()))) << fr.out;
    EXPECT_TRUE(Has(fr.out, "en attente d'envoi au serveur : " + std::to_string(storage::JournalCount(*db))))
        << fr.out;
    const CliRun en = Palier({"--lang", "en", "check"});
    EXPECT_EQ(en.code, 0);
    EXPECT_TRUE(Has(en.out, "Integrity: ok")) << en.out;
    EXPECT_TRUE(Has(en.out, "All is well.")) << en.out;
}

TEST_F(Cli, CheckOnADamagedFileFailsAndLeavesItAsItIs) {
    TempDir other;
    const std::string path = other.File("palier.db");
    {
        storage::Database d(path, FixedClock(TestMomentMs()));
        storage::Transaction tx(d.sql());
        for (int i = 0; i < 300; ++i) {
            Person p;
            p.site_id = "s";
            p.first_name = "Personne " + std::to_string(i);
            storage::SavePerson(d, p);
        }
        tx.commit();
    }
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        const std::string junk(4096 * 4, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const std::string before = ReadAll(path);
    const auto mtime = fs::last_write_time(path);
    const CliRun r = Palier({"check"}, other.path.string());
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(Has(r.err, "endommagé")) << r.err;
    EXPECT_EQ(ReadAll(path), before);
    EXPECT_EQ(fs::last_write_time(path), mtime);
}

// The kiosk keeps booking from another connection while the backups run; every copy is whole.
TEST_F(Cli, BackupWhileTheKioskKeepsBooking) {
    DemoOptions demo;
    demo.fast_pins = true;
    demo.residents = 10;
    ASSERT_TRUE(CreateDemoData(*db, Today(clock.clock()), demo));
    Id session;
    for (int week_ahead = 0; week_ahead < 2 && session.empty(); ++week_ahead) {
        auto week = WeekProgramme(*db, AddDays(MondayOf(Today(clock.clock())), 7 * week_ahead));
        ASSERT_TRUE(week.ok());
        for (const auto& v : *week)
            if (v.activity.age_min <= 40 && (v.activity.age_max == 0 || v.activity.age_max >= 40) &&
                !v.activity.needs_guardian && !v.session.cancelled && v.session.start > NowStamp(clock.clock()) &&
                v.activity.kind != ActivityKind::HomeworkHelp)
                session = v.session.id;
    }
    ASSERT_FALSE(session.empty()) << "no session an adult can book in the demo's next two weeks";

    std::atomic<bool> stop{false};
    std::atomic<int> booked{0};
    std::thread writer([&] {
        storage::Database kiosk(DbPath(), clock.clock());
        for (int i = 0; !stop; ++i) {
            NewPerson in;
            in.first_name = "Visiteur";
            in.last_name = "N" + std::to_string(i);
            in.birth_year = 1986;
            auto id = RegisterPerson(kiosk, site, in);
            if (!id) continue;
            BookRequest req;
            req.session_id = session;
            req.person_id = *id;
            req.join_waitlist = true;
            if (Book(kiosk, site, req).ok()) ++booked;
        }
    });
    while (booked < 5) std::this_thread::yield();
    std::vector<std::string> copies;
    for (int i = 0; i < 3; ++i) {
        const int at_start = booked;
        const std::string copy = dir.File("copy" + std::to_string(i) + ".db");
        const CliRun r = Palier({"backup", "--out", copy});
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_TRUE(Has(r.out, "Sauvegarde enregistrée")) << r.out;
        EXPECT_GT(booked.load(), at_start) << "the writer was held up by the backup";
        copies.push_back(copy);
    }
    stop = true;
    writer.join();
    for (const auto& copy : copies) {
        SQLite::Database raw(copy, SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok") << copy;
        SQLite::Statement foreign_keys(raw, "PRAGMA foreign_key_check");
        EXPECT_FALSE(foreign_keys.executeStep()) << copy;
        storage::OpenOptions read;
        read.read_only = true;
        storage::Database opened(copy, clock.clock(), read);
        const auto bookings = opened.sql().execAndGet("SELECT count(*) FROM booking").getInt64();
        EXPECT_GT(bookings, 0);
        EXPECT_LE(bookings, db->sql().execAndGet("SELECT count(*) FROM booking").getInt64());
        EXPECT_FALSE(fs::exists(copy + ".partial"));
    }
}

TEST_F(Cli, BackupNeverOverwritesTheDatabaseItself) {
    RegisterOn("Awa", "Diallo", 1985);
    const CliRun r = Palier({"backup", "--out", DbPath()});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(Has(r.err, "ne peut pas remplacer")) << r.err;
    EXPECT_EQ(storage::CountPeople(*db), 1);
}

TEST_F(Cli, PrivacyExportAndErase) {
    const Id awa = RegisterOn("Awa", "Diallo", 1985);
    const CliRun exported = Palier({"privacy", "export", "--person", awa});
    EXPECT_EQ(exported.code, 0) << exported.err;
    EXPECT_TRUE(Has(exported.out, "\"Diallo\"")) << exported.out;
    const CliRun to_file = Palier({"privacy", "export", "--person", awa, "--out", dir.File("awa.json")});
    EXPECT_EQ(to_file.code, 0) << to_file.err;
    EXPECT_TRUE(Has(ReadAll(dir.File("awa.json")), "\"Diallo\""));

    const CliRun erased = Palier({"privacy", "erase", "--person", awa});
    EXPECT_EQ(erased.code, 0) << erased.err;
    EXPECT_TRUE(storage::LoadPerson(*db, awa)->erased);
    const CliRun twice = Palier({"privacy", "erase", "--person", awa});
    EXPECT_EQ(twice.code, 1);
    EXPECT_FALSE(twice.err.empty());
}

TEST_F(Cli, BadIdsAreASentenceAndExitOne) {
    RegisterOn("Awa", "Diallo", 1985);
    const auto journal = storage::JournalCount(*db);
    for (const char* sub : {"export", "erase"}) {
        const CliRun r = Palier({"privacy", sub, "--person", "no-such-person"});
        EXPECT_EQ(r.code, 1) << sub;
        EXPECT_FALSE(r.err.empty()) << sub;
        EXPECT_FALSE(Has(r.err, "err.")) << r.err;  // words, not a key
    }
    EXPECT_EQ(storage::JournalCount(*db), journal);
}

TEST_F(Cli, PurgeDryRunListsMaskedLabelsAndWritesNothing) {
    const Id old = RegisterOn("Gisèle", "Moreau", 1950, "2001-03-04");
    const Id recent = RegisterOn("Awa", "Diallo", 1985, FormatDate(AddDays(Today(clock.clock()), -30)));
    const auto journal = storage::JournalCount(*db);
    const auto audit = AuditCount();
    const CliRun dry = Palier({"privacy", "purge", "--dry-run"});
    EXPECT_EQ(dry.code, 0) << dry.err;
    EXPECT_TRUE(Has(dry.out, old + "  Gisèle M., né·e en 1950")) << dry.out;
    EXPECT_TRUE(Has(dry.out, "1 personne(s)")) << dry.out;
    EXPECT_FALSE(Has(dry.out, "Moreau"));
    EXPECT_FALSE(Has(dry.out, "Awa"));
    EXPECT_EQ(storage::JournalCount(*db), journal);
    EXPECT_EQ(AuditCount(), audit);
    EXPECT_FALSE(storage::LoadPerson(*db, old)->erased);

    const CliRun real = Palier({"--lang", "en", "privacy", "purge"});
    EXPECT_EQ(real.code, 0) << real.err;
    EXPECT_TRUE(Has(real.out, "1 person(s)")) << real.out;
    EXPECT_TRUE(storage::LoadPerson(*db, old)->erased);
    EXPECT_FALSE(storage::LoadPerson(*db, recent)->erased);
}

TEST_F(Cli, PeopleFindShowsIdsAndMaskedLabelsOnly) {
    const Id fatima = RegisterOn("Fatima", "Benaïssa", 1985);
    RegisterOn("Élodie", "Martin", 1990);
    const CliRun r = Palier({"people", "find", "fat"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, fatima + "  Fatima B., né·e en 1985\n");
    const CliRun none = Palier({"--lang", "en", "people", "find", "zzz"});
    EXPECT_EQ(none.code, 0);
    EXPECT_TRUE(Has(none.out, "Nobody matches")) << none.out;
}

TEST_F(Cli, ImportWindows1252AndUtf8WithBom) {
    WriteFile("excel.csv",
              "Pr\xE9nom;Nom;Ann\xE9" "e de naissance;T\xE9l\xE9phone\r\n"
              "H\xE9l\xE8ne;L\xE9vy;1975;06 12 34 56 78\r\n"
              "\"Jean; dit \"\"Jeannot\"\"\";Le Goff;1960;\r\n");
    const CliRun cp1252 = Palier({"people", "import", dir.File("excel.csv")});
    EXPECT_EQ(cp1252.code, 0) << cp1252.err;
    EXPECT_TRUE(Has(cp1252.out, "2 personne(s) importée(s)")) << cp1252.out;
    ASSERT_EQ(storage::SearchPeople(*db, "helene levy").size(), 1u);
    EXPECT_EQ(storage::SearchPeople(*db, "helene")[0].first_name, "Hélène");
    ASSERT_EQ(storage::SearchPeople(*db, "jean").size(), 1u);
    EXPECT_EQ(storage::SearchPeople(*db, "jean")[0].first_name, "Jean; dit \"Jeannot\"");

    WriteFile("libre.csv", "\xEF\xBB\xBF" "first name,last name,birth year\nZoé,Nguyen,2001\n");
    const CliRun utf8 = Palier({"--lang", "en", "people", "import", dir.File("libre.csv")});
    EXPECT_EQ(utf8.code, 0) << utf8.err;
    EXPECT_TRUE(Has(utf8.out, "1 person(s) imported")) << utf8.out;
    EXPECT_EQ(storage::CountPeople(*db), 3);
}

TEST_F(Cli, ImportWithABadRowWritesNothing) {
    RegisterOn("Awa", "Diallo", 1985);
    const auto journal = storage::JournalCount(*db);
    WriteFile("bad.csv", "prénom;nom;année de naissance\nLéa;Martin;1990\n;Sans prénom;1980\nAli;Ben;3000\n");
    const CliRun r = Palier({"people", "import", dir.File("bad.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(Has(r.err, "ligne 3 : Prénom : à remplir.")) << r.err;
    EXPECT_TRUE(Has(r.err, "ligne 4 : ")) << r.err;
    EXPECT_TRUE(Has(r.err, "Rien n'a été importé : 2 ligne(s) refusée(s)")) << r.err;
    EXPECT_EQ(storage::CountPeople(*db), 1);
    EXPECT_EQ(storage::JournalCount(*db), journal);
}

TEST_F(Cli, UsageErrorsAndMissingFiles) {
    const CliRun unknown = Palier({"frobnicate"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(Has(unknown.err, "« frobnicate » n'est pas compris")) << unknown.err;
    EXPECT_EQ(Palier({"backup"}).code, 2);
    EXPECT_EQ(Palier({"privacy", "erase", "--person"}).code, 2);
    EXPECT_EQ(Palier({"privacy", "forget"}).code, 2);
    EXPECT_EQ(Palier({"people"}).code, 2);
    EXPECT_EQ(Palier({"--lang", "xx", "check"}).code, 2);

    const CliRun no_csv = Palier({"people", "import", dir.File("nope.csv")});
    EXPECT_EQ(no_csv.code, 1);
    EXPECT_TRUE(Has(no_csv.err, "n'existe pas")) << no_csv.err;

    const CliRun no_db = Palier({"--lang", "en", "check"}, dir.File("empty-folder"));
    EXPECT_EQ(no_db.code, 1);
    EXPECT_TRUE(Has(no_db.err, "There is no data file here")) << no_db.err;
    EXPECT_FALSE(fs::exists(dir.File("empty-folder")));
}

// Another process holds the write lock: the import waits, then says so, and writes nothing.
TEST_F(Cli, ALockedDatabaseIsRefusedAndNothingIsHalfWritten) {
    RegisterOn("Awa", "Diallo", 1985);
    WriteFile("ok.csv", "prénom;nom\nLéa;Martin\nZoé;Nguyen\n");
    SQLite::Database other(DbPath(), SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    const CliRun r = Palier({"people", "import", dir.File("ok.csv")});
    other.exec("ROLLBACK");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(Has(r.err, "occupées par un autre programme")) << r.err;
    EXPECT_EQ(storage::CountPeople(*db), 1);
    const CliRun again = Palier({"people", "import", dir.File("ok.csv")});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(storage::CountPeople(*db), 3);
}
