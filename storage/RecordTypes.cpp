// The descriptor of every record type: one line per field.
#include "RecordType.h"
#include "TextFold.h"

namespace palier::storage {

namespace {
using nlohmann::json;

std::string JoinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
    return out;
}
std::vector<std::string> SplitOn(const std::string& s, char sep) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(sep, start);
        if (end == std::string::npos) end = s.size();
        out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// A list of strings: one per line in its column, a JSON array on the wire.
template <class R, class A>
Field<R> Lines(const char* name, A acc) {
    Field<R> f;
    f.column = f.json = name;
    f.to_column = [acc](const R& r) { return Value{JoinLines(acc(r))}; };
    f.from_column = [acc](R& r, const Value& v) { acc(r) = SplitOn(AsText(v), '\n'); };
    f.to_json = [acc](const R& r) { return json(acc(r)); };
    f.from_json = [acc](R& r, const json& j) { acc(r) = j.get<std::vector<std::string>>(); };
    return f;
}

int IndexOf(const std::vector<const char*>& names, const std::string& s) {
    for (size_t i = 0; i < names.size(); ++i)
        if (s == names[i]) return static_cast<int>(i);
    return -1;
}

std::string Last4(const std::string& digits) {
    return digits.size() >= 4 ? digits.substr(digits.size() - 4) : std::string();
}

const std::vector<const char*> kSiteKinds = {"local", "bus", "stop"};
const std::vector<const char*> kStatuses = {"open", "referred", "appointment", "resolved", "dropped"};
const std::vector<const char*> kActivityKinds = {"workshop", "homework_help", "outing", "event", "permanence"};
const std::vector<const char*> kBookingStatuses = {"confirmed", "waitlisted", "pending",
                                                   "cancelled", "attended", "no_show"};
const std::vector<const char*> kSources = {"self_service", "staff", "hub"};
const std::vector<const char*> kRoles = {"coordinator", "volunteer"};
}  // namespace

const std::vector<const char*>& TopicNames() {
    static const std::vector<const char*> names = {
        "health_coverage", "ame", "health_check", "dental", "housing", "employment",
        "caf", "school", "debt", "legal", "digital", "other"};
    return names;
}

const std::vector<const char*>& ReasonNames() {
    static const std::vector<const char*> names = {"information", "paperwork", "computer",
                                                   "activity", "coffee", "permanence"};
    return names;
}

const RecordType<Site>& SiteType() {
    static const RecordType<Site> t{
        "site",
        {Text<Site>("id", Mem(&Site::id)),
         // A stop belongs to its bus; a local or a bus is its own site.
         Derived<Site>("site_id", [](const Site& s) { return Value{s.parent_id.empty() ? s.id : s.parent_id}; }),
         Text<Site>("name", Mem(&Site::name)),
         Enum<Site>("kind", Mem(&Site::kind), kSiteKinds),
         Ref<Site>("parent_id", Mem(&Site::parent_id), "site"),
         Text<Site>("place", Mem(&Site::place)),
         Int<Site>("weekday", Mem(&Site::weekday)),
         Text<Site>("start_time", Mem(&Site::start_time)),
         Text<Site>("end_time", Mem(&Site::end_time)),
         Bool<Site>("deleted", Mem(&Site::deleted))},
        nullptr};
    return t;
}

const RecordType<Person>& PersonType() {
    static const RecordType<Person> t{
        "person",
        {Text<Person>("id", Mem(&Person::id)),
         Text<Person>("site_id", Mem(&Person::site_id)),
         Text<Person>("first_name", Mem(&Person::first_name)),
         Text<Person>("last_name", Mem(&Person::last_name)),
         Derived<Person>("first_norm", [](const Person& p) { return Value{FoldForSearch(p.first_name)}; }),
         Derived<Person>("last_norm", [](const Person& p) { return Value{FoldForSearch(p.last_name)}; }),
         Int<Person>("birth_year", Mem(&Person::birth_year)),
         Text<Person>("phone", Mem(&Person::phone)),
         Derived<Person>("phone_last4", [](const Person& p) { return Value{Last4(p.phone)}; }),
         Text<Person>("neighbourhood", Mem(&Person::neighbourhood)),
         Text<Person>("language", Mem(&Person::language)),
         Bool<Person>("consent_contact", Mem(&Person::consent_contact)),
         Text<Person>("consent_date", Mem(&Person::consent_date)),
         Ref<Person>("guardian_id", Mem(&Person::guardian_id), "person"),
         MergedByMax(Text<Person>("last_contact", Mem(&Person::last_contact))),
         Bool<Person>("erased", Mem(&Person::erased)),
         Bool<Person>("deleted", Mem(&Person::deleted))},
        "erased"};
    return t;
}

const RecordType<Visit>& VisitType() {
    Field<Visit> reasons = Int<Visit>("reasons", Mem(&Visit::reasons));
    reasons.to_json = [](const Visit& v) {
        json out = json::array();
        for (size_t i = 0; i < ReasonNames().size(); ++i)
            if (v.reasons & (1u << i)) out.push_back(ReasonNames()[i]);
        return out;
    };
    reasons.from_json = [](Visit& v, const json& j) {
        v.reasons = 0;
        for (const auto& name : j)
            if (const int i = IndexOf(ReasonNames(), name.get<std::string>()); i >= 0) v.reasons |= 1u << i;
    };
    static const RecordType<Visit> t{
        "visit",
        {Text<Visit>("id", Mem(&Visit::id)),
         Text<Visit>("site_id", Mem(&Visit::site_id)),
         Ref<Visit>("person_id", Mem(&Visit::person_id), "person"),
         Text<Visit>("at", Mem(&Visit::at)),
         reasons,
         Bool<Visit>("is_new", Mem(&Visit::is_new)),
         Text<Visit>("language", Mem(&Visit::language)),
         Bool<Visit>("deleted", Mem(&Visit::deleted))},
        nullptr};
    return t;
}

const RecordType<Orientation>& OrientationType() {
    static const RecordType<Orientation> t{
        "orientation",
        {Text<Orientation>("id", Mem(&Orientation::id)),
         Text<Orientation>("site_id", Mem(&Orientation::site_id)),
         Ref<Orientation>("person_id", Mem(&Orientation::person_id), "person"),
         Enum<Orientation>("topic", Mem(&Orientation::topic), TopicNames()),
         Ref<Orientation>("partner_id", Mem(&Orientation::partner_id), "partner"),
         Enum<Orientation>("status", Mem(&Orientation::status), kStatuses),
         Text<Orientation>("due_date", Mem(&Orientation::due_date)),
         Text<Orientation>("note", Mem(&Orientation::note)),
         Text<Orientation>("appointment_at", Mem(&Orientation::appointment_at)),
         Text<Orientation>("created_at", Mem(&Orientation::created_at)),
         Bool<Orientation>("deleted", Mem(&Orientation::deleted))},
        nullptr};
    return t;
}

const RecordType<Partner>& PartnerType() {
    Field<Partner> topics;
    topics.column = topics.json = "topics";
    topics.to_column = [](const Partner& p) {
        std::string s;
        for (Topic t : p.topics) s += (s.empty() ? "" : ",") + std::to_string(static_cast<int>(t));
        return Value{s};
    };
    topics.from_column = [](Partner& p, const Value& v) {
        p.topics.clear();
        for (const auto& n : SplitOn(AsText(v), ',')) p.topics.push_back(static_cast<Topic>(std::stoi(n)));
    };
    topics.to_json = [](const Partner& p) {
        json out = json::array();
        for (Topic t : p.topics) out.push_back(TopicNames().at(static_cast<size_t>(t)));
        return out;
    };
    topics.from_json = [](Partner& p, const json& j) {
        p.topics.clear();
        for (const auto& name : j)
            if (const int i = IndexOf(TopicNames(), name.get<std::string>()); i >= 0)
                p.topics.push_back(static_cast<Topic>(i));
    };
    static const RecordType<Partner> t{
        "partner",
        {Text<Partner>("id", Mem(&Partner::id)),
         // The directory is shared by every site.
         Derived<Partner>("site_id", [](const Partner&) { return Value{std::string()}; }),
         Text<Partner>("name", Mem(&Partner::name)),
         topics,
         Text<Partner>("address", Mem(&Partner::address)),
         Text<Partner>("hours", Mem(&Partner::hours)),
         Text<Partner>("phone", Mem(&Partner::phone)),
         Bool<Partner>("deleted", Mem(&Partner::deleted))},
        nullptr};
    return t;
}

const RecordType<Activity>& ActivityType() {
    static const RecordType<Activity> t{
        "activity",
        {Text<Activity>("id", Mem(&Activity::id)),
         Text<Activity>("site_id", Mem(&Activity::site_id)),
         Enum<Activity>("kind", Mem(&Activity::kind), kActivityKinds),
         Text<Activity>("title", Mem(&Activity::title)),
         Text<Activity>("description", Mem(&Activity::description)),
         Int<Activity>("age_min", Mem(&Activity::age_min)),
         Int<Activity>("age_max", Mem(&Activity::age_max)),
         Text<Activity>("place", Mem(&Activity::place)),
         Ref<Activity>("stop_id", Mem(&Activity::stop_id), "site"),
         Int<Activity>("capacity", Mem(&Activity::capacity)),
         Int<Activity>("price_cents", Mem(&Activity::price_cents)),
         Bool<Activity>("needs_guardian", Mem(&Activity::needs_guardian)),
         Text<Activity>("facilitator", Mem(&Activity::facilitator)),
         Lines<Activity>("tutors", Mem(&Activity::tutors)),
         Int<Activity>("rule_weekday", [](auto& a) -> auto& { return a.rule.weekday; }),
         Text<Activity>("rule_start", [](auto& a) -> auto& { return a.rule.start_time; }),
         Text<Activity>("rule_end", [](auto& a) -> auto& { return a.rule.end_time; }),
         Text<Activity>("rule_from", [](auto& a) -> auto& { return a.rule.from; }),
         Text<Activity>("rule_to", [](auto& a) -> auto& { return a.rule.to; }),
         Lines<Activity>("rule_skipped", [](auto& a) -> auto& { return a.rule.skipped; }),
         Bool<Activity>("deleted", Mem(&Activity::deleted))},
        nullptr};
    return t;
}

const RecordType<Session>& SessionType() {
    static const RecordType<Session> t{
        "session",
        {Text<Session>("id", Mem(&Session::id)),
         Text<Session>("site_id", Mem(&Session::site_id)),
         Ref<Session>("activity_id", Mem(&Session::activity_id), "activity", true),
         Text<Session>("start", Mem(&Session::start)),
         Text<Session>("end", Mem(&Session::end)),
         Text<Session>("place", Mem(&Session::place)),
         Ref<Session>("stop_id", Mem(&Session::stop_id), "site"),
         Int<Session>("capacity_override", Mem(&Session::capacity_override)),
         Bool<Session>("cancelled", Mem(&Session::cancelled)),
         Bool<Session>("deleted", Mem(&Session::deleted))},
        nullptr};
    return t;
}

const RecordType<Booking>& BookingType() {
    static const RecordType<Booking> t{
        "booking",
        {Text<Booking>("id", Mem(&Booking::id)),
         Text<Booking>("site_id", Mem(&Booking::site_id)),
         Ref<Booking>("session_id", Mem(&Booking::session_id), "session", true),
         Ref<Booking>("person_id", Mem(&Booking::person_id), "person"),
         Int<Booking>("seats", Mem(&Booking::seats)),
         Enum<Booking>("status", Mem(&Booking::status), kBookingStatuses),
         Enum<Booking>("source", Mem(&Booking::source), kSources),
         Text<Booking>("tutor", Mem(&Booking::tutor)),
         Text<Booking>("code", Mem(&Booking::code)),
         // Waitlist order (FIFO): stamped once, at the first save, and kept everywhere.
         Int<Booking>("created_hlc", Mem(&Booking::created_hlc)),
         Text<Booking>("created_at", Mem(&Booking::created_at)),
         Text<Booking>("seat_holder", Mem(&Booking::seat_holder)),
         Bool<Booking>("deleted", Mem(&Booking::deleted))},
        nullptr};
    return t;
}

const RecordType<Allotment>& AllotmentType() {
    static const RecordType<Allotment> t{
        "allotment",
        {Text<Allotment>("id", Mem(&Allotment::id)),
         Ref<Allotment>("session_id", Mem(&Allotment::session_id), "session", true),
         Text<Allotment>("device_id", Mem(&Allotment::device_id)),
         Int<Allotment>("seats", Mem(&Allotment::seats)),
         Bool<Allotment>("deleted", Mem(&Allotment::deleted))},
        nullptr};
    return t;
}

const RecordType<Staff>& StaffType() {
    static const RecordType<Staff> t{
        "staff",
        {Text<Staff>("id", Mem(&Staff::id)),
         Text<Staff>("site_id", Mem(&Staff::site_id)),
         Text<Staff>("name", Mem(&Staff::name)),
         Enum<Staff>("role", Mem(&Staff::role), kRoles),
         // The PIN hash and the lockout counters belong to this kiosk: a wrong PIN is not a
         // change to send anywhere, and the hash never leaves the machine.
         Local(Text<Staff>("pin_hash", Mem(&Staff::pin_hash))),
         Local(Int<Staff>("failed_attempts", Mem(&Staff::failed_attempts))),
         Local(Int<Staff>("lockouts", Mem(&Staff::lockouts))),
         Local(Int<Staff>("locked_until", Mem(&Staff::locked_until))),
         Bool<Staff>("deleted", Mem(&Staff::deleted))},
        nullptr};
    return t;
}

const RecordType<SurveyAnswer>& SurveyType() {
    static const RecordType<SurveyAnswer> t{
        "survey",
        {Text<SurveyAnswer>("id", Mem(&SurveyAnswer::id)),
         Text<SurveyAnswer>("site_id", Mem(&SurveyAnswer::site_id)),
         Text<SurveyAnswer>("date", Mem(&SurveyAnswer::date)),
         Int<SurveyAnswer>("learned", Mem(&SurveyAnswer::learned)),
         Int<SurveyAnswer>("changed", Mem(&SurveyAnswer::changed)),
         Int<SurveyAnswer>("welcomed", Mem(&SurveyAnswer::welcomed)),
         Bool<SurveyAnswer>("deleted", Mem(&SurveyAnswer::deleted))},
        nullptr};
    return t;
}

}  // namespace palier::storage
