#pragma once
// Orientation requests for the coordinators: every request not deleted, whenever opened, counted
// by topic, by partner and by status, and the overdue list with the follow-up each request
// waits for. "Overdue" and the list are those of the kiosk's follow-up (FollowUpsOverdue,
// kiosk/Orientations.h), and the next steps offered are the status changes it allows
// (AllowedNext), so the dashboard and the kiosk never disagree.
#include <span>
#include <string>
#include <vector>

#include "Orientations.h"

namespace palier {

struct StatusCounts {
    std::vector<int> by_status;  // in the order of AllStatuses() (kiosk/Codes.h)
    int total = 0;
};

struct TopicCounts {
    Topic topic = Topic::Other;
    StatusCounts counts;
};

struct PartnerCounts {
    Id partner_id;     // empty: requests not referred to a partner yet
    std::string name;  // the partner's name; its id when the directory does not know it
    StatusCounts counts;
};

struct OverdueRequest {
    FollowUp follow_up;  // who (masked), partner, days overdue, the request itself
    std::span<const OrientationStatus> next;  // the status changes the follow-up may make
};

struct OrientationFigures {
    std::vector<TopicCounts> by_topic;      // every topic, in the order of AllTopics()
    std::vector<PartnerCounts> by_partner;  // partners with requests by name, then "none yet"
    StatusCounts total;
    std::vector<OverdueRequest> overdue;  // the oldest due first
};

// The overdue list names people (masked): whoever shows it records the view, as
// ViewOrientationFigures does.
Result<OrientationFigures> OrientationFiguresOf(storage::Database& db);

// The same, shown to `viewer` (a dashboard login): the overdue list names people, so each view
// is written to the audit trail (action "view", record kind "orientation_list") before the
// figures are given. Nothing is given when the audit row cannot be written.
Result<OrientationFigures> ViewOrientationFigures(storage::Database& db, const std::string& viewer);

}  // namespace palier
