#include "BookingStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordJson.h"
#include "Row.h"
#include "Uuid.h"

namespace palier::storage {

namespace {
constexpr const char* kCols =
    "id, site_id, session_id, coalesce(person_id,''), seats, status, source, tutor, code,"
    " created_hlc, created_at, deleted";
Booking Read(SQLite::Statement& st) {
    Booking b;
    b.id = st.getColumn(0).getString();
    b.site_id = st.getColumn(1).getString();
    b.session_id = st.getColumn(2).getString();
    b.person_id = st.getColumn(3).getString();
    b.seats = st.getColumn(4).getInt();
    b.status = static_cast<BookingStatus>(st.getColumn(5).getInt());
    b.source = static_cast<BookingSource>(st.getColumn(6).getInt());
    b.tutor = st.getColumn(7).getString();
    b.code = st.getColumn(8).getString();
    b.created_hlc = st.getColumn(9).getInt64();
    b.created_at = st.getColumn(10).getString();
    b.deleted = st.getColumn(11).getInt() != 0;
    return b;
}
std::vector<Booking> Query(Database& db, const std::string& where, const std::string& arg) {
    SQLite::Statement st(db.sql(), std::string("SELECT ") + kCols + " FROM booking WHERE " + where);
    st.bind(1, arg);
    std::vector<Booking> out;
    while (st.executeStep()) out.push_back(Read(st));
    return out;
}
}  // namespace

void SaveBooking(Database& db, Booking& b) {
    if (b.id.empty()) b.id = NewUuid();
    const Hlc hlc = db.NextHlc();
    if (b.created_hlc == 0) b.created_hlc = hlc;
    UpsertRow(db, "booking",
              {{"id", b.id}, {"site_id", b.site_id}, {"session_id", b.session_id},
               {"person_id", IdOrNull(b.person_id)}, {"seats", int64_t{b.seats}},
               {"status", int64_t(b.status)}, {"source", int64_t(b.source)}, {"tutor", b.tutor},
               {"code", b.code}, {"created_at", b.created_at}, {"deleted", int64_t{b.deleted}}},
              hlc);
    // created_hlc orders the waitlist; UpsertRow keeps the first value, set it explicitly once.
    SQLite::Statement st(db.sql(), "UPDATE booking SET created_hlc = ? WHERE id = ?");
    st.bind(1, static_cast<int64_t>(b.created_hlc));
    st.bind(2, b.id);
    st.exec();
    AppendJournal(db, "booking", b.id, "upsert", hlc, nlohmann::json(b).dump());
}

std::optional<Booking> LoadBooking(Database& db, const Id& id) {
    auto v = Query(db, "id = ?", id);
    if (v.empty()) return std::nullopt;
    return v.front();
}

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
