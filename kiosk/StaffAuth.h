#pragma once
// Staff accounts and PIN sign-in. PINs are 6+ digits hashed with libsodium's crypto_pwhash
// (Argon2id), and unique among the staff: the PIN alone says who signs in, so nobody has to
// pick a name first (a volunteer typing her PIN under the coordinator's name used to burn the
// coordinator's attempts).
//
// Lockout belongs to the kiosk, not to an account: a wrong PIN names nobody, so there is no
// account to charge it to. Three wrong PINs in a row at this kiosk lock PIN entry for 30 s,
// then 60 s, 120 s ... for each lockout in a row (at most ~8.5 hours); a right PIN resets both
// counters. The counters live in this kiosk's settings table (local, never synced), so
// restarting the program does not reset them. Someone guessing has three tries per delay
// against every PIN at once, which the growing delay keeps to a handful a day.
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

constexpr int kMinPinDigits = 6;
constexpr int kMaxPinAttempts = 3;
constexpr int kFirstLockoutSeconds = 30;

// Interactive costs ~0.1 s and 64 MiB per hash; tests and demo data may use Fast.
enum class PinCost { Interactive, Fast };

// Both refuse err.pin_taken when another (non-deleted) staff member already has this PIN.
Result<Id> CreateStaff(storage::Database& db, const Id& site_id, const std::string& name,
                       StaffRole role, const std::string& pin, PinCost cost = PinCost::Interactive);
Status ChangePin(storage::Database& db, const Id& staff_id, const std::string& pin,
                 PinCost cost = PinCost::Interactive);

// The staff member of `site_id` whose PIN this is. Checks every account of the site (a dozen
// hashes at ~0.1 s each: callers run it off the UI thread).
// Refusals: err.no_staff (nobody to sign in), err.pin_locked ({seconds}), err.pin_wrong ({left}).
Result<Staff> SignInByPin(storage::Database& db, const Id& site_id, const std::string& pin);

// Seconds before PIN entry opens again at this kiosk (0 = open now).
int64_t PinEntryLockedFor(storage::Database& db);

// What each role may open in staff mode.
enum class StaffArea { Today, Orientation, Activities, Attendance, Print, Sync, Settings, Privacy };
bool MayOpen(StaffRole role, StaffArea area);

}  // namespace palier
