#pragma once
// Fonts by role, loaded once from DejaVu Sans (fonts-dejavu-core) into ImGui's atlas, and
// reloaded only when the screen size or the text-size setting changes.
// Glyphs: Latin-1 + Latin Extended-A (French œ, Turkish ğ ş ı), general punctuation (— ’ …),
// € and the other currency signs, Cyrillic (Ukrainian), Arabic basic block (unshaped for now),
// and the pictograms used by tiles.
#include <imgui.h>

#include <string>

namespace palier::ui {

enum class FontRole { Body, Bold, Title, Icon, Huge };

// Font folder: $PALIER_FONTS, else /usr/share/fonts/truetype/dejavu.
std::string FontDir();
// Body pixel size for a display: min(width, height) / 34, times the text scale.
float BodyPxFor(ImVec2 display, float text_scale);

// Clears the atlas and loads every role at sizes derived from `body_px`; sets BodyPx().
// Returns false (and keeps ImGui's default font) when the DejaVu files are missing.
// The caller uploads the atlas (the GL backend, or GetTexDataAsRGBA32 headless).
bool LoadFonts(float body_px);
ImFont* Font(FontRole role);

// Pictograms (UTF-8) drawn with the Icon font.
namespace icon {
inline constexpr const char* kVisit = "\xE2\x98\xBA";      // ☺
inline constexpr const char* kActivities = "\xE2\x98\x85"; // ★
inline constexpr const char* kBookings = "\xE2\x9C\x94";   // ✔
inline constexpr const char* kInfo = "\xE2\x84\xB9";       // ℹ
inline constexpr const char* kPaper = "\xE2\x9C\x8E";      // ✎
inline constexpr const char* kComputer = "\xE2\x8C\xA8";   // ⌨
inline constexpr const char* kCoffee = "\xE2\x98\x95";     // ☕
inline constexpr const char* kPermanence = "\xE2\x9A\x96"; // ⚖
inline constexpr const char* kHome = "\xE2\x8C\x82";       // ⌂
inline constexpr const char* kBack = "\xE2\x86\x90";       // ←
inline constexpr const char* kNext = "\xE2\x86\x92";       // →
inline constexpr const char* kNew = "\xE2\x9C\x9A";        // ✚
inline constexpr const char* kPhone = "\xE2\x98\x8E";      // ☎
inline constexpr const char* kAnonymous = "\xE2\x9A\x90";  // ⚐
inline constexpr const char* kToday = "\xE2\x98\x80";      // ☀
inline constexpr const char* kOrientation = "\xE2\x9E\x9C";// ➜
inline constexpr const char* kAttendance = "\xE2\x98\x91"; // ☑
inline constexpr const char* kPrint = "\xE2\x96\xA4";      // ▤
inline constexpr const char* kSync = "\xE2\x86\xBB";       // ↻
inline constexpr const char* kSettings = "\xE2\x9A\x99";   // ⚙
inline constexpr const char* kPrivacy = "\xE2\x98\x82";    // ☂
inline constexpr const char* kWorkshop = "\xE2\x9C\x82";   // ✂
inline constexpr const char* kOuting = "\xE2\x9C\x88";     // ✈
inline constexpr const char* kHeart = "\xE2\x99\xA5";      // ♥
inline constexpr const char* kWarning = "\xE2\x9A\xA0";    // ⚠
inline constexpr const char* kCheck = "\xE2\x9C\x93";      // ✓
inline constexpr const char* kCross = "\xE2\x9C\x95";      // ✕
inline constexpr const char* kBackspace = "\xE2\x8C\xAB";  // ⌫
inline constexpr const char* kShift = "\xE2\x87\xA7";      // ⇧
inline constexpr const char* kEuro = "\xE2\x82\xAC";       // €
inline constexpr const char* kHouse = "\xE2\x8C\x82";      // ⌂
inline constexpr const char* kWork = "\xE2\x9A\x92";       // ⚒
inline constexpr const char* kMusic = "\xE2\x99\xAB";      // ♫
}  // namespace icon

}  // namespace palier::ui
