// Finding people in every script by the start of their name, and by first name and birth
// year when the first name is common.
#include "kiosk/DataDir.h"
#include "kiosk/FrontDesk.h"
#include "storage/PersonStore.h"
#include "storage/TextFold.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

namespace {
class SearchTest : public DbTest {
protected:
    Id Add(const char* first, const char* last = "", int year = 1980) {
        NewPerson p;
        p.first_name = first;
        p.last_name = last;
        p.birth_year = year;
        auto id = RegisterPerson(*db, site, p);
        EXPECT_TRUE(id) << Describe(id.problem());
        return id ? *id : Id{};
    }
    bool Finds(const char* query, const Id& who) {
        for (const auto& m : storage::SearchPeople(*db, query))
            if (m.id == who) return true;
        return false;
    }
};
}  // namespace

TEST(FoldForSearchScripts, VietnameseCyrillicAndArabicFold) {
    EXPECT_EQ(FoldForSearch("Nguyễn"), "nguyen");
    EXPECT_EQ(FoldForSearch("Đặng Thị Ướt"), "dang thi uot");
    EXPECT_EQ(FoldForSearch("Nguye\xCC\x82\xCC\x83n"), "nguyen");  // decomposed marks
    EXPECT_EQ(FoldForSearch("ОЛЕНА Їжак"), "олена їжак");
    EXPECT_EQ(FoldForSearch("Артём"), "артем");
    EXPECT_EQ(FoldForSearch("أَحْمَد"), "احمد");
}

TEST_F(SearchTest, PrefixesFindNamesInEveryScript) {
    const Id nguyen = Add("An", "Nguyễn");
    const Id dang = Add("Hoa", "Đặng");
    const Id olena = Add("Олена", "Шевченко");
    const Id fatima = Add("فاطمة", "الزهراء");
    const Id ahmed = Add("أحمد");
    Add("Nadia", "Nguema");  // shares "ngu" only

    EXPECT_TRUE(Finds("Nguyễn", nguyen));
    EXPECT_TRUE(Finds("nguy", nguyen));
    EXPECT_TRUE(Finds("NGUYEN", nguyen));
    EXPECT_EQ(storage::SearchPeople(*db, "nguy").size(), 1u);
    EXPECT_TRUE(Finds("Đặ", dang));
    EXPECT_TRUE(Finds("dang", dang));
    EXPECT_TRUE(Finds("Ол", olena));
    EXPECT_TRUE(Finds("оле", olena));
    EXPECT_TRUE(Finds("шев", olena));
    EXPECT_TRUE(Finds("فا", fatima));
    EXPECT_TRUE(Finds("فاطم", fatima));
    EXPECT_TRUE(Finds("فاطمة الز", fatima));
    EXPECT_TRUE(Finds("احم", ahmed));  // alef without hamza, as often typed
    EXPECT_FALSE(Finds("فاز", fatima));
}

TEST_F(SearchTest, NamesSavedUnderOlderFoldingAreRefolded) {
    const Id olena = Add("Олена");
    // As an older version stored it: not lowercased.
    db->sql().exec("UPDATE person SET first_norm = 'Олена' WHERE id = '" + olena + "'");
    EXPECT_FALSE(Finds("оле", olena));
    EXPECT_EQ(storage::RefoldNames(*db), 1);
    EXPECT_TRUE(Finds("оле", olena));
    EXPECT_EQ(storage::RefoldNames(*db), 0);
}

TEST_F(SearchTest, OpeningTheKioskDatabaseRefoldsNames) {
    const Id olena = Add("Олена");
    db->sql().exec("UPDATE person SET first_norm = 'Олена' WHERE id = '" + olena + "'");
    db.reset();
    auto opened = OpenKioskDatabase(dir.path.string(), clock.clock());
    ASSERT_TRUE(opened);
    db = std::move(*opened);
    EXPECT_TRUE(Finds("оле", olena));
}

TEST_F(SearchTest, NameAndBirthYearFindTheOneAmongThreeHundred) {
    for (int i = 0; i < 300; ++i) Add("Fatima", "", 1960 + i % 40);
    const Id wanted = Add("Fatima", "Benali", 2001);
    auto r = FindByNameAndYear(*db, "fatima", 2001);
    ASSERT_TRUE(r) << Describe(r.problem());
    ASSERT_EQ(r->size(), 1u);
    EXPECT_EQ(r->front().id, wanted);
    EXPECT_EQ(FindByNameAndYear(*db, "Fatima", 1961)->size(), 8u);  // 300 / 40, rounded up
}
