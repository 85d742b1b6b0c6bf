#pragma once
// What the kiosk drew this frame, apart from how it was drawn:
//  - every string shown (for tests that check what a resident can read, and later for
//    reading a screen aloud),
//  - every touchable widget's rectangle by id and by visible label (so a --script can
//    "tap Réserver" and tests can click by label); only the part that is not scrolled away.
// Cleared at the start of each frame by the app; UI thread only. Off unless something reads it
// (the headless tests, a --script, a screenshot): a kiosk on the wall copies no string for it.
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palier::ui {

struct WidgetRect {
    std::string id;     // stable id, e.g. "welcome.visit"
    std::string label;  // the words on it, in the current language
    ImVec2 min, max;
    bool clipped = false;   // partly scrolled away (min/max are the visible part)
    bool overflow = false;  // its words do not fit inside it (cut, or a word broken)
};

// Where a piece of text landed, the visible part only: layout tests check that no two pieces
// of text and no text and touchable widget overlap, at every screen and text size.
struct TextBox {
    std::string text;
    ImVec2 min, max;
    ImU32 colour = 0;  // what a warning in colour is drawn in (tests read it)
};

void SetRecording(bool on);
bool Recording();
void ClearRecords();
void RecordText(std::string_view text);
void RecordWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, bool overflow = false);
// The text's rectangle as drawn, cut to the current clip rectangle (nothing when all hidden).
void RecordTextBox(std::string_view text, ImVec2 min, ImVec2 max, ImU32 colour = 0);

const std::vector<std::string>& TextsDrawn();
const std::vector<WidgetRect>& WidgetsDrawn();
const std::vector<TextBox>& TextBoxesDrawn();
// All texts of the frame joined by newlines (for "expect" and for tests).
std::string AllTextDrawn();

// Finds a widget: exact id, then exact label, then a label containing `what`
// (case-sensitive, UTF-8). The first match in drawing order wins.
std::optional<WidgetRect> FindWidget(std::string_view what);

}  // namespace palier::ui
