#include "I18n.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_map>

#ifndef PALIER_ASSETS_DIR
#define PALIER_ASSETS_DIR "assets"
#endif

namespace palier {

namespace {
// Looked up by const char* and string_view every frame: no std::string made for the key.
struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view k) const { return std::hash<std::string_view>{}(k); }
};
using Catalogue = std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>>;
constexpr size_t kLangCount = std::size(kAllLangs);
std::array<Catalogue, kLangCount> g_catalogues;
std::vector<Lang> g_shipped;  // complete catalogues, worked out once when they are loaded
std::atomic<Lang> g_current{Lang::Fr};
bool g_loaded = false;

const char* const kCodes[] = {"fr", "en", "ar", "tr", "uk", "es"};

std::string Unquote(const std::string& line, size_t from) {
    // The text between the first and last double quote, with C escapes undone.
    const size_t a = line.find('"', from), b = line.rfind('"');
    if (a == std::string::npos || b <= a) return {};
    std::string out;
    for (size_t i = a + 1; i < b; ++i) {
        if (line[i] == '\\' && i + 1 < b) {
            const char n = line[++i];
            out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
        } else {
            out += line[i];
        }
    }
    return out;
}

Catalogue ParsePo(std::istream& in) {
    Catalogue cat;
    std::string id, str, line;
    enum { None, InId, InStr } state = None;
    auto flush = [&] {
        if (!id.empty() && !str.empty()) cat[id] = str;
        id.clear();
        str.clear();
    };
    while (std::getline(in, line)) {
        if (line.rfind("msgid ", 0) == 0) {
            flush();
            id = Unquote(line, 5);
            state = InId;
        } else if (line.rfind("msgstr ", 0) == 0) {
            str = Unquote(line, 6);
            state = InStr;
        } else if (!line.empty() && line[0] == '"') {
            (state == InId ? id : str) += Unquote(line, 0);
        } else if (line.empty() || line[0] == '#') {
            if (state == InStr) flush();
            state = None;
        }
    }
    flush();
    return cat;
}

const Catalogue& CatalogueOf(Lang lang) {
    if (!g_loaded) LoadCatalogues(DefaultI18nDir());
    return g_catalogues[static_cast<size_t>(lang)];
}

void Substitute(std::string& text, const std::string& name, const std::string& value) {
    const std::string token = "{" + name + "}";
    for (size_t pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
        text.replace(pos, token.size(), value);
}
}  // namespace

const char* LangCode(Lang lang) { return kCodes[static_cast<size_t>(lang)]; }

bool ParseLang(std::string_view code, Lang& out) {
    for (size_t i = 0; i < kLangCount; ++i)
        if (code == kCodes[i]) {
            out = kAllLangs[i];
            return true;
        }
    return false;
}

bool IsRightToLeft(Lang lang) { return lang == Lang::Ar; }

const std::vector<Lang>& ShippedLangs() {
    if (!g_loaded) LoadCatalogues(DefaultI18nDir());
    return g_shipped;
}

std::string DefaultI18nDir() {
    if (const char* env = std::getenv("PALIER_ASSETS")) return std::string(env) + "/i18n";
    return std::string(PALIER_ASSETS_DIR) + "/i18n";
}

bool LoadCatalogues(const std::string& dir) {
    namespace fs = std::filesystem;
    g_loaded = true;  // even on failure: do not retry on every lookup
    std::error_code ec;
    if (!fs::is_directory(dir + "/fr", ec)) return false;
    for (size_t i = 0; i < kLangCount; ++i) {
        const fs::path lang_dir = fs::path(dir) / kCodes[i];
        if (!fs::is_directory(lang_dir, ec)) continue;
        Catalogue merged;
        for (const auto& entry : fs::directory_iterator(lang_dir, ec)) {
            if (entry.path().extension() != ".po") continue;
            std::ifstream in(entry.path());
            for (auto& [k, v] : ParsePo(in)) merged[k] = std::move(v);
        }
        g_catalogues[i] = std::move(merged);
    }
    // Complete catalogues only: a language with a few printout headings is not offered yet.
    g_shipped.clear();
    const Catalogue& fr = g_catalogues[static_cast<size_t>(Lang::Fr)];
    for (Lang l : kAllLangs) {
        const Catalogue& cat = g_catalogues[static_cast<size_t>(l)];
        bool complete = !cat.empty();
        for (const auto& [key, text] : fr)
            if (complete && !cat.count(key)) complete = false;
        if (complete) g_shipped.push_back(l);
    }
    return true;
}

void SetLanguage(Lang lang) { g_current = lang; }
Lang CurrentLanguage() { return g_current; }

const char* Tr(const char* key) { return Tr(key, g_current); }

const char* Tr(const char* key, Lang lang) {
    const auto& cat = CatalogueOf(lang);
    if (auto it = cat.find(key); it != cat.end()) return it->second.c_str();
    if (lang != Lang::Fr) return Tr(key, Lang::Fr);
    return key;
}

bool HasKey(std::string_view key, Lang lang) {
    const Catalogue& cat = CatalogueOf(lang);
    return cat.find(key) != cat.end();
}

std::vector<std::string> AllKeys(Lang lang) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : CatalogueOf(lang)) keys.push_back(k);
    return keys;
}

std::string Trf(const char* key, Args args) { return Trf(key, args, g_current); }

std::string Trf(const char* key, Args args, Lang lang) {
    std::string text;
    AppendTrf(text, key, args, lang);
    return text;
}

void AppendTrf(std::string& out, const char* key, Args args, Lang lang) {
    // One pass over the translation: a value is never read again for placeholders, and a
    // {word} that names no argument is kept as written.
    const std::string_view text = Tr(key, lang);
    size_t from = 0;
    while (from < text.size()) {
        const size_t open = text.find('{', from);
        const size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const auto arg =
            std::find_if(args.begin(), args.end(), [&](const auto& a) { return name == a.first; });
        out.append(text, from, (arg == args.end() ? close + 1 : open) - from);
        if (arg != args.end()) out.append(arg->second);
        from = close + 1;
    }
    out.append(text, std::min(from, text.size()));
}

std::string Describe(const Problem& p) { return Describe(p, g_current); }

std::string Describe(const Problem& p, Lang lang) {
    std::string text = Tr(p.key.c_str(), lang);
    // An argument that is itself a key (a status, a topic) is shown in words too.
    for (const auto& [name, value] : p.args)
        Substitute(text, name, HasKey(value, Lang::Fr) ? Tr(value.c_str(), lang) : value);
    if (!p.field.empty()) text = Trf("err.field_prefix", {{"field", Tr(p.field.c_str(), lang)}, {"message", text}}, lang);
    return text;
}

}  // namespace palier
