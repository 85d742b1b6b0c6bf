#include "FamilyBooking.h"

#include "Dates.h"
#include "ServiceEdge.h"
#include "Validate.h"
#include "storage/PersonStore.h"
#include "storage/TextFold.h"

namespace palier {

using storage::Database;

Result<BookOutcome> BookWithBirthYear(Database& db, const Id& site_id, const BookRequest& req, int birth_year,
                                      const CodeSource& codes) {
    if (birth_year == 0) return MakeProblem("err.required", "field.birth_year");
    if (auto st = CheckBirthYear(birth_year, YearOf(Today(db.clock())), "field.birth_year"); !st) return st.problem();
    return Guard("BookWithBirthYear", [&]() -> Result<BookOutcome> {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, req.person_id);
        if (!p || p->erased || p->deleted) return MakeProblem("err.no_person");
        if (p->birth_year != birth_year) {
            p->birth_year = birth_year;
            storage::SavePerson(db, *p);
        }
        auto out = BookInside(db, site_id, req, codes);
        if (out) tx.commit();
        return out;
    });
}

Result<ChildBooked> RegisterChildAndBook(Database& db, const Id& site_id, const Id& guardian_id,
                                         const NewPerson& child, BookRequest req, const CodeSource& codes) {
    if (child.birth_year == 0) return MakeProblem("err.required", "field.birth_year");
    NewPerson in = child;
    in.guardian_id = guardian_id;
    // A child's own phone and consent are the parent's to give, at the desk.
    in.phone.clear();
    in.consent_contact = false;
    auto checked = CheckNewPerson(site_id, in, Today(db.clock()));
    if (!checked) return checked.problem();
    return Guard("RegisterChildAndBook", [&]() -> Result<ChildBooked> {
        storage::Transaction tx(db.sql());
        auto guardian = storage::LoadPerson(db, guardian_id);
        if (guardian_id.empty() || !guardian || guardian->erased || guardian->deleted)
            return MakeProblem("err.no_guardian", "field.guardian");
        ChildBooked done;
        const std::string folded = FoldForSearch(checked->first_name);
        for (const Person& c : storage::ChildrenOf(db, guardian_id))
            if (c.birth_year == checked->birth_year && FoldForSearch(c.first_name) == folded)
                done.child_id = c.id;
        if (done.child_id.empty()) {
            Person& p = *checked;
            if (p.neighbourhood.empty()) p.neighbourhood = guardian->neighbourhood;
            storage::SavePerson(db, p);
            done.child_id = p.id;
            done.registered = true;
        }
        req.person_id = done.child_id;
        auto booked = BookInside(db, site_id, req, codes);
        if (!booked) return booked.problem();
        done.outcome = std::move(booked.value());
        tx.commit();
        return done;
    });
}

}  // namespace palier
