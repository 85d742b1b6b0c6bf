#pragma once
// Visits and the anonymous goodbye survey. Callers hold the write transaction.
#include <vector>

#include "Database.h"

namespace palier::storage {

void SaveVisit(Database& db, Visit& v);
// Visits whose time starts with `date` (YYYY-MM-DD), latest first.
std::vector<Visit> VisitsOn(Database& db, const std::string& date);
int64_t CountVisitsOfPerson(Database& db, const Id& person_id);
std::vector<Visit> VisitsOfPerson(Database& db, const Id& person_id);

void SaveSurvey(Database& db, SurveyAnswer& s);
std::vector<SurveyAnswer> SurveysBetween(Database& db, const std::string& from, const std::string& to);

}  // namespace palier::storage
