#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "storage/Schema.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

static std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(Storage, MigratesAnEmptyFileAndSetsPragmas) {
    TempDir dir;
    storage::Database db(dir.File("k.db"));
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

TEST(Storage, ReopeningKeepsDeviceIdAndDoesNotMigrateAgain) {
    TempDir dir;
    std::string id;
    {
        storage::Database db(dir.File("k.db"));
        id = db.device_id();
    }
    storage::Database again(dir.File("k.db"));
    EXPECT_EQ(again.device_id(), id);
}

TEST(Storage, RefusesANewerSchemaAndLeavesTheFileUntouched) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        storage::Database db(path);
        db.sql().exec("PRAGMA user_version = 99");
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string before = ReadAll(path);
    try {
        storage::Database db(path);
        FAIL() << "a newer schema was accepted";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageErrorKind::NewerSchema);
        EXPECT_NE(std::string(e.what()).find("99"), std::string::npos);
    }
    EXPECT_EQ(ReadAll(path), before);
}

TEST(Storage, DetectsACorruptFileAndDoesNotOverwriteIt) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << "this is not a database, just a file someone copied here by mistake";
    }
    const std::string before = ReadAll(path);
    try {
        storage::Database db(path);
        FAIL() << "a corrupt file was accepted";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageErrorKind::Corrupt);
    }
    EXPECT_EQ(ReadAll(path), before);
}

TEST(Storage, DamagedPagesAreReported) {
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
        storage::Database db(path);
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
    EXPECT_THROW(storage::Database db(path), storage::StorageError);
}

class StorageDb : public DbTest {};

TEST_F(StorageDb, EveryWriteJournalsInItsTransaction) {
    const auto before = storage::JournalCount(*db);
    {
        storage::Transaction tx(db->sql());
        Person p;
        p.site_id = site;
        p.first_name = "Léa";
        storage::SavePerson(*db, p);
        // no commit: rolled back with its journal entry
    }
    EXPECT_EQ(storage::JournalCount(*db), before);
    EXPECT_EQ(storage::CountPeople(*db), 0);
    {
        storage::Transaction tx(db->sql());
        Person p;
        p.site_id = site;
        p.first_name = "Léa";
        storage::SavePerson(*db, p);
        tx.commit();
    }
    const auto entries = storage::JournalAfter(*db, 0, 10);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].kind, "person");
    EXPECT_NE(entries[0].payload.find("Léa"), std::string::npos);
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
