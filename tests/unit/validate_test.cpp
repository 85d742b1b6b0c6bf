#include <gtest/gtest.h>

#include "kiosk/I18n.h"
#include "kiosk/Validate.h"

using namespace palier;

TEST(CleanText, TrimsAndCollapsesSpaces) {
    auto r = CleanText("  Fatima   Zahra \t", "field.first_name", 80, true);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, "Fatima Zahra");
}

TEST(CleanText, RefusesInvalidUtf8) {
    auto r = CleanText("Ren\xC3", "field.first_name", 80, true);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.invalid_text");
    EXPECT_EQ(r.problem().field, "field.first_name");
    EXPECT_FALSE(CleanText("\xC0\xAF", "f", 80, false));          // overlong
    EXPECT_FALSE(CleanText("\xED\xA0\x80", "f", 80, false));      // surrogate
    EXPECT_FALSE(CleanText("\xF4\x90\x80\x80", "f", 80, false));  // past U+10FFFF
}

TEST(CleanText, RefusesControlCharacters) {
    EXPECT_EQ(CleanText(std::string("Lé\0a", 4), "f", 80, true).problem().key, "err.control_chars");
    EXPECT_EQ(CleanText("a\x1b[31m", "f", 80, true).problem().key, "err.control_chars");
    EXPECT_EQ(CleanText("a\nb", "f", 80, true).problem().key, "err.control_chars");
    EXPECT_EQ(CleanText("a\xC2\x85", "f", 80, true).problem().key, "err.control_chars");  // NEL
}

TEST(CleanText, CountsCharactersNotBytes) {
    const std::string eighty(80, 'e');
    EXPECT_TRUE(CleanText(eighty, "f", 80, true));
    std::string accented;
    for (int i = 0; i < 80; ++i) accented += "é";  // 160 bytes, 80 characters
    EXPECT_TRUE(CleanText(accented, "f", 80, true));
    auto r = CleanText(accented + "é", "field.first_name", 80, true);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.problem().key, "err.too_long");
    EXPECT_EQ(r.problem().args.at("max"), "80");
}

TEST(CleanText, RequiredRefusesBlank) {
    EXPECT_EQ(CleanText("   ", "f", 80, true).problem().key, "err.required");
    EXPECT_TRUE(CleanText("   ", "f", 80, false));
}

TEST(CleanNote, KeepsNewlines) {
    auto r = CleanNote("ligne 1\n\n  ligne 2  ", "field.note", 280);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, "ligne 1\nligne 2");
}

TEST(CleanPhone, AcceptsUsualFormats) {
    EXPECT_EQ(*CleanPhone("06 12 34 56 78", "p"), "0612345678");
    EXPECT_EQ(*CleanPhone("06.12.34.56.78", "p"), "0612345678");
    EXPECT_EQ(*CleanPhone("+33 6 12 34 56 78", "p"), "+33612345678");
    EXPECT_EQ(*CleanPhone("", "p"), "");
}

TEST(CleanPhone, RefusesNonsense) {
    EXPECT_EQ(CleanPhone("06 12 34", "field.phone").problem().key, "err.phone_length");
    EXPECT_EQ(CleanPhone("06-12-AB-56-78", "field.phone").problem().key, "err.phone_chars");
    EXPECT_EQ(CleanPhone("0612345678901", "field.phone").problem().key, "err.phone_length");
    EXPECT_EQ(CleanPhone("++33612345678", "field.phone").problem().key, "err.phone_chars");
}

TEST(Checks, DatesYearsSeats) {
    EXPECT_EQ(CheckDate("2026-02-30", "field.due_date").problem().key, "err.bad_date");
    EXPECT_TRUE(CheckDate("2026-02-28", "field.due_date"));
    EXPECT_TRUE(CheckBirthYear(0, 2026, "b"));
    EXPECT_TRUE(CheckBirthYear(1950, 2026, "b"));
    EXPECT_EQ(CheckBirthYear(2027, 2026, "b").problem().key, "err.birth_year");
    EXPECT_EQ(CheckBirthYear(1850, 2026, "b").problem().key, "err.birth_year");
    EXPECT_EQ(CheckSeats(-1, "field.seats").problem().key, "err.seats_range");
    EXPECT_EQ(CheckSeats(0, "field.seats").problem().key, "err.seats_range");
    EXPECT_EQ(CheckSeats(11, "field.seats").problem().key, "err.seats_range");
    EXPECT_TRUE(CheckSeats(3, "field.seats"));
}

TEST(Describe, NamesTheFieldAndTheReasonInWords) {
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    auto r = CleanText(std::string(81, 'x'), "field.first_name", 80, true);
    EXPECT_EQ(Describe(r.problem(), Lang::Fr), "Prénom : 80 caractères au plus.");
    EXPECT_EQ(Describe(r.problem(), Lang::En), "First name: at most 80 characters.");
}
