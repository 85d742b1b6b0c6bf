#pragma once
// Believable demo data for a centre: the local "Les Montoires", a bus with three stops, ~200
// residents, partners, a week of activities with some full sessions and overdue follow-ups.
// Deterministic from the seed and the given "today" (ids are random UUIDs).
#include <cstdint>

#include "Dates.h"
#include "storage/Database.h"

namespace palier {

struct DemoOptions {
    uint32_t seed = 42;
    int residents = 200;
    bool fast_pins = false;  // tests: cheap PIN hashes
};

// Demo staff PINs, printed by scripts/run and shown in the README.
constexpr const char* kDemoCoordinatorPin = "246810";
constexpr const char* kDemoVolunteerPin = "135790";

// Two demo parents always there, found at the kiosk by the last 4 digits of their phone:
// Amina (no child on file, no birth year given) and Khadija (her son Naël, 9, registered with her).
constexpr const char* kDemoParentWithoutChildPhone = "0671425836";
constexpr const char* kDemoParentWithChildPhone = "0671421927";

// Fills an empty database. Refuses (returns false) when it already holds people.
bool CreateDemoData(storage::Database& db, Date today, const DemoOptions& opt = {});

}  // namespace palier
