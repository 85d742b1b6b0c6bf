#pragma once
// Translation keys for every code the domain uses, so screens, printouts and the hub name a
// topic or a status the same way. Each returns a key for Tr().
#include <cstdint>
#include <span>

#include "storage/Records.h"

namespace palier {

const char* ReasonKey(VisitReason r);              // "reason.paperwork"
std::span<const VisitReason> AllReasons();         // a fixed list: screens walk it every frame
const char* TopicKey(Topic t);                     // "topic.housing"
std::span<const Topic> AllTopics();
const char* StatusKey(OrientationStatus s);        // "ostatus.referred"
std::span<const OrientationStatus> AllStatuses();  // in the order a request moves through them
const char* ActivityKindKey(ActivityKind k);       // "kind.workshop"
const char* BookingStatusKey(BookingStatus s);     // "bstatus.waitlisted"
const char* RoleKey(StaffRole r);                  // "role.volunteer"
const char* WeekdayKey(int iso_weekday);           // 1..7 -> "day.1"
// What to bring to a partner for a topic (referral slips): "bring.health_coverage".
const char* BringKey(Topic t);

}  // namespace palier
