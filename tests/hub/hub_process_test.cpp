// The real palier-hub on 127.0.0.1 and real kiosk files: enrolment, push and pull over HTTP,
// every refusal of docs/SYNC.md with the hub unchanged, a client that holds a connection, a
// clean stop on SIGTERM and a restart after SIGKILL.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "hub_process.h"
#include "hub_support.h"
#include "kiosk/FrontDesk.h"
#include "storage/RecordJson.h"

using namespace palier;
using namespace palier::test;
using nlohmann::json;

namespace {

class HubProcessTest : public ::testing::Test {
protected:
    TempDir dir;
    Device a{dir, "a"}, b{dir, "b"};
    const Id site = "site-local";

    static httplib::Client Client(const HubProcess& hub) {
        httplib::Client c("127.0.0.1", hub.port());
        c.set_connection_timeout(5);
        c.set_read_timeout(30);
        return c;
    }
    // Enrols `d` over HTTP with a code from the command line; returns its token.
    static std::string Enrol(const HubProcess& hub, const Device& d, const std::string& site_name) {
        auto c = Client(hub);
        const json body = {{"code", hub.EnrolCode(site_name)}, {"device", d.db->device_id()}, {"format", 2}};
        auto res = c.Post("/api/v1/enrol", body.dump(), "application/json");
        EXPECT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
        return res ? json::parse(res->body).value("token", "") : "";
    }
    static httplib::Result PushBody(const HubProcess& hub, const std::string& token, const std::string& body) {
        auto c = Client(hub);
        c.set_bearer_token_auth(token.c_str());
        return c.Post("/api/v1/sync/push", body, "application/json");
    }
    static std::string PushOfJournal(const Device& d) {
        return json{{"device", d.db->device_id()}, {"format", 2}, {"entries", d.Journal()}}.dump();
    }
    // Pulls everything for `token` into `d`, page by page.
    static void PullInto(const HubProcess& hub, const std::string& token, Device& d, int page = 2) {
        auto c = Client(hub);
        c.set_bearer_token_auth(token.c_str());
        int64_t cursor = 0;
        for (bool more = true; more;) {
            auto res = c.Get("/api/v1/sync/pull?since=" + std::to_string(cursor) + "&limit=" + std::to_string(page));
            ASSERT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
            const json j = json::parse(res->body);
            auto applied = ApplyRemoteBatch(*d.db, j.at("changes").get<std::vector<JournalEntry>>());
            ASSERT_TRUE(applied) << applied.problem().detail;
            cursor = j.at("cursor").get<int64_t>();
            more = j.at("more").get<bool>();
        }
    }
    std::string HubState() {
        storage::OpenOptions read_only;
        read_only.read_only = true;
        storage::Database look(dir.File("hub/palier.db"), FixedClock(0), read_only);
        return HubDump(look);
    }
    Id Register(Device& d, const char* first) {
        NewPerson p;
        p.first_name = first;
        p.birth_year = 1984;
        auto id = RegisterPerson(*d.db, site, p);
        EXPECT_TRUE(id);
        return *id;
    }
};

TEST_F(HubProcessTest, APersonRegisteredAtOneKioskReachesTheOtherThroughTheHub) {
    HubProcess hub(dir.File("hub"));
    const std::string ta = Enrol(hub, a, "Local"), tb = Enrol(hub, b, "Bus");
    const Id p = Register(a, "Mariama");
    Register(b, "Ilyes");
    for (const auto& [d, t] : {std::pair{&a, ta}, std::pair{&b, tb}}) {
        auto res = PushBody(hub, t, PushOfJournal(*d));
        ASSERT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
        EXPECT_EQ(json::parse(res->body).at("acked_through").get<int64_t>(), d->Journal().back().seq);
    }
    PullInto(hub, tb, b);
    PullInto(hub, ta, a);
    EXPECT_NE(Dump(*b.db).find(p), std::string::npos);
    EXPECT_EQ(Dump(*a.db), Dump(*b.db));
    EXPECT_EQ(hub.Stop(), 0);
    EXPECT_EQ(HubState().find("Mariama") != std::string::npos, true);

    const std::string log = hub.Log();
    EXPECT_NE(log.find("POST /api/v1/sync/push 200"), std::string::npos) << log;
    EXPECT_NE(log.find("GET /api/v1/sync/pull 200"), std::string::npos) << log;
}

TEST_F(HubProcessTest, EveryRefusalHasItsStatusAndASentenceAndLeavesTheHubAsItWas) {
    HubProcess hub(dir.File("hub"), {"--rate", "1000"});
    const std::string token = Enrol(hub, a, "Local");
    Register(a, "Mariama");
    Register(a, "Ilyes");
    const std::string good = PushOfJournal(a);
    const std::string before = HubState();

    json gap = json::parse(good);
    gap["entries"].erase(0);
    json other = json::parse(good);
    other["device"] = "someone-else";
    json newer = json::parse(good);
    newer["format"] = 3;
    const std::string huge = std::string(4 * 1024 * 1024 + 10, ' ');
    struct Case {
        std::string what, token, body;
        int status;
    };
    const std::vector<Case> cases = {
        {"no token", "", good, 401},
        {"unknown token", std::string(64, 'a'), good, 401},
        {"malformed JSON", token, good.substr(0, good.size() / 2), 400},
        {"sequence gap", token, gap.dump(), 400},
        {"another device's push", token, other.dump(), 400},
        {"unknown format", token, newer.dump(), 426},
        {"body over 4 MB", token, huge, 413},
    };
    for (const auto& c : cases) {
        auto res = PushBody(hub, c.token, c.body);
        ASSERT_TRUE(res) << c.what;
        EXPECT_EQ(res->status, c.status) << c.what << ": " << res->body;
        const json j = json::parse(res->body, nullptr, false);
        EXPECT_TRUE(j.is_object() && j.contains("error") && !j.at("error").get<std::string>().empty())
            << c.what << ": " << res->body;
    }
    auto c = Client(hub);
    c.set_bearer_token_auth(token.c_str());
    for (const char* bad : {"/api/v1/sync/pull?since=-1", "/api/v1/sync/pull?since=abc", "/api/v1/sync/pull?limit=0",
                            "/api/v1/sync/pull?limit=9999"}) {
        auto res = c.Get(bad);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << bad;
    }
    // Looking (pull) marks the device as seen; nothing else of the hub moved.
    auto strip_seen = [](std::string s) {
        const auto at = s.find("== SELECT * FROM hub_device");
        const auto end = s.find("== SELECT * FROM hub_code");
        return s.substr(0, at) + s.substr(end);
    };
    EXPECT_EQ(strip_seen(HubState()), strip_seen(before));

    ASSERT_EQ(RunHubCommand({"revoke", "--data", hub.data_dir(), a.db->device_id()}).exit_code, 0);
    auto revoked = PushBody(hub, token, good);
    ASSERT_TRUE(revoked);
    EXPECT_EQ(revoked->status, 401);
}

TEST_F(HubProcessTest, AReplayUnlikeTheEntryTheHubHoldsIsAConflictThatChangesNothing) {
    HubProcess hub(dir.File("hub"), {"--rate", "1000"});
    const std::string token = Enrol(hub, a, "Local");
    Register(a, "Mariama");
    Register(a, "Ilyes");
    const std::string good = PushOfJournal(a);
    auto first = PushBody(hub, token, good);
    ASSERT_TRUE(first && first->status == 200) << (first ? first->body : "no answer");
    const std::string before = HubState();

    // Another write under number 2, as a kiosk restored from an older copy would send it.
    json other_write = json::parse(good);
    other_write["entries"][1]["hlc"] = other_write["entries"][1]["hlc"].get<int64_t>() + 1;
    other_write["entries"][1]["id"] = "4f6c2d9e-0000-8000-8000-000000000001";
    auto res = PushBody(hub, token, other_write.dump());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 409) << res->body;
    const json j = json::parse(res->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << res->body;
    EXPECT_FALSE(j.value("error", "").empty());
    EXPECT_EQ(j.value("acked_through", -1), 2);
    EXPECT_EQ(j.value("differs_from", -1), 2);
    EXPECT_EQ(HubState(), before);

    // The same writes again are replays, even with other field values (an erasure scrubs the
    // hub's copy before the kiosk that wrote them has heard of it).
    json scrubbed = json::parse(good);
    scrubbed["entries"][0]["fields"]["first_name"] = "";
    for (const std::string& body : {good, scrubbed.dump()}) {
        auto again = PushBody(hub, token, body);
        ASSERT_TRUE(again);
        EXPECT_EQ(again->status, 200) << again->body;
        EXPECT_EQ(json::parse(again->body).value("acked_through", -1), 2);
    }
    EXPECT_NE(hub.Log().find("POST /api/v1/sync/push 409"), std::string::npos);
}

TEST_F(HubProcessTest, AKioskTakesBackItsOwnEntriesPageByPageAndNoOneElses) {
    HubProcess hub(dir.File("hub"), {"--rate", "1000"});
    const std::string ta = Enrol(hub, a, "Local"), tb = Enrol(hub, b, "Bus");
    for (const char* n : {"Mariama", "Ilyes", "Zoé"}) Register(a, n);
    Register(b, "Karim");
    for (const auto& [d, t] : {std::pair{&a, ta}, std::pair{&b, tb}}) {
        auto res = PushBody(hub, t, PushOfJournal(*d));
        ASSERT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
    }
    auto c = Client(hub);
    c.set_bearer_token_auth(ta.c_str());
    std::vector<int64_t> seqs;
    int64_t from = 2;
    for (bool more = true; more;) {
        auto res = c.Get("/api/v1/sync/own?from=" + std::to_string(from) + "&through=3&limit=1");
        ASSERT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
        const json j = json::parse(res->body);
        for (const auto& e : j.at("changes")) {
            EXPECT_EQ(e.at("device").get<std::string>(), a.db->device_id());
            seqs.push_back(e.at("seq").get<int64_t>());
        }
        from = j.at("cursor").get<int64_t>();
        more = j.at("more").get<bool>();
    }
    EXPECT_EQ(seqs, (std::vector<int64_t>{2, 3}));
    for (const char* bad : {"/api/v1/sync/own?through=3", "/api/v1/sync/own?from=0&through=3",
                            "/api/v1/sync/own?from=1&through=3&limit=0"}) {
        auto res = c.Get(bad);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << bad;
    }
    auto anonymous = Client(hub).Get("/api/v1/sync/own?from=1&through=3");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
}

TEST_F(HubProcessTest, AKioskInARetryLoopIsToldToWaitWhileAnotherIsServed) {
    HubProcess hub(dir.File("hub"), {"--rate", "2"});
    const std::string ta = Enrol(hub, a, "Local"), tb = Enrol(hub, b, "Bus");
    auto c = Client(hub);
    c.set_bearer_token_auth(ta.c_str());
    int refused = 0;
    std::string retry_after;
    for (int i = 0; i < 10; ++i) {
        auto res = c.Get("/api/v1/sync/pull?since=0");
        ASSERT_TRUE(res);
        if (res->status == 429) {
            ++refused;
            retry_after = res->get_header_value("Retry-After");
        }
    }
    EXPECT_GE(refused, 1);
    EXPECT_GE(std::atoi(retry_after.c_str()), 1);
    auto other = Client(hub);
    other.set_bearer_token_auth(tb.c_str());
    auto res = other.Get("/api/v1/sync/pull?since=0");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
}

TEST_F(HubProcessTest, ConnectionsHeldOpenWithoutARequestDoNotStopTheHubServingOthers) {
    HubProcess hub(dir.File("hub"), {"--threads", "2", "--io-timeout", "1"});
    std::vector<int> held;
    for (int i = 0; i < 4; ++i) {
        const int s = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(hub.port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ASSERT_EQ(connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        const char partial[] = "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\n";  // and then nothing
        ASSERT_GT(write(s, partial, sizeof partial - 1), 0);
        held.push_back(s);
    }
    auto c = Client(hub);
    auto res = c.Get("/health");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    for (int s : held) close(s);
    EXPECT_EQ(hub.Stop(), 0);
}

TEST_F(HubProcessTest, AHubKilledAndRestartedKeepsWhatItAcknowledgedAndTakesTheReplayOnce) {
    const std::string data = dir.File("hub");
    std::string token;
    {
        HubProcess hub(data);
        token = Enrol(hub, a, "Local");
        Register(a, "Mariama");
        auto res = PushBody(hub, token, PushOfJournal(a));
        ASSERT_TRUE(res && res->status == 200);
        hub.Kill();
    }
    const std::string after_kill = HubState();
    HubProcess hub(data);
    auto replay = PushBody(hub, token, PushOfJournal(a));
    ASSERT_TRUE(replay && replay->status == 200) << (replay ? replay->body : "no answer");
    EXPECT_EQ(json::parse(replay->body).at("acked_through").get<int64_t>(), a.Journal().back().seq);
    EXPECT_EQ(hub.Stop(), 0);
    auto strip_seen = [](std::string s) {
        const auto at = s.find("== SELECT * FROM hub_device");
        const auto end = s.find("== SELECT * FROM hub_code");
        return s.substr(0, at) + s.substr(end);
    };
    EXPECT_EQ(strip_seen(HubState()), strip_seen(after_kill));
}

TEST_F(HubProcessTest, TheCommandLineListsDevicesAndRefusesAnUnknownOne) {
    HubProcess hub(dir.File("hub"));
    Enrol(hub, a, "Bus");
    const auto devices = RunHubCommand({"devices", "--data", hub.data_dir()});
    EXPECT_EQ(devices.exit_code, 0);
    EXPECT_NE(devices.out.find(a.db->device_id()), std::string::npos);
    EXPECT_NE(devices.out.find("Bus"), std::string::npos);
    const auto unknown = RunHubCommand({"revoke", "--data", hub.data_dir(), "nobody"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("nobody"), std::string::npos);
    EXPECT_EQ(RunHubCommand({"enrol", "--data", hub.data_dir()}).exit_code, 2);  // no --site
}

TEST_F(HubProcessTest, AccountAddReadsThePasswordFromStdinAndRefusesAShortOne) {
    const std::string data = dir.File("hub");
    const std::vector<std::string> add = {"account", "add", "--data", data, "--login", "claire", "--role", "coordinator"};
    const auto short_one = RunHubCommand(add, "123456789\n");
    EXPECT_EQ(short_one.exit_code, 1);
    EXPECT_NE(short_one.err.find("too short: at least 10 characters"), std::string::npos) << short_one.err;
    const auto done = RunHubCommand(add, "a long enough password\n");
    EXPECT_EQ(done.exit_code, 0) << done.err;
    EXPECT_NE(done.out.find("claire"), std::string::npos);
    EXPECT_EQ(RunHubCommand(add, "another long password\n").exit_code, 1);  // the login is taken
    EXPECT_EQ(RunHubCommand({"account", "add", "--data", data, "--login", "x", "--role", "boss"}, "long enough password\n")
                  .exit_code,
              2);
}

}  // namespace
