#include "SyncStateStore.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <optional>

#include "JournalStore.h"

namespace palier::storage {
namespace {

std::optional<std::string> Get(Database& db, const char* key) {
    StatementLease lease(db.Cached("SELECT value FROM meta WHERE key = ?"));
    lease.st.bind(1, key);
    if (!lease.st.executeStep()) return std::nullopt;
    return lease.st.getColumn(0).getString();
}

int64_t GetInt(Database& db, const char* key, int64_t fallback) {
    const auto v = Get(db, key);
    if (!v || v->empty()) return fallback;
    try {
        return std::stoll(*v);
    } catch (const std::exception&) {
        return fallback;
    }
}

void Set(Database& db, const char* key, const std::string& value) {
    StatementLease lease(db.Cached("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    lease.st.bind(1, key);
    lease.st.bind(2, value);
    lease.st.exec();
}

void Set(Database& db, const char* key, int64_t value) { Set(db, key, std::to_string(value)); }

}  // namespace

SyncState LoadSyncState(Database& db) {
    SyncState s;
    s.hub_url = Get(db, "sync.hub").value_or("");
    s.token = Get(db, "sync.token").value_or("");
    s.site = Get(db, "sync.site").value_or("");
    s.ca_file = Get(db, "sync.ca_file").value_or("");
    s.pull_cursor = GetInt(db, "sync.pull_cursor", 0);
    s.last_success_ms = GetInt(db, "sync.last_success_ms", 0);
    s.last_attempt_ms = GetInt(db, "sync.last_attempt_ms", 0);
    s.last_error = Get(db, "sync.last_error").value_or("");
    const auto offset = Get(db, "sync.clock_offset_ms");
    s.clock_known = offset.has_value();
    s.clock_offset_ms = GetInt(db, "sync.clock_offset_ms", 0);
    s.interval_seconds = static_cast<int>(GetInt(db, "sync.interval_s", 60));
    s.own_from = GetInt(db, "sync.own_from", 0);
    s.own_through = GetInt(db, "sync.own_through", 0);
    return s;
}

void SaveEnrolment(Database& db, const std::string& hub_url, const std::string& token, const std::string& site,
                   const std::string& ca_file) {
    Transaction tx(db.sql());
    if (Get(db, "sync.hub").value_or("") != hub_url) {
        Set(db, "sync.pull_cursor", int64_t{0});
        ResetPushedThrough(db);
    }
    Set(db, "sync.hub", hub_url);
    Set(db, "sync.token", token);
    Set(db, "sync.site", site);
    Set(db, "sync.ca_file", ca_file);
    Set(db, "sync.last_error", std::string());
    tx.commit();
}

void SavePullCursor(Database& db, int64_t cursor) { Set(db, "sync.pull_cursor", cursor); }

void SaveOwnToFetch(Database& db, int64_t from, int64_t through) {
    const int64_t held_from = GetInt(db, "sync.own_from", 0), held_through = GetInt(db, "sync.own_through", 0);
    if (held_from > 0 && held_from <= held_through) {
        from = std::min(from, held_from);
        through = std::max(through, held_through);
    }
    Set(db, "sync.own_from", from);
    Set(db, "sync.own_through", through);
}

void SaveOwnFetched(Database& db, int64_t next) {
    if (next > GetInt(db, "sync.own_through", 0)) {
        Set(db, "sync.own_from", int64_t{0});
        Set(db, "sync.own_through", int64_t{0});
    } else {
        Set(db, "sync.own_from", next);
    }
}

void SaveClockOffset(Database& db, int64_t offset_ms) { Set(db, "sync.clock_offset_ms", offset_ms); }

void SaveSyncSuccess(Database& db, int64_t at_ms) {
    Transaction tx(db.sql());
    Set(db, "sync.last_success_ms", at_ms);
    Set(db, "sync.last_attempt_ms", at_ms);
    Set(db, "sync.last_error", std::string());
    tx.commit();
}

void SaveSyncFailure(Database& db, int64_t at_ms, const std::string& error_key) {
    Transaction tx(db.sql());
    Set(db, "sync.last_attempt_ms", at_ms);
    Set(db, "sync.last_error", error_key);
    tx.commit();
}

void SaveSyncInterval(Database& db, int seconds) { Set(db, "sync.interval_s", int64_t{seconds}); }

}  // namespace palier::storage
