#include "SyncFixture.h"

#include "kiosk/FrontDesk.h"
#include "storage/JournalStore.h"

namespace palier::test {

void SyncTest::SetUp() {
    DbTest::SetUp();
    hub = std::make_unique<FakeHub>(TestMomentMs());
}

void SyncTest::EnrolWith(FakeHub& h) {
    auto done = Session().Enrol(h.url(), FakeHub::kCode, "");
    ASSERT_TRUE(done.ok()) << done.problem().key << " " << done.problem().detail;
}

void SyncTest::RegisterSome(int n) {
    static const char* const names[] = {"Amina", "Karim", "Léa", "Moussa", "Inès", "Yanis", "Sofia", "Nour"};
    for (int i = 0; i < n; ++i) RegisterOn(names[i % 8], "Benali", 1980 + i);
}

std::vector<JournalEntry> SyncTest::OtherKioskRegisters(int n) {
    storage::Database other(other_dir.File("palier.db"), clock.clock());
    for (int i = 0; i < n; ++i) {
        NewPerson p;
        p.first_name = "Fatou";
        p.last_name = "Diallo";
        p.birth_year = 1970 + i;
        EXPECT_TRUE(RegisterPerson(other, site, p).ok());
    }
    return storage::JournalAfter(other, 0, 10000);
}

}  // namespace palier::test
