#pragma once
// Who may use the dashboard: accounts with a password (libsodium's crypto_pwhash_str), browser
// sessions known by a hash of their token, a CSRF token per session, and failed logins counted
// per login so that passwords cannot be guessed fast. No HTTP here: hub/WebRoutes.cpp turns
// these answers into cookies, redirects and status codes.
#include <optional>
#include <string>

#include "hub/HubStore.h"
#include "kiosk/Result.h"

namespace palier::hub {

constexpr size_t kMinPasswordChars = 10;
constexpr int kMaxLoginFailures = 5;  // within kLoginWindowMs, per login
constexpr int64_t kLoginWindowMs = 15 * 60 * 1000;
constexpr int64_t kWebSessionMs = 8 * 3600 * 1000;  // a working day; the cookie's Max-Age
constexpr int64_t kPreLoginMs = 10 * 60 * 1000;     // the login form's life

// "coordinator" | "volunteer".
std::optional<WebRole> ParseWebRole(const std::string& word);

// web.login_invalid, web.password_short, web.login_taken, or err.storage.
Status CreateAccount(HubStore& store, const std::string& login, WebRole role,
                     const std::string& password);

// A session given to a browser: `token` goes in its cookie once and is never kept.
struct OpenedSession {
    std::string token;
    std::string csrf;
};
OpenedSession OpenPreLogin(HubStore& store);

// A browser's session, found by the token of its cookie; `login` is empty before login.
std::optional<WebSession> SessionOf(HubStore& store, const std::string& token);
// The same, signed in to an account that still exists.
struct Visitor {
    WebAccount account;
    WebSession session;
};
std::optional<Visitor> VisitorOf(HubStore& store, const std::string& token);

// Compared in constant time: a form's token against its session's.
bool CsrfMatches(const std::string& expected, const std::string& given);

enum class LoginVerdict { SignedIn, Refused, Throttled };
struct LoginOutcome {
    LoginVerdict verdict = LoginVerdict::Refused;
    OpenedSession session;  // SignedIn
    int retry_after_s = 0;  // Throttled
};
// After kMaxLoginFailures failures of one login within kLoginWindowMs, the password is not even
// checked until the oldest of them is that old. A success forgets the failures.
LoginOutcome LogIn(HubStore& store, const std::string& login, const std::string& password);
void LogOut(HubStore& store, const WebSession& session);

// What a role may see: volunteers see activities and attendance, not orientations, and only
// coordinators manage kiosks.
inline bool SeesOrientations(WebRole r) {
    return r == WebRole::Coordinator;
}
inline bool ManagesKiosks(WebRole r) {
    return r == WebRole::Coordinator;
}

}  // namespace palier::hub
