#include "WebTables.h"

#include <SQLiteCpp/Statement.h>

namespace palier::storage {

bool AddWebAccount(Database& db, const WebAccount& a) {
    SQLite::Statement st(db.sql(),
                         "INSERT OR IGNORE INTO hub_account(login, role, password_hash, "
                         "created_ms) VALUES(?,?,?,?)");
    st.bind(1, a.login);
    st.bind(2, static_cast<int>(a.role));
    st.bind(3, a.password_hash);
    st.bind(4, a.created_ms);
    return st.exec() > 0;
}

std::optional<WebAccount> WebAccountByLogin(Database& db, const std::string& login) {
    SQLite::Statement st(
        db.sql(), "SELECT login, role, password_hash, created_ms FROM hub_account WHERE login = ?");
    st.bind(1, login);
    if (!st.executeStep()) return std::nullopt;
    return WebAccount{st.getColumn(0).getString(), static_cast<WebRole>(st.getColumn(1).getInt()),
                      st.getColumn(2).getString(), st.getColumn(3).getInt64()};
}

void SaveWebSession(Database& db, const WebSession& s, int64_t now_ms) {
    SQLite::Statement gone(db.sql(), "DELETE FROM hub_web_session WHERE expires_ms <= ?");
    gone.bind(1, now_ms);
    gone.exec();
    SQLite::Statement st(db.sql(),
                         "INSERT OR REPLACE INTO hub_web_session(token_hash, csrf, login, "
                         "expires_ms) VALUES(?,?,?,?)");
    st.bind(1, s.token_hash);
    st.bind(2, s.csrf);
    st.bind(3, s.login);
    st.bind(4, s.expires_ms);
    st.exec();
}

std::optional<WebSession> WebSessionByHash(Database& db, const std::string& token_hash,
                                           int64_t now_ms) {
    SQLite::Statement st(db.sql(),
                         "SELECT token_hash, csrf, login, expires_ms FROM hub_web_session"
                         " WHERE token_hash = ? AND expires_ms > ?");
    st.bind(1, token_hash);
    st.bind(2, now_ms);
    if (!st.executeStep()) return std::nullopt;
    return WebSession{st.getColumn(0).getString(), st.getColumn(1).getString(),
                      st.getColumn(2).getString(), st.getColumn(3).getInt64()};
}

void DeleteWebSession(Database& db, const std::string& token_hash) {
    SQLite::Statement st(db.sql(), "DELETE FROM hub_web_session WHERE token_hash = ?");
    st.bind(1, token_hash);
    st.exec();
}

void AddLoginFailure(Database& db, const std::string& login, int64_t at_ms,
                     int64_t forget_before_ms) {
    SQLite::Statement old(db.sql(), "DELETE FROM hub_login_failure WHERE at_ms < ?");
    old.bind(1, forget_before_ms);
    old.exec();
    SQLite::Statement st(db.sql(), "INSERT INTO hub_login_failure(login, at_ms) VALUES(?,?)");
    st.bind(1, login);
    st.bind(2, at_ms);
    st.exec();
}

LoginFailures LoginFailuresSince(Database& db, const std::string& login, int64_t since_ms) {
    SQLite::Statement st(db.sql(),
                         "SELECT count(*), coalesce(min(at_ms), 0) FROM hub_login_failure WHERE "
                         "login = ? AND at_ms > ?");
    st.bind(1, login);
    st.bind(2, since_ms);
    st.executeStep();
    return LoginFailures{st.getColumn(0).getInt(), st.getColumn(1).getInt64()};
}

void ClearLoginFailures(Database& db, const std::string& login) {
    SQLite::Statement st(db.sql(), "DELETE FROM hub_login_failure WHERE login = ?");
    st.bind(1, login);
    st.exec();
}

}  // namespace palier::storage
