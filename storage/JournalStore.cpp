#include "JournalStore.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

std::vector<JournalEntry> JournalAfter(Database& db, int64_t after_seq, int limit) {
    SQLite::Statement st(db.sql(),
                         "SELECT seq, kind, record_id, op, hlc, payload FROM journal WHERE seq > ?"
                         " ORDER BY seq LIMIT ?");
    st.bind(1, after_seq);
    st.bind(2, limit);
    std::vector<JournalEntry> out;
    while (st.executeStep()) {
        JournalEntry e;
        e.seq = st.getColumn(0).getInt64();
        e.kind = st.getColumn(1).getString();
        e.record_id = st.getColumn(2).getString();
        e.op = st.getColumn(3).getString();
        e.hlc = st.getColumn(4).getInt64();
        e.payload = st.getColumn(5).getString();
        out.push_back(std::move(e));
    }
    return out;
}

int64_t JournalCount(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM journal").getInt64();
}

void ScrubJournal(Database& db, const std::string& kind, const Id& record_id, const std::string& payload) {
    SQLite::Statement st(db.sql(), "UPDATE journal SET payload = ? WHERE kind = ? AND record_id = ?");
    st.bind(1, payload);
    st.bind(2, kind);
    st.bind(3, record_id);
    st.exec();
}

}  // namespace palier::storage
