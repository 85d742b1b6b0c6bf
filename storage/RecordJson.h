#pragma once
// JSON form of every record (its descriptor's wire form): the journal, the privacy export, sync.
#include <nlohmann/json.hpp>

#include "Records.h"

namespace palier {
void to_json(nlohmann::json& j, const Site& r);
void from_json(const nlohmann::json& j, Site& r);
void to_json(nlohmann::json& j, const Person& r);
void from_json(const nlohmann::json& j, Person& r);
void to_json(nlohmann::json& j, const Visit& r);
void from_json(const nlohmann::json& j, Visit& r);
void to_json(nlohmann::json& j, const Orientation& r);
void from_json(const nlohmann::json& j, Orientation& r);
void to_json(nlohmann::json& j, const Partner& r);
void from_json(const nlohmann::json& j, Partner& r);
void to_json(nlohmann::json& j, const Activity& r);
void from_json(const nlohmann::json& j, Activity& r);
void to_json(nlohmann::json& j, const Session& r);
void from_json(const nlohmann::json& j, Session& r);
void to_json(nlohmann::json& j, const Booking& r);
void from_json(const nlohmann::json& j, Booking& r);
void to_json(nlohmann::json& j, const Allotment& r);
void from_json(const nlohmann::json& j, Allotment& r);
void to_json(nlohmann::json& j, const Staff& r);  // never includes the PIN hash
void to_json(nlohmann::json& j, const SurveyAnswer& r);
void from_json(const nlohmann::json& j, SurveyAnswer& r);
// The wire form of a journal entry: {"v", "device", "seq", "kind", "id", "op", "hlc", "fields"}.
void to_json(nlohmann::json& j, const JournalEntry& e);
void from_json(const nlohmann::json& j, JournalEntry& e);
}  // namespace palier
