// TLS: the kiosk refuses a hub whose certificate it cannot verify, and trusts one whose own
// certificate authority it was given (--ca-file). The certificate is made for the test with
// `openssl req` in a temp folder; without the openssl program the tests are skipped.
#include <cstdlib>

#include "SyncFixture.h"
#include "storage/SyncStateStore.h"

namespace palier::test {
namespace {

class SyncTls : public SyncTest {
protected:
    void SetUp() override {
        SyncTest::SetUp();
        cert = certs.File("hub.pem");
        key = certs.File("hub.key");
        const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost"
                                " -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout '" +
                                key + "' -out '" + cert + "' >/dev/null 2>&1";
        if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "openssl could not make a certificate";
        tls_hub = std::make_unique<FakeHub>(TestMomentMs(), cert, key);
    }
    TempDir certs;
    std::string cert, key;
    std::unique_ptr<FakeHub> tls_hub;
};

TEST_F(SyncTls, AHubWhoseCertificateCannotBeVerifiedIsRefused) {
    auto r = Session().Enrol(tls_hub->url(), FakeHub::kCode, "");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_certificate");
    EXPECT_EQ(tls_hub->requests("/api/v1/enrol"), 0);  // not a word was sent to it
    EXPECT_FALSE(storage::LoadSyncState(*db).enrolled());
}

TEST_F(SyncTls, AHubWithItsOwnCertificateIsTrustedWithItsCaFile) {
    auto r = Session().Enrol(tls_hub->url(), FakeHub::kCode, cert);
    ASSERT_TRUE(r.ok()) << r.problem().detail;
    EXPECT_EQ(storage::LoadSyncState(*db).ca_file, cert);
    RegisterSome(2);
    auto synced = Session().Sync();
    ASSERT_TRUE(synced.ok()) << synced.problem().detail;
    EXPECT_EQ(synced->pushed, static_cast<int64_t>(tls_hub->pushed().size()));
}

TEST_F(SyncTls, AMissingCaFileIsSaid) {
    auto r = Session().Enrol(tls_hub->url(), FakeHub::kCode, certs.File("nowhere.pem"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.sync_ca_missing");
}

}  // namespace
}  // namespace palier::test
