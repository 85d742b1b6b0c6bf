#pragma once
// Orientation requests and the partner directory. Callers hold the write transaction.
#include <optional>
#include <vector>

#include "Database.h"

namespace palier::storage {

void SaveOrientation(Database& db, Orientation& o);
std::optional<Orientation> LoadOrientation(Database& db, const Id& id);
// Still-open requests (open, referred, appointment) due on or before `date`, oldest first.
std::vector<Orientation> OpenOrientationsDueBy(Database& db, const std::string& date);
std::vector<Orientation> OpenOrientations(Database& db);
std::vector<Orientation> OrientationsOfPerson(Database& db, const Id& person_id);

void SavePartner(Database& db, Partner& p);
std::optional<Partner> LoadPartner(Database& db, const Id& id);
std::vector<Partner> AllPartners(Database& db);

}  // namespace palier::storage
