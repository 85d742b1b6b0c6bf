#pragma once
// The translation layer. Every string a person sees goes through Tr()/Trf() with a stable key;
// the words live in assets/i18n/<lang>/*.po (msgid = key, msgstr = text) that translators edit;
// one file per part of the program (kiosk.po, ui.po, print.po) so parts do not collide.
// French is the reference language: a key missing in another language falls back to French,
// then to the key itself (which tests/unit/i18n_test.cpp forbids for shipped languages).
//
// Thread-safety: LoadCatalogues() once at start-up, before other threads; lookups are then
// read-only and safe from any thread. The "current" language is the UI thread's.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Result.h"

namespace palier {

enum class Lang { Fr, En, Ar, Tr, Uk, Es };
constexpr Lang kAllLangs[] = {Lang::Fr, Lang::En, Lang::Ar, Lang::Tr, Lang::Uk, Lang::Es};

const char* LangCode(Lang lang);              // "fr", "en", ...
bool ParseLang(std::string_view code, Lang& out);
bool IsRightToLeft(Lang lang);
// Languages whose catalogue has every French key (fr and en at least).
const std::vector<Lang>& ShippedLangs();

// Reads every <dir>/<code>/*.po. Returns false when <dir>/fr is missing.
bool LoadCatalogues(const std::string& dir);
// The default folder: $PALIER_ASSETS/i18n, else the source tree's assets/i18n.
std::string DefaultI18nDir();

void SetLanguage(Lang lang);
Lang CurrentLanguage();

// The text for `key` in the current (or given) language. The pointer stays valid for the
// program's life.
const char* Tr(const char* key);
const char* Tr(const char* key, Lang lang);
bool HasKey(std::string_view key, Lang lang);
std::vector<std::string> AllKeys(Lang lang);

// Placeholder values are views: a temporary string (std::to_string(n)) lives as long as the call.
using Args = std::initializer_list<std::pair<const char*, std::string_view>>;
// Tr() with {name} placeholders replaced.
std::string Trf(const char* key, Args args);
std::string Trf(const char* key, Args args, Lang lang);
// Trf() appended to `out`. A buffer kept from one use to the next (the kiosk's frame text) then
// needs no new memory once it is large enough.
void AppendTrf(std::string& out, const char* key, Args args, Lang lang = CurrentLanguage());

// A Problem in words: "Prénom : 80 caractères au plus."
std::string Describe(const Problem& p);
std::string Describe(const Problem& p, Lang lang);

}  // namespace palier
