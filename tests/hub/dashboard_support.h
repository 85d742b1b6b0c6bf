#pragma once
// The dashboard served by a real HubServer on 127.0.0.1 (a free port) in process, over a hub
// store with a fixed clock and the network of figures_support.h, spoken to with httplib's
// client; a coordinator (claire) and a volunteer (victor) have accounts.
#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "figures_support.h"
#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "hub/WebAccess.h"

namespace palier::test {

constexpr const char* kCoordinatorPassword = "correct horse battery";
constexpr const char* kVolunteerPassword = "volunteer-pass-1";

// The value of `name="csrf"` in a page.
inline std::string CsrfIn(const std::string& html) {
    const std::string mark = "name=\"csrf\" value=\"";
    const size_t at = html.find(mark);
    if (at == std::string::npos) return {};
    const size_t from = at + mark.size();
    return html.substr(from, html.find('"', from) - from);
}

// The Set-Cookie header for `name`, whole ("" when none).
inline std::string SetCookie(const httplib::Result& res, const std::string& name) {
    for (size_t i = 0; i < res->get_header_value_count("Set-Cookie"); ++i) {
        const std::string c = res->get_header_value("Set-Cookie", i);
        if (c.rfind(name + "=", 0) == 0) return c;
    }
    return {};
}

inline std::string CookieValueOf(const std::string& set_cookie) {
    const size_t eq = set_cookie.find('='), end = set_cookie.find(';');
    return set_cookie.substr(eq + 1, end - eq - 1);
}

// The text of the cell classed `figure` in the row that starts with `row` inside section `id`
// (the text of its link when it holds one).
inline std::string Cell(const std::string& html, const std::string& id, const std::string& row,
                        const std::string& figure) {
    const size_t section = html.find("<section id=\"" + id + "\"");
    if (section == std::string::npos) return "no section";
    const size_t r = html.find(row, section);
    if (r == std::string::npos) return "no row";
    const std::string mark = "<td class=\"" + figure + "\">";
    const size_t c = html.find(mark, r);
    if (c == std::string::npos || c > html.find("</tr>", r)) return "no cell";
    size_t from = c + mark.size();
    if (html.compare(from, 3, "<a ") == 0) from = html.find('>', from) + 1;
    return html.substr(from, html.find('<', from) - from);
}

class DashboardTest : public ::testing::Test {
  protected:
    TempDir dir;
    TestClock clock;
    std::unique_ptr<hub::HubStore> store;
    std::unique_ptr<hub::HubServer> server;
    std::thread serving;
    std::unique_ptr<httplib::Client> client;

    void SetUp() override {
        LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n");
        clock.Set(D(kNetworkToday), 15, 0);
        store = hub::OpenSqliteHub(dir.File("hub"), clock.clock());
        {
            storage::Database db(dir.File("hub/palier.db"), clock.clock());
            BuildNetwork(db);
        }
        ASSERT_TRUE(hub::CreateAccount(*store, "claire", storage::WebRole::Coordinator,
                                       kCoordinatorPassword));
        ASSERT_TRUE(
            hub::CreateAccount(*store, "victor", storage::WebRole::Volunteer, kVolunteerPassword));
        hub::HubOptions options;
        options.port = 0;
        server = std::make_unique<hub::HubServer>(*store, options);
        std::string error;
        ASSERT_TRUE(server->Bind(error)) << error;
        serving = std::thread([this] { server->Serve(); });
        client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
        client->set_connection_timeout(5, 0);
        client->set_read_timeout(10, 0);
    }

    void TearDown() override {
        if (server) server->Stop();
        if (serving.joinable()) serving.join();
    }

    struct LoginForm {
        std::string cookie;  // "palier_prelogin=..."
        std::string csrf;
    };
    LoginForm OpenLogin() {
        auto res = client->Get("/login");
        EXPECT_TRUE(res);
        if (!res) return {};
        EXPECT_EQ(res->status, 200);
        const std::string set = SetCookie(res, "palier_prelogin");
        return {set.substr(0, set.find(';')), CsrfIn(res->body)};
    }
    httplib::Result PostLogin(const LoginForm& form, const std::string& login,
                              const std::string& password) {
        return client->Post(
            "/login", {{"Cookie", form.cookie}},
            httplib::Params{{"csrf", form.csrf}, {"login", login}, {"password", password}});
    }
    // Signed in: the session cookie as a browser sends it back.
    std::string SignIn(const std::string& login, const std::string& password) {
        auto res = PostLogin(OpenLogin(), login, password);
        EXPECT_TRUE(res);
        if (!res) return {};
        EXPECT_EQ(res->status, 303);
        return "palier_session=" + CookieValueOf(SetCookie(res, "palier_session"));
    }
    httplib::Result Get(const std::string& path, const std::string& cookie) {
        return client->Get(path, {{"Cookie", cookie}, {"Accept-Language", "en-GB,en;q=0.8"}});
    }
};

}  // namespace palier::test
