#pragma once
// How dates, times, prices, ages, names and phone numbers read on paper, in a given language.
// Every word comes from the catalogue (print.* keys, day.* from kiosk.po).
#include <string>

#include "kiosk/Dates.h"
#include "kiosk/I18n.h"
#include "storage/Records.h"

namespace palier::print {

// "lundi 23 novembre 2026"
std::string LongDate(Date d, Lang lang);
// "23 novembre"
std::string DayMonth(Date d, Lang lang);
// "Lundi 23 novembre": a day heading.
std::string DayHeading(Date d, Lang lang);
// "du lundi 23 au dimanche 29 novembre 2026" (months and years shown only when they change)
std::string WeekSpan(Date monday, Lang lang);
// "14h", "9h30" in French, "14:00" in English; from "HH:MM".
std::string ClockTime(const std::string& hhmm, Lang lang);
// "14h–16h30" from two stamps or times.
std::string TimeRange(const std::string& start, const std::string& end, Lang lang);
// "gratuit", "2 €", "2,50 €"
std::string PriceText(int cents, Lang lang);
// "tout public", "6–15 ans", "dès 16 ans", "jusqu'à 10 ans"
std::string AgeRangeText(int age_min, int age_max, Lang lang);
// The band an age falls in ("6–10 ans", "60 ans et +"), "–" when unknown (age < 0).
std::string AgeBandText(int age, Lang lang);
// "Fatima B." (first name and the initial of the last name), "Fatima" without a last name.
std::string NameWithInitial(const Person& p);
// "06 12 34 56 78" for a French 10-digit number; other numbers as stored.
std::string PhoneText(const std::string& digits);
// First letter in upper case (UTF-8 aware): "lundi" -> "Lundi".
std::string Capitalized(std::string text);
// Age reached during the year of `on`; -1 when the birth year is unknown.
int AgeIn(const Person& p, Date on);

}  // namespace palier::print
