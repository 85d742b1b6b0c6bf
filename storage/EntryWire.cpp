#include "EntryWire.h"

#include <nlohmann/json.hpp>

namespace palier::storage {

void AppendJsonString(std::string& out, const std::string& s) {
    // Ids, kinds and ops are plain ASCII: written as they are. Anything else goes through the
    // JSON library, which escapes it and refuses invalid UTF-8 as before.
    for (const unsigned char c : s) {
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
            out += nlohmann::json(s).dump();
            return;
        }
    }
    out += '"';
    out += s;
    out += '"';
}

void AppendWireEntries(std::string& out, const std::vector<JournalEntry>& entries) {
    out += '[';
    for (size_t i = 0; i < entries.size(); ++i) {
        const JournalEntry& e = entries[i];
        if (i) out += ',';
        // Keys in the order the JSON library sorts them, so the text is the one it would write.
        out += "{\"device\":";
        AppendJsonString(out, e.device_id);
        out += ",\"fields\":";
        // Anything but an object's text (never written by Palier) is read as before: the JSON
        // library throws on it, or prints it in its own form.
        if (e.payload.empty() || e.payload.front() != '{') out += nlohmann::json::parse(e.payload).dump();
        else out += e.payload;
        out += ",\"hlc\":";
        out += std::to_string(e.hlc);
        out += ",\"id\":";
        AppendJsonString(out, e.record_id);
        out += ",\"kind\":";
        AppendJsonString(out, e.kind);
        out += ",\"op\":";
        AppendJsonString(out, e.op);
        out += ",\"seq\":";
        out += std::to_string(e.seq);
        out += ",\"v\":";
        out += std::to_string(e.format);
        out += '}';
    }
    out += ']';
}

}  // namespace palier::storage
