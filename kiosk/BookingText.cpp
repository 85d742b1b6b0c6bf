#include "BookingText.h"

namespace palier {

std::string SeatsText(const SessionView& v, Lang lang) {
    if (v.session.cancelled) return Tr("ui.seats.cancelled", lang);
    if (v.seats_left <= 0 && v.waitlisted == 0) return Tr("ui.seats.full_nobody_waiting", lang);  // not "0 waiting"
    if (v.seats_left <= 0) return Trf("ui.seats.full", {{"count", std::to_string(v.waitlisted)}}, lang);
    // One seat has its own sentence: the plural is the catalogue's, not a "(s)".
    if (v.seats_left == 1) return Tr("ui.seats.one", lang);
    return Trf("ui.seats.left", {{"count", std::to_string(v.seats_left)}}, lang);
}

std::string BookingNextStep(const Problem& p, bool typed_child, Lang lang) {
    if (typed_child && p.key == "err.age_range") return Tr("ui.booking.next.child_age_range", lang);
    static const struct {
        const char* problem;
        const char* next;
    } kNext[] = {
        {"err.guardian_needed", "ui.booking.next.guardian_needed"},
        {"err.age_range", "ui.booking.next.age_range"},
        {"err.age_unknown", "ui.booking.next.age_unknown"},
        {"err.already_booked", "ui.booking.next.already_booked"},
        {"err.session_past", "ui.booking.next.other_session"},
        {"err.session_cancelled", "ui.booking.next.other_session"},
        {"err.no_session", "ui.booking.next.other_session"},
        {"err.no_person", "ui.booking.next.desk"},
        {"err.no_guardian", "ui.booking.next.desk"},
    };
    for (const auto& n : kNext)
        if (p.key == n.problem) return Tr(n.next, lang);
    return {};
}

}  // namespace palier
