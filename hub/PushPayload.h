#pragma once
// Reading what a kiosk sends (docs/SYNC.md) before anything touches the hub's storage: a body
// that is not exactly a push of this format is refused with the status and a sentence that says
// what is wrong, so a kiosk's log tells its installer where to look.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "storage/Records.h"

namespace palier::hub {

struct Refusal {
    int status = 400;
    std::string sentence;
    int64_t acked_through = -1;  // a sequence gap or a conflict: where the hub stands (-1: not said)
    int64_t differs_from = -1;   // a conflict: the first seq the hub holds other content under
};

struct PushRequest {
    Id device;
    int format = 0;
    std::vector<JournalEntry> entries;  // seq increasing by one, every one of `device`
    // Each entry's fields as read from the body (its payload parsed), so that merging does not
    // parse them again.
    std::vector<nlohmann::json> fields;
};
// Whether the hub merges and hands out this entry; the others (a kiosk's staff accounts, entries
// older than sync's format) are acknowledged so the sequence goes on, and kept nowhere.
bool Shared(const JournalEntry& e);
std::variant<PushRequest, Refusal> ParsePush(std::string_view body);

struct EnrolRequest {
    std::string code;
    Id device;
    int format = 0;
    Id site_id;  // the site the kiosk records for (optional: "" when not said)
};
std::variant<EnrolRequest, Refusal> ParseEnrol(std::string_view body);

// A format this hub does not merge: the kiosk must be updated (426), never half-merged.
std::variant<int, Refusal> CheckFormat(int format);

}  // namespace palier::hub
