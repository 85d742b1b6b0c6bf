#include "ui/core/Format.h"

#include "kiosk/Codes.h"
#include "kiosk/I18n.h"

namespace palier::ui {
namespace {
const char* MonthKey(unsigned m) {
    static const char* const keys[] = {"ui.month.1", "ui.month.2", "ui.month.3", "ui.month.4",
                                       "ui.month.5", "ui.month.6", "ui.month.7", "ui.month.8",
                                       "ui.month.9", "ui.month.10", "ui.month.11", "ui.month.12"};
    return keys[(m >= 1 && m <= 12) ? m - 1 : 0];
}
}  // namespace

std::string DayName(int iso_weekday) { return Tr(WeekdayKey(iso_weekday)); }

std::string LongDate(Date d) {
    const std::chrono::year_month_day ymd{d};
    // Every long date starts a line ("Lundi 3 mars", "Monday 3 March"): the day keeps its capital.
    return Trf("ui.fmt.long_date", {{"day", DayName(Weekday(d))},
                                    {"n", std::to_string(static_cast<unsigned>(ymd.day()))},
                                    {"month", Tr(MonthKey(static_cast<unsigned>(ymd.month())))}});
}

std::string ShortDay(Date d) {
    // The first three letters of the day's name (UTF-8 aware): "Lun", "Mon", "Пон".
    const std::string name = DayName(Weekday(d));
    std::string abbr;
    int chars = 0;
    for (size_t i = 0; i < name.size(); ++i) {
        if ((name[i] & 0xC0) != 0x80 && ++chars > 3) break;
        abbr += name[i];
    }
    const std::chrono::year_month_day ymd{d};
    return Trf("ui.fmt.short_day", {{"day", abbr}, {"n", std::to_string(static_cast<unsigned>(ymd.day()))}});
}

std::string ClockTime(const std::string& s) {
    const std::string hhmm = s.size() >= 16 ? TimePart(s) : s;
    if (hhmm.size() != 5) return hhmm;
    return Trf("ui.fmt.time", {{"h", std::to_string(std::stoi(hhmm.substr(0, 2)))}, {"mm", hhmm.substr(3, 2)}});
}

std::string TimeRange(const std::string& start, const std::string& end) {
    return Trf("ui.fmt.time_range", {{"start", ClockTime(start)}, {"end", ClockTime(end)}});
}

std::string PriceText(int cents) {
    if (cents <= 0) return Tr("ui.price.free");
    std::string amount = std::to_string(cents / 100);
    if (cents % 100) {
        const int c = cents % 100;
        amount += Tr("ui.fmt.decimal");
        amount += (c < 10 ? "0" : "") + std::to_string(c);
    }
    return Trf("ui.price.amount", {{"amount", amount}});
}

std::string AgeText(int age_min, int age_max) {
    if (age_min <= 0 && age_max <= 0) return Tr("ui.age.all");
    if (age_min > 0 && age_max > 0)
        return Trf("ui.age.range", {{"min", std::to_string(age_min)}, {"max", std::to_string(age_max)}});
    if (age_min > 0) return Trf("ui.age.from", {{"min", std::to_string(age_min)}});
    return Trf("ui.age.upto", {{"max", std::to_string(age_max)}});
}

std::string SeatsText(const SessionView& v) {
    if (v.session.cancelled) return Tr("ui.seats.cancelled");
    if (v.seats_left <= 0) return Trf("ui.seats.full", {{"count", std::to_string(v.waitlisted)}});
    if (v.seats_left == 1) return Tr("ui.seats.one");
    return Trf("ui.seats.left", {{"count", std::to_string(v.seats_left)}});
}

std::string BookingNextStep(const Problem& p, bool typed_child) {
    if (typed_child && p.key == "err.age_range") return Tr("ui.booking.next.child_age_range");
    static const struct { const char* problem; const char* next; } kNext[] = {
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
        if (p.key == n.problem) return Tr(n.next);
    return {};
}

}  // namespace palier::ui
