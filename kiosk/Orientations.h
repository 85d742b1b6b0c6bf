#pragma once
// Orientation requests: a resident's need (topic code) referred to a partner and followed up.
// Status moves only forward:
//   open -> referred | dropped
//   referred -> appointment | resolved | dropped
//   appointment -> resolved | dropped
// (resolved and dropped are final). Referring needs a partner; an appointment needs a date.
#include <span>
#include <string_view>
#include <vector>

#include "Dates.h"
#include "Result.h"
#include "storage/Database.h"

namespace palier {

struct NewOrientation {
    Id person_id;  // may be empty for an anonymous request
    Topic topic = Topic::Other;
    Id partner_id;          // optional at creation
    std::string due_date;   // YYYY-MM-DD, required: when to follow up
    std::string note;       // short objective note, at most 280 characters
};
Result<Id> CreateOrientation(storage::Database& db, const Id& site_id, const Id& staff_id,
                             const NewOrientation& in);

bool IsAllowedTransition(OrientationStatus from, OrientationStatus to);
std::span<const OrientationStatus> AllowedNext(OrientationStatus from);

struct StatusChange {
    OrientationStatus to = OrientationStatus::Referred;
    Id partner_id;              // referred: the partner (kept if already set)
    std::string appointment_at; // appointment: YYYY-MM-DDTHH:MM
    std::string new_due_date;   // optional: the next follow-up
};
Status ChangeOrientationStatus(storage::Database& db, const Id& orientation_id, const Id& staff_id,
                               const StatusChange& change);

// Still open (open, referred, appointment) and due before `today`: the one definition of
// "overdue", for the follow-up lists and the coordinators' figures alike.
bool IsOverdue(const Orientation& o, Date today);

struct FollowUp {
    Orientation orientation;
    std::string person_label;  // masked
    std::string partner_name;
    int days_overdue = 0;      // 0 when due today
};
// Still-open requests due today, and those overdue (due before today), oldest first.
Result<std::vector<FollowUp>> FollowUpsDueToday(storage::Database& db);
Result<std::vector<FollowUp>> FollowUpsOverdue(storage::Database& db);
Result<std::vector<FollowUp>> AllOpenFollowUps(storage::Database& db);

// The requests a referral slip may be printed for, searched by staff: by due date (the most
// pressing first), then by resident. Kept when every word typed starts a word of the
// resident's label, the partner's name or the topic's name in the current language, accents
// and case aside ("mar caf" finds Marie's request to the CAF). An empty query keeps them all.
std::vector<FollowUp> ReferralsMatching(std::vector<FollowUp> referrals, std::string_view query);

}  // namespace palier
