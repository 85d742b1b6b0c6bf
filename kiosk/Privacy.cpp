#include "Privacy.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "Dates.h"
#include "Booking.h"
#include "Log.h"
#include "BookingRules.h"
#include "ServiceEdge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DiskTraces.h"
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

std::string ExportFilePath(const std::string& data_dir, const Id& person_id, Date day) {
    const std::filesystem::path dir = std::filesystem::path(data_dir) / "exports";
    return (dir / ("person-" + person_id.substr(0, 8) + "-" + FormatDate(day) + ".json")).string();
}

namespace {
namespace fs = std::filesystem;

// Their future bookings are cancelled and each session's waitlist moves up.
void CancelFutureBookings(Database& db, const Id& person_id, std::vector<ToTell>& promoted) {
    for (auto& b : storage::LiveBookingsOfPersonFrom(db, person_id, NowStamp(db.clock()))) {
        const bool freed = HoldsSeats(b.status);
        b.status = BookingStatus::Cancelled;
        b.tutor.clear();
        storage::SaveBooking(db, b);
        auto s = storage::LoadSession(db, b.session_id);
        auto a = s ? storage::LoadActivity(db, s->activity_id) : std::nullopt;
        if (!freed || !s || !a || s->cancelled || s->deleted) continue;
        for (auto& p : PromoteFromWaitlist(db, *a, *s)) {
            ToTell t{p, {}};
            if (!p.person_id.empty())
                if (auto who = storage::LoadPerson(db, p.person_id)) t.person = *who;
            promoted.push_back(std::move(t));
        }
    }
}

// After the erasing transaction: old page images leave the write-ahead log, and exports that
// mention the person (their own, or a guardian's listing them) are removed.
void ClearDiskTraces(Database& db, const std::vector<Id>& erased) {
    if (!storage::TruncateWal(db))
        LogError("erasure: a reader kept the write-ahead log busy; old values leave it at the next checkpoint");
    const std::string folder = storage::FolderOf(db);
    if (folder.empty() || erased.empty()) return;
    std::error_code ec;
    const fs::path dir = fs::path(folder) / "exports";
    if (!fs::is_directory(dir, ec)) return;
    std::vector<fs::path> doomed;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (const auto& id : erased)
            if (text.find(id) != std::string::npos) {
                doomed.push_back(entry.path());
                break;
            }
    }
    for (const auto& f : doomed) fs::remove(f, ec);
}

// Inside the caller's transaction.
void Erase(Database& db, Person& p, std::vector<ToTell>& promoted) {
    CancelFutureBookings(db, p.id, promoted);
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

Status ErasePerson(Database& db, const Id& person_id, const Id& staff_id, std::vector<ToTell>* promoted) {
    return Guard("ErasePerson", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, person_id);
        if (!p) return MakeProblem("err.no_person");
        if (p->erased) return MakeProblem("err.already_erased");
        std::vector<ToTell> told;
        Erase(db, *p, told);
        storage::AppendAudit(db, staff_id, "person.erase", "person", person_id, NowStamp(db.clock()));
        tx.commit();
        ClearDiskTraces(db, {person_id});
        if (promoted) *promoted = std::move(told);
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
        std::vector<Id> erased;
        std::vector<ToTell> told;  // none: people with future bookings are never purged
        for (const auto& id : storage::PeopleWithoutContactSince(db, report.cutoff, NowStamp(db.clock()))) {
            auto p = storage::LoadPerson(db, id);
            if (!p || p->erased) continue;
            Erase(db, *p, told);
            storage::AppendAudit(db, staff_id, "person.purge", "person", id, NowStamp(db.clock()));
            erased.push_back(id);
            ++report.erased;
        }
        tx.commit();
        ClearDiskTraces(db, erased);
        return report;
    });
}

}  // namespace palier
