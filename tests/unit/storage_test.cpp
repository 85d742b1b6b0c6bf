#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include <fstream>
#include <iterator>

#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/Schema.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

TEST(Storage, MigratesAnEmptyFileAndSetsPragmas) {
    TempDir dir;
    storage::Database db(dir.File("k.db"), FixedClock(TestMomentMs()));
    EXPECT_EQ(db.schema_version(), storage::CurrentSchemaVersion());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.sql().execAndGet("PRAGMA synchronous").getInt(), 2);  // FULL
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA secure_delete").getInt(), 1);
    for (const char* table : {"site", "person", "visit", "orientation", "partner", "activity",
                              "session", "booking", "staff", "audit", "settings", "journal", "survey"})
        EXPECT_TRUE(db.sql().tableExists(table)) << table;
    EXPECT_FALSE(db.device_id().empty());
}

// The real migrations plus one that counts how often it runs.
static std::vector<const char*> CountingMigrations() {
    auto list = storage::Migrations();
    list.push_back(
        "INSERT OR REPLACE INTO meta(key, value) VALUES('test_migration_runs',"
        " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'test_migration_runs'), 0) + 1)");
    return list;
}

static int MigrationRuns(storage::Database& db) {
    return db.sql().execAndGet("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'test_migration_runs'").getInt();
}

static bool AnyBackupBeside(const std::string& path) {
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
        if (e.path().filename().string().find(".before-v") != std::string::npos) return true;
    return false;
}

TEST(Storage, ReopeningKeepsDeviceIdAndDoesNotMigrateAgain) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    storage::OpenOptions options;
    options.migrations = CountingMigrations();
    const int version = static_cast<int>(options.migrations.size());
    std::string id;
    {
        storage::Database db(path, FixedClock(TestMomentMs()), options);
        id = db.device_id();
        EXPECT_EQ(MigrationRuns(db), 1);
        storage::Transaction tx(db.sql());
        Person p;
        p.site_id = "s";
        p.first_name = "Awa";
        storage::SavePerson(db, p);
        tx.commit();
    }
    storage::Database again(path, FixedClock(TestMomentMs()), options);
    EXPECT_EQ(again.device_id(), id);
    EXPECT_EQ(again.schema_version(), version);
    EXPECT_EQ(MigrationRuns(again), 1) << "the migrations ran again";
    EXPECT_TRUE(again.migration_backup().empty());
    EXPECT_FALSE(AnyBackupBeside(path)) << "a copy was made although nothing was migrated";
    EXPECT_EQ(storage::CountPeople(again), 1);
    EXPECT_EQ(storage::JournalCount(again), 1);
}

TEST(Storage, NewFilesCarryPaliersApplicationId) {
    TempDir dir;
    storage::Database db(dir.File("k.db"), FixedClock(TestMomentMs()));
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), storage::kApplicationId);
}

TEST(Storage, UpgradingKeepsACopyOfTheOlderFileBesideIt) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    const int old_version = storage::CurrentSchemaVersion();
    {
        storage::Database db(path, FixedClock(TestMomentMs()));
        storage::Transaction tx(db.sql());
        Person p;
        p.site_id = "s";
        p.first_name = "Awa";
        storage::SavePerson(db, p);
        tx.commit();
    }
    storage::OpenOptions newer;
    newer.migrations = CountingMigrations();
    {
        storage::Database db(path, FixedClock(TestMomentMs()), newer);
        EXPECT_EQ(db.schema_version(), old_version + 1);
        EXPECT_EQ(db.migration_backup(), storage::BackupPathBeforeMigration(path, old_version + 1));
        EXPECT_EQ(MigrationRuns(db), 1);
    }
    const std::string copy = storage::BackupPathBeforeMigration(path, old_version + 1);
    ASSERT_TRUE(std::filesystem::exists(copy));
    storage::OpenOptions read;
    read.read_only = true;
    storage::Database before(copy, FixedClock(TestMomentMs()), read);
    EXPECT_EQ(before.schema_version(), old_version);
    EXPECT_EQ(storage::CountPeople(before), 1);
    EXPECT_EQ(storage::IntegrityCheck(before), "ok");
}

TEST(Storage, AFailedUpgradeLeavesTheFileAsItWasAndKeepsTheCopy) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        storage::Database db(path, FixedClock(TestMomentMs()));
        storage::Transaction tx(db.sql());
        Person p;
        p.site_id = "s";
        p.first_name = "Awa";
        storage::SavePerson(db, p);
        tx.commit();
    }
    const std::string before = ReadAll(path);
    storage::OpenOptions broken;
    broken.migrations = storage::Migrations();
    broken.migrations.push_back("CREATE TABLE half_done(x); INSERT INTO no_such_table VALUES(1);");
    try {
        storage::Database db(path, FixedClock(TestMomentMs()), broken);
        FAIL() << "a failing migration was accepted";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageErrorKind::UpgradeFailed) << e.what();
    }
    EXPECT_EQ(ReadAll(path), before);
    storage::Database db(path, FixedClock(TestMomentMs()));
    EXPECT_EQ(db.schema_version(), storage::CurrentSchemaVersion());
    EXPECT_FALSE(db.sql().tableExists("half_done"));
    EXPECT_EQ(storage::CountPeople(db), 1);
    const std::string copy = storage::BackupPathBeforeMigration(path, storage::CurrentSchemaVersion() + 1);
    ASSERT_TRUE(std::filesystem::exists(copy));
    storage::OpenOptions read;
    read.read_only = true;
    storage::Database kept(copy, FixedClock(TestMomentMs()), read);
    EXPECT_EQ(storage::CountPeople(kept), 1);
}

TEST(Storage, RefusesANewerSchemaAndLeavesTheFileUntouched) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        storage::Database db(path, FixedClock(TestMomentMs()));
        db.sql().exec("PRAGMA user_version = 99");
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string before = ReadAll(path);
    const auto mtime = std::filesystem::last_write_time(path);
    try {
        storage::Database db(path, FixedClock(TestMomentMs()));
        FAIL() << "a newer schema was accepted";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageErrorKind::NewerSchema);
        EXPECT_NE(std::string(e.what()).find("99"), std::string::npos);
    }
    EXPECT_EQ(ReadAll(path), before);
    EXPECT_EQ(std::filesystem::last_write_time(path), mtime);
}


// Opening `path` is refused with `kind`, and the file keeps its bytes and its mtime.
static void ExpectRefusedAndUntouched(const std::string& path, storage::StorageErrorKind kind) {
    const std::string before = ReadAll(path);
    const auto mtime = std::filesystem::last_write_time(path);
    try {
        storage::Database db(path, FixedClock(TestMomentMs()));
        ADD_FAILURE() << path << " was accepted";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
    }
    EXPECT_EQ(ReadAll(path), before);
    EXPECT_EQ(std::filesystem::last_write_time(path), mtime);
}

TEST(Storage, RefusesAFileThatIsNotSqliteAndDoesNotOverwriteIt) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << "this is not a database, just a file someone copied here by mistake";
    }
    ExpectRefusedAndUntouched(path, storage::StorageErrorKind::NotADatabase);
}

TEST(Storage, DamagedPagesAreReportedAndTheFileIsLeftAsItIs) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        storage::Database db(path, FixedClock(TestMomentMs()));
        storage::Transaction tx(db.sql());
        for (int i = 0; i < 300; ++i) {
            Person p;
            p.site_id = "s";
            p.first_name = "Personne " + std::to_string(i);
            storage::SavePerson(db, p);
        }
        tx.commit();
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        // Scribble over the middle of the file (past the header).
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        const std::string junk(4096 * 4, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    ExpectRefusedAndUntouched(path, storage::StorageErrorKind::Corrupt);
}

class StorageDb : public DbTest {};

// Counted from a second connection: what another process would find in the file.
static int64_t CountFromOutside(const std::string& path, const char* table) {
    SQLite::Database other(path, SQLite::OPEN_READONLY);
    return other.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
}

TEST_F(StorageDb, EveryWriteJournalsInItsTransaction) {
    const std::string path = dir.File("palier.db");
    const auto before = CountFromOutside(path, "journal");
    {
        storage::Transaction tx(db->sql());
        Person p;
        p.site_id = site;
        p.first_name = "Léa";
        storage::SavePerson(*db, p);
        // no commit: rolled back with its journal entry
    }
    EXPECT_EQ(CountFromOutside(path, "journal"), before);
    EXPECT_EQ(CountFromOutside(path, "person"), 0);
    {
        storage::Transaction tx(db->sql());
        Person p;
        p.site_id = site;
        p.first_name = "Léa";
        storage::SavePerson(*db, p);
        // Not yet visible outside: the person and the journal entry arrive together.
        EXPECT_EQ(CountFromOutside(path, "journal"), before);
        EXPECT_EQ(CountFromOutside(path, "person"), 0);
        tx.commit();
    }
    EXPECT_EQ(CountFromOutside(path, "journal"), before + 1);
    EXPECT_EQ(CountFromOutside(path, "person"), 1);
    const auto entries = storage::JournalAfter(*db, 0, 10);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].kind, "person");
    EXPECT_NE(entries[0].payload.find("Léa"), std::string::npos);
}

TEST_F(StorageDb, AWriteTransactionTakesTheWriteLockAtOnce) {
    SQLite::Database other(dir.File("palier.db"), SQLite::OPEN_READWRITE);
    other.exec("PRAGMA busy_timeout = 0");
    {
        storage::Transaction tx(db->sql());  // nothing written yet
        try {
            other.exec("BEGIN IMMEDIATE");
            other.exec("ROLLBACK");
            ADD_FAILURE() << "a second writer got the lock inside a storage::Transaction";
        } catch (const SQLite::Exception& e) {
            EXPECT_EQ(e.getErrorCode(), SQLITE_BUSY) << e.what();
        }
    }
    other.exec("BEGIN IMMEDIATE");  // released by the rollback
    other.exec("ROLLBACK");
}

TEST_F(StorageDb, HlcIsStrictlyIncreasingEvenWhenTheClockStands) {
    Hlc last = 0;
    for (int i = 0; i < 1000; ++i) {
        const Hlc h = db->NextHlc();
        EXPECT_GT(h, last);
        last = h;
    }
    db->ObserveHlc(last + 1'000'000);
    EXPECT_GT(db->NextHlc(), last + 1'000'000);
}

class Search : public DbTest {
protected:
    void Add(const char* first, const char* last, int year, const char* phone) {
        storage::Transaction tx(db->sql());
        Person p;
        p.site_id = site;
        p.first_name = first;
        p.last_name = last;
        p.birth_year = year;
        p.phone = phone;
        storage::SavePerson(*db, p);
        tx.commit();
    }
    void SetUp() override {
        DbTest::SetUp();
        Add("Fatima", "Benaïssa", 1985, "0612345678");
        Add("Élodie", "Martin", 1990, "0698761234");
        Add("Jean-Pierre", "Lefèvre", 1960, "");
        Add("Fatoumata", "Diallo", 1979, "0711112222");
    }
};

TEST_F(Search, PrefixIsAccentAndCaseInsensitive) {
    auto r = storage::SearchPeople(*db, "elo");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].first_name, "Élodie");
    EXPECT_EQ(r[0].last_initial, "M");
    EXPECT_EQ(storage::SearchPeople(*db, "FAT").size(), 2u);
    EXPECT_EQ(storage::SearchPeople(*db, "benaiss").size(), 1u);
    EXPECT_EQ(storage::SearchPeople(*db, "lefe").size(), 1u);
}

TEST_F(Search, EveryWordMustMatch) {
    EXPECT_EQ(storage::SearchPeople(*db, "fat dia").size(), 1u);
    EXPECT_EQ(storage::SearchPeople(*db, "jean pierre").size(), 1u);
    EXPECT_EQ(storage::SearchPeople(*db, "pierre").size(), 0u);  // a prefix of words, not inside
    EXPECT_EQ(storage::SearchPeople(*db, "fat martin").size(), 0u);
    EXPECT_EQ(storage::SearchPeople(*db, "   ").size(), 0u);
}

TEST_F(Search, ByLastFourDigitsOfThePhone) {
    auto r = storage::FindByPhoneLast4(*db, "1234");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].first_name, "Élodie");
    EXPECT_TRUE(storage::FindByPhoneLast4(*db, "9999").empty());
    EXPECT_TRUE(storage::FindByPhoneLast4(*db, "12").empty());
}
