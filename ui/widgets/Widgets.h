#pragma once
// The kiosk's drawing vocabulary. Every word on screen goes through these helpers: they record
// the text and the touchable rectangles (Record.h) and size everything in em (Theme.h).
// Widgets return what happened (tapped, changed); they never decide what it means.
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "ui/widgets/Fonts.h"
#include "ui/widgets/Theme.h"

namespace palier::ui {

enum class Tone { Primary, Secondary, Accent, Success, Danger, Quiet };

// ---- Text -------------------------------------------------------------------------------
// colour 0 = the palette's text colour. wrap 0 = the available width; < 0 = no wrapping.
void Text(std::string_view s, FontRole role = FontRole::Body, ImU32 colour = 0, float wrap = 0);
void Muted(std::string_view s, float wrap = 0);
void Title(std::string_view s);
// Text centred in `width` (0 = available width) on one or more lines.
void TextCentered(std::string_view s, FontRole role = FontRole::Body, ImU32 colour = 0, float width = 0);
ImVec2 TextSize(std::string_view s, FontRole role = FontRole::Body, float wrap = -1);
// The lines Text() draws `s` on within `wrap`: cut at spaces, and a word too long for a line
// (a file path) after one of its '/', never in the middle of a name.
std::vector<std::string_view> WrappedLines(std::string_view s, FontRole role, float wrap);
// A coloured notice across the available width (errors in the danger tone).
void Banner(std::string_view s, bool error);

// ---- Touchable things --------------------------------------------------------------------
// A finger that moved more than a few pixels since it touched down is scrolling: nothing it
// was over fires when it lifts. Every touchable widget asks this.
bool TouchMoved();
// An invisible touch area of `size` at the cursor: true when tapped (pressed and released over
// it without moving). The building block of every widget below.
bool TouchArea(const char* id, ImVec2 size);
// size.x: 0 = fit the words, < 0 = the available width; size.y: 0 = TouchH().
bool Button(const char* id, std::string_view label, ImVec2 size = ImVec2(0, 0), Tone tone = Tone::Primary,
            const char* icon = nullptr, bool enabled = true);
float ButtonWidth(std::string_view label, const char* icon = nullptr);
// A big tile: pictogram above, title, optional subtitle; `selected` shows a check mark.
bool Tile(const char* id, const char* icon, std::string_view title, std::string_view subtitle, ImVec2 size,
          bool selected = false, Tone tone = Tone::Secondary);
// A filter or choice pill (TouchH high).
bool Chip(const char* id, std::string_view label, bool selected, const char* icon = nullptr);
float ChipWidth(std::string_view label, const char* icon = nullptr);
// A text box filled by the on-screen keyboard: label above, value inside, caret when focused.
// Returns true when tapped (the caller moves the focus). width < 0 = available width.
bool Field(const char* id, std::string_view label, const std::string& value, bool focused,
           std::string_view hint = {}, bool secret = false, float width = -1);
// A large check box with its words; toggles `value`. Returns true when it changed.
bool Checkbox(const char* id, std::string_view label, bool& value);
// A "− value +" stepper. Returns true when the value changed.
bool Stepper(const char* id, std::string_view label, int& value, int min, int max, int step = 1);

// Places the next item of width `w` on the current line when it fits, else on a new line.
class Flow {
public:
    void Next(float w);

private:
    bool first_ = true;
};

// ---- Containers -------------------------------------------------------------------------
// A white card (child window) with rounded corners and padding. Always call EndCard().
bool BeginCard(const char* id, ImVec2 size, bool scroll = false);
void EndCard();
// A white panel as tall as its content (drawn behind it once the content is known).
// `width` is the outer width; inside, pass PanelInner(width) as the wrap width. Not nestable.
void BeginPanel(float width);
void EndPanel();
inline float PanelInner(float width) { return width - Em(1.8f); }
// Height to keep free at the bottom of a screen for one row of buttons.
float BottomBarH();
// Lets a touch drag scroll the current window (no scrollbar grabbing needed).
void TouchScroll();
// A scrolling form's memory of the field it last brought into view, and at which form size.
struct InView {
    int field = -1;
    ImVec2 form;
};
// After the focused field (`field`, the screen's own number for it) is drawn inside the form's
// child window: scrolls the form until that field shows whole when the focus has just moved to
// it or the form changed size (its keyboard moved), over as many frames as it takes (a window's
// scroll range is the last frame's). A field the resident scrolled away from afterwards is left
// where it is.
void KeepInView(InView& v, int field);
// The same sideways, for a window with ImGuiWindowFlags_HorizontalScrollbar.
void TouchScrollX();

}  // namespace palier::ui
