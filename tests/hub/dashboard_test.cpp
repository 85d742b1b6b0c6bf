// The dashboard served by a real HubServer on 127.0.0.1 (a free port) in process, over a hub
// store with a fixed clock, spoken to with httplib's client: login and its limits, cookies,
// CSRF, roles, the overview's figures and revoking a kiosk.
#include "dashboard_support.h"
#include "storage/JournalStore.h"

using namespace palier;
using namespace palier::test;

namespace {

TEST_F(DashboardTest, WithoutASessionEveryPageSendsToLogin) {
    for (const char* path : {"/", "/kiosks"}) {
        auto res = client->Get(path);
        ASSERT_TRUE(res) << path;
        EXPECT_EQ(res->status, 303) << path;
        EXPECT_EQ(res->get_header_value("Location"), "/login") << path;
    }
    auto res = Get("/", "palier_session=not-a-session");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 303);
    auto post = client->Post("/kiosks/revoke", httplib::Params{{"device", "x"}});
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 303);
}

TEST_F(DashboardTest, TheLoginFormNeedsItsOwnCsrfToken) {
    LoginForm form = OpenLogin();
    ASSERT_FALSE(form.csrf.empty());
    form.csrf = "forged";
    auto res = PostLogin(form, "claire", kCoordinatorPassword);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
    EXPECT_TRUE(SetCookie(res, "palier_session").empty());
}

TEST_F(DashboardTest, AWrongPasswordShowsTheFormAgainAndTheSixthTryWaits) {
    const LoginForm form = OpenLogin();
    for (int i = 0; i < hub::kMaxLoginFailures; ++i) {
        auto res = PostLogin(form, "claire", "wrong password " + std::to_string(i));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
        EXPECT_NE(res->body.find("name=\"password\""), std::string::npos);
        EXPECT_NE(res->body.find(Tr("web.wrong_password", Lang::Fr)), std::string::npos);
        EXPECT_TRUE(SetCookie(res, "palier_session").empty());
    }
    auto res = PostLogin(form, "claire", kCoordinatorPassword);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 429);
    EXPECT_EQ(res->get_header_value("Retry-After"), "900");
    EXPECT_TRUE(SetCookie(res, "palier_session").empty());
    // Another login is not held back; this one is again once the oldest failure is 15 minutes old.
    EXPECT_EQ(PostLogin(OpenLogin(), "victor", kVolunteerPassword)->status, 303);
    clock.AdvanceSeconds(15 * 60 + 1);
    EXPECT_EQ(PostLogin(OpenLogin(), "claire", kCoordinatorPassword)->status, 303);
}

TEST_F(DashboardTest, LoggingInSetsAStrictSessionCookieAndShowsTheOverview) {
    auto res = PostLogin(OpenLogin(), "claire", kCoordinatorPassword);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 303);
    EXPECT_EQ(res->get_header_value("Location"), "/");
    const std::string set = SetCookie(res, "palier_session");
    const std::string token = CookieValueOf(set);
    EXPECT_EQ(token.size(), 64u);
    EXPECT_EQ(set,
              "palier_session=" + token + "; HttpOnly; SameSite=Strict; Path=/; Max-Age=28800");

    auto page = Get("/", "palier_session=" + token);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    const std::string& html = page->body;
    EXPECT_NE(html.find("Overview"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(Cell(html, "today", "<tr class=\"total\">", "visits"), "3");
    EXPECT_EQ(Cell(html, "today", "<tr class=\"total\">", "first_visits"), "1");
    EXPECT_EQ(Cell(html, "today", "data-site=\"site-centre\"", "fill"), "30%");
    EXPECT_EQ(Cell(html, "today", "<tr class=\"total\">", "no_shows"), "–");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "visits"), "5");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "first_visits"), "2");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "orientations_opened"), "2");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "orientations_overdue"), "2");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "bookings"), "5");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "fill"), "46%");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "waitlisted"), "3");
    EXPECT_EQ(Cell(html, "week", "<tr class=\"total\">", "no_shows"), "33%");
    EXPECT_EQ(Cell(html, "week", "data-site=\"site-bus\"", "fill"), "100%");

    auto css = client->Get("/static/palier.css");
    ASSERT_TRUE(css);
    EXPECT_EQ(css->status, 200);
    EXPECT_NE(css->get_header_value("Content-Type").find("text/css"), std::string::npos);
}

TEST_F(DashboardTest, PagesAreInFrenchFirstAndEscapeWhatTheyShow) {
    {
        storage::Database db(dir.File("hub/palier.db"), clock.clock());
        storage::Transaction tx(db.sql());
        Site odd{"site-odd", "<b>Bus & \"Cie\"</b>", SiteKind::Stop, kBus, "", 3, "", "", false};
        storage::SaveSite(db, odd);
        tx.commit();
    }
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto page = client->Get("/", {{"Cookie", cookie}});
    ASSERT_TRUE(page);
    EXPECT_NE(page->body.find("<h1>Vue d&#39;ensemble</h1>"), std::string::npos);
    EXPECT_NE(page->body.find("&lt;b&gt;Bus &amp; &quot;Cie&quot;&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(page->body.find("<b>Bus"), std::string::npos);
}

TEST_F(DashboardTest, VolunteersSeeActivitiesButNotOrientationsNorKiosks) {
    const std::string cookie = SignIn("victor", kVolunteerPassword);
    auto page = Get("/", cookie);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    EXPECT_EQ(Cell(page->body, "week", "<tr class=\"total\">", "bookings"), "5");
    EXPECT_EQ(page->body.find("orientations_"), std::string::npos);
    EXPECT_EQ(page->body.find("rientation"), std::string::npos);
    EXPECT_EQ(page->body.find("href=\"/kiosks\""), std::string::npos);

    auto kiosks = Get("/kiosks", cookie);
    ASSERT_TRUE(kiosks);
    EXPECT_EQ(kiosks->status, 403);
    EXPECT_NE(kiosks->body.find("coordinators only"), std::string::npos);
}

TEST_F(DashboardTest, LogoutNeedsTheCsrfTokenThenTheSessionIsGone) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto page = Get("/", cookie);
    ASSERT_TRUE(page);
    const std::string csrf = CsrfIn(page->body);
    ASSERT_FALSE(csrf.empty());

    auto refused = client->Post("/logout", {{"Cookie", cookie}}, httplib::Params{});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_EQ(Get("/", cookie)->status, 200);

    auto out = client->Post("/logout", {{"Cookie", cookie}}, httplib::Params{{"csrf", csrf}});
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status, 303);
    EXPECT_EQ(out->get_header_value("Location"), "/login");
    EXPECT_EQ(SetCookie(out, "palier_session"),
              "palier_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    auto after = Get("/", cookie);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 303);
    EXPECT_EQ(after->get_header_value("Location"), "/login");
}

TEST_F(DashboardTest, ASessionEndsAfterEightHours) {
    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    clock.AdvanceSeconds(8 * 3600 - 1);
    EXPECT_EQ(Get("/", cookie)->status, 200);
    clock.AdvanceSeconds(2);
    EXPECT_EQ(Get("/", cookie)->status, 303);
}

TEST_F(DashboardTest, RevokingAKioskFromThePageShutsItOut) {
    const std::string code = store->NewEnrolCode("Centre", 3600 * 1000);
    auto enrolled = store->Enrol({code, "device-one", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(enrolled));
    const std::string token = std::get<hub::Enrolment>(enrolled).token;
    const httplib::Headers bearer = {{"Authorization", "Bearer " + token}};
    EXPECT_EQ(client->Get("/api/v1/sync/pull", bearer)->status, 200);

    const std::string cookie = SignIn("claire", kCoordinatorPassword);
    auto page = Get("/kiosks", cookie);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("data-device=\"device-one\""), std::string::npos);
    const std::string csrf = CsrfIn(page->body);

    auto forged = client->Post("/kiosks/revoke", {{"Cookie", cookie}},
                               httplib::Params{{"device", "device-one"}});
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403);
    EXPECT_EQ(client->Get("/api/v1/sync/pull", bearer)->status, 200);

    auto done = client->Post("/kiosks/revoke", {{"Cookie", cookie}},
                             httplib::Params{{"csrf", csrf}, {"device", "device-one"}});
    ASSERT_TRUE(done);
    EXPECT_EQ(done->status, 303);
    EXPECT_EQ(done->get_header_value("Location"), "/kiosks");
    EXPECT_EQ(client->Get("/api/v1/sync/pull", bearer)->status, 401);
    auto again = Get("/kiosks", cookie);
    ASSERT_TRUE(again);
    EXPECT_NE(again->body.find("revoked"), std::string::npos);
}

TEST_F(DashboardTest, AVolunteerCannotRevokeEvenWithTheirToken) {
    const std::string code = store->NewEnrolCode("Centre", 3600 * 1000);
    auto enrolled = store->Enrol({code, "device-two", storage::kJournalFormat, {}});
    ASSERT_TRUE(std::holds_alternative<hub::Enrolment>(enrolled));
    const std::string cookie = SignIn("victor", kVolunteerPassword);
    const std::string csrf = CsrfIn(Get("/", cookie)->body);
    auto res = client->Post("/kiosks/revoke", {{"Cookie", cookie}},
                            httplib::Params{{"csrf", csrf}, {"device", "device-two"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
    EXPECT_FALSE(store->Devices().front().revoked_ms);
}

TEST_F(DashboardTest, AnUnknownLoginIsRefusedLikeAWrongPasswordAndCountsToo) {
    const LoginForm form = OpenLogin();
    for (int i = 0; i < hub::kMaxLoginFailures; ++i) {
        auto res = PostLogin(form, "nobody", "whatever it is");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
        EXPECT_NE(res->body.find(Tr("web.wrong_password", Lang::Fr)), std::string::npos);
    }
    EXPECT_EQ(PostLogin(form, "nobody", "whatever it is")->status, 429);
}

// Under TLS both cookies are marked Secure.
TEST(DashboardTls, CookiesAreSecure) {
    TempDir dir;
    TestClock clock;
    const std::string cert = dir.File("hub.pem"), key = dir.File("hub.key");
    const std::string cmd =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout '" + key +
        "' -out '" + cert + "' >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "openssl could not make a certificate";
    LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
    auto store = hub::OpenSqliteHub(dir.File("hub"), clock.clock());
    ASSERT_TRUE(
        hub::CreateAccount(*store, "claire", storage::WebRole::Coordinator, kCoordinatorPassword));
    hub::HubOptions options;
    options.port = 0;
    options.tls_cert = cert;
    options.tls_key = key;
    hub::HubServer server(*store, options);
    std::string error;
    ASSERT_TRUE(server.Bind(error)) << error;
    std::thread serving([&] { server.Serve(); });
    httplib::Client client("https://127.0.0.1:" + std::to_string(server.port()));
    client.enable_server_certificate_verification(false);
    auto form = client.Get("/login");
    std::string pre, session;
    if (form) {
        pre = SetCookie(form, "palier_prelogin");
        auto res = client.Post("/login", {{"Cookie", pre.substr(0, pre.find(';'))}},
                               httplib::Params{{"csrf", CsrfIn(form->body)},
                                               {"login", "claire"},
                                               {"password", kCoordinatorPassword}});
        if (res) session = SetCookie(res, "palier_session");
    }
    server.Stop();
    serving.join();
    ASSERT_TRUE(form);
    EXPECT_NE(pre.find("; Secure"), std::string::npos) << pre;
    EXPECT_NE(session.find("; HttpOnly; SameSite=Strict; Path=/; Max-Age=28800; Secure"),
              std::string::npos)
        << session;
}

TEST(WebAccounts, AShortPasswordOrATakenLoginIsRefused) {
    TempDir dir;
    TestClock clock;
    auto store = hub::OpenSqliteHub(dir.File("hub"), clock.clock());
    const Status short_one =
        hub::CreateAccount(*store, "claire", storage::WebRole::Coordinator, "123456789");
    ASSERT_FALSE(short_one);
    EXPECT_EQ(short_one.problem().key, "web.password_short");
    EXPECT_FALSE(store->FindWebAccount("claire"));
    ASSERT_TRUE(hub::CreateAccount(*store, "claire", storage::WebRole::Coordinator, "1234567890"));
    const Status again =
        hub::CreateAccount(*store, "claire", storage::WebRole::Volunteer, "another password");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.problem().key, "web.login_taken");
    EXPECT_FALSE(hub::CreateAccount(*store, "two words", storage::WebRole::Volunteer,
                                    "long enough password"));
    const auto kept = store->FindWebAccount("claire");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->role, storage::WebRole::Coordinator);
    EXPECT_EQ(kept->password_hash.rfind("$argon2id$", 0), 0u);  // a hash, never the password
}

}  // namespace
