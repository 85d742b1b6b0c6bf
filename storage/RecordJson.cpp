#include "RecordJson.h"

namespace palier {

// Field lists are written once per record; missing keys keep the struct's defaults so an
// older peer's payload still reads.
#define P_FIELDS_SITE(X) X(id) X(name) X(kind) X(parent_id) X(place) X(weekday) X(start_time) X(end_time) X(deleted)
#define P_FIELDS_PERSON(X) X(id) X(site_id) X(first_name) X(last_name) X(birth_year) X(phone) \
    X(neighbourhood) X(language) X(consent_contact) X(consent_date) X(guardian_id) X(last_contact) X(erased) X(deleted)
#define P_FIELDS_VISIT(X) X(id) X(site_id) X(person_id) X(at) X(reasons) X(is_new) X(language) X(deleted)
#define P_FIELDS_ORIENTATION(X) X(id) X(site_id) X(person_id) X(topic) X(partner_id) X(status) \
    X(due_date) X(note) X(appointment_at) X(created_at) X(deleted)
#define P_FIELDS_PARTNER(X) X(id) X(name) X(topics) X(address) X(hours) X(phone) X(deleted)
#define P_FIELDS_RULE(X) X(weekday) X(start_time) X(end_time) X(from) X(to) X(skipped)
#define P_FIELDS_ACTIVITY(X) X(id) X(site_id) X(kind) X(title) X(description) X(age_min) X(age_max) \
    X(place) X(stop_id) X(capacity) X(price_cents) X(needs_guardian) X(facilitator) X(tutors) X(rule) X(deleted)
#define P_FIELDS_SESSION(X) X(id) X(site_id) X(activity_id) X(start) X(end) X(place) X(stop_id) \
    X(capacity_override) X(cancelled) X(deleted)
#define P_FIELDS_BOOKING(X) X(id) X(site_id) X(session_id) X(person_id) X(seats) X(status) X(source) \
    X(tutor) X(code) X(created_hlc) X(created_at) X(deleted)
#define P_FIELDS_SURVEY(X) X(id) X(site_id) X(date) X(learned) X(changed) X(welcomed)

#define P_TO(f) j[#f] = r.f;
#define P_FROM(f) if (j.contains(#f)) j.at(#f).get_to(r.f);
#define P_JSON(Type, FIELDS)                                                     \
    void to_json(nlohmann::json& j, const Type& r) { j = nlohmann::json::object(); FIELDS(P_TO) } \
    void from_json(const nlohmann::json& j, Type& r) { FIELDS(P_FROM) }

P_JSON(Site, P_FIELDS_SITE)
P_JSON(Person, P_FIELDS_PERSON)
P_JSON(Visit, P_FIELDS_VISIT)
P_JSON(Orientation, P_FIELDS_ORIENTATION)
P_JSON(Partner, P_FIELDS_PARTNER)
P_JSON(Recurrence, P_FIELDS_RULE)
P_JSON(Activity, P_FIELDS_ACTIVITY)
P_JSON(Session, P_FIELDS_SESSION)
P_JSON(Booking, P_FIELDS_BOOKING)
P_JSON(SurveyAnswer, P_FIELDS_SURVEY)

void to_json(nlohmann::json& j, const Staff& r) {
    j = {{"id", r.id}, {"site_id", r.site_id}, {"name", r.name}, {"role", r.role},
         {"deleted", r.deleted}};
}

}  // namespace palier
