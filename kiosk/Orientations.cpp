#include "Orientations.h"

#include <algorithm>
#include <sstream>

#include "Codes.h"
#include "FrontDesk.h"
#include "I18n.h"
#include "ServiceEdge.h"
#include "Validate.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/StaffStore.h"
#include "storage/TextFold.h"

namespace palier {

using storage::Database;
using S = OrientationStatus;

std::span<const OrientationStatus> AllowedNext(OrientationStatus from) {
    static constexpr OrientationStatus kFromOpen[] = {S::Referred, S::Dropped};
    static constexpr OrientationStatus kFromReferred[] = {S::Appointment, S::Resolved, S::Dropped};
    static constexpr OrientationStatus kFromAppointment[] = {S::Resolved, S::Dropped};
    switch (from) {
        case S::Open:
            return kFromOpen;
        case S::Referred:
            return kFromReferred;
        case S::Appointment:
            return kFromAppointment;
        case S::Resolved:
        case S::Dropped: return {};
    }
    return {};
}

bool IsAllowedTransition(OrientationStatus from, OrientationStatus to) {
    const auto next = AllowedNext(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

Result<Id> CreateOrientation(Database& db, const Id& site_id, const Id& staff_id, const NewOrientation& in) {
    if (static_cast<int>(in.topic) < 0 || static_cast<int>(in.topic) >= kTopicCount)
        return MakeProblem("err.unknown_topic", "field.topic");
    auto due = CheckDate(in.due_date, "field.due_date");
    if (!due) return due.problem();
    auto note = CleanNote(in.note, "field.note", kMaxNoteChars);
    if (!note) return note.problem();
    return Guard("CreateOrientation", [&]() -> Result<Id> {
        storage::Transaction tx(db.sql());
        if (!in.person_id.empty()) {
            auto p = storage::LoadPerson(db, in.person_id);
            if (!p || p->erased) return MakeProblem("err.no_person");
        }
        if (!in.partner_id.empty() && !storage::LoadPartner(db, in.partner_id))
            return MakeProblem("err.no_partner", "field.partner");
        Orientation o;
        o.site_id = site_id;
        o.person_id = in.person_id;
        o.topic = in.topic;
        o.partner_id = in.partner_id;
        o.status = S::Open;
        o.due_date = FormatDate(*due);
        o.note = *note;
        o.created_at = FormatDate(Today(db.clock()));
        storage::SaveOrientation(db, o);
        storage::AppendAudit(db, staff_id, "orientation.create", "orientation", o.id, NowInstant(db.clock()));
        tx.commit();
        return o.id;
    });
}

Status ChangeOrientationStatus(Database& db, const Id& id, const Id& staff_id, const StatusChange& c) {
    if (!c.new_due_date.empty() && !ParseDate(c.new_due_date)) return MakeProblem("err.bad_date", "field.due_date");
    return Guard("ChangeOrientationStatus", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto o = storage::LoadOrientation(db, id);
        if (!o || o->deleted) return MakeProblem("err.no_orientation");
        if (!IsAllowedTransition(o->status, c.to))
            return MakeProblem("err.bad_transition", {},
                               {{"from", StatusKey(o->status)}, {"to", StatusKey(c.to)}});
        if (c.to == S::Referred) {
            const Id partner = c.partner_id.empty() ? o->partner_id : c.partner_id;
            if (partner.empty()) return MakeProblem("err.partner_needed", "field.partner");
            if (!storage::LoadPartner(db, partner)) return MakeProblem("err.no_partner", "field.partner");
            o->partner_id = partner;
        }
        if (c.to == S::Appointment) {
            if (c.appointment_at.size() != 16 || c.appointment_at[10] != 'T' ||
                !ParseDate(c.appointment_at.substr(0, 10)) || !IsValidTime(c.appointment_at.substr(11)))
                return MakeProblem("err.appointment_needed", "field.appointment");
            o->appointment_at = c.appointment_at;
        }
        o->status = c.to;
        if (!c.new_due_date.empty()) o->due_date = c.new_due_date;
        storage::SaveOrientation(db, *o);
        storage::AppendAudit(db, staff_id, "orientation.status", "orientation", o->id, NowInstant(db.clock()));
        tx.commit();
        return Ok();
    });
}

bool IsOverdue(const Orientation& o, Date today) {
    const bool still_open = o.status == S::Open || o.status == S::Referred || o.status == S::Appointment;
    const auto due = ParseDate(o.due_date);
    return !o.deleted && still_open && due && *due < today;
}

namespace {
Result<std::vector<FollowUp>> Follow(Database& db, const char* what, bool due_today_only, bool overdue_only) {
    return Guard(what, [&]() -> Result<std::vector<FollowUp>> {
        const Date today = Today(db.clock());
        const std::string today_s = FormatDate(today);
        std::vector<FollowUp> out;
        for (auto& o : storage::OpenOrientations(db)) {
            const auto due = ParseDate(o.due_date);
            if (due_today_only && o.due_date != today_s) continue;
            if (overdue_only && !IsOverdue(o, today)) continue;
            FollowUp f;
            f.orientation = o;
            f.days_overdue = due && *due < today ? static_cast<int>((today - *due).count()) : 0;
            if (!o.person_id.empty())
                if (auto p = storage::LoadPerson(db, o.person_id)) f.person_label = MaskedLabel(*p);
            if (!o.partner_id.empty())
                if (auto p = storage::LoadPartner(db, o.partner_id)) f.partner_name = p->name;
            out.push_back(std::move(f));
        }
        return out;
    });
}
}  // namespace

Result<std::vector<FollowUp>> FollowUpsDueToday(Database& db) { return Follow(db, "FollowUpsDueToday", true, false); }
Result<std::vector<FollowUp>> FollowUpsOverdue(Database& db) { return Follow(db, "FollowUpsOverdue", false, true); }
Result<std::vector<FollowUp>> AllOpenFollowUps(Database& db) { return Follow(db, "AllOpenFollowUps", false, false); }

}  // namespace palier

namespace palier {
namespace {
std::vector<std::string> Words(std::string_view text) {
    std::istringstream in(FoldForSearch(text));
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}
}  // namespace

std::vector<FollowUp> ReferralsMatching(std::vector<FollowUp> referrals, std::string_view query) {
    const std::vector<std::string> wanted = Words(query);
    std::vector<FollowUp> out;
    for (FollowUp& f : referrals) {
        const auto words = Words(f.person_label + " " + f.partner_name + " " + Tr(TopicKey(f.orientation.topic)));
        const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
            return std::any_of(words.begin(), words.end(), [&](const std::string& x) { return x.rfind(w, 0) == 0; });
        });
        if (all) out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](const FollowUp& a, const FollowUp& b) {
        if (a.orientation.due_date != b.orientation.due_date) return a.orientation.due_date < b.orientation.due_date;
        return a.person_label < b.person_label;
    });
    return out;
}

}  // namespace palier
