#include "RecordJson.h"

#include "RecordType.h"

namespace palier {

// Every record's JSON is its descriptor's wire form (storage/RecordTypes.cpp); missing keys keep
// the struct's defaults so an older peer's payload still reads.
#define P_JSON(Type, Descriptor)                                                             \
    void to_json(nlohmann::json& j, const Type& r) { j = storage::ToJson(storage::Descriptor(), r); } \
    void from_json(const nlohmann::json& j, Type& r) { storage::FromJson(storage::Descriptor(), j, r); }

P_JSON(Site, SiteType)
P_JSON(Person, PersonType)
P_JSON(Visit, VisitType)
P_JSON(Orientation, OrientationType)
P_JSON(Partner, PartnerType)
P_JSON(Activity, ActivityType)
P_JSON(Session, SessionType)
P_JSON(Booking, BookingType)
P_JSON(Allotment, AllotmentType)
P_JSON(SurveyAnswer, SurveyType)
#undef P_JSON

void to_json(nlohmann::json& j, const Staff& r) { j = storage::ToJson(storage::StaffType(), r); }

void to_json(nlohmann::json& j, const JournalEntry& e) {
    j = {{"v", e.format},  {"device", e.device_id}, {"seq", e.seq}, {"kind", e.kind},
         {"id", e.record_id}, {"op", e.op},        {"hlc", e.hlc}, {"fields", nlohmann::json::parse(e.payload)}};
}

void from_json(const nlohmann::json& j, JournalEntry& e) {
    e.format = j.value("v", 1);
    e.device_id = j.at("device").get<std::string>();
    e.seq = j.at("seq").get<int64_t>();
    e.kind = j.at("kind").get<std::string>();
    e.record_id = j.at("id").get<std::string>();
    e.op = j.at("op").get<std::string>();
    e.hlc = j.at("hlc").get<Hlc>();
    e.payload = j.at("fields").dump();
}

}  // namespace palier
