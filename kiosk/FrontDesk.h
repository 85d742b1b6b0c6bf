#pragma once
// The front desk: registering people, finding a returning visitor, logging visits.
// All functions run on the caller's thread, write in one transaction and never throw:
// storage failures come back as a Problem ("err.storage") and go to the log.
#include <optional>
#include <string_view>
#include <vector>

#include "Dates.h"
#include "Result.h"
#include "storage/Database.h"
#include "storage/PersonStore.h"

namespace palier {

struct NewPerson {
    std::string first_name;      // required
    std::string last_name;       // optional
    int birth_year = 0;          // optional (0)
    std::string phone;           // optional, any usual French or international format
    std::string neighbourhood;   // optional
    std::string language = "fr";
    bool consent_contact = false;
    Id guardian_id;              // for a child: the parent already registered
};

// Validates every field (see Validate.h) and saves. Returns the new person's id.
// CheckNewPerson holds the checks alone (all but the guardian, which needs the database):
// what RegisterPerson would save on `today`, for callers that save many people in one
// transaction (the spreadsheet import).
Result<Person> CheckNewPerson(const Id& site_id, const NewPerson& in, Date today);
Result<Id> RegisterPerson(storage::Database& db, const Id& site_id, const NewPerson& in);

// Adds or corrects what a returning person may give later (an age-limited activity needs the
// year of birth). Same validation as RegisterPerson.
Status SetBirthYear(storage::Database& db, const Id& person_id, int birth_year);

// A phone number given later (to be called when a waitlisted seat frees up): same validation as
// RegisterPerson, but required. Giving it for that purpose is agreeing to be called, so the
// person's contact consent is recorded with it.
Status SetPhone(storage::Database& db, const Id& person_id, std::string_view phone);

// A returning visitor by the last 4 digits of their phone.
Result<std::vector<storage::PersonMatch>> FindByPhone(storage::Database& db, std::string_view last4);
// A returning visitor by first name (accent/case-insensitive, whole word) and birth year.
Result<std::vector<storage::PersonMatch>> FindByNameAndYear(storage::Database& db,
                                                            std::string_view first_name, int birth_year);
// Staff search by any prefix of first/last name.
Result<std::vector<storage::PersonMatch>> SearchPeopleForStaff(storage::Database& db,
                                                               std::string_view query, int limit = 30);

// "Fatima B., born 1985" in the current language: what residents may see of someone.
std::string MaskedLabel(const storage::PersonMatch& m);
// The same appended to `out` (kiosk/Format.h says why).
void AppendMaskedLabel(std::string& out, const storage::PersonMatch& m);
std::string MaskedLabel(const Person& p);

struct VisitInput {
    Id person_id;          // empty: anonymous
    uint32_t reasons = 0;  // at least one VisitReason bit
    std::string language = "fr";
};
// Logs a visit now; new vs returning is computed from the person's earlier visits.
Result<Visit> LogVisit(storage::Database& db, const Id& site_id, const VisitInput& in);

// A visit is counted once per visit, when the visitor is identified. Identified at the front
// desk ("Je passe"), the visit is counted by LogVisit with the reasons chosen next; identified
// anywhere else (booking an activity, "Mes réservations"), it is counted here as an activity
// visit. Returns the visit logged now, or nothing when the visit is counted elsewhere or was
// already counted (`already_counted`).
enum class IdentifiedFrom { FrontDesk, Booking };
Result<std::optional<Visit>> CountVisitOnIdentification(storage::Database& db, const Id& site_id,
                                                        const Id& person_id, IdentifiedFrom from,
                                                        bool already_counted, const std::string& language);

// Today's visitor log for staff: each visit with the visitor's masked label ("" if anonymous).
struct VisitRow {
    Visit visit;
    std::string label;
};
Result<std::vector<VisitRow>> TodaysVisits(storage::Database& db);

}  // namespace palier
