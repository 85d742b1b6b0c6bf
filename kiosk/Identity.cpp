#include "Identity.h"

#include <cctype>

#include "Dates.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/PersonStore.h"

namespace palier {
namespace {

using storage::Database;

std::string Digits(std::string_view s) {
    std::string out;
    for (char c : s)
        if (std::isdigit(static_cast<unsigned char>(c))) out += c;
    return out;
}

// Codes are printed in capitals without spaces; a resident may type them either way.
std::string NormalCode(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::optional<Person> Living(Database& db, const Id& id) {
    auto p = storage::LoadPerson(db, id);
    if (!p || p->erased || p->deleted) return std::nullopt;
    return p;
}

// A booking whose slip still proves its holder: not cancelled, not yet attended or missed,
// in a session from today on. An old slip found in a bin proves nothing.
bool ProvingBooking(Database& db, const Booking& b, const std::string& today) {
    if (b.deleted) return false;
    if (b.status != BookingStatus::Confirmed && b.status != BookingStatus::Waitlisted &&
        b.status != BookingStatus::Pending)
        return false;
    auto s = storage::LoadSession(db, b.session_id);
    return s && !s->deleted && DatePart(s->start) >= today;
}

// The person and the children they are guardian of: whose slips the person may hold.
bool HoldsSlipsOf(Database& db, const Id& person_id, const Id& holder) {
    if (holder == person_id) return true;
    auto h = storage::LoadPerson(db, holder);
    return h && h->guardian_id == person_id;
}

bool FactMatches(const Person& p, FoundBy found_by, std::string_view value) {
    const std::string typed = Digits(value);
    if (typed.size() != 4 || typed.size() != value.size()) return false;
    if (found_by == FoundBy::Phone) return p.birth_year > 0 && std::to_string(p.birth_year) == typed;
    const std::string phone = Digits(p.phone);
    return phone.size() >= 4 && phone.compare(phone.size() - 4, 4, typed) == 0;
}

bool FactOnFile(const Person& p, FoundBy found_by) {
    if (found_by == FoundBy::Phone) return p.birth_year > 0;
    return Digits(p.phone).size() >= 4;
}

}  // namespace

Result<ProofOffer> ProofFor(Database& db, const Id& person_id, FoundBy found_by) {
    return Guard("ProofFor", [&]() -> Result<ProofOffer> {
        ProofOffer offer;
        auto p = Living(db, person_id);
        if (!p) return offer;
        offer.fact = FactOnFile(*p, found_by);
        const std::string today = FormatDate(Today(db.clock()));
        std::vector<Id> holders{person_id};
        for (const Person& c : storage::ChildrenOf(db, person_id))
            if (!c.erased && !c.deleted) holders.push_back(c.id);
        for (const Id& h : holders) {
            for (const Booking& b : storage::BookingsOfPerson(db, h))
                if (!b.code.empty() && ProvingBooking(db, b, today)) {
                    offer.code = true;
                    return offer;
                }
        }
        return offer;
    });
}

Result<bool> ClaimProves(Database& db, const Id& person_id, FoundBy found_by, const IdentityClaim& claim) {
    return Guard("ClaimProves", [&]() -> Result<bool> {
        auto p = Living(db, person_id);
        if (!p) return false;
        if (claim.kind == IdentityClaim::Kind::Fact) return FactMatches(*p, found_by, claim.value);
        const std::string code = NormalCode(claim.value);
        if (code.empty()) return false;
        auto b = storage::FindBookingByCode(db, code);
        if (!b || b->code != code) return false;
        return HoldsSlipsOf(db, person_id, b->person_id) && ProvingBooking(db, *b, FormatDate(Today(db.clock())));
    });
}

Status VerifyIdentity(Database& db, IdentityTries& tries, const Id& person_id, FoundBy found_by,
                      const IdentityClaim& claim) {
    if (tries.exhausted()) return MakeProblem("err.identity_desk");
    auto offer = ProofFor(db, person_id, found_by);
    if (!offer) return offer.problem();
    if (!offer->any()) return MakeProblem("err.identity_desk");
    auto proves = ClaimProves(db, person_id, found_by, claim);
    if (!proves) return proves.problem();
    if (proves.value()) return Ok();
    ++tries.wrong;
    if (tries.exhausted()) return MakeProblem("err.identity_desk");
    return MakeProblem("err.identity_wrong", {}, {{"left", std::to_string(tries.left())}});
}

}  // namespace palier
