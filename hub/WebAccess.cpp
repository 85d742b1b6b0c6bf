#include "hub/WebAccess.h"

#include <sodium.h>

#include <algorithm>

#include "storage/Uuid.h"

namespace palier::hub {

namespace {
// A login is typed by a person and shown on pages: printable, without spaces, not too long.
bool IsValidLogin(const std::string& login) {
    if (login.empty() || login.size() > 64) return false;
    for (unsigned char c : login)
        if (c <= ' ' || c == 0x7f) return false;
    return true;
}
}  // namespace

std::optional<WebRole> ParseWebRole(const std::string& word) {
    if (word == "coordinator") return WebRole::Coordinator;
    if (word == "volunteer") return WebRole::Volunteer;
    return std::nullopt;
}

Status CreateAccount(HubStore& store, const std::string& login, WebRole role,
                     const std::string& password) {
    if (!IsValidLogin(login)) return MakeProblem("web.login_invalid");
    if (password.size() < kMinPasswordChars)
        return MakeProblem("web.password_short", {}, {{"min", std::to_string(kMinPasswordChars)}});
    if (sodium_init() < 0) return MakeProblem("err.storage");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return MakeProblem("err.storage");
    if (!store.AddWebAccount(WebAccount{login, role, hash, store.NowMs()}))
        return MakeProblem("web.login_taken", {}, {{"login", login}});
    return Ok();
}

namespace {
// The hash a login that does not exist is checked against, so that such a login takes as long
// to refuse as a wrong password and does not tell which logins exist.
const std::string& UnknownLoginHash() {
    static const std::string hash = [] {
        char out[crypto_pwhash_STRBYTES] = {};
        const std::string unguessable = NewSecretToken();
        if (sodium_init() < 0 || crypto_pwhash_str(out, unguessable.data(), unguessable.size(),
                                                   crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                   crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return std::string();
        return std::string(out);
    }();
    return hash;
}

OpenedSession Open(HubStore& store, const std::string& login, int64_t life_ms) {
    OpenedSession out{NewSecretToken(), NewSecretToken()};
    store.SaveWebSession(
        WebSession{SecretHash(out.token), out.csrf, login, store.NowMs() + life_ms});
    return out;
}
}  // namespace

OpenedSession OpenPreLogin(HubStore& store) {
    return Open(store, "", kPreLoginMs);
}

std::optional<WebSession> SessionOf(HubStore& store, const std::string& token) {
    if (token.empty()) return std::nullopt;
    return store.FindWebSession(SecretHash(token));
}

std::optional<Visitor> VisitorOf(HubStore& store, const std::string& token) {
    auto session = SessionOf(store, token);
    if (!session || session->login.empty()) return std::nullopt;
    auto account = store.FindWebAccount(session->login);
    if (!account) return std::nullopt;
    return Visitor{std::move(*account), std::move(*session)};
}

bool CsrfMatches(const std::string& expected, const std::string& given) {
    return !expected.empty() && expected.size() == given.size() &&
           sodium_memcmp(expected.data(), given.data(), expected.size()) == 0;
}

LoginOutcome LogIn(HubStore& store, const std::string& login, const std::string& password) {
    LoginOutcome out;
    const int64_t now = store.NowMs();
    const LoginFailures failures = store.LoginFailuresSince(login, now - kLoginWindowMs);
    if (failures.count >= kMaxLoginFailures) {
        out.verdict = LoginVerdict::Throttled;
        const int64_t wait_ms = failures.oldest_ms + kLoginWindowMs - now;
        out.retry_after_s = static_cast<int>(std::max<int64_t>(1, (wait_ms + 999) / 1000));
        return out;
    }
    const auto account = store.FindWebAccount(login);
    const std::string& hash = account ? account->password_hash : UnknownLoginHash();
    const bool matches =
        !hash.empty() && sodium_init() >= 0 &&
        crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    if (!account || !matches) {
        store.AddLoginFailure(login, now - kLoginWindowMs);
        return out;
    }
    store.ClearLoginFailures(login);
    out.verdict = LoginVerdict::SignedIn;
    out.session = Open(store, login, kWebSessionMs);
    return out;
}

void LogOut(HubStore& store, const WebSession& session) {
    store.DeleteWebSession(session.token_hash);
}

}  // namespace palier::hub
