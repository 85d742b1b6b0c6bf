#pragma once
// Checks every text, number and date before it reaches the database. Each failure is a Problem
// naming the field (a translation key) and what is wrong with it.
#include <string>
#include <string_view>

#include "Dates.h"
#include "Result.h"

namespace palier {

constexpr int kMaxNameChars = 80;
constexpr int kMaxNoteChars = 280;
constexpr int kMaxSeats = 10;

// Valid UTF-8, no control characters, surrounding spaces trimmed and inner runs collapsed,
// at most `max_chars` characters. `required` refuses an empty result.
Result<std::string> CleanText(std::string_view value, const char* field, int max_chars, bool required);
// Like CleanText but for multi-line notes: keeps single newlines.
Result<std::string> CleanNote(std::string_view value, const char* field, int max_chars);
// Keeps digits only; accepts spaces, dots, dashes and a leading +. 10 digits for a French
// number, 8 to 15 for an international one. Empty stays empty (the phone is optional).
Result<std::string> CleanPhone(std::string_view value, const char* field);
Result<Date> CheckDate(std::string_view value, const char* field);
Status CheckTime(std::string_view value, const char* field);
// 0 means unknown; otherwise from 1900 to this year.
Status CheckBirthYear(int year, int current_year, const char* field);
Status CheckSeats(int seats, const char* field);

bool IsValidUtf8(std::string_view s);
int CountChars(std::string_view utf8);

}  // namespace palier
