#include "FrontDesk.h"

#include <charconv>

#include "Dates.h"
#include "I18n.h"
#include "ServiceEdge.h"
#include "Validate.h"
#include "storage/TextFold.h"
#include "storage/VisitStore.h"

namespace palier {

using storage::Database;
using storage::PersonMatch;

Result<Person> CheckNewPerson(const Id& site_id, const NewPerson& in, Date today) {
    auto first = CleanText(in.first_name, "field.first_name", kMaxNameChars, true);
    if (!first) return first.problem();
    auto last = CleanText(in.last_name, "field.last_name", kMaxNameChars, false);
    if (!last) return last.problem();
    auto hood = CleanText(in.neighbourhood, "field.neighbourhood", kMaxNameChars, false);
    if (!hood) return hood.problem();
    auto phone = CleanPhone(in.phone, "field.phone");
    if (!phone) return phone.problem();
    if (auto st = CheckBirthYear(in.birth_year, YearOf(today), "field.birth_year"); !st)
        return st.problem();
    Lang lang;
    if (!ParseLang(in.language, lang)) return MakeProblem("err.unknown_language", "field.language");
    Person p;
    p.site_id = site_id;
    p.first_name = *first;
    p.last_name = *last;
    p.birth_year = in.birth_year;
    p.phone = *phone;
    p.neighbourhood = *hood;
    p.language = in.language;
    p.consent_contact = in.consent_contact;
    p.consent_date = FormatDate(today);  // the day the person agreed to be registered
    p.guardian_id = in.guardian_id;
    p.last_contact = FormatDate(today);
    return p;
}

Result<Id> RegisterPerson(Database& db, const Id& site_id, const NewPerson& in) {
    auto checked = CheckNewPerson(site_id, in, Today(db.clock()));
    if (!checked) return checked.problem();
    return Guard("RegisterPerson", [&]() -> Result<Id> {
        storage::Transaction tx(db.sql());
        if (!in.guardian_id.empty()) {
            auto guardian = storage::LoadPerson(db, in.guardian_id);
            if (!guardian || guardian->erased) return MakeProblem("err.no_guardian", "field.guardian");
        }
        Person& p = *checked;
        storage::SavePerson(db, p);
        tx.commit();
        return p.id;
    });
}

Status SetBirthYear(Database& db, const Id& person_id, int birth_year) {
    if (birth_year == 0) return MakeProblem("err.required", "field.birth_year");
    if (auto st = CheckBirthYear(birth_year, YearOf(Today(db.clock())), "field.birth_year"); !st) return st;
    return Guard("SetBirthYear", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, person_id);
        if (!p || p->erased || p->deleted) return MakeProblem("err.no_person");
        p->birth_year = birth_year;
        storage::SavePerson(db, *p);
        tx.commit();
        return Ok();
    });
}

Status SetPhone(Database& db, const Id& person_id, std::string_view phone) {
    auto clean = CleanPhone(phone, "field.phone");
    if (!clean) return clean.problem();
    if (clean->empty()) return MakeProblem("err.required", "field.phone");
    return Guard("SetPhone", [&]() -> Status {
        storage::Transaction tx(db.sql());
        auto p = storage::LoadPerson(db, person_id);
        if (!p || p->erased || p->deleted) return MakeProblem("err.no_person");
        p->phone = *clean;
        p->consent_contact = true;
        storage::SavePerson(db, *p);
        tx.commit();
        return Ok();
    });
}

Result<std::vector<PersonMatch>> FindByPhone(Database& db, std::string_view last4) {
    if (last4.size() != 4 || last4.find_first_not_of("0123456789") != std::string_view::npos)
        return MakeProblem("err.phone_last4", "field.phone_last4");
    return Guard("FindByPhone", [&]() -> Result<std::vector<PersonMatch>> {
        return storage::FindByPhoneLast4(db, last4);
    });
}

Result<std::vector<PersonMatch>> FindByNameAndYear(Database& db, std::string_view first_name,
                                                   int birth_year) {
    auto name = CleanText(first_name, "field.first_name", kMaxNameChars, true);
    if (!name) return name.problem();
    if (birth_year == 0) return MakeProblem("err.required", "field.birth_year");
    if (auto st = CheckBirthYear(birth_year, YearOf(Today(db.clock())), "field.birth_year"); !st)
        return st.problem();
    return Guard("FindByNameAndYear", [&]() -> Result<std::vector<PersonMatch>> {
        const std::string folded = FoldForSearch(*name);
        return storage::FindByFirstNameAndYear(db, folded, birth_year, 50);
    });
}

Result<std::vector<PersonMatch>> SearchPeopleForStaff(Database& db, std::string_view query, int limit) {
    auto q = CleanText(query, "field.search", kMaxNameChars, false);
    if (!q) return q.problem();
    return Guard("SearchPeopleForStaff", [&]() -> Result<std::vector<PersonMatch>> {
        return storage::SearchPeople(db, *q, limit);
    });
}

void AppendMaskedLabel(std::string& out, const PersonMatch& m) {
    const size_t name_at = out.size();
    out += m.first_name;
    if (!m.last_initial.empty()) {
        out += ' ';
        out += m.last_initial;
        out += '.';
    }
    if (m.birth_year <= 0) return;
    // The name becomes the {name} of the sentence: moved out of the way to a buffer kept per
    // thread, so that a screen drawing this every frame needs no new memory.
    thread_local std::string name;
    name.assign(out, name_at);
    out.resize(name_at);
    char year[16];
    const auto end = std::to_chars(year, year + sizeof year, m.birth_year).ptr;
    AppendTrf(out, "label.masked_born",
              {{"name", name}, {"year", std::string_view(year, static_cast<size_t>(end - year))}});
}

std::string MaskedLabel(const PersonMatch& m) {
    std::string out;
    AppendMaskedLabel(out, m);
    return out;
}

std::string MaskedLabel(const Person& p) {
    if (p.erased) return Tr("label.erased");
    PersonMatch m;
    m.first_name = p.first_name;
    if (!p.last_name.empty()) {
        size_t n = 1;
        while (n < p.last_name.size() && (static_cast<unsigned char>(p.last_name[n]) & 0xC0) == 0x80) ++n;
        m.last_initial = p.last_name.substr(0, n);
    }
    m.birth_year = p.birth_year;
    return MaskedLabel(m);
}

Result<Visit> LogVisit(Database& db, const Id& site_id, const VisitInput& in) {
    if (in.reasons == 0 || (in.reasons & ~kAllReasons) != 0) return MakeProblem("err.no_reason", "field.reason");
    Lang lang;
    if (!ParseLang(in.language, lang)) return MakeProblem("err.unknown_language", "field.language");
    return Guard("LogVisit", [&]() -> Result<Visit> {
        storage::Transaction tx(db.sql());
        Visit v;
        v.site_id = site_id;
        v.person_id = in.person_id;
        v.at = NowInstant(db.clock());
        v.reasons = in.reasons;
        v.language = in.language;
        v.is_new = true;
        if (!in.person_id.empty()) {
            auto person = storage::LoadPerson(db, in.person_id);
            if (!person || person->erased) return MakeProblem("err.no_person");
            v.is_new = storage::CountVisitsOfPerson(db, in.person_id) == 0;
            person->last_contact = DatePart(v.at);
            storage::SavePerson(db, *person);
        }
        storage::SaveVisit(db, v);
        tx.commit();
        return v;
    });
}

Result<std::optional<Visit>> CountVisitOnIdentification(Database& db, const Id& site_id, const Id& person_id,
                                                        IdentifiedFrom from, bool already_counted,
                                                        const std::string& language) {
    if (already_counted || from == IdentifiedFrom::FrontDesk || person_id.empty()) return std::optional<Visit>{};
    auto v = LogVisit(db, site_id, VisitInput{person_id, kReasonActivity, language});
    if (!v) return v.problem();
    return std::optional<Visit>{std::move(v.value())};
}

Result<std::vector<VisitRow>> TodaysVisits(Database& db) {
    return Guard("TodaysVisits", [&]() -> Result<std::vector<VisitRow>> {
        std::vector<VisitRow> rows;
        for (auto& v : storage::VisitsOn(db, FormatDate(Today(db.clock())))) {
            VisitRow r{v, {}};
            if (!v.person_id.empty())
                if (auto p = storage::LoadPerson(db, v.person_id)) r.label = MaskedLabel(*p);
            rows.push_back(std::move(r));
        }
        return rows;
    });
}

}  // namespace palier
