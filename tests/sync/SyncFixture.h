#pragma once
// A kiosk database at the suite's moment (a fixed clock, never the wall clock) with a fake hub
// beside it, and the sync session run as the command line runs it: database steps at once.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "FakeHub.h"
#include "kiosk/sync/HubSession.h"
#include "storage/Database.h"
#include "tests/unit/test_support.h"

namespace palier::test {

class SyncTest : public DbTest {
protected:
    void SetUp() override;
    sync::RunOnDb Direct() {
        return [this](const sync::DbStep& step) {
            step(*db);
            return true;
        };
    }
    sync::HubSession Session(sync::SessionOptions options = {}) { return sync::HubSession(Direct(), clock.clock(), nullptr, options); }
    // Enrols the kiosk with `hub`; fails the test when refused.
    void EnrolWith(FakeHub& hub);
    // People registered here, each with its journal entries.
    void RegisterSome(int n);
    // Another kiosk's journal: what the hub hands this one.
    std::vector<JournalEntry> OtherKioskRegisters(int n);

    std::unique_ptr<FakeHub> hub;
    TempDir other_dir;
};

}  // namespace palier::test
