#pragma once
// How dates, times, prices, ages, names and phone numbers read, on the kiosk's screens and on
// paper alike. Every word comes from the catalogue in the language given (by default the one the
// screens show); day.* come from kiosk.po, months and date patterns from print.po.
// An Append form adds the same words to a string the caller keeps: the kiosk's screens write
// them every frame into a buffer they reuse (ui/core/FrameText.h), so no new memory is needed.
#include <string>
#include <string_view>

#include "kiosk/Dates.h"
#include "kiosk/I18n.h"
#include "storage/Records.h"

namespace palier {

// A screen shows a value on its own or at the head of a line ("Gratuit", "Tout public",
// "14h00 – 16h30"); a printed table cell is narrow and mid-row ("gratuit", "tout public",
// "14h–16h30", "6–15 ans").
enum class Medium { Screen, Paper };

// ---- Dates ----
// "Lundi", "Monday" (the catalogue's text: valid for the program's life, as Tr()'s)
const char* DayName(int iso_weekday, Lang lang = CurrentLanguage());
// "Lun 23": the first three letters of the day's name and the day of the month.
std::string ShortDay(Date d, Lang lang = CurrentLanguage());
void AppendShortDay(std::string& out, Date d, Lang lang = CurrentLanguage());
// "Lundi 23 novembre": a date that starts a line (a screen's title, a day's band on the sheet).
std::string DayHeading(Date d, Lang lang = CurrentLanguage());
void AppendDayHeading(std::string& out, Date d, Lang lang = CurrentLanguage());
// "lundi 23 novembre 2026": a date inside a sentence, with its year (what is kept on paper).
std::string LongDate(Date d, Lang lang = CurrentLanguage());
// "23 novembre"
std::string DayMonth(Date d, Lang lang = CurrentLanguage());
// "du lundi 23 au dimanche 29 novembre 2026" (months and years shown only when they change)
std::string WeekSpan(Date monday, Lang lang = CurrentLanguage());

// ---- Times ----
// "14h30" ("14:30") from "HH:MM" or a stamp. A whole hour reads "14h00" on screen, "14h" on paper.
std::string ClockTime(const std::string& stamp_or_hhmm, Lang lang = CurrentLanguage(),
                      Medium medium = Medium::Screen);
void AppendClockTime(std::string& out, std::string_view stamp_or_hhmm,
                     Lang lang = CurrentLanguage(), Medium medium = Medium::Screen);
// "14h00 – 16h30" on screen, "14h–16h30" on paper, from two stamps or times; the start alone
// when the end is empty.
std::string TimeRange(const std::string& start, const std::string& end, Lang lang = CurrentLanguage(),
                      Medium medium = Medium::Screen);
void AppendTimeRange(std::string& out, std::string_view start, std::string_view end,
                     Lang lang = CurrentLanguage(), Medium medium = Medium::Screen);

// ---- Lengths of time ----
// "40 s", "3 min", "5 h", "3 jours": how long (ms >= 0; the sign is the caller's business).
std::string DurationText(int64_t ms, Lang lang = CurrentLanguage());
// "à l'instant", "il y a 3 min": how long ago something happened, `ms` before now.
std::string AgoText(int64_t ms, Lang lang = CurrentLanguage());

// ---- Prices and ages ----
// "Gratuit" ("gratuit" on paper), "2 €", "2,50 €"
std::string PriceText(int cents, Lang lang = CurrentLanguage(), Medium medium = Medium::Screen);
void AppendPriceText(std::string& out, int cents, Lang lang = CurrentLanguage(),
                     Medium medium = Medium::Screen);
// "Tout public", "6 à 15 ans", "Dès 16 ans", "Jusqu'à 10 ans" on screen;
// "tout public", "6–15 ans", "dès 16 ans", "jusqu'à 10 ans" on paper. 0 is an open end.
std::string AgeRangeText(int age_min, int age_max, Lang lang = CurrentLanguage(), Medium medium = Medium::Screen);
void AppendAgeRangeText(std::string& out, int age_min, int age_max, Lang lang = CurrentLanguage(),
                        Medium medium = Medium::Screen);
// The band an age falls in ("6–10 ans", "60 ans et +"), "–" when unknown (age < 0): the sign-in
// sheet shows no exact age.
std::string AgeBandText(int age, Lang lang = CurrentLanguage());

// ---- People and text ----
// "Fatima B." (first name and the initial of the last name), "Fatima" without a last name.
std::string NameWithInitial(const Person& p);
// "06 12 34 56 78" for a French 10-digit number; other numbers as stored.
std::string PhoneText(const std::string& digits);
// First letter in upper case (UTF-8 aware): "lundi" -> "Lundi".
std::string Capitalized(std::string text);
// The same in place, for the letter at byte `at` (a date appended to a longer line).
void CapitalizeAt(std::string& text, size_t at);

}  // namespace palier
