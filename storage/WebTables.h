#pragma once
// The dashboard's tables on the hub: web accounts, browser sessions and failed logins. Only
// hashes of secrets are kept (a password's libsodium hash, a session token's SecretHash).
#include <optional>
#include <string>

#include "Database.h"

namespace palier::storage {

enum class WebRole { Coordinator, Volunteer };

struct WebAccount {
    std::string login;
    WebRole role = WebRole::Volunteer;
    std::string password_hash;  // crypto_pwhash_str
    int64_t created_ms = 0;
};

// A browser's session. Before login, `login` is empty: the session then only carries the CSRF
// token of the login form.
struct WebSession {
    std::string token_hash;
    std::string csrf;
    std::string login;
    int64_t expires_ms = 0;
};

// False when the login is taken (nothing changed).
bool AddWebAccount(Database& db, const WebAccount& a);
std::optional<WebAccount> WebAccountByLogin(Database& db, const std::string& login);

// Saves `s` and forgets every session expired at `now_ms`.
void SaveWebSession(Database& db, const WebSession& s, int64_t now_ms);
// The session of `token_hash` when it has not expired at `now_ms`.
std::optional<WebSession> WebSessionByHash(Database& db, const std::string& token_hash,
                                           int64_t now_ms);
void DeleteWebSession(Database& db, const std::string& token_hash);

// Also forgets failures older than `forget_before_ms`: guesses at logins that do not exist
// cannot fill the table.
void AddLoginFailure(Database& db, const std::string& login, int64_t at_ms,
                     int64_t forget_before_ms);
struct LoginFailures {
    int count = 0;
    int64_t oldest_ms = 0;  // of those counted
};
LoginFailures LoginFailuresSince(Database& db, const std::string& login, int64_t since_ms);
void ClearLoginFailures(Database& db, const std::string& login);

}  // namespace palier::storage
