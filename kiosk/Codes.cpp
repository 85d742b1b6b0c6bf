#include "Codes.h"

#include <array>

namespace palier {

const char* ReasonKey(VisitReason r) {
    switch (r) {
        case kReasonInformation: return "reason.information";
        case kReasonPaperwork: return "reason.paperwork";
        case kReasonComputer: return "reason.computer";
        case kReasonActivity: return "reason.activity";
        case kReasonCoffee: return "reason.coffee";
        case kReasonPermanence: return "reason.permanence";
    }
    return "reason.information";
}

std::span<const VisitReason> AllReasons() {
    static constexpr VisitReason kAll[] = {kReasonInformation, kReasonPaperwork, kReasonComputer,
                                           kReasonActivity,    kReasonCoffee,    kReasonPermanence};
    return kAll;
}

const char* TopicKey(Topic t) {
    static const char* const keys[] = {
        "topic.health_coverage", "topic.ame", "topic.health_check", "topic.dental",
        "topic.housing", "topic.employment", "topic.caf", "topic.school",
        "topic.debt", "topic.legal", "topic.digital", "topic.other"};
    return keys[static_cast<int>(t)];
}

std::span<const Topic> AllTopics() {
    static constexpr auto kAll = [] {
        std::array<Topic, kTopicCount> all{};
        for (int i = 0; i < kTopicCount; ++i) all[static_cast<size_t>(i)] = static_cast<Topic>(i);
        return all;
    }();
    return kAll;
}

std::span<const OrientationStatus> AllStatuses() {
    static constexpr OrientationStatus kAll[] = {
        OrientationStatus::Open, OrientationStatus::Referred, OrientationStatus::Appointment,
        OrientationStatus::Resolved, OrientationStatus::Dropped};
    return kAll;
}

const char* StatusKey(OrientationStatus s) {
    static const char* const keys[] = {"ostatus.open", "ostatus.referred", "ostatus.appointment",
                                       "ostatus.resolved", "ostatus.dropped"};
    return keys[static_cast<int>(s)];
}

const char* ActivityKindKey(ActivityKind k) {
    static const char* const keys[] = {"kind.workshop", "kind.homework", "kind.outing",
                                       "kind.event", "kind.permanence"};
    return keys[static_cast<int>(k)];
}

const char* BookingStatusKey(BookingStatus s) {
    static const char* const keys[] = {"bstatus.confirmed", "bstatus.waitlisted", "bstatus.pending",
                                       "bstatus.cancelled", "bstatus.attended", "bstatus.no_show"};
    return keys[static_cast<int>(s)];
}

const char* RoleKey(StaffRole r) {
    return r == StaffRole::Coordinator ? "role.coordinator" : "role.volunteer";
}

const char* WeekdayKey(int d) {
    static const char* const keys[] = {"day.1", "day.2", "day.3", "day.4", "day.5", "day.6", "day.7"};
    return (d >= 1 && d <= 7) ? keys[d - 1] : "day.1";
}

const char* BringKey(Topic t) {
    static const char* const keys[] = {
        "bring.health_coverage", "bring.ame", "bring.health_check", "bring.dental",
        "bring.housing", "bring.employment", "bring.caf", "bring.school",
        "bring.debt", "bring.legal", "bring.digital", "bring.other"};
    return keys[static_cast<int>(t)];
}

}  // namespace palier
