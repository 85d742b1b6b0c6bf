#pragma once
// Staff accounts, the audit trail and the kiosk's settings table.
#include <optional>
#include <vector>

#include "Database.h"

namespace palier::storage {

void SaveStaff(Database& db, Staff& s);
std::optional<Staff> LoadStaff(Database& db, const Id& id);
std::vector<Staff> AllStaff(Database& db);

void AppendAudit(Database& db, const Id& staff_id, const std::string& action,
                 const std::string& record_kind, const Id& record_id, const std::string& at);
std::vector<AuditEntry> RecentAudit(Database& db, int limit);

std::string GetSetting(Database& db, const std::string& key, const std::string& fallback = "");
void SetSetting(Database& db, const std::string& key, const std::string& value);

}  // namespace palier::storage
