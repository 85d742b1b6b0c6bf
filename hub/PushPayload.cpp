#include "PushPayload.h"

#include <nlohmann/json.hpp>

#include "storage/JournalStore.h"
#include "storage/RecordKinds.h"

namespace palier::hub {

using nlohmann::json;

namespace {

Refusal Bad(std::string sentence) { return Refusal{400, std::move(sentence)}; }

std::variant<json, Refusal> ParseObject(std::string_view body) {
    json j = json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded()) return Bad("The body is not valid JSON.");
    if (!j.is_object()) return Bad("The body must be a JSON object.");
    return j;
}

bool IsString(const json& j, const char* key) { return j.contains(key) && j.at(key).is_string(); }
bool IsInteger(const json& j, const char* key) {
    return j.contains(key) && (j.at(key).is_number_integer() || j.at(key).is_number_unsigned());
}

const storage::KindOps* SyncedKind(const std::string& kind) {
    for (const auto& k : storage::SyncedKinds())
        if (k.kind == kind) return &k;
    return nullptr;
}

bool KnownField(const storage::KindOps& ops, const std::string& name) {
    for (const auto& f : ops.fields)
        if (f.json == name) return true;
    return false;
}

// One entry of a push; `where` names it in the sentence ("entry 3").
std::variant<JournalEntry, Refusal> ReadEntry(const json& j, const std::string& where, const Id& device,
                                              int format) {
    if (!j.is_object()) return Bad(where + " is not a JSON object.");
    for (const char* key : {"device", "kind", "id", "op"})
        if (!IsString(j, key)) return Bad(where + " needs \"" + key + "\" as a string.");
    for (const char* key : {"v", "seq", "hlc"})
        if (!IsInteger(j, key)) return Bad(where + " needs \"" + key + "\" as a whole number.");
    if (!j.contains("fields") || !j.at("fields").is_object())
        return Bad(where + " needs \"fields\" as a JSON object.");
    JournalEntry e;
    e.format = j.at("v").get<int>();
    e.device_id = j.at("device").get<std::string>();
    e.seq = j.at("seq").get<int64_t>();
    e.kind = j.at("kind").get<std::string>();
    e.record_id = j.at("id").get<std::string>();
    e.op = j.at("op").get<std::string>();
    if (j.at("hlc").is_number_integer() && j.at("hlc").get<int64_t>() < 0)
        return Bad(where + " has a negative \"hlc\".");
    e.hlc = j.at("hlc").get<Hlc>();
    // Entries older than the push (journaled before this kiosk's data took sync's format) are
    // acknowledged and kept out of the merge, as kiosk-only records are.
    if (e.format > format || e.format < 1)
        return Bad(where + " has format " + std::to_string(e.format) + " in a push of format " + std::to_string(format) + ".");
    if (e.device_id != device) return Bad(where + " was written by another device (" + e.device_id + ").");
    if (e.seq <= 0) return Bad(where + " has a sequence number below 1.");
    if (e.record_id.empty()) return Bad(where + " has an empty \"id\".");
    const storage::KindOps* ops = SyncedKind(e.kind);
    if (!ops && storage::FindKind(e.kind) && j.at("fields").is_object()) {
        e.payload = "{}";  // a record that stays on its kiosk (staff): nothing of it is kept
        return e;
    }
    if (!ops) return Bad(where + " has an unknown kind \"" + e.kind + "\".");
    if (e.op != "upsert" && !(e.op == "erase" && ops->tombstone))
        return Bad(where + " has an operation \"" + e.op + "\" that a " + e.kind + " does not take.");
    const json& fields = j.at("fields");
    for (const auto& [name, value] : fields.items())
        if (!KnownField(*ops, name)) return Bad(where + " has a field \"" + name + "\" that a " + e.kind + " does not have.");
    try {
        ops->check(fields);
    } catch (const json::exception&) {
        return Bad(where + " has a field of the wrong type for a " + e.kind + ".");
    }
    e.payload = fields.dump();
    return e;
}

}  // namespace

bool Shared(const JournalEntry& e) {
    return e.format == storage::kJournalFormat && SyncedKind(e.kind) != nullptr;
}

std::variant<int, Refusal> CheckFormat(int format) {
    if (format == storage::kJournalFormat) return format;
    return Refusal{426, "This kiosk writes data format " + std::to_string(format) + " and the hub merges format " +
                            std::to_string(storage::kJournalFormat) + ": update this kiosk."};
}

std::variant<PushRequest, Refusal> ParsePush(std::string_view body) {
    auto parsed = ParseObject(body);
    if (auto* r = std::get_if<Refusal>(&parsed)) return *r;
    json& j = std::get<json>(parsed);
    if (!IsString(j, "device") || j.at("device").get<std::string>().empty())
        return Bad("The push needs \"device\" as a non-empty string.");
    if (!IsInteger(j, "format")) return Bad("The push needs \"format\" as a whole number.");
    if (!j.contains("entries") || !j.at("entries").is_array()) return Bad("The push needs \"entries\" as an array.");
    PushRequest req;
    req.device = j.at("device").get<std::string>();
    auto format = CheckFormat(j.at("format").get<int>());
    if (auto* r = std::get_if<Refusal>(&format)) return *r;
    req.format = std::get<int>(format);
    json& entries = j.at("entries");
    req.entries.reserve(entries.size());
    req.fields.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        auto e = ReadEntry(entries[i], "Entry " + std::to_string(i + 1), req.device, req.format);
        if (auto* r = std::get_if<Refusal>(&e)) return *r;
        auto& entry = std::get<JournalEntry>(e);
        if (!req.entries.empty() && entry.seq != req.entries.back().seq + 1)
            return Bad("Sequence gap: entry " + std::to_string(i + 1) + " has seq " + std::to_string(entry.seq) +
                       " after " + std::to_string(req.entries.back().seq) + ".");
        req.entries.push_back(std::move(entry));
        req.fields.push_back(std::move(entries[i]["fields"]));  // checked by ReadEntry
    }
    return req;
}

std::variant<EnrolRequest, Refusal> ParseEnrol(std::string_view body) {
    auto parsed = ParseObject(body);
    if (auto* r = std::get_if<Refusal>(&parsed)) return *r;
    const json& j = std::get<json>(parsed);
    if (!IsString(j, "code")) return Bad("The enrolment needs \"code\" as a string.");
    if (!IsString(j, "device") || j.at("device").get<std::string>().empty())
        return Bad("The enrolment needs \"device\" as a non-empty string.");
    if (!IsInteger(j, "format")) return Bad("The enrolment needs \"format\" as a whole number.");
    auto format = CheckFormat(j.at("format").get<int>());
    if (auto* r = std::get_if<Refusal>(&format)) return *r;
    if (j.contains("site_id") && !IsString(j, "site_id")) return Bad("The enrolment's \"site_id\" must be a string.");
    return EnrolRequest{j.at("code").get<std::string>(), j.at("device").get<std::string>(), std::get<int>(format),
                        j.value("site_id", "")};
}

}  // namespace palier::hub
