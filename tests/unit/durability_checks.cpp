#include "durability_checks.h"

#include "storage/BookingStore.h"
#include "storage/JournalCheck.h"
#include "storage/PersonStore.h"

namespace palier::test {

Acknowledged ParseAcknowledged(const std::string& line) {
    const auto space = line.find(' ');
    const std::string what = line.substr(0, space);
    const Id id = space == std::string::npos ? Id() : line.substr(space + 1);
    if (what == "person") return {Acknowledged::What::Person, id};
    if (what == "booking") return {Acknowledged::What::Booking, id};
    if (what == "cancel") return {Acknowledged::What::Cancel, id};
    ADD_FAILURE() << "unreadable acknowledgement: " << line;
    return {Acknowledged::What::Person, id};
}

::testing::AssertionResult FileIsHealthy(storage::Database& db) {
    const std::string check = db.sql().execAndGet("PRAGMA integrity_check").getString();
    if (check != "ok") return ::testing::AssertionFailure() << "integrity_check: " << check;
    if (db.schema_version() != storage::CurrentSchemaVersion())
        return ::testing::AssertionFailure() << "schema version " << db.schema_version() << ", expected "
                                             << storage::CurrentSchemaVersion();
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult AcknowledgedWritesSurvived(storage::Database& db,
                                                      const std::vector<Acknowledged>& acks,
                                                      size_t journal_from) {
    for (size_t i = 0; i < acks.size(); ++i) {
        const auto& [what, id] = acks[i];
        const char* kind = what == Acknowledged::What::Person ? "person" : "booking";
        if (what == Acknowledged::What::Person) {
            if (!storage::LoadPerson(db, id)) return ::testing::AssertionFailure() << "lost person " << id;
        } else {
            const auto b = storage::LoadBooking(db, id);
            if (!b) return ::testing::AssertionFailure() << "lost booking " << id;
            if (what == Acknowledged::What::Cancel && b->status != BookingStatus::Cancelled)
                return ::testing::AssertionFailure() << "booking " << id << " lost its cancellation";
        }
        if (i < journal_from) continue;
        const auto entries = storage::JournalOfRecord(db, id);
        const size_t needed = what == Acknowledged::What::Cancel ? 2 : 1;
        if (entries.size() < needed)
            return ::testing::AssertionFailure() << kind << " " << id << " has " << entries.size()
                                                 << " journal entries, expected at least " << needed;
        for (const auto& e : entries)
            if (e.kind != kind || e.record_id != id)
                return ::testing::AssertionFailure() << "journal entry " << e.seq << " about " << id
                                                     << " says " << e.kind << " " << e.record_id;
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult JournalAgreesWithRecords(storage::Database& db) {
    const auto unjournaled = storage::RecordsWithoutJournal(db);
    if (!unjournaled.empty())
        return ::testing::AssertionFailure() << unjournaled.size() << " records without a journal entry, first "
                                             << unjournaled[0].kind << " " << unjournaled[0].id;
    const auto orphans = storage::JournalWithoutRecord(db);
    if (!orphans.empty())
        return ::testing::AssertionFailure() << orphans.size() << " journal entries without their record, first "
                                             << orphans[0].kind << " " << orphans[0].id;
    return ::testing::AssertionSuccess();
}

}  // namespace palier::test
