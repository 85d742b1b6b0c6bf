// Dates, times, prices, ages and seats as the screens and the printed documents write them, in
// French and English, on fixed dates.
#include <gtest/gtest.h>

#include "kiosk/BookingRules.h"
#include "kiosk/BookingText.h"
#include "kiosk/Format.h"
#include "kiosk/I18n.h"

using namespace palier;

namespace {

const Date kMonday = *ParseDate("2026-11-23");

class Format : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n"));
        SetLanguage(Lang::Fr);
    }
    void TearDown() override { SetLanguage(Lang::Fr); }
};

TEST_F(Format, DayNamesAndShortDays) {
    EXPECT_STREQ(DayName(1, Lang::Fr), "Lundi");
    EXPECT_STREQ(DayName(7, Lang::En), "Sunday");
    EXPECT_EQ(ShortDay(kMonday, Lang::Fr), "Lun 23");
    EXPECT_EQ(ShortDay(AddDays(kMonday, 2), Lang::Fr), "Mer 25");
    EXPECT_EQ(ShortDay(kMonday, Lang::En), "Mon 23");
}

TEST_F(Format, AHeadingKeepsTheCapitalAndASentenceDateHasItsYear) {
    EXPECT_EQ(DayHeading(kMonday, Lang::Fr), "Lundi 23 novembre");
    EXPECT_EQ(DayHeading(kMonday, Lang::En), "Monday 23 November");
    EXPECT_EQ(LongDate(kMonday, Lang::Fr), "lundi 23 novembre 2026");
    EXPECT_EQ(LongDate(kMonday, Lang::En), "Monday 23 November 2026");
    EXPECT_EQ(DayMonth(*ParseDate("2026-08-01"), Lang::Fr), "1 août");
    EXPECT_EQ(DayMonth(*ParseDate("2026-08-01"), Lang::En), "1 August");
}

TEST_F(Format, WeekSpanNamesAMonthOrAYearOnlyWhenItChanges) {
    EXPECT_EQ(WeekSpan(kMonday, Lang::Fr), "du lundi 23 au dimanche 29 novembre 2026");
    EXPECT_EQ(WeekSpan(kMonday, Lang::En), "from Monday 23 to Sunday 29 November 2026");
    EXPECT_EQ(WeekSpan(*ParseDate("2026-11-30"), Lang::Fr), "du lundi 30 novembre au dimanche 6 décembre 2026");
    EXPECT_EQ(WeekSpan(*ParseDate("2026-12-28"), Lang::Fr),
              "du lundi 28 décembre 2026 au dimanche 3 janvier 2027");
    EXPECT_EQ(WeekSpan(*ParseDate("2026-12-28"), Lang::En),
              "from Monday 28 December 2026 to Sunday 3 January 2027");
}

TEST_F(Format, WithoutALanguageTheScreensOneIsUsed) {
    EXPECT_EQ(DayHeading(kMonday), "Lundi 23 novembre");
    SetLanguage(Lang::En);
    EXPECT_EQ(DayHeading(kMonday), "Monday 23 November");
    EXPECT_EQ(TimeRange("14:00", "16:30"), "14:00 – 16:30");
    EXPECT_EQ(PriceText(250), "€2.50");
    EXPECT_EQ(AgeRangeText(6, 15), "Ages 6 to 15");
}

TEST_F(Format, ClockTimeOnScreenAndOnPaper) {
    EXPECT_EQ(ClockTime("14:30", Lang::Fr), "14h30");
    EXPECT_EQ(ClockTime("09:05", Lang::Fr), "9h05");
    EXPECT_EQ(ClockTime("14:00", Lang::Fr), "14h00");
    EXPECT_EQ(ClockTime("14:00", Lang::Fr, Medium::Paper), "14h");
    EXPECT_EQ(ClockTime("09:30", Lang::Fr, Medium::Paper), "9h30");
    EXPECT_EQ(ClockTime("14:30", Lang::En), "14:30");
    EXPECT_EQ(ClockTime("09:00", Lang::En), "9:00");
    EXPECT_EQ(ClockTime("09:00", Lang::En, Medium::Paper), "9:00");
    // A session's stamp and a visit's instant give their time of day.
    EXPECT_EQ(ClockTime("2026-11-23T14:30", Lang::Fr), "14h30");
    EXPECT_EQ(ClockTime("2026-11-23T09:05:41+01:00", Lang::En), "9:05");
    // What is not a time is shown as it is rather than guessed.
    EXPECT_EQ(ClockTime("", Lang::Fr), "");
    EXPECT_EQ(ClockTime("9h", Lang::Fr), "9h");
    EXPECT_EQ(ClockTime("ab:cd", Lang::Fr), "ab:cd");
}

TEST_F(Format, TimeRangeOnScreenAndOnPaper) {
    EXPECT_EQ(TimeRange("2026-11-23T14:00", "2026-11-23T16:30", Lang::Fr), "14h00 – 16h30");
    EXPECT_EQ(TimeRange("14:00", "16:30", Lang::En), "14:00 – 16:30");
    EXPECT_EQ(TimeRange("2026-11-23T14:00", "2026-11-23T16:30", Lang::Fr, Medium::Paper), "14h–16h30");
    EXPECT_EQ(TimeRange("14:00", "16:30", Lang::En, Medium::Paper), "14:00–16:30");
    EXPECT_EQ(TimeRange("14:00", "", Lang::Fr), "14h00");
    EXPECT_EQ(TimeRange("14:00", "", Lang::Fr, Medium::Paper), "14h");
}

TEST_F(Format, Prices) {
    EXPECT_EQ(PriceText(0, Lang::Fr), "Gratuit");
    EXPECT_EQ(PriceText(0, Lang::Fr, Medium::Paper), "gratuit");
    EXPECT_EQ(PriceText(0, Lang::En), "Free");
    EXPECT_EQ(PriceText(0, Lang::En, Medium::Paper), "free");
    EXPECT_EQ(PriceText(200, Lang::Fr), "2 €");
    EXPECT_EQ(PriceText(250, Lang::Fr), "2,50 €");
    EXPECT_EQ(PriceText(205, Lang::Fr, Medium::Paper), "2,05 €");
    EXPECT_EQ(PriceText(200, Lang::En), "€2");
    EXPECT_EQ(PriceText(1250, Lang::En, Medium::Paper), "€12.50");
    // A sheet printed in a language without a print catalogue reads as in French.
    EXPECT_EQ(PriceText(250, Lang::Ar, Medium::Paper), "2,50 €");
}

TEST_F(Format, AgeRangesOnScreenAndOnPaper) {
    EXPECT_EQ(AgeRangeText(0, 0, Lang::Fr), "Tout public");
    EXPECT_EQ(AgeRangeText(6, 15, Lang::Fr), "6 à 15 ans");
    EXPECT_EQ(AgeRangeText(16, 0, Lang::Fr), "Dès 16 ans");
    EXPECT_EQ(AgeRangeText(0, 10, Lang::Fr), "Jusqu'à 10 ans");
    EXPECT_EQ(AgeRangeText(0, 0, Lang::En), "All ages");
    EXPECT_EQ(AgeRangeText(6, 15, Lang::En), "Ages 6 to 15");
    EXPECT_EQ(AgeRangeText(16, 0, Lang::En), "Ages 16 and up");
    EXPECT_EQ(AgeRangeText(0, 10, Lang::En), "Up to age 10");

    EXPECT_EQ(AgeRangeText(0, 0, Lang::Fr, Medium::Paper), "tout public");
    EXPECT_EQ(AgeRangeText(6, 15, Lang::Fr, Medium::Paper), "6–15 ans");
    EXPECT_EQ(AgeRangeText(16, 0, Lang::Fr, Medium::Paper), "dès 16 ans");
    EXPECT_EQ(AgeRangeText(0, 10, Lang::Fr, Medium::Paper), "jusqu'à 10 ans");
    EXPECT_EQ(AgeRangeText(0, 0, Lang::En, Medium::Paper), "all ages");
    EXPECT_EQ(AgeRangeText(6, 15, Lang::En, Medium::Paper), "6–15 years");
    EXPECT_EQ(AgeRangeText(16, 0, Lang::En, Medium::Paper), "16 and over");
    EXPECT_EQ(AgeRangeText(0, 10, Lang::En, Medium::Paper), "up to 10");
}

TEST_F(Format, AgeBands) {
    EXPECT_EQ(AgeBandText(-1, Lang::Fr), "–");
    EXPECT_EQ(AgeBandText(0, Lang::Fr), "0–5 ans");
    EXPECT_EQ(AgeBandText(10, Lang::Fr), "6–10 ans");
    EXPECT_EQ(AgeBandText(11, Lang::Fr), "11–14 ans");
    EXPECT_EQ(AgeBandText(17, Lang::En), "15–17 years");
    EXPECT_EQ(AgeBandText(59, Lang::Fr), "26–59 ans");
    EXPECT_EQ(AgeBandText(60, Lang::Fr), "60 ans et +");
    EXPECT_EQ(AgeBandText(84, Lang::En), "60 and over");
}

TEST_F(Format, AgeIsReachedDuringTheYear) {
    EXPECT_EQ(AgeIn(2016, *ParseDate("2026-01-01")), 10);
    EXPECT_EQ(AgeIn(2016, *ParseDate("2026-12-31")), 10);
    EXPECT_EQ(AgeIn(2016, *ParseDate("2027-01-01")), 11);
    EXPECT_EQ(AgeIn(0, kMonday), -1);
}

TEST_F(Format, NamesPhonesAndCapitals) {
    Person p;
    p.first_name = "Fatima";
    EXPECT_EQ(NameWithInitial(p), "Fatima");
    p.last_name = "benali";
    EXPECT_EQ(NameWithInitial(p), "Fatima B.");
    p.last_name = "élise";
    EXPECT_EQ(NameWithInitial(p), "Fatima É.");

    EXPECT_EQ(PhoneText("0612345678"), "06 12 34 56 78");
    EXPECT_EQ(PhoneText("+33612345678"), "+33612345678");
    EXPECT_EQ(PhoneText("3646"), "3646");

    EXPECT_EQ(Capitalized("lundi"), "Lundi");
    EXPECT_EQ(Capitalized("été"), "Été");
    EXPECT_EQ(Capitalized("понеділок"), "Понеділок");
    EXPECT_EQ(Capitalized("الاثنين"), "الاثنين");
    EXPECT_EQ(Capitalized(""), "");
}

TEST_F(Format, SeatsInFrenchAndEnglish) {
    SessionView v;
    v.seats_left = 3;
    EXPECT_EQ(SeatsText(v, Lang::Fr), "3 places libres");
    EXPECT_EQ(SeatsText(v, Lang::En), "3 places left");
    v.seats_left = 1;
    EXPECT_EQ(SeatsText(v, Lang::Fr), "1 place libre");
    EXPECT_EQ(SeatsText(v, Lang::En), "1 place left");
    v.seats_left = 0;
    EXPECT_EQ(SeatsText(v, Lang::Fr), "Complet") << "nobody waiting: no \"0 en attente\"";
    EXPECT_EQ(SeatsText(v, Lang::En), "Full");
    v.waitlisted = 2;
    EXPECT_EQ(SeatsText(v, Lang::Fr), "Complet · 2 en attente");
    EXPECT_EQ(SeatsText(v, Lang::En), "Full · 2 waiting");
    v.session.cancelled = true;
    EXPECT_EQ(SeatsText(v, Lang::Fr), "Annulé");
    EXPECT_EQ(SeatsText(v, Lang::En), "Cancelled");
}

TEST_F(Format, NextStepAfterARefusal) {
    EXPECT_EQ(BookingNextStep(MakeProblem("err.no_person"), false, Lang::Fr), "Demandez à l'accueil.");
    EXPECT_EQ(BookingNextStep(MakeProblem("err.no_guardian"), false, Lang::En), "Ask at the front desk.");
    EXPECT_EQ(BookingNextStep(MakeProblem("err.age_range"), true, Lang::Fr),
              "Vérifiez son année de naissance, ou regardez les autres activités de la semaine.");
    EXPECT_EQ(BookingNextStep(MakeProblem("err.age_range"), false, Lang::En),
              std::string(Tr("ui.booking.next.age_range", Lang::En)));
    EXPECT_EQ(BookingNextStep(MakeProblem("err.session_cancelled"), false, Lang::Fr),
              BookingNextStep(MakeProblem("err.no_session"), false, Lang::Fr));
    // A refusal that already says what to do adds nothing.
    EXPECT_EQ(BookingNextStep(MakeProblem("err.homework_one_seat"), false, Lang::Fr), "");
}

}  // namespace
