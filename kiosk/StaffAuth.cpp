#include "StaffAuth.h"

#include <sodium.h>

#include <algorithm>
#include <optional>
#include <string>

#include "Dates.h"
#include "ServiceEdge.h"
#include "Validate.h"
#include "storage/StaffStore.h"

namespace palier {

using storage::Database;

namespace {
Status CheckPin(const std::string& pin) {
    if (pin.size() < static_cast<size_t>(kMinPinDigits) || pin.size() > 12 ||
        pin.find_first_not_of("0123456789") != std::string::npos)
        return MakeProblem("err.pin_format", "field.pin", {{"min", std::to_string(kMinPinDigits)}});
    return Ok();
}

Result<std::string> HashPin(const std::string& pin, PinCost cost) {
    if (sodium_init() < 0) return MakeProblem("err.storage");
    char out[crypto_pwhash_STRBYTES];
    const auto ops = cost == PinCost::Fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = cost == PinCost::Fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, pin.data(), pin.size(), ops, mem) != 0) return MakeProblem("err.storage");
    return std::string(out);
}

bool Matches(const Staff& s, const std::string& pin) {
    return sodium_init() >= 0 && crypto_pwhash_str_verify(s.pin_hash.c_str(), pin.data(), pin.size()) == 0;
}

// Whether a staff member other than `except` already signs in with this PIN.
bool PinTaken(Database& db, const std::string& pin, const Id& except) {
    for (const Staff& s : storage::AllStaff(db))
        if (!s.deleted && s.id != except && Matches(s, pin)) return true;
    return false;
}

// The kiosk's PIN-entry lockout (see StaffAuth.h), in the local settings table.
constexpr const char* kGateFailed = "pin_entry.failed";
constexpr const char* kGateLockouts = "pin_entry.lockouts";
constexpr const char* kGateLockedUntil = "pin_entry.locked_until";

int64_t SettingInt(Database& db, const char* key) {
    try {
        return std::stoll(storage::GetSetting(db, key, "0"));
    } catch (const std::exception&) {
        return 0;
    }
}
}  // namespace

Result<Id> CreateStaff(Database& db, const Id& site_id, const std::string& name, StaffRole role,
                       const std::string& pin, PinCost cost) {
    auto clean = CleanText(name, "field.name", kMaxNameChars, true);
    if (!clean) return clean.problem();
    if (auto st = CheckPin(pin); !st) return st.problem();
    auto hash = HashPin(pin, cost);
    if (!hash) return hash.problem();
    return Guard("CreateStaff", [&]() -> Result<Id> {
        storage::Transaction tx(db.sql());
        if (PinTaken(db, pin, {})) return MakeProblem("err.pin_taken", "field.pin");
        Staff s;
        s.site_id = site_id;
        s.name = *clean;
        s.role = role;
        s.pin_hash = *hash;
        storage::SaveStaff(db, s);
        tx.commit();
        return s.id;
    });
}

Status ChangePin(Database& db, const Id& staff_id, const std::string& pin, PinCost cost) {
    if (auto st = CheckPin(pin); !st) return st;
    auto hash = HashPin(pin, cost);
    if (!hash) return hash.problem();
    return Guard("ChangePin", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto s = storage::LoadStaff(db, staff_id);
        if (!s || s->deleted) return MakeProblem("err.no_staff");
        if (PinTaken(db, pin, staff_id)) return MakeProblem("err.pin_taken", "field.pin");
        s->pin_hash = *hash;
        s->failed_attempts = 0;
        s->lockouts = 0;
        s->locked_until = 0;
        storage::SaveStaff(db, *s);
        tx.commit();
        return Ok();
    });
}

int64_t PinEntryLockedFor(Database& db) {
    const int64_t until = SettingInt(db, kGateLockedUntil);
    const int64_t now = db.clock().NowSeconds();
    return until > now ? until - now : 0;
}

Result<Staff> SignInByPin(Database& db, const Id& site_id, const std::string& pin) {
    return Guard("SignInByPin", [&]() -> Result<Staff> {
        const int64_t now = db.clock().NowSeconds();
        if (const int64_t wait = PinEntryLockedFor(db); wait > 0)
            return MakeProblem("err.pin_locked", {}, {{"seconds", std::to_string(wait)}});
        std::optional<Staff> found;
        bool anyone = false;
        for (Staff& s : storage::AllStaff(db)) {
            if (s.deleted || (!site_id.empty() && s.site_id != site_id) || s.locked_until > now) continue;
            anyone = true;
            // Slow on purpose (~0.1 s each): callers run this off the UI thread.
            if (Matches(s, pin)) {
                found = std::move(s);
                break;
            }
        }
        if (!anyone) return MakeProblem("err.no_staff");
        storage::Transaction tx(db.sql());
        if (found) {
            storage::SetSetting(db, kGateFailed, "0");
            storage::SetSetting(db, kGateLockouts, "0");
            storage::SetSetting(db, kGateLockedUntil, "0");
            found->failed_attempts = 0;
            found->lockouts = 0;
            found->locked_until = 0;
            storage::SaveStaff(db, *found);
            storage::AppendAudit(db, found->id, "staff.sign_in", "staff", found->id, NowInstant(db.clock()));
            tx.commit();
            return *found;
        }
        Problem p;
        int64_t failed = SettingInt(db, kGateFailed) + 1;
        if (failed >= kMaxPinAttempts) {
            const int64_t lockouts = SettingInt(db, kGateLockouts);
            const int64_t until = now + (int64_t{kFirstLockoutSeconds} << std::min<int64_t>(lockouts, 10));
            storage::SetSetting(db, kGateLockedUntil, std::to_string(until));
            storage::SetSetting(db, kGateLockouts, std::to_string(lockouts + 1));
            failed = 0;
            p = MakeProblem("err.pin_locked", {}, {{"seconds", std::to_string(until - now)}});
            storage::AppendAudit(db, {}, "staff.locked", "kiosk", {}, NowInstant(db.clock()));
        } else {
            p = MakeProblem("err.pin_wrong", {}, {{"left", std::to_string(kMaxPinAttempts - failed)}});
        }
        storage::SetSetting(db, kGateFailed, std::to_string(failed));
        tx.commit();
        return p;
    });
}

bool MayOpen(StaffRole role, StaffArea area) {
    if (role == StaffRole::Coordinator) return true;
    // Volunteers print, take attendance and see the day; personal data and settings stay with
    // coordinators.
    return area == StaffArea::Today || area == StaffArea::Attendance || area == StaffArea::Print;
}

}  // namespace palier
