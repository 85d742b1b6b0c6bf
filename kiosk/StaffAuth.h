#pragma once
// Staff accounts and PIN sign-in. PINs are 6+ digits hashed with libsodium's crypto_pwhash
// (Argon2id). Three wrong PINs lock the account: 30 s, then 60 s, 120 s ... for each lockout
// in a row; a right PIN resets both counters.
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr int kMinPinDigits = 6;
constexpr int kMaxPinAttempts = 3;
constexpr int kFirstLockoutSeconds = 30;

// Interactive costs ~0.1 s and 64 MiB per hash; tests and demo data may use Fast.
enum class PinCost { Interactive, Fast };

Result<Id> CreateStaff(storage::Database& db, const Id& site_id, const std::string& name,
                       StaffRole role, const std::string& pin, PinCost cost = PinCost::Interactive);
Status ChangePin(storage::Database& db, const Id& staff_id, const std::string& pin,
                 PinCost cost = PinCost::Interactive);

// Refusals: err.no_staff, err.pin_locked ({seconds}), err.pin_wrong ({left} attempts).
Result<Staff> SignIn(storage::Database& db, const Id& staff_id, const std::string& pin);

// What each role may open in staff mode.
enum class StaffArea { Today, Orientation, Activities, Attendance, Print, Sync, Settings, Privacy };
bool MayOpen(StaffRole role, StaffArea area);

}  // namespace palier
