#pragma once
// People: persistence and the front desk's search. Callers hold the write transaction.
#include <optional>
#include <string_view>
#include <vector>

#include "Database.h"

namespace palier::storage {

// What a search returns: enough to confirm someone without showing their full name.
struct PersonMatch {
    Id id;
    std::string first_name;
    std::string last_initial;  // first letter of the last name, "" when unknown
    int birth_year = 0;
    bool is_minor_hint = false;  // unused by storage, filled by callers when useful
};

// Inserts or updates; fills person.id when empty. Journals the change.
void SavePerson(Database& db, Person& person);
std::optional<Person> LoadPerson(Database& db, const Id& id);

// Accent- and case-insensitive prefix search: every word of `query` must start the first or
// the last name. Erased and deleted people never match. Ordered by first name.
std::vector<PersonMatch> SearchPeople(Database& db, std::string_view query, int limit = 20);
// Exact match on the last four digits of the phone number.
std::vector<PersonMatch> FindByPhoneLast4(Database& db, std::string_view last4, int limit = 20);
// People whose whole folded first name is `first_norm` and born in `birth_year`; the year is
// filtered in the query, so a common first name never hides the one asked for.
std::vector<PersonMatch> FindByFirstNameAndYear(Database& db, const std::string& first_norm,
                                                int birth_year, int limit = 20);
// Recomputes the folded search columns of every person whose folding changed (after the
// folding rules evolved). Not journaled: they are derived from the names. Returns rows fixed.
int RefoldNames(Database& db);

std::vector<Person> ChildrenOf(Database& db, const Id& guardian_id);
// People not erased that the retention purge may take: no contact since `date` (YYYY-MM-DD)
// by them or their family (guardian and children), counting registration, visits,
// orientations and bookings (made, or attended); and nobody in the family has an open
// orientation or a live booking in a session starting at or after `now` (YYYY-MM-DDTHH:MM).
std::vector<Id> PeopleWithoutContactSince(Database& db, const std::string& date, const std::string& now);
int64_t CountPeople(Database& db);

}  // namespace palier::storage
