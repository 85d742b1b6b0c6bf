#include "BookingText.h"

#include <charconv>

namespace palier {

void AppendSeatsText(std::string& out, const SessionView& v, Lang lang) {
    char digits[16];
    auto number = [&](int n) {
        const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        return std::string_view(digits, static_cast<size_t>(end - digits));
    };
    if (v.session.cancelled)
        out += Tr("ui.seats.cancelled", lang);
    else if (v.seats_left <= 0 && v.waitlisted == 0)
        out += Tr("ui.seats.full_nobody_waiting", lang);  // not "0 waiting"
    else if (v.seats_left <= 0)
        AppendTrf(out, "ui.seats.full", {{"count", number(v.waitlisted)}}, lang);
    // One seat has its own sentence: the plural is the catalogue's, not a "(s)".
    else if (v.seats_left == 1)
        out += Tr("ui.seats.one", lang);
    else
        AppendTrf(out, "ui.seats.left", {{"count", number(v.seats_left)}}, lang);
}

std::string SeatsText(const SessionView& v, Lang lang) {
    std::string out;
    AppendSeatsText(out, v, lang);
    return out;
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
