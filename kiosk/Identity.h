#pragma once
// Proving who one is at the kiosk. A returning visitor's search shows masked matches
// ("Elif M., 1953") that anyone who knows four digits of a phone can read, so choosing one is
// only a claim. Opening a person's bookings, cancelling them, booking in their name or seeing
// their children's names needs a second fact the search did not show, or the code of one of
// their live bookings; a visit gets three tries, then the kiosk sends the visitor to the desk.
#include <string>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

// How the visitor found themselves; it decides which fact was shown and which is asked.
enum class FoundBy {
    Phone,        // last 4 phone digits shown as typed: the birth year is asked
    NameAndYear,  // first name and birth year typed: the last 4 phone digits are asked
};

// What a visitor chosen from the masked matches goes on to do.
enum class ClaimUse { LogVisit, Bookings };
// Logging a plain visit ("Je passe") needs no proof: it shows nothing of the person, books
// nothing in their name and only adds a line to the desk's count, so asking more would keep
// residents at the door for no protection. Their bookings, their children's names and booking
// in their name do.
constexpr bool NeedsProof(ClaimUse use) { return use != ClaimUse::LogVisit; }

// What a chosen person can prove themselves with at the kiosk.
struct ProofOffer {
    bool fact = false;  // the fact asked is on file (a birth year, a phone of 4 digits or more)
    bool code = false;  // they, or a child they are guardian of, hold a live booking code
    bool any() const { return fact || code; }
};
Result<ProofOffer> ProofFor(storage::Database& db, const Id& person_id, FoundBy found_by);

struct IdentityClaim {
    enum class Kind { Fact, Code } kind = Kind::Fact;
    std::string value;  // "1953", "4512", or a booking code as typed ("k7q3", "KM3P-1A2B")
};

// Whether `claim` proves `person_id`: the fact asked equals what is on file, or the code is
// that of an upcoming, not cancelled booking of the person or of a child they are guardian of
// (a parent keeps the slip of the child they booked). Reads only.
Result<bool> ClaimProves(storage::Database& db, const Id& person_id, FoundBy found_by,
                         const IdentityClaim& claim);

// Wrong answers given during one visit (whoever they named); the visit's end wipes it, so a
// resident who mistyped is not locked out for the next visitor, and a stranger gets three
// guesses a visit, never a free run at the years of birth.
struct IdentityTries {
    static constexpr int kMax = 3;
    int wrong = 0;
    bool exhausted() const { return wrong >= kMax; }
    int left() const { return wrong >= kMax ? 0 : kMax - wrong; }
};

// Checks a claim and counts a wrong one. Ok: the person is proven for this visit.
// Refusals: err.identity_wrong ({left} tries), err.identity_desk (no tries left, or nothing on
// file to prove it with: "ask at the desk"), err.storage.
Status VerifyIdentity(storage::Database& db, IdentityTries& tries, const Id& person_id, FoundBy found_by,
                      const IdentityClaim& claim);

}  // namespace palier
