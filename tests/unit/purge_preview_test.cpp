// The retention purge's dry run names exactly whom the purge then erases, and writes nothing.
#include <gtest/gtest.h>

#include <set>

#include "kiosk/FrontDesk.h"
#include "kiosk/Privacy.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

class RetentionDryRun : public DbTest {
protected:
    int64_t Audits() { return db->sql().execAndGet("SELECT count(*) FROM audit").getInt64(); }
};

TEST_F(RetentionDryRun, NamesExactlyWhomThePurgeErasesAndWritesNothing) {
    clock.Set(D("2026-11-23"), 10, 0);  // the cutoff is then 2024-11-23
    const Id old1 = RegisterOn("Gisèle", "Moreau", 1950, "2024-11-22");
    const Id old2 = RegisterOn("Omar", "", 0, "2019-05-01");
    const Id kept = RegisterOn("Awa", "Diallo", 1985, "2024-11-23");
    const Id erased = RegisterOn("Léa", "Martin", 1990, "2020-01-01");
    ASSERT_TRUE(ErasePerson(*db, erased, "staff").ok());

    const auto journal = storage::JournalCount(*db);
    const auto audits = Audits();
    auto preview = PreviewRetentionPurge(*db);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->cutoff, "2024-11-23");
    std::set<Id> named;
    std::set<std::string> labels;
    for (const auto& c : preview->people) {
        named.insert(c.id);
        labels.insert(c.label);
    }
    EXPECT_EQ(named, (std::set<Id>{old1, old2}));
    EXPECT_EQ(labels, (std::set<std::string>{"Gisèle M., né·e en 1950", "Omar"}));
    EXPECT_EQ(storage::JournalCount(*db), journal);
    EXPECT_EQ(Audits(), audits);
    EXPECT_FALSE(storage::LoadPerson(*db, old1)->erased);

    auto report = RunRetentionPurge(*db, "staff");
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->erased, static_cast<int>(named.size()));
    EXPECT_EQ(report->cutoff, preview->cutoff);
    for (const Id& id : {old1, old2, kept}) EXPECT_EQ(storage::LoadPerson(*db, id)->erased, named.count(id) == 1) << id;
    EXPECT_TRUE(PreviewRetentionPurge(*db)->people.empty());
}
