#include "StaffAuth.h"

#include <sodium.h>

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
        s->pin_hash = *hash;
        s->failed_attempts = 0;
        s->lockouts = 0;
        s->locked_until = 0;
        storage::SaveStaff(db, *s);
        tx.commit();
        return Ok();
    });
}

Result<Staff> SignIn(Database& db, const Id& staff_id, const std::string& pin) {
    return Guard("SignIn", [&]() -> Result<Staff> {
        auto s = storage::LoadStaff(db, staff_id);
        if (!s || s->deleted) return MakeProblem("err.no_staff");
        const int64_t now = db.clock().NowSeconds();
        if (s->locked_until > now)
            return MakeProblem("err.pin_locked", {}, {{"seconds", std::to_string(s->locked_until - now)}});
        // The hash check is slow on purpose (~0.1 s): callers run SignIn off the UI thread.
        const bool right = sodium_init() >= 0 &&
                           crypto_pwhash_str_verify(s->pin_hash.c_str(), pin.data(), pin.size()) == 0;
        storage::Transaction tx(db.sql());
        if (right) {
            s->failed_attempts = 0;
            s->lockouts = 0;
            s->locked_until = 0;
            storage::SaveStaff(db, *s);
            storage::AppendAudit(db, s->id, "staff.sign_in", "staff", s->id, NowInstant(db.clock()));
            tx.commit();
            return *s;
        }
        Problem p;
        if (++s->failed_attempts >= kMaxPinAttempts) {
            s->locked_until = now + (int64_t{kFirstLockoutSeconds} << std::min(s->lockouts, 10));
            ++s->lockouts;
            s->failed_attempts = 0;
            p = MakeProblem("err.pin_locked", {}, {{"seconds", std::to_string(s->locked_until - now)}});
            storage::AppendAudit(db, s->id, "staff.locked", "staff", s->id, NowInstant(db.clock()));
        } else {
            p = MakeProblem("err.pin_wrong", {}, {{"left", std::to_string(kMaxPinAttempts - s->failed_attempts)}});
        }
        storage::SaveStaff(db, *s);
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
