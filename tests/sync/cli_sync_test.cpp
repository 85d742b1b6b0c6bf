// `palier enrol` and `palier sync` as an installer runs them: the real binary against the fake
// hub, its words and its exit code.
#include "SyncFixture.h"
#include "storage/JournalStore.h"
#include "storage/SyncStateStore.h"
#include "tests/unit/cli_support.h"

namespace palier::test {
namespace {

class CliSync : public SyncTest {
protected:
    CliRun Palier(const std::vector<std::string>& args) {
        return RunPalier(PALIER_CLI, dir.path.string(), NowStamp(clock.clock()), args, dir.path.string());
    }
};

TEST_F(CliSync, EnrolsThenSyncsAndSaysWhatItDid) {
    RegisterSome(2);
    const int64_t journal = storage::JournalCount(*db);
    hub->AddChanges(OtherKioskRegisters(1));
    const CliRun enrol = Palier({"enrol", hub->url(), FakeHub::kCode});
    ASSERT_EQ(enrol.code, 0) << enrol.err;
    EXPECT_NE(enrol.out.find(FakeHub::kSite), std::string::npos) << enrol.out;
    EXPECT_EQ(enrol.out.find(FakeHub::kToken), std::string::npos);  // the token is never shown

    const CliRun sync = Palier({"sync"});
    ASSERT_EQ(sync.code, 0) << sync.err;
    EXPECT_NE(sync.out.find("Envoyés au serveur : " + std::to_string(journal)), std::string::npos) << sync.out;
    EXPECT_NE(sync.out.find("Reçus du serveur : "), std::string::npos) << sync.out;
    EXPECT_EQ(storage::JournalWaiting(*db), 0);
    EXPECT_EQ(static_cast<int64_t>(hub->pushed().size()), journal);
}

TEST_F(CliSync, ARefusedCodeFailsWithASentence) {
    const CliRun r = Palier({"enrol", hub->url(), "NOPE-NOPE"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("code d'inscription"), std::string::npos) << r.err;
}

TEST_F(CliSync, SyncWithoutEnrolmentOrHubFailsWithASentence) {
    CliRun r = Palier({"sync"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("pas encore inscrite"), std::string::npos) << r.err;
    EnrolWith(*hub);
    hub.reset();
    r = Palier({"sync"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("ne répond pas"), std::string::npos) << r.err;
}

TEST_F(CliSync, BadUsageIsExitTwo) {
    EXPECT_EQ(Palier({"enrol", hub->url()}).code, 2);
    EXPECT_EQ(Palier({"sync", "--every", "1"}).code, 2);
    const CliRun every = Palier({"sync", "--every", "300"});
    EXPECT_EQ(every.code, 1);  // the interval is kept, the sync itself needs an enrolment
    EXPECT_EQ(storage::LoadSyncState(*db).interval_seconds, 300);
}

}  // namespace
}  // namespace palier::test
