#include "BookingStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

namespace {
std::vector<Booking> Query(Database& db, const std::string& where, const std::string& arg) {
    StatementLease lease(db.Cached("SELECT " + SelectList(BookingType()) + " FROM booking WHERE " + where));
    SQLite::Statement& st = lease.st;
    st.bind(1, arg);
    std::vector<Booking> out;
    while (st.executeStep()) out.push_back(ReadRecord(BookingType(), st));
    return out;
}
}  // namespace

void SaveBooking(Database& db, Booking& b) {
    const Hlc hlc = db.NextHlc();
    if (b.created_hlc == 0) b.created_hlc = hlc;
    SaveRecord(db, BookingType(), b, hlc);
}

std::optional<Booking> LoadBooking(Database& db, const Id& id) { return LoadRecord(db, BookingType(), id); }

std::vector<Booking> BookingsOfSession(Database& db, const Id& session_id) {
    return Query(db, "session_id = ? AND deleted = 0 ORDER BY created_hlc, id", session_id);
}

std::vector<Booking> BookingsOfPerson(Database& db, const Id& person_id) {
    return Query(db, "person_id = ? AND deleted = 0 ORDER BY created_hlc", person_id);
}

std::optional<Booking> FindBookingByCode(Database& db, const std::string& code) {
    auto v = Query(db, "code = ? AND deleted = 0 ORDER BY created_hlc DESC", code);
    if (v.empty()) return std::nullopt;
    return v.front();
}

SeatCounts CountSeats(Database& db, const Id& session_id) {
    StatementLease lease(db.Cached("SELECT status, sum(seats), count(*) FROM booking WHERE session_id = ?"
                         " AND deleted = 0 GROUP BY status"));
    SQLite::Statement& st = lease.st;
    st.bind(1, session_id);
    SeatCounts c;
    while (st.executeStep()) {
        const auto status = static_cast<BookingStatus>(st.getColumn(0).getInt());
        const int seats = st.getColumn(1).getInt();
        switch (status) {
            case BookingStatus::Confirmed:
            case BookingStatus::Attended:
            case BookingStatus::NoShow: c.confirmed += seats; break;
            case BookingStatus::Waitlisted: c.waitlisted += st.getColumn(2).getInt(); break;
            case BookingStatus::Pending: c.pending += seats; break;
            case BookingStatus::Cancelled: break;
        }
    }
    return c;
}

std::optional<Booking> LiveBookingOf(Database& db, const Id& session_id, const Id& person_id) {
    StatementLease lease(db.Cached("SELECT " + SelectList(BookingType()) +
                                       " FROM booking WHERE session_id = ? AND person_id = ? AND deleted = 0"
                                       " AND status <> " + std::to_string(int(BookingStatus::Cancelled)) +
                                       " LIMIT 1"));
    SQLite::Statement& st = lease.st;
    st.bind(1, session_id);
    st.bind(2, person_id);
    if (!st.executeStep()) return std::nullopt;
    return ReadRecord(BookingType(), st);
}

int CountLiveBookings(Database& db, const Id& session_id) {
    StatementLease lease(db.Cached("SELECT count(*) FROM booking WHERE session_id = ? AND deleted = 0"
                                   " AND status <> " + std::to_string(int(BookingStatus::Cancelled))));
    SQLite::Statement& st = lease.st;
    st.bind(1, session_id);
    st.executeStep();
    return st.getColumn(0).getInt();
}

std::vector<std::string> TutorsInUse(Database& db, const Id& session_id) {
    StatementLease lease(db.Cached("SELECT DISTINCT tutor FROM booking WHERE session_id = ? AND deleted = 0"
                         " AND tutor <> '' AND status IN (" +
                             std::to_string(int(BookingStatus::Confirmed)) + "," +
                             std::to_string(int(BookingStatus::Attended)) + "," +
                             std::to_string(int(BookingStatus::NoShow)) + ")"));
    SQLite::Statement& st = lease.st;
    st.bind(1, session_id);
    std::vector<std::string> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

std::vector<Booking> WaitlistOf(Database& db, const Id& session_id) {
    return Query(db, "session_id = ? AND deleted = 0 AND status = " +
                         std::to_string(int(BookingStatus::Waitlisted)) + " ORDER BY created_hlc, id",
                 session_id);
}

bool CodeInUse(Database& db, const std::string& code) {
    StatementLease lease(db.Cached("SELECT 1 FROM booking WHERE code = ? LIMIT 1"));
    lease.st.bind(1, code);
    return lease.st.executeStep();
}

std::optional<Booking> BookingWithCodeOtherThan(Database& db, const std::string& code, const Id& id) {
    StatementLease lease(db.Cached("SELECT " + SelectList(BookingType()) +
                                   " FROM booking WHERE code = ? AND id <> ? ORDER BY created_hlc, id LIMIT 1"));
    SQLite::Statement& st = lease.st;
    st.bind(1, code);
    st.bind(2, id);
    if (!st.executeStep()) return std::nullopt;
    return ReadRecord(BookingType(), st);
}

void RenameBookingCode(Database& db, const Id& id, const std::string& code) {
    StatementLease lease(db.Cached("UPDATE booking SET code = ? WHERE id = ?"));
    lease.st.bind(1, code);
    lease.st.bind(2, id);
    lease.st.exec();
}

std::vector<Booking> LiveBookingsOfPersonFrom(Database& db, const Id& person_id, const std::string& from) {
    StatementLease lease(db.Cached("SELECT " + SelectList(BookingType()) +
                                       " FROM booking WHERE person_id = ? AND deleted = 0 AND status <> " +
                                       std::to_string(int(BookingStatus::Cancelled)) +
                                       " AND session_id IN (SELECT id FROM session WHERE start >= ?)"
                                       " ORDER BY created_hlc, id"));
    SQLite::Statement& st = lease.st;
    st.bind(1, person_id);
    st.bind(2, from);
    std::vector<Booking> out;
    while (st.executeStep()) out.push_back(ReadRecord(BookingType(), st));
    return out;
}

std::map<Id, int> SeatsByHolder(Database& db, const Id& session_id) {
    StatementLease lease(db.Cached("SELECT seat_holder, sum(seats) FROM booking WHERE session_id = ? AND deleted = 0"
                                   " AND status IN (" + std::to_string(int(BookingStatus::Confirmed)) + "," +
                                   std::to_string(int(BookingStatus::Attended)) + "," +
                                   std::to_string(int(BookingStatus::NoShow)) + ") GROUP BY seat_holder"));
    lease.st.bind(1, session_id);
    std::map<Id, int> out;
    while (lease.st.executeStep()) out[lease.st.getColumn(0).getString()] = lease.st.getColumn(1).getInt();
    return out;
}

void SaveAllotment(Database& db, Allotment& a) {
    if (a.id.empty()) a.id = NameUuid("allotment\n" + a.session_id + "\n" + a.device_id);
    SaveRecord(db, AllotmentType(), a, db.NextHlc());
}

std::vector<Allotment> AllotmentsOfSession(Database& db, const Id& session_id) {
    StatementLease lease(db.Cached("SELECT " + SelectList(AllotmentType()) +
                                   " FROM allotment WHERE session_id = ? AND deleted = 0 ORDER BY device_id"));
    lease.st.bind(1, session_id);
    std::vector<Allotment> out;
    while (lease.st.executeStep()) out.push_back(ReadRecord(AllotmentType(), lease.st));
    return out;
}

std::vector<Id> SessionsWithBookingsIn(Database& db, BookingStatus status, const std::string& from) {
    StatementLease lease(db.Cached(
        "SELECT DISTINCT b.session_id FROM booking b JOIN session s ON s.id = b.session_id"
        " WHERE b.deleted = 0 AND b.status = ? AND s.start >= ? ORDER BY b.session_id"));
    lease.st.bind(1, static_cast<int>(status));
    lease.st.bind(2, from);
    std::vector<Id> out;
    while (lease.st.executeStep()) out.push_back(lease.st.getColumn(0).getString());
    return out;
}

}  // namespace palier::storage
