#pragma once
// One descriptor per record type: its table, and for each field the SQL column, the JSON (wire)
// name, how the value goes to and from both, and how sync merges it. Columns, readers, upserts,
// the journal payload and the merge all read these lists; a field is added in one place.
//
// Contract:
//  - fields[0] is the id. Field order is the column order of SelectList() and ReadRecord().
//  - A field with json == nullptr is column-only: derived from the record when written (search
//    keys, a stop's site) and never read back.
//  - A field marked local stays on this kiosk: written and read, never journaled or merged.
//  - Wire values are stable names ("confirmed", "homework_help"), never enum positions.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "Records.h"
#include "Row.h"

namespace palier::storage {

enum class Merge {
    ByStamp,  // the value with the greater stamp (HLC, device id) wins
    Max,      // the greater value wins whatever its stamp (last_contact)
};

template <class R>
struct Field {
    const char* column = nullptr;
    const char* json = nullptr;  // nullptr: column-only
    std::function<Value(const R&)> to_column;
    std::function<void(R&, const Value&)> from_column;  // empty for column-only fields
    std::function<nlohmann::json(const R&)> to_json;
    std::function<void(R&, const nlohmann::json&)> from_json;
    const char* ref_kind = nullptr;  // the record kind this id points at
    bool required = false;           // NOT NULL reference: the row cannot exist without it
    Merge merge = Merge::ByStamp;
    bool local = false;              // never journaled, never merged

    bool journaled() const { return json != nullptr && !local; }
};

template <class R>
struct RecordType {
    const char* kind = nullptr;  // table name and journal kind
    std::vector<Field<R>> fields;
    // The JSON name of the flag that makes a record a tombstone (person: "erased"), or nullptr.
    const char* tombstone = nullptr;
};

// ---- field makers -------------------------------------------------------------------------
// Accessors are generic lambdas returning a reference, so nested members (an activity's rule)
// work like plain ones: Text<Activity>("rule_start", [](auto& a) -> auto& { return a.rule.start_time; }).

template <class R, class T>
auto Mem(T R::*m) {
    return [m](auto& r) -> auto& { return r.*m; };
}

inline std::string AsText(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
    return {};
}
inline int64_t AsInt(const Value& v) {
    if (const auto* i = std::get_if<int64_t>(&v)) return *i;
    if (const auto* s = std::get_if<std::string>(&v)) return s->empty() ? 0 : std::stoll(*s);
    return 0;
}

template <class R, class A>
Field<R> Text(const char* name, A acc) {
    Field<R> f;
    f.column = f.json = name;
    f.to_column = [acc](const R& r) { return Value{acc(r)}; };
    f.from_column = [acc](R& r, const Value& v) { acc(r) = AsText(v); };
    f.to_json = [acc](const R& r) { return nlohmann::json(acc(r)); };
    f.from_json = [acc](R& r, const nlohmann::json& j) { acc(r) = j.get<std::string>(); };
    return f;
}

// An id pointing at another record: NULL in its column when empty, so foreign keys hold.
template <class R, class A>
Field<R> Ref(const char* name, A acc, const char* ref_kind, bool required = false) {
    Field<R> f = Text<R>(name, acc);
    f.to_column = [acc](const R& r) { return IdOrNull(acc(r)); };
    f.ref_kind = ref_kind;
    f.required = required;
    return f;
}

template <class R, class A>
Field<R> Int(const char* name, A acc) {
    Field<R> f;
    f.column = f.json = name;
    f.to_column = [acc](const R& r) { return Value{static_cast<int64_t>(acc(r))}; };
    f.from_column = [acc](R& r, const Value& v) {
        acc(r) = static_cast<std::remove_reference_t<decltype(acc(r))>>(AsInt(v));
    };
    f.to_json = [acc](const R& r) { return nlohmann::json(acc(r)); };
    f.from_json = [acc](R& r, const nlohmann::json& j) { j.get_to(acc(r)); };
    return f;
}

template <class R, class A>
Field<R> Bool(const char* name, A acc) {
    Field<R> f;
    f.column = f.json = name;
    f.to_column = [acc](const R& r) { return Value{int64_t{acc(r) ? 1 : 0}}; };
    f.from_column = [acc](R& r, const Value& v) { acc(r) = AsInt(v) != 0; };
    f.to_json = [acc](const R& r) { return nlohmann::json(bool(acc(r))); };
    f.from_json = [acc](R& r, const nlohmann::json& j) { acc(r) = j.get<bool>(); };
    return f;
}

// An enum: its position in the column (queries filter on it), its name on the wire.
// An unknown name (a newer peer) reads as the first value.
template <class R, class A>
Field<R> Enum(const char* name, A acc, const std::vector<const char*>& names) {
    Field<R> f = Int<R>(name, acc);
    f.to_json = [acc, names](const R& r) {
        const auto i = static_cast<size_t>(acc(r));
        return nlohmann::json(i < names.size() ? names[i] : "");
    };
    f.from_json = [acc, names](R& r, const nlohmann::json& j) {
        const auto s = j.get<std::string>();
        const auto it = std::find_if(names.begin(), names.end(), [&](const char* n) { return s == n; });
        using E = std::remove_reference_t<decltype(acc(r))>;
        acc(r) = static_cast<E>(it == names.end() ? 0 : it - names.begin());
    };
    return f;
}

// A column computed from the record (search keys): written, never read back, never journaled.
template <class R>
Field<R> Derived(const char* column, std::function<Value(const R&)> compute) {
    Field<R> f;
    f.column = column;
    f.to_column = std::move(compute);
    return f;
}

template <class R>
Field<R> Local(Field<R> f) {
    f.local = true;
    return f;
}

template <class R>
Field<R> MergedByMax(Field<R> f) {
    f.merge = Merge::Max;
    return f;
}

// ---- the descriptors ----------------------------------------------------------------------
const RecordType<Site>& SiteType();
const RecordType<Person>& PersonType();
const RecordType<Visit>& VisitType();
const RecordType<Orientation>& OrientationType();
const RecordType<Partner>& PartnerType();
const RecordType<Activity>& ActivityType();
const RecordType<Session>& SessionType();
const RecordType<Booking>& BookingType();
const RecordType<Allotment>& AllotmentType();
const RecordType<Staff>& StaffType();
const RecordType<SurveyAnswer>& SurveyType();

// Stable wire names of the enums and reason bits (also used by exports).
const std::vector<const char*>& TopicNames();
const std::vector<const char*>& ReasonNames();  // bit i of Visit::reasons

// ---- generic conversions ------------------------------------------------------------------
template <class R>
std::vector<Value> ToColumns(const RecordType<R>& t, const R& r) {
    std::vector<Value> out;
    out.reserve(t.fields.size());
    for (const auto& f : t.fields) out.push_back(f.to_column(r));
    return out;
}

// The wire form: every journaled field (never local ones such as a PIN hash).
template <class R>
nlohmann::json ToJson(const RecordType<R>& t, const R& r) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : t.fields)
        if (f.journaled()) j[f.json] = f.to_json(r);
    return j;
}

// Keys missing from `j` keep the record's current values; unknown keys are ignored.
template <class R>
void FromJson(const RecordType<R>& t, const nlohmann::json& j, R& r) {
    for (const auto& f : t.fields)
        if (f.json && f.from_json && j.contains(f.json)) f.from_json(r, j.at(f.json));
}

}  // namespace palier::storage
