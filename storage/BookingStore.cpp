#include "BookingStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

namespace {
std::vector<Booking> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(BookingType()) + " FROM booking WHERE " + where);
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
    SQLite::Statement st(db.sql(),
                         "SELECT status, sum(seats), count(*) FROM booking WHERE session_id = ?"
                         " AND deleted = 0 GROUP BY status");
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

}  // namespace palier::storage
