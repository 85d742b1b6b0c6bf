// libFuzzer target: whatever bytes a client sends as a push or an enrolment, the parser answers
// with a request or a refusal, never a crash, and what it accepts holds what the hub relies on.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "hub/PushPayload.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto push = hub::ParsePush(body);
    if (auto* p = std::get_if<hub::PushRequest>(&push)) {
        for (size_t i = 0; i < p->entries.size(); ++i) {
            const auto& e = p->entries[i];
            if (e.device_id != p->device || e.seq < 1) std::abort();
            if (i > 0 && e.seq != p->entries[i - 1].seq + 1) std::abort();
            if (!nlohmann::json::parse(e.payload, nullptr, false).is_object()) std::abort();
        }
    } else {
        const auto& r = std::get<hub::Refusal>(push);
        if (r.sentence.empty() || (r.status != 400 && r.status != 426)) std::abort();
    }
    auto enrol = hub::ParseEnrol(body);
    if (auto* r = std::get_if<hub::Refusal>(&enrol))
        if (r->sentence.empty()) std::abort();
    return 0;
}
