#include "PeopleImport.h"

#include <array>
#include <string>

#include "CsvFile.h"
#include "Dates.h"
#include "FrontDesk.h"
#include "I18n.h"
#include "ServiceEdge.h"
#include "storage/PersonStore.h"
#include "storage/TextFold.h"

namespace palier {

namespace {

enum class Column { FirstName, LastName, BirthYear, Phone, Neighbourhood, Language, Consent, Count };

struct HeaderName {
    const char* folded;  // as FoldForSearch leaves it
    Column column;
};

// Folded header names a centre's spreadsheet may use, French then English.
constexpr HeaderName kHeaders[] = {
    {"prenom", Column::FirstName},          {"first name", Column::FirstName},
    {"firstname", Column::FirstName},       {"first_name", Column::FirstName},
    {"nom", Column::LastName},              {"nom de famille", Column::LastName},
    {"last name", Column::LastName},        {"lastname", Column::LastName},
    {"last_name", Column::LastName},        {"surname", Column::LastName},
    {"annee de naissance", Column::BirthYear}, {"annee naissance", Column::BirthYear},
    {"birth year", Column::BirthYear},      {"year of birth", Column::BirthYear},
    {"birth_year", Column::BirthYear},      {"telephone", Column::Phone},
    {"tel", Column::Phone},                 {"portable", Column::Phone},
    {"phone", Column::Phone},               {"quartier", Column::Neighbourhood},
    {"neighbourhood", Column::Neighbourhood}, {"neighborhood", Column::Neighbourhood},
    {"langue", Column::Language},           {"language", Column::Language},
    {"consentement", Column::Consent},      {"consent", Column::Consent},
};

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

std::string Trimmed(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

Result<int> ParseYear(const std::string& raw) {
    const std::string v = Trimmed(raw);
    if (v.empty()) return 0;
    if (v.size() > 4 || v.find_first_not_of("0123456789") != std::string::npos)
        return MakeProblem("err.csv_year", "field.birth_year", {{"value", v}});
    return std::stoi(v);
}

Result<std::string> ParseLanguage(const std::string& raw) {
    const std::string v = FoldForSearch(Trimmed(raw));
    if (v.empty()) return std::string("fr");
    if (v == "francais" || v == "french") return std::string("fr");
    if (v == "anglais" || v == "english") return std::string("en");
    return v;  // a code; CheckNewPerson refuses the unknown ones
}

Result<bool> ParseConsent(const std::string& raw) {
    const std::string v = FoldForSearch(Trimmed(raw));
    if (v.empty() || v == "non" || v == "no" || v == "n" || v == "0" || v == "faux" || v == "false")
        return false;
    if (v == "oui" || v == "yes" || v == "o" || v == "y" || v == "1" || v == "x" || v == "vrai" || v == "true")
        return true;
    return MakeProblem("err.csv_consent", "field.consent", {{"value", Trimmed(raw)}});
}

}  // namespace

Result<ImportReport> ImportPeopleCsv(storage::Database& db, const Id& site_id, std::string_view file_bytes) {
    auto text = DecodeSpreadsheetText(file_bytes);
    if (!text) return text.problem();
    auto records = ParseCsv(*text);
    if (!records) return records.problem();
    auto& rows = *records;
    if (rows.empty()) return MakeProblem("err.csv_empty");

    // Which column holds what.
    std::array<int, static_cast<size_t>(Column::Count)> index;
    index.fill(-1);
    const auto& header = rows.front().fields;
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string name = FoldForSearch(Trimmed(header[i]));
        if (name.empty()) continue;
        bool known = false;
        for (const auto& h : kHeaders) {
            if (name != h.folded) continue;
            auto& slot = index[static_cast<size_t>(h.column)];
            if (slot >= 0)
                return MakeProblem("err.csv_column_twice", {}, {{"column", Trimmed(header[i])}});
            slot = static_cast<int>(i);
            known = true;
        }
        if (!known) return MakeProblem("err.csv_unknown_column", {}, {{"column", Trimmed(header[i])}});
    }
    if (index[static_cast<size_t>(Column::FirstName)] < 0) return MakeProblem("err.csv_no_first_name");

    const Date today = Today(db.clock());
    ImportReport report;
    std::vector<Person> people;
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRecord& rec = rows[r];
        bool blank = true;
        for (const auto& f : rec.fields) blank = blank && IsBlank(f);
        if (blank) continue;  // spreadsheets leave empty lines (";;;;") at the end
        auto cell = [&](Column c) -> std::string {
            const int i = index[static_cast<size_t>(c)];
            return i >= 0 && static_cast<size_t>(i) < rec.fields.size() ? rec.fields[static_cast<size_t>(i)]
                                                                         : std::string();
        };
        auto refuse = [&](Problem p) { report.refused.push_back({rec.line, std::move(p)}); };
        bool extra = false;
        for (size_t i = header.size(); i < rec.fields.size(); ++i) extra = extra || !IsBlank(rec.fields[i]);
        if (extra) {
            refuse(MakeProblem("err.csv_too_many_fields"));
            continue;
        }
        auto year = ParseYear(cell(Column::BirthYear));
        if (!year) { refuse(year.problem()); continue; }
        auto language = ParseLanguage(cell(Column::Language));
        if (!language) { refuse(language.problem()); continue; }
        auto consent = ParseConsent(cell(Column::Consent));
        if (!consent) { refuse(consent.problem()); continue; }
        NewPerson in;
        in.first_name = cell(Column::FirstName);
        in.last_name = cell(Column::LastName);
        in.birth_year = *year;
        in.phone = cell(Column::Phone);
        in.neighbourhood = cell(Column::Neighbourhood);
        in.language = *language;
        in.consent_contact = *consent;
        auto person = CheckNewPerson(site_id, in, today);
        if (!person) { refuse(person.problem()); continue; }
        people.push_back(std::move(*person));
    }
    if (!report.refused.empty()) return report;
    if (people.empty()) return MakeProblem("err.csv_empty");

    return Guard("ImportPeopleCsv", [&]() -> Result<ImportReport> {
        storage::Transaction tx(db.sql());
        for (auto& p : people) storage::SavePerson(db, p);
        tx.commit();
        report.imported = static_cast<int>(people.size());
        return report;
    });
}

}  // namespace palier
