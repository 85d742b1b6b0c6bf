#pragma once
// A readable text summary of a kiosk database: sites, this week's programme with seats left,
// open orientation requests. Used by `palier summary` and scripts/run without a screen.
#include <string>

#include "Dates.h"
#include "storage/Database.h"

namespace palier {
std::string DescribeDatabase(storage::Database& db, Date today);
}  // namespace palier
