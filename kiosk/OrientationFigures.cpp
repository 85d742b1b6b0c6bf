#include "OrientationFigures.h"

#include <algorithm>
#include <map>

#include "Codes.h"
#include "ServiceEdge.h"
#include "storage/FigureStore.h"
#include "storage/OrientationStore.h"
#include "storage/StaffStore.h"

namespace palier {

namespace {
StatusCounts NoRequests() {
    return StatusCounts{std::vector<int>(AllStatuses().size(), 0), 0};
}

void Count(StatusCounts& into, size_t status, int requests) {
    into.by_status[status] += requests;
    into.total += requests;
}

// Where `status` stands in AllStatuses(); the end for a code this build does not know (a
// record from a newer kiosk), which is then left out.
size_t StatusIndex(OrientationStatus status) {
    const auto all = AllStatuses();
    return static_cast<size_t>(std::find(all.begin(), all.end(), status) - all.begin());
}
}  // namespace

Result<OrientationFigures> OrientationFiguresOf(storage::Database& db) {
    return Guard("OrientationFiguresOf", [&]() -> Result<OrientationFigures> {
        OrientationFigures out;
        out.total = NoRequests();
        for (Topic t : AllTopics()) out.by_topic.push_back(TopicCounts{t, NoRequests()});
        std::map<Id, StatusCounts> by_partner;
        for (const storage::OrientationCount& c : storage::OrientationsByTopicPartnerStatus(db)) {
            const size_t status = StatusIndex(c.status);
            if (status >= AllStatuses().size()) continue;
            const int topic = static_cast<int>(c.topic);
            const int row =
                topic >= 0 && topic < kTopicCount ? topic : static_cast<int>(Topic::Other);
            Count(out.by_topic[static_cast<size_t>(row)].counts, status, c.requests);
            Count(by_partner.try_emplace(c.partner_id, NoRequests()).first->second, status,
                  c.requests);
            Count(out.total, status, c.requests);
        }

        std::map<Id, std::string> names;
        for (const Partner& p : storage::AllPartners(db)) names[p.id] = p.name;
        for (auto& [id, counts] : by_partner) {
            if (id.empty()) continue;
            const auto name = names.find(id);
            out.by_partner.push_back(
                PartnerCounts{id, name == names.end() ? id : name->second, std::move(counts)});
        }
        std::stable_sort(
            out.by_partner.begin(), out.by_partner.end(),
            [](const PartnerCounts& a, const PartnerCounts& b) { return a.name < b.name; });
        if (const auto none = by_partner.find(Id()); none != by_partner.end())
            out.by_partner.push_back(PartnerCounts{Id(), std::string(), std::move(none->second)});

        auto overdue = FollowUpsOverdue(db);
        if (!overdue) return overdue.problem();
        for (FollowUp& f : *overdue) {
            const auto next = AllowedNext(f.orientation.status);
            out.overdue.push_back(OverdueRequest{std::move(f), next});
        }
        return out;
    });
}

Result<OrientationFigures> ViewOrientationFigures(storage::Database& db,
                                                  const std::string& viewer) {
    return Guard("ViewOrientationFigures", [&]() -> Result<OrientationFigures> {
        // One transaction: a view that could not be shown is not recorded, and one that is
        // shown always is.
        storage::Transaction tx(db.sql());
        storage::AppendAudit(db, viewer, "view", "orientation_list", Id(), NowInstant(db.clock()));
        auto figures = OrientationFiguresOf(db);
        if (figures) tx.commit();
        return figures;
    });
}

}  // namespace palier
