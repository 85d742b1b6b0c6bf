// Opening the database: every file that cannot be used is refused with its own kind and a
// sentence for the person, and keeps its bytes and its mtime.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "kiosk/DataDir.h"
#include "kiosk/FrontDesk.h"
#include "kiosk/I18n.h"
#include "kiosk/ServiceEdge.h"
#include "storage/PersonStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;
namespace fs = std::filesystem;

namespace {

// Bytes and mtime of a file, to show it was not touched.
struct Snapshot {
    std::string bytes;
    fs::file_time_type mtime;
    explicit Snapshot(const std::string& path) : bytes(ReadAll(path)), mtime(fs::last_write_time(path)) {}
    bool operator==(const Snapshot& o) const { return bytes == o.bytes && mtime == o.mtime; }
};

// Opens and returns the kind of refusal; fails the test when the file is accepted.
storage::StorageErrorKind RefusalOf(const std::string& path, storage::OpenOptions options = {}) {
    try {
        storage::Database db(path, FixedClock(TestMomentMs()), std::move(options));
    } catch (const storage::StorageError& e) {
        return e.kind();
    }
    ADD_FAILURE() << path << " was accepted";
    return storage::StorageErrorKind::Failed;
}

// Another program's database: its own application_id, its own tables.
void MakeForeignFile(const std::string& path, int app_id) {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    if (app_id != 0) other.exec("PRAGMA application_id = " + std::to_string(app_id));
    other.exec("CREATE TABLE recipes (name TEXT, minutes INTEGER)");
    other.exec("INSERT INTO recipes VALUES ('tajine', 90)");
}

class DatabaseOpen : public ::testing::Test {
protected:
    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        SetLanguage(Lang::Fr);
    }
    TempDir dir;
};

}  // namespace

TEST_F(DatabaseOpen, AnotherProgramsApplicationIdIsRefusedAndUntouched) {
    const std::string path = dir.File("palier.db");
    MakeForeignFile(path, 0x46697265);
    const Snapshot before(path);
    EXPECT_EQ(RefusalOf(path), storage::StorageErrorKind::Foreign);
    EXPECT_TRUE(Snapshot(path) == before);
}

TEST_F(DatabaseOpen, ASqliteFileWithOtherTablesIsRefusedAndUntouched) {
    const std::string path = dir.File("palier.db");
    MakeForeignFile(path, 0);
    const Snapshot before(path);
    EXPECT_EQ(RefusalOf(path), storage::StorageErrorKind::Foreign);
    EXPECT_TRUE(Snapshot(path) == before);
    auto r = OpenKioskDatabase(dir.path.string());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.db_foreign");
    EXPECT_NE(Describe(r.problem()).find("appartient à un autre programme"), std::string::npos);
    EXPECT_NE(Describe(r.problem()).find(path), std::string::npos);
    EXPECT_TRUE(Snapshot(path) == before);
}

TEST_F(DatabaseOpen, AFolderWhereTheFileShouldBeIsRefused) {
    fs::create_directories(dir.File("palier.db"));
    EXPECT_EQ(RefusalOf(dir.File("palier.db")), storage::StorageErrorKind::IsFolder);
    EXPECT_TRUE(fs::is_empty(dir.File("palier.db")));
    auto r = OpenKioskDatabase(dir.path.string());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.db_is_folder");
}

TEST_F(DatabaseOpen, AMissingFolderIsRefusedWithoutCreatingIt) {
    const std::string path = dir.File("nowhere/palier.db");
    EXPECT_EQ(RefusalOf(path), storage::StorageErrorKind::CannotOpen);
    EXPECT_FALSE(fs::exists(dir.File("nowhere")));
}

TEST_F(DatabaseOpen, AFolderThatCannotBeCreatedIsASentence) {
    // A data folder under a plain file cannot be created, whoever runs the test.
    { std::ofstream(dir.File("plain-file")) << "x"; }
    auto r = OpenKioskDatabase(dir.File("plain-file/palier"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.db_folder");
    EXPECT_NE(Describe(r.problem()).find("ne peut pas être créé"), std::string::npos);
}

// Permissions mean nothing to root: these two run only as an ordinary user.
TEST_F(DatabaseOpen, AFolderThatCannotBeWrittenIsASentence) {
    if (geteuid() == 0) GTEST_SKIP() << "root writes everywhere";
    fs::create_directories(dir.File("locked"));
    fs::permissions(dir.File("locked"), fs::perms::owner_read | fs::perms::owner_exec);
    auto r = OpenKioskDatabase(dir.File("locked"));
    fs::permissions(dir.File("locked"), fs::perms::owner_all);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.db_open");
    EXPECT_FALSE(fs::exists(dir.File("locked/palier.db")));
}

TEST_F(DatabaseOpen, AFileThatCannotBeWrittenIsRefusedAndUntouched) {
    if (geteuid() == 0) GTEST_SKIP() << "root writes everywhere";
    const std::string path = dir.File("palier.db");
    { storage::Database db(path, FixedClock(TestMomentMs())); }
    fs::permissions(path, fs::perms::owner_read);
    const Snapshot before(path);
    EXPECT_EQ(RefusalOf(path), storage::StorageErrorKind::CannotOpen);
    EXPECT_TRUE(Snapshot(path) == before);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(DatabaseOpen, AFileThatCannotBeReadIsNotCalledForeignOrDamaged) {
    if (geteuid() == 0) GTEST_SKIP() << "root reads everything";
    const std::string path = dir.File("palier.db");
    { storage::Database db(path, FixedClock(TestMomentMs())); }
    fs::permissions(path, fs::perms::none);
    EXPECT_EQ(RefusalOf(path), storage::StorageErrorKind::CannotOpen);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(DatabaseOpen, MustExistRefusesAMissingFileWithoutCreatingOne) {
    storage::OpenOptions o;
    o.must_exist = true;
    EXPECT_EQ(RefusalOf(dir.File("palier.db"), o), storage::StorageErrorKind::Missing);
    EXPECT_FALSE(fs::exists(dir.File("palier.db")));
}

TEST_F(DatabaseOpen, EachRefusalHasItsOwnSentence) {
    using K = storage::StorageErrorKind;
    std::set<std::string> keys;
    for (K k : {K::CannotOpen, K::Missing, K::IsFolder, K::NotADatabase, K::Corrupt, K::NewerSchema,
                K::Foreign, K::Busy, K::UpgradeFailed}) {
        const std::string key = OpenProblemKey(k);
        keys.insert(key);
        for (Lang lang : {Lang::Fr, Lang::En}) EXPECT_TRUE(HasKey(key, lang)) << key;
    }
    EXPECT_EQ(keys.size(), 9u);
}

TEST_F(DatabaseOpen, AnEmptyFileBecomesANewDatabase) {
    const std::string path = dir.File("palier.db");
    { std::ofstream(path, std::ios::binary); }
    storage::Database db(path, FixedClock(TestMomentMs()));
    EXPECT_EQ(db.schema_version(), storage::CurrentSchemaVersion());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), storage::kApplicationId);
}

TEST_F(DatabaseOpen, AnOlderPalierFileWithoutApplicationIdIsAdopted) {
    const std::string path = dir.File("palier.db");
    {
        storage::Database db(path, FixedClock(TestMomentMs()));
        db.sql().exec("PRAGMA application_id = 0");
    }
    storage::Database db(path, FixedClock(TestMomentMs()));
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), storage::kApplicationId);
}

TEST_F(DatabaseOpen, ReadOnlyNeverWrites) {
    const std::string path = dir.File("palier.db");
    { storage::Database db(path, FixedClock(TestMomentMs())); }
    const Snapshot before(path);
    storage::OpenOptions o;
    o.read_only = true;
    storage::Database db(path, FixedClock(TestMomentMs()), o);
    EXPECT_THROW(db.sql().exec("INSERT INTO settings VALUES('x', 'y')"), SQLite::Exception);
    EXPECT_TRUE(Snapshot(path) == before);
}

// Another process holds the write lock: the write waits, then comes back as a sentence.
TEST_F(DatabaseOpen, AWriteLockHeldElsewhereIsTheBusySentence) {
    const std::string path = dir.File("palier.db");
    { storage::Database db(path, FixedClock(TestMomentMs())); }
    storage::OpenOptions o;
    o.busy_timeout_ms = 50;
    storage::Database db(path, FixedClock(TestMomentMs()), o);
    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    NewPerson in;
    in.first_name = "Awa";
    auto r = RegisterPerson(db, "s", in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.db_busy");
    other.exec("ROLLBACK");
    EXPECT_TRUE(RegisterPerson(db, "s", in).ok());
}

TEST(ServiceEdge, StorageFailuresBecomeAProblem) {
    auto sqlite = Guard("test", []() -> Status { throw SQLite::Exception("disk I/O error", 10); });
    ASSERT_FALSE(sqlite.ok());
    EXPECT_EQ(sqlite.problem().key, "err.storage");
    auto storage_error = Guard("test", []() -> Status {
        throw storage::StorageError(storage::StorageErrorKind::Failed, "write failed");
    });
    ASSERT_FALSE(storage_error.ok());
    EXPECT_EQ(storage_error.problem().key, "err.storage");
}

TEST(ServiceEdge, ProgrammingErrorsAreNotDiskTrouble) {
    EXPECT_THROW((void)Guard("test", []() -> Status { throw std::out_of_range("index 7 of 3"); }),
                 std::out_of_range);
    EXPECT_THROW((void)Guard("test", []() -> Status { throw std::logic_error("broken invariant"); }),
                 std::logic_error);
    EXPECT_THROW((void)Guard("test", []() -> Result<int> { return std::vector<int>{}.at(2); }),
                 std::out_of_range);
}
