// The spreadsheet import: CSV as French and English spreadsheets save it, checked row by row
// with the front desk's rules, all or nothing.
#include <gtest/gtest.h>

#include "kiosk/CsvFile.h"
#include "kiosk/PeopleImport.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"
#include "test_support.h"

using namespace palier;
using namespace palier::test;

TEST(Csv, SemicolonsQuotesAndLineBreaksInsideQuotes) {
    auto r = ParseCsv("Prénom;Nom\r\n\"Jean; dit \"\"Jeannot\"\"\";\"Le\nGoff\"\r\nAwa;Diallo\r\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 3u);
    EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"Jean; dit \"Jeannot\"", "Le\nGoff"}));
    EXPECT_EQ((*r)[1].line, 2);
    EXPECT_EQ((*r)[2].line, 4);  // the quoted line break counts
    EXPECT_EQ((*r)[2].fields, (std::vector<std::string>{"Awa", "Diallo"}));
}

TEST(Csv, CommaSeparatorIsDetected) {
    auto r = ParseCsv("first name,last name\nAwa,\"Diallo, Sr\"\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"Awa", "Diallo, Sr"}));
}

TEST(Csv, AQuoteNeverClosedNamesItsLine) {
    auto r = ParseCsv("Prénom;Nom\nAwa;\"Diallo\nLéa;Martin\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.csv_quote");
    EXPECT_EQ(r.problem().args.at("line"), "2");
}

TEST(Csv, BomAndWindows1252AreDecoded) {
    EXPECT_EQ(*DecodeSpreadsheetText("\xEF\xBB\xBFPr\xC3\xA9nom"), "Prénom");
    EXPECT_EQ(*DecodeSpreadsheetText("Pr\xE9nom;H\xE9l\xE8ne;\x80"), "Prénom;Hélène;€");
    EXPECT_EQ(*DecodeSpreadsheetText("C\x9cur"), "Cœur");
}

class Import : public DbTest {
protected:
    Result<ImportReport> Run(const std::string& bytes) { return ImportPeopleCsv(*db, site, bytes); }
};

TEST_F(Import, FrenchExcelInWindows1252) {
    const std::string file =
        "Pr\xE9nom;Nom;Ann\xE9" "e de naissance;T\xE9l\xE9phone;Quartier;Langue;Consentement\r\n"
        "H\xE9l\xE8ne;L\xE9vy;1975;06 12 34 56 78;Les Tilleuls;fr;oui\r\n"
        "Jos\xE9;Garc\xED" "a;;;;es;non\r\n"
        ";;;;;;\r\n";
    auto r = Run(file);
    ASSERT_TRUE(r.ok()) << r.problem().key;
    EXPECT_TRUE(r->refused.empty());
    EXPECT_EQ(r->imported, 2);
    auto found = storage::SearchPeople(*db, "helene");
    ASSERT_EQ(found.size(), 1u);
    auto p = storage::LoadPerson(*db, found[0].id);
    EXPECT_EQ(p->first_name, "Hélène");
    EXPECT_EQ(p->last_name, "Lévy");
    EXPECT_EQ(p->birth_year, 1975);
    EXPECT_EQ(p->phone, "0612345678");
    EXPECT_EQ(p->neighbourhood, "Les Tilleuls");
    EXPECT_TRUE(p->consent_contact);
    EXPECT_EQ(p->site_id, site);
    EXPECT_EQ(storage::SearchPeople(*db, "garcia").size(), 1u);
    EXPECT_EQ(storage::JournalCount(*db), 2);  // every saved person journaled
}

TEST_F(Import, EnglishHeadersUtf8WithBomAndCommas) {
    const std::string file =
        "\xEF\xBB\xBF" "First Name,LAST NAME,Birth year,Phone,Neighbourhood,Language,Consent\n"
        "Oksana,Kovalenko,1990,+380 44 123 4567,Centre,uk,yes\n";
    auto r = Run(file);
    ASSERT_TRUE(r.ok()) << r.problem().key;
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(storage::SearchPeople(*db, "oksana").size(), 1u);
}

TEST_F(Import, OneBadRowAndNothingIsWritten) {
    const std::string file =
        "prénom;nom;année de naissance\n"
        "Awa;Diallo;1985\n"
        ";Sans prénom;1990\n"
        "Léa;Martin;18x5\n"
        "Ali;Ben;1850\n";
    auto r = Run(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->imported, 0);
    ASSERT_EQ(r->refused.size(), 3u);
    EXPECT_EQ(r->refused[0].line, 3);
    EXPECT_EQ(r->refused[0].problem.field, "field.first_name");
    EXPECT_EQ(r->refused[1].line, 4);
    EXPECT_EQ(r->refused[1].problem.key, "err.csv_year");
    EXPECT_EQ(r->refused[2].line, 5);
    EXPECT_EQ(r->refused[2].problem.field, "field.birth_year");
    EXPECT_EQ(storage::CountPeople(*db), 0);
    EXPECT_EQ(storage::JournalCount(*db), 0);
}

TEST_F(Import, TheFrontDeskRulesApply) {
    auto r = Run("prénom;téléphone;langue\nAwa;12;fr\nLéa;;klingon\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->refused.size(), 2u);
    EXPECT_EQ(r->refused[0].problem.field, "field.phone");
    EXPECT_EQ(r->refused[1].problem.key, "err.unknown_language");
    EXPECT_EQ(storage::CountPeople(*db), 0);
}

TEST_F(Import, UnknownOrMissingColumnsRefuseTheFile) {
    auto unknown = Run("prénom;remarques\nAwa;très gentille\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.problem().key, "err.csv_unknown_column");
    EXPECT_EQ(unknown.problem().args.at("column"), "remarques");
    auto no_first = Run("nom;quartier\nDiallo;Centre\n");
    ASSERT_FALSE(no_first.ok());
    EXPECT_EQ(no_first.problem().key, "err.csv_no_first_name");
    auto empty = Run("prénom;nom\n");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.problem().key, "err.csv_empty");
    EXPECT_EQ(storage::CountPeople(*db), 0);
}
