#include "Summary.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "Catalogue.h"
#include "Codes.h"
#include "I18n.h"
#include "Orientations.h"
#include "Settings.h"
#include "Validate.h"
#include "storage/CatalogueStore.h"
#include "storage/JournalStore.h"
#include "storage/PersonStore.h"

namespace palier {

std::string DescribeDatabase(storage::Database& db, Date today) {
    std::ostringstream out;
    const KioskSettings settings = LoadSettings(db);
    out << settings.centre_name << " — " << Trf("summary.people", {{"n", std::to_string(storage::CountPeople(db))}}) << "\n\n";

    out << Tr("summary.sites") << "\n";
    for (const auto& s : storage::AllSites(db)) {
        if (s.kind == SiteKind::Stop)
            out << "    " << Tr(WeekdayKey(s.weekday)) << " " << s.start_time << "–" << s.end_time << "  " << s.name
                << " (" << s.place << ")\n";
        else
            out << "  " << s.name << (s.place.empty() ? "" : " — " + s.place) << "\n";
    }

    const Date monday = MondayOf(today);
    out << "\n" << Trf("summary.week", {{"week", IsoWeek(monday)}, {"from", FormatDate(monday)}, {"to", FormatDate(AddDays(monday, 6))}}) << "\n";
    if (auto week = WeekProgramme(db, monday)) {
        std::string day;
        for (const auto& v : *week) {
            const std::string d = DatePart(v.session.start);
            if (d != day) {
                day = d;
                out << "  " << Tr(WeekdayKey(Weekday(*ParseDate(d)))) << " " << d << "\n";
            }
            std::string seats;
            if (v.session.cancelled) seats = Tr("summary.cancelled");
            else if (v.seats_left == 0)
                seats = Trf("summary.full", {{"n", std::to_string(v.waitlisted)}});
            else
                seats = Trf("summary.seats_left", {{"n", std::to_string(v.seats_left)}, {"cap", std::to_string(v.capacity)}});
            // Pad by characters, not bytes, so accented titles line up.
            std::string title = v.activity.title;
            title.append(static_cast<size_t>(std::max(1, 38 - CountChars(title))), ' ');
            out << "    " << TimePart(v.session.start) << "–" << TimePart(v.session.end) << "  " << title
                << seats << "  — " << v.place << "\n";
        }
    } else {
        out << "  " << Describe(week.problem()) << "\n";
    }

    out << "\n" << Tr("summary.orientations") << "\n";
    if (auto open = AllOpenFollowUps(db)) {
        std::map<OrientationStatus, int> by_status;
        int overdue = 0;
        for (const auto& f : *open) {
            ++by_status[f.orientation.status];
            if (f.days_overdue > 0) ++overdue;
        }
        for (const auto& [status, n] : by_status) out << "  " << Tr(StatusKey(status)) << " : " << n << "\n";
        out << "  " << Trf("summary.overdue", {{"n", std::to_string(overdue)}}) << "\n";
        for (const auto& f : *open)
            if (f.days_overdue > 0)
                out << "    " << f.orientation.due_date << "  " << Tr(TopicKey(f.orientation.topic)) << " — "
                    << (f.person_label.empty() ? Tr("label.anonymous") : f.person_label)
                    << (f.partner_name.empty() ? "" : " → " + f.partner_name) << "\n";
    }
    out << "\n" << Trf("summary.sync_waiting", {{"n", std::to_string(storage::JournalWaiting(db))}}) << "\n";
    return out.str();
}

}  // namespace palier
