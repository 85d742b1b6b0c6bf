#include "Privacy.h"

#include <nlohmann/json.hpp>

#include "Dates.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/JournalStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/RecordJson.h"
#include "storage/StaffStore.h"
#include "storage/VisitStore.h"

namespace palier {

using storage::Database;
using nlohmann::json;

Result<std::string> ExportPerson(Database& db, const Id& person_id, const Id& staff_id) {
    return Guard("ExportPerson", [&]() -> Result<std::string> {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, person_id);
        if (!p) return MakeProblem("err.no_person");
        json out;
        out["exported_at"] = NowStamp(db.clock());
        out["person"] = *p;
        out["visits"] = storage::VisitsOfPerson(db, person_id);
        out["orientations"] = storage::OrientationsOfPerson(db, person_id);
        out["bookings"] = storage::BookingsOfPerson(db, person_id);
        json children = json::array();
        for (const auto& c : storage::ChildrenOf(db, person_id))
            children.push_back({{"id", c.id}, {"first_name", c.first_name}, {"birth_year", c.birth_year}});
        out["children"] = children;
        storage::AppendAudit(db, staff_id, "person.export", "person", person_id, NowStamp(db.clock()));
        tx.commit();
        return out.dump(2);
    });
}

namespace {
// Inside the caller's transaction.
void Erase(Database& db, Person& p) {
    p.first_name.clear();
    p.last_name.clear();
    p.birth_year = 0;
    p.phone.clear();
    p.neighbourhood.clear();
    p.consent_contact = false;
    p.consent_date.clear();
    p.guardian_id.clear();
    p.last_contact.clear();
    p.erased = true;
    storage::SavePerson(db, p);  // journals "erase"
    storage::ScrubJournal(db, "person", p.id, json(p).dump());
    for (auto& o : storage::OrientationsOfPerson(db, p.id)) {
        if (o.note.empty()) continue;
        o.note.clear();
        storage::SaveOrientation(db, o);
        storage::ScrubJournal(db, "orientation", o.id, json(o).dump());
    }
    for (auto& child : storage::ChildrenOf(db, p.id)) {
        child.guardian_id.clear();
        storage::SavePerson(db, child);
    }
}
}  // namespace

Status ErasePerson(Database& db, const Id& person_id, const Id& staff_id) {
    return Guard("ErasePerson", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, person_id);
        if (!p) return MakeProblem("err.no_person");
        if (p->erased) return MakeProblem("err.already_erased");
        Erase(db, *p);
        storage::AppendAudit(db, staff_id, "person.erase", "person", person_id, NowStamp(db.clock()));
        tx.commit();
        return Ok();
    });
}

Result<PurgeReport> RunRetentionPurge(Database& db, const Id& staff_id) {
    return Guard("RunRetentionPurge", [&]() -> Result<PurgeReport> {
        using namespace std::chrono;
        const year_month_day today{Today(db.clock())};
        year_month_day cutoff = year_month_day{today.year(), today.month(), today.day()} - months{kRetentionMonths};
        if (!cutoff.ok()) cutoff = cutoff.year() / cutoff.month() / last;  // 31 -> 30 etc.
        PurgeReport report;
        report.cutoff = FormatDate(sys_days{cutoff});
        storage::Transaction tx(db.sql());
        for (const auto& id : storage::PeopleWithoutContactSince(db, report.cutoff)) {
            auto p = storage::LoadPerson(db, id);
            if (!p || p->erased) continue;
            Erase(db, *p);
            storage::AppendAudit(db, staff_id, "person.purge", "person", id, NowStamp(db.clock()));
            ++report.erased;
        }
        tx.commit();
        return report;
    });
}

}  // namespace palier
