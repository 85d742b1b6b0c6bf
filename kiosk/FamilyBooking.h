#pragma once
// Booking at the kiosk when what the booking needs is given at the same time: a birth year
// asked because the activity has an age range, or a child the parent has not registered yet.
// Each is one transaction: when the booking is refused nothing typed is kept, so a refusal never
// leaves a half-made child or a year written on the wrong person.
#include "Booking.h"
#include "FrontDesk.h"

namespace palier {

// Saves `birth_year` on req.person_id and books, only if the booking is made. The year is the
// booked person's, never anyone else's (the request names whose it is).
Result<BookOutcome> BookWithBirthYear(storage::Database& db, const Id& site_id, const BookRequest& req,
                                      int birth_year, const CodeSource& codes = {});

struct ChildBooked {
    Id child_id;
    bool registered = false;  // false: the parent's child of that name and year was already on file
    BookOutcome outcome;
};

// Registers `child` (first name and birth year required) with `guardian_id` as its parent and
// books req.session_id for it. A child of that parent with the same first name (accents and case
// aside) and year is booked instead of being registered twice. Refusals: those of
// RegisterPerson (err.no_guardian when the parent is unknown) and of Book.
Result<ChildBooked> RegisterChildAndBook(storage::Database& db, const Id& site_id, const Id& guardian_id,
                                         const NewPerson& child, BookRequest req, const CodeSource& codes = {});

}  // namespace palier
