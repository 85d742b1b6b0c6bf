#include "hub/WebRoutes.h"

#include <httplib.h>

#include <charconv>

#include "hub/WebAccess.h"
#include "hub/WebPages.h"
#include "hub/WebStyle.h"
#include "kiosk/Log.h"

namespace palier::hub {

namespace {

constexpr const char* kSessionCookie = "palier_session";
constexpr const char* kPreLoginCookie = "palier_prelogin";
constexpr const char* kHtml = "text/html; charset=utf-8";

// The first of fr and en that the browser asks for; French otherwise.
Lang PageLang(const httplib::Request& req) {
    const std::string accept = req.get_header_value("Accept-Language");
    size_t at = 0;
    while (at < accept.size()) {
        size_t end = accept.find(',', at);
        if (end == std::string::npos) end = accept.size();
        std::string tag = accept.substr(at, end - at);
        tag.erase(0, tag.find_first_not_of(' '));
        if (tag.rfind("fr", 0) == 0) return Lang::Fr;
        if (tag.rfind("en", 0) == 0) return Lang::En;
        at = end + 1;
    }
    return Lang::Fr;
}

std::string CookieValue(const httplib::Request& req, const std::string& name) {
    const std::string header = req.get_header_value("Cookie");
    size_t at = 0;
    while (at < header.size()) {
        size_t end = header.find(';', at);
        if (end == std::string::npos) end = header.size();
        std::string pair = header.substr(at, end - at);
        pair.erase(0, pair.find_first_not_of(' '));
        if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 &&
            pair[name.size()] == '=')
            return pair.substr(name.size() + 1);
        at = end + 1;
    }
    return {};
}

std::string Cookie(const char* name, const std::string& value, const char* path, int64_t max_age_s,
                   bool tls) {
    return std::string(name) + "=" + value + "; HttpOnly; SameSite=Strict; Path=" + path +
           "; Max-Age=" + std::to_string(max_age_s) + (tls ? "; Secure" : "");
}

void Send(httplib::Response& res, int status, std::string html) {
    res.status = status;
    // Pages hold figures about people: never kept by a shared computer's cache; nothing but the
    // hub's own stylesheet may be loaded, and no other site may frame them.
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors "
                   "'none'; base-uri 'none'");
    res.set_content(std::move(html), kHtml);
}

void SeeOther(httplib::Response& res, const char* where) {
    res.status = 303;
    res.set_header("Location", where);
}

FrameVisitor FrameOf(const Visitor& v) {
    return FrameVisitor{v.account.login, v.session.csrf, ManagesKiosks(v.account.role),
                        SeesOrientations(v.account.role)};
}

struct Web {
    HubStore& store;
    bool tls;

    // The signed-in visitor, or the answer (to the login page) is already written.
    std::optional<Visitor> Require(const httplib::Request& req, httplib::Response& res) {
        auto v = VisitorOf(store, CookieValue(req, kSessionCookie));
        if (!v) SeeOther(res, "/login");
        return v;
    }

    // A form posted without its session's CSRF token is refused, whatever it asks.
    bool FormTrusted(const httplib::Request& req, httplib::Response& res, const Visitor& v) {
        if (CsrfMatches(v.session.csrf, req.get_param_value("csrf"))) return true;
        const Lang lang = PageLang(req);
        Send(res, 403,
             MessagePage(lang, Tr("web.refused_title", lang), Tr("web.form_refused", lang),
                         FrameOf(v)));
        return false;
    }

    void LoginForm(const httplib::Request& req, httplib::Response& res) {
        if (VisitorOf(store, CookieValue(req, kSessionCookie))) return SeeOther(res, "/");
        const OpenedSession pre = OpenPreLogin(store);
        res.set_header("Set-Cookie",
                       Cookie(kPreLoginCookie, pre.token, "/login", kPreLoginMs / 1000, tls));
        Send(res, 200, LoginPage(PageLang(req), pre.csrf, ""));
    }

    void LoginPost(const httplib::Request& req, httplib::Response& res) {
        const Lang lang = PageLang(req);
        const auto pre = SessionOf(store, CookieValue(req, kPreLoginCookie));
        if (!pre || !pre->login.empty() || !CsrfMatches(pre->csrf, req.get_param_value("csrf")))
            return Send(res, 403,
                        MessagePage(lang, Tr("web.refused_title", lang),
                                    Tr("web.login_expired", lang), {}));
        const std::string login = req.get_param_value("login");
        const LoginOutcome outcome = LogIn(store, login, req.get_param_value("password"));
        switch (outcome.verdict) {
            case LoginVerdict::Throttled:
                LogInfo("dashboard login refused without a check, too many failures: " + login +
                        " from " + req.remote_addr);
                res.set_header("Retry-After", std::to_string(outcome.retry_after_s));
                return Send(
                    res, 429,
                    LoginPage(lang, pre->csrf,
                              Trf("web.too_many_failures",
                                  {{"minutes", std::to_string((outcome.retry_after_s + 59) / 60)}},
                                  lang)));
            case LoginVerdict::Refused:
                LogInfo("dashboard login failed: " + login + " from " + req.remote_addr);
                return Send(res, 200, LoginPage(lang, pre->csrf, Tr("web.wrong_password", lang)));
            case LoginVerdict::SignedIn:
                store.DeleteWebSession(pre->token_hash);
                res.set_header("Set-Cookie", Cookie(kSessionCookie, outcome.session.token, "/",
                                                    kWebSessionMs / 1000, tls));
                res.set_header("Set-Cookie", Cookie(kPreLoginCookie, "", "/login", 0, tls));
                return SeeOther(res, "/");
        }
    }

    void Logout(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v || !FormTrusted(req, res, *v)) return;
        LogOut(store, v->session);
        res.set_header("Set-Cookie", Cookie(kSessionCookie, "", "/", 0, tls));
        SeeOther(res, "/login");
    }

    void Overview(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v) return;
        const Lang lang = PageLang(req);
        const Date today = store.Today();
        const auto day = store.FiguresOf(DayPeriod(today));
        const auto week = store.FiguresOf(WeekPeriod(today));
        if (!day || !week)
            return Send(
                res, 503,
                MessagePage(lang, Tr("web.overview", lang),
                            Describe(day ? week.problem() : day.problem(), lang), FrameOf(*v)));
        Send(res, 200,
             OverviewPage(lang, FrameOf(*v), SeesOrientations(v->account.role), day.value(),
                          week.value()));
    }

    // A page for coordinators only (`allowed`, from hub/WebAccess.h): anyone else gets a plain
    // refusal.
    bool CoordinatorsOnly(const httplib::Request& req, httplib::Response& res, const Visitor& v,
                          bool allowed) {
        if (allowed) return true;
        const Lang lang = PageLang(req);
        Send(res, 403,
             MessagePage(lang, Tr("web.refused_title", lang), Tr("web.coordinators_only", lang),
                         FrameOf(v)));
        return false;
    }
    bool MayManageKiosks(const httplib::Request& req, httplib::Response& res, const Visitor& v) {
        return CoordinatorsOnly(req, res, v, ManagesKiosks(v.account.role));
    }

    void Visits(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v) return;
        const Lang lang = PageLang(req);
        // ?weeks=N; anything that is not a number gives the default (ChartWeeks bounds the rest).
        int weeks = kDefaultChartWeeks;
        const std::string asked = req.get_param_value("weeks");
        if (!asked.empty()) {
            int n = 0;
            const auto [end, error] = std::from_chars(asked.data(), asked.data() + asked.size(), n);
            if (error == std::errc() && end == asked.data() + asked.size()) weeks = n;
        }
        const auto figures = store.VisitFiguresOf(weeks);
        if (!figures)
            return Send(res, 503,
                        MessagePage(lang, Tr("web.visits", lang), Describe(figures.problem(), lang),
                                    FrameOf(*v)));
        Send(res, 200, VisitsPage(lang, FrameOf(*v), figures.value()));
    }

    void Orientations(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v || !CoordinatorsOnly(req, res, *v, SeesOrientations(v->account.role))) return;
        const Lang lang = PageLang(req);
        const auto figures = store.ViewOrientations(v->account.login);
        if (!figures)
            return Send(res, 503,
                        MessagePage(lang, Tr("web.orientations", lang),
                                    Describe(figures.problem(), lang), FrameOf(*v)));
        Send(res, 200, OrientationsPage(lang, FrameOf(*v), figures.value()));
    }

    void Kiosks(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v || !MayManageKiosks(req, res, *v)) return;
        Send(res, 200, KiosksPage(PageLang(req), FrameOf(*v), store.Devices()));
    }

    void Revoke(const httplib::Request& req, httplib::Response& res) {
        const auto v = Require(req, res);
        if (!v || !FormTrusted(req, res, *v) || !MayManageKiosks(req, res, *v)) return;
        const std::string device = req.get_param_value("device");
        if (!store.Revoke(device)) {
            const Lang lang = PageLang(req);
            return Send(
                res, 404,
                MessagePage(lang, Tr("web.kiosks", lang),
                            Trf("hub.no_such_device", {{"device", device}}, lang), FrameOf(*v)));
        }
        LogInfo("device " + device + " revoked from the dashboard by " + v->account.login);
        SeeOther(res, "/kiosks");
    }
};

}  // namespace

void AddWebRoutes(httplib::Server& server, HubStore& store, bool tls) {
    auto web = std::make_shared<Web>(Web{store, tls});
    server.Get("/static/palier.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "max-age=3600");
        res.set_content(DashboardCss(), "text/css; charset=utf-8");
    });
    server.Get("/login",
               [web](const httplib::Request& q, httplib::Response& r) { web->LoginForm(q, r); });
    server.Post("/login",
                [web](const httplib::Request& q, httplib::Response& r) { web->LoginPost(q, r); });
    server.Post("/logout",
                [web](const httplib::Request& q, httplib::Response& r) { web->Logout(q, r); });
    server.Get("/",
               [web](const httplib::Request& q, httplib::Response& r) { web->Overview(q, r); });
    server.Get("/visits",
               [web](const httplib::Request& q, httplib::Response& r) { web->Visits(q, r); });
    server.Get("/orientations",
               [web](const httplib::Request& q, httplib::Response& r) { web->Orientations(q, r); });
    server.Get("/kiosks",
               [web](const httplib::Request& q, httplib::Response& r) { web->Kiosks(q, r); });
    server.Post("/kiosks/revoke",
                [web](const httplib::Request& q, httplib::Response& r) { web->Revoke(q, r); });
}

}  // namespace palier::hub
