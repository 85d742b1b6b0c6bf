// Orientations in detail (kiosk/OrientationFigures.h) on the network of figures_support.h, with
// two partners added: counts by topic, partner and status, the overdue list with its next steps,
// and the audit row each view writes.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "kiosk/Codes.h"
#include "kiosk/OrientationFigures.h"
#include "storage/StaffStore.h"

using namespace palier;
using namespace palier::test;

namespace {

using S = OrientationStatus;

class OrientationFiguresTest : public DbTest {
  protected:
    Id housing_partner;

    void SetUp() override {
        DbTest::SetUp();
        clock.Set(D(kNetworkToday), 15, 0);
        BuildNetwork(*db);
        storage::Transaction tx(db->sql());
        Partner p;
        p.name = "Habitat Jeunes";
        p.topics = {Topic::Housing};
        storage::SavePartner(*db, p);
        housing_partner = p.id;
        Partner unused;
        unused.name = "Mission locale";
        storage::SavePartner(*db, unused);
        auto request = [&](Topic topic, S status, const char* due, bool deleted) {
            Orientation o;
            o.site_id = kCentre;
            o.topic = topic;
            o.partner_id = housing_partner;
            o.status = status;
            o.created_at = "2026-11-02";
            o.due_date = due;
            o.deleted = deleted;
            storage::SaveOrientation(*db, o);
        };
        request(Topic::Housing, S::Referred, "2026-11-18", false);  // overdue, anonymous
        request(Topic::Housing, S::Dropped, "2026-11-18", false);   // closed
        request(Topic::Housing, S::Open, "2026-11-10", true);       // deleted: nowhere
        tx.commit();
    }
    OrientationFigures Of() {
        auto f = OrientationFiguresOf(*db);
        EXPECT_TRUE(f) << (f ? "" : Describe(f.problem()));
        return f ? *f : OrientationFigures{};
    }
    static int At(const StatusCounts& c, S status) {
        const auto all = AllStatuses();
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i] == status) return c.by_status.at(i);
        return -1;
    }
    static const TopicCounts& TopicOf(const OrientationFigures& f, Topic t) {
        return f.by_topic.at(static_cast<size_t>(t));
    }
};

TEST_F(OrientationFiguresTest, EveryTopicIsListedWithItsRequestsByStatus) {
    const OrientationFigures f = Of();
    ASSERT_EQ(f.by_topic.size(), static_cast<size_t>(kTopicCount));
    const StatusCounts& caf = TopicOf(f, Topic::Caf).counts;
    EXPECT_EQ(At(caf, S::Open), 2);
    EXPECT_EQ(At(caf, S::Referred), 1);
    EXPECT_EQ(At(caf, S::Appointment), 1);
    EXPECT_EQ(At(caf, S::Resolved), 1);
    EXPECT_EQ(At(caf, S::Dropped), 0);
    EXPECT_EQ(caf.total, 5);
    const StatusCounts& housing = TopicOf(f, Topic::Housing).counts;
    EXPECT_EQ(At(housing, S::Referred), 1);
    EXPECT_EQ(At(housing, S::Dropped), 1);
    EXPECT_EQ(At(housing, S::Open), 0);  // the deleted request counts nowhere
    EXPECT_EQ(housing.total, 2);
    EXPECT_EQ(TopicOf(f, Topic::Dental).counts.total, 0);
    EXPECT_EQ(f.total.total, 7);
    EXPECT_EQ(At(f.total, S::Referred), 2);
}

TEST_F(OrientationFiguresTest, PartnersWithRequestsThenTheRequestsWithoutOne) {
    const OrientationFigures f = Of();
    ASSERT_EQ(f.by_partner.size(), 2u);  // the partner with no request is not listed
    EXPECT_EQ(f.by_partner[0].name, "Habitat Jeunes");
    EXPECT_EQ(f.by_partner[0].partner_id, housing_partner);
    EXPECT_EQ(f.by_partner[0].counts.total, 2);
    EXPECT_TRUE(f.by_partner[1].partner_id.empty());
    EXPECT_EQ(f.by_partner[1].counts.total, 5);
    EXPECT_EQ(At(f.by_partner[1].counts, S::Open), 2);
}

TEST_F(OrientationFiguresTest, TheOverdueListIsTheFollowUpsWithTheStepsTheyAllow) {
    const OrientationFigures f = Of();
    // Due before today and still open: the network's referred and appointment requests, and
    // the housing request; not the one due today, the closed ones nor the deleted one.
    ASSERT_EQ(f.overdue.size(), 3u);
    int late_by_7 = 0;
    for (const OverdueRequest& r : f.overdue) {
        EXPECT_TRUE(IsOverdue(r.follow_up.orientation, D(kNetworkToday)));
        const auto expected = AllowedNext(r.follow_up.orientation.status);
        EXPECT_EQ(std::vector<S>(r.next.begin(), r.next.end()),
                  std::vector<S>(expected.begin(), expected.end()));
        if (r.follow_up.orientation.topic == Topic::Housing) {
            EXPECT_EQ(r.follow_up.partner_name, "Habitat Jeunes");
            EXPECT_TRUE(r.follow_up.person_label.empty());
            EXPECT_EQ(r.follow_up.days_overdue, 7);
            ++late_by_7;
        } else {
            EXPECT_FALSE(r.follow_up.person_label.empty());  // Amina, masked
        }
    }
    EXPECT_EQ(late_by_7, 1);
}

TEST_F(OrientationFiguresTest, EachViewWritesOneAuditRowWithTheViewersLogin) {
    ASSERT_TRUE(ViewOrientationFigures(*db, "claire"));
    auto audit = storage::RecentAudit(*db, 10);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].staff_id, "claire");
    EXPECT_EQ(audit[0].action, "view");
    EXPECT_EQ(audit[0].record_kind, "orientation_list");
    EXPECT_EQ(audit[0].record_id, "");
    EXPECT_EQ(audit[0].at.rfind("2026-11-25T15:00", 0), 0u) << audit[0].at;
    ASSERT_TRUE(ViewOrientationFigures(*db, "claire"));
    EXPECT_EQ(storage::RecentAudit(*db, 10).size(), 2u);
    // Counting without a viewer writes nothing: recording is for the caller that shows the list.
    ASSERT_TRUE(OrientationFiguresOf(*db));
    EXPECT_EQ(storage::RecentAudit(*db, 10).size(), 2u);
}

}  // namespace
