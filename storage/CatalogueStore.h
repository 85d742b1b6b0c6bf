#pragma once
// Sites, activities and their sessions. Callers hold the write transaction.
#include <optional>
#include <vector>

#include "Database.h"

namespace palier::storage {

void SaveSite(Database& db, Site& site);
std::vector<Site> AllSites(Database& db);
std::optional<Site> LoadSite(Database& db, const Id& id);

void SaveActivity(Database& db, Activity& activity);
std::optional<Activity> LoadActivity(Database& db, const Id& id);
std::vector<Activity> AllActivities(Database& db);

void SaveSession(Database& db, Session& session);
std::optional<Session> LoadSession(Database& db, const Id& id);
// Sessions whose start is in [from, to) (YYYY-MM-DD or full timestamps), by start time.
std::vector<Session> SessionsBetween(Database& db, const std::string& from, const std::string& to);
std::vector<Session> SessionsOfActivity(Database& db, const Id& activity_id);
// The activity's session starting at `start`, removed (deleted) ones included.
std::optional<Session> SessionAt(Database& db, const Id& activity_id, const std::string& start);

}  // namespace palier::storage
