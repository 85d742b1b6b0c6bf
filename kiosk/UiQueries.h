#pragma once
// Small domain queries and one write that the kiosk screens need and the other services do not
// offer: who may sign in, the partner directory, the activity list, the sites, a resident's
// children, how much is waiting to sync, and the anonymous goodbye survey.
// Like the other services: run on the caller's thread (the one owning `db`), never throw,
// storage failures come back as Problem{"err.storage"}. No ImGui here (ui/ calls these).
#include <string>
#include <vector>

#include "Result.h"
#include "storage/Database.h"

namespace palier {

// A staff member as the PIN screen shows them (no hash, no counters).
struct StaffChoice {
    Id id;
    std::string name;
    StaffRole role = StaffRole::Volunteer;
};
// Every staff member not deleted, coordinators first, then by name.
Result<std::vector<StaffChoice>> StaffForSignIn(storage::Database& db);

// How far staff may page through the programme to print or take attendance: a month back
// (a sheet to reprint, a register to complete), two months ahead (sheets to hand out early).
constexpr int kStaffWeeksBack = 4;
constexpr int kStaffWeeksAhead = 8;

// The partner directory, by name.
Result<std::vector<Partner>> ListPartners(storage::Database& db);
// Activities not deleted, by title.
Result<std::vector<Activity>> ListActivities(storage::Database& db);
// Sites not deleted (the local, the bus, its stops).
Result<std::vector<Site>> ListSites(storage::Database& db);

// A resident's children as the resident may see them: id and first name only.
struct ChildChoice {
    Id id;
    std::string first_name;
    int birth_year = 0;
};
Result<std::vector<ChildChoice>> ChildrenForBooking(storage::Database& db, const Id& guardian_id);
// Whether the centre can call this person back (a phone on file): a waitlisted visitor
// without one is asked for it, or told how to learn of a freed seat.
Result<bool> HasPhoneOnFile(storage::Database& db, const Id& person_id);

// Change-journal entries the hub has not acknowledged yet (what the next sync sends).
Result<int64_t> PendingChanges(storage::Database& db);

// The goodbye survey: each answer 1 = yes, 2 = a bit, 3 = no, 0 = skipped. Stored with the
// site and today's date only, never a person. All skipped is refused (ui.err.survey_empty).
struct SurveyInput {
    int learned = 0, changed = 0, welcomed = 0;
};
Status SaveSurveyAnswers(storage::Database& db, const Id& site_id, const SurveyInput& in);

// For the screenshot and demo automation only: an adult resident who holds a live booking in
// the coming two weeks (a Person with an empty id when there is none).
Result<Person> SomeResidentWithBookings(storage::Database& db);

}  // namespace palier
