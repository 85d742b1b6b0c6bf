#include "UiQueries.h"

#include <algorithm>

#include "BookingRules.h"
#include "Catalogue.h"
#include "Dates.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/JournalStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/StaffStore.h"
#include "storage/VisitStore.h"

namespace palier {

using storage::Database;

Result<std::vector<StaffChoice>> StaffForSignIn(Database& db) {
    return Guard("StaffForSignIn", [&]() -> Result<std::vector<StaffChoice>> {
        std::vector<StaffChoice> out;
        for (const Staff& s : storage::AllStaff(db))
            if (!s.deleted) out.push_back({s.id, s.name, s.role});
        std::stable_sort(out.begin(), out.end(), [](const StaffChoice& a, const StaffChoice& b) {
            if (a.role != b.role) return a.role == StaffRole::Coordinator;
            return a.name < b.name;
        });
        return out;
    });
}

Result<std::vector<Partner>> ListPartners(Database& db) {
    return Guard("ListPartners", [&]() -> Result<std::vector<Partner>> {
        std::vector<Partner> out;
        for (Partner& p : storage::AllPartners(db))
            if (!p.deleted) out.push_back(std::move(p));
        std::sort(out.begin(), out.end(), [](const Partner& a, const Partner& b) { return a.name < b.name; });
        return out;
    });
}

Result<std::vector<Activity>> ListActivities(Database& db) {
    return Guard("ListActivities", [&]() -> Result<std::vector<Activity>> {
        std::vector<Activity> out;
        for (Activity& a : storage::AllActivities(db))
            if (!a.deleted) out.push_back(std::move(a));
        std::sort(out.begin(), out.end(), [](const Activity& a, const Activity& b) { return a.title < b.title; });
        return out;
    });
}

Result<std::vector<Site>> ListSites(Database& db) {
    return Guard("ListSites", [&]() -> Result<std::vector<Site>> {
        std::vector<Site> out;
        for (Site& s : storage::AllSites(db))
            if (!s.deleted) out.push_back(std::move(s));
        return out;
    });
}

Result<std::vector<ChildChoice>> ChildrenForBooking(Database& db, const Id& guardian_id) {
    return Guard("ChildrenForBooking", [&]() -> Result<std::vector<ChildChoice>> {
        std::vector<ChildChoice> out;
        if (guardian_id.empty()) return out;
        for (const Person& c : storage::ChildrenOf(db, guardian_id))
            if (!c.erased && !c.deleted) out.push_back({c.id, c.first_name, c.birth_year});
        return out;
    });
}

Result<bool> HasPhoneOnFile(Database& db, const Id& person_id) {
    return Guard("HasPhoneOnFile", [&]() -> Result<bool> {
        auto p = storage::LoadPerson(db, person_id);
        return p && !p->erased && !p->phone.empty();
    });
}

Result<int64_t> PendingChanges(Database& db) {
    return Guard("PendingChanges", [&]() -> Result<int64_t> { return storage::JournalWaiting(db); });
}

Status SaveSurveyAnswers(Database& db, const Id& site_id, const SurveyInput& in) {
    for (int v : {in.learned, in.changed, in.welcomed})
        if (v < 0 || v > 3) return MakeProblem("ui.err.survey_value");
    if (in.learned == 0 && in.changed == 0 && in.welcomed == 0) return MakeProblem("ui.err.survey_empty");
    return Guard("SaveSurveyAnswers", [&]() -> Status {
        storage::Transaction tx(db.sql());
        SurveyAnswer s;
        s.site_id = site_id;
        s.date = FormatDate(Today(db.clock()));
        s.learned = in.learned;
        s.changed = in.changed;
        s.welcomed = in.welcomed;
        storage::SaveSurvey(db, s);
        tx.commit();
        return Ok();
    });
}

Result<Person> SomeResidentWithBookings(Database& db) {
    return Guard("SomeResidentWithBookings", [&]() -> Result<Person> {
        const Date today = Today(db.clock());
        const std::string from = FormatDate(today), to = FormatDate(AddDays(today, 14));
        for (const Session& s : storage::SessionsBetween(db, from, to)) {
            if (s.cancelled || s.deleted) continue;
            for (const Booking& b : storage::BookingsOfSession(db, s.id)) {
                if (!IsLive(b.status)) continue;
                auto p = storage::LoadPerson(db, b.person_id);
                if (p && !p->erased && p->guardian_id.empty()) return *p;
            }
        }
        return Person{};
    });
}

}  // namespace palier
