// What the hub refuses before it touches its storage (docs/SYNC.md, "Refusals").
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "hub/PushPayload.h"
#include "hub/RateLimit.h"
#include "storage/JournalStore.h"

using namespace palier;
using nlohmann::json;

namespace {

json Entry(int64_t seq) {
    return {{"v", 2},           {"device", "k1"}, {"seq", seq}, {"kind", "person"}, {"id", "p-" + std::to_string(seq)},
            {"op", "upsert"},   {"hlc", 1000},    {"fields", {{"first_name", "Awa"}, {"birth_year", 1990}}}};
}

json Push(json entries) { return {{"device", "k1"}, {"format", 2}, {"entries", std::move(entries)}}; }

hub::Refusal Refused(const std::string& body) {
    auto r = hub::ParsePush(body);
    if (auto* refusal = std::get_if<hub::Refusal>(&r)) return *refusal;
    ADD_FAILURE() << "accepted: " << body;
    return {};
}

TEST(PushPayload, AWellFormedPushIsRead) {
    auto r = hub::ParsePush(Push({Entry(4), Entry(5)}).dump());
    ASSERT_TRUE(std::holds_alternative<hub::PushRequest>(r));
    const auto& p = std::get<hub::PushRequest>(r);
    EXPECT_EQ(p.device, "k1");
    ASSERT_EQ(p.entries.size(), 2u);
    EXPECT_EQ(p.entries[1].seq, 5);
    EXPECT_EQ(json::parse(p.entries[0].payload).at("first_name"), "Awa");
}

TEST(PushPayload, EachKindOfBadInputIsRefusedWithASentenceSayingWhat) {
    struct Case {
        std::string body;
        int status;
        std::string says;
    };
    auto with = [](const char* key, json value) {
        json e = Entry(1);
        e[key] = std::move(value);
        return Push({e}).dump();
    };
    json wrong_type = Entry(1);
    wrong_type["fields"]["birth_year"] = "nineteen ninety";
    json unknown_field = Entry(1);
    unknown_field["fields"]["shoe_size"] = 42;
    json gap = Push({Entry(1), Entry(3)});
    json newer = Push({Entry(1)});
    newer["format"] = 3;
    const std::vector<Case> cases = {
        {"{\"device\": \"k1\", ", 400, "not valid JSON"},
        {"[1, 2]", 400, "JSON object"},
        {json{{"format", 2}, {"entries", json::array()}}.dump(), 400, "\"device\""},
        {json{{"device", "k1"}, {"format", 2}, {"entries", "none"}}.dump(), 400, "\"entries\""},
        {json{{"device", "k1"}, {"format", "2"}, {"entries", json::array()}}.dump(), 400, "\"format\""},
        {with("kind", "spaceship"), 400, "unknown kind"},
        {with("op", "explode"), 400, "operation"},
        {with("seq", "one"), 400, "\"seq\""},
        {with("seq", 0), 400, "below 1"},
        {with("hlc", -5), 400, "negative"},
        {with("device", "k2"), 400, "another device"},
        {with("fields", json::array()), 400, "\"fields\""},
        {with("id", ""), 400, "empty"},
        {Push({wrong_type}).dump(), 400, "wrong type"},
        {Push({unknown_field}).dump(), 400, "shoe_size"},
        {gap.dump(), 400, "gap"},
        {newer.dump(), 426, "update this kiosk"},
    };
    for (const auto& c : cases) {
        const auto r = Refused(c.body);
        EXPECT_EQ(r.status, c.status) << c.body;
        EXPECT_NE(r.sentence.find(c.says), std::string::npos) << r.sentence << " for " << c.body;
    }
}

TEST(PushPayload, StaffAndOlderEntriesAreReadButNotShared) {
    json staff = Entry(1);
    staff["kind"] = "staff";
    staff["fields"] = {{"name", "Mme Diallo"}, {"role", "coordinator"}};
    json older = Entry(2);
    older["v"] = 1;
    auto r = hub::ParsePush(Push({staff, older, Entry(3)}).dump());
    ASSERT_TRUE(std::holds_alternative<hub::PushRequest>(r));
    const auto& p = std::get<hub::PushRequest>(r);
    EXPECT_FALSE(hub::Shared(p.entries[0]));
    EXPECT_EQ(p.entries[0].payload, "{}");  // the staff member's name goes no further
    EXPECT_FALSE(hub::Shared(p.entries[1]));
    EXPECT_TRUE(hub::Shared(p.entries[2]));
    json newer = Entry(1);
    newer["v"] = 3;
    EXPECT_EQ(Refused(Push({newer}).dump()).status, 400);
}

TEST(PushPayload, AnErasureIsTakenOnlyForAKindThatHasTombstones) {
    json e = Entry(1);
    e["op"] = "erase";
    EXPECT_TRUE(std::holds_alternative<hub::PushRequest>(hub::ParsePush(Push({e}).dump())));
    e["kind"] = "visit";
    e["fields"] = json::object();
    EXPECT_EQ(Refused(Push({e}).dump()).status, 400);
}

TEST(EnrolPayload, TheKiosksSiteIsReadWhenGivenAndOptional) {
    json body = {{"code", "K7QF-3MZP"}, {"device", "k1"}, {"format", 2}, {"site_id", "site-bus"}};
    auto r = hub::ParseEnrol(body.dump());
    ASSERT_TRUE(std::holds_alternative<hub::EnrolRequest>(r));
    EXPECT_EQ(std::get<hub::EnrolRequest>(r).site_id, "site-bus");
    body.erase("site_id");  // a kiosk of an earlier version
    r = hub::ParseEnrol(body.dump());
    ASSERT_TRUE(std::holds_alternative<hub::EnrolRequest>(r));
    EXPECT_EQ(std::get<hub::EnrolRequest>(r).site_id, "");
    body["site_id"] = 7;
    r = hub::ParseEnrol(body.dump());
    ASSERT_TRUE(std::holds_alternative<hub::Refusal>(r));
    EXPECT_EQ(std::get<hub::Refusal>(r).status, 400);
    EXPECT_NE(std::get<hub::Refusal>(r).sentence.find("site_id"), std::string::npos);
}

TEST(RateLimit, ABurstOfOneSecondPassesThenTheDeviceWaitsWhileOthersGoOn) {
    hub::RateLimit limit(5);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(limit.Take("k1", 1000), 0);
    EXPECT_GE(limit.Take("k1", 1000), 1);
    EXPECT_EQ(limit.Take("k2", 1000), 0);
    EXPECT_EQ(limit.Take("k1", 1200), 0);  // one more after a fifth of a second
    EXPECT_GE(limit.Take("k1", 1200), 1);
    EXPECT_GE(limit.Take("k1", 500), 1);  // a clock set back gives nothing
}

}  // namespace
