#pragma once
// The staff screens' keyboard, docked under the screen across its whole width, as on a tablet:
// whatever column the focused field sits in, every key stays a finger wide, and there is one
// keyboard at a time (the physical keyboard types into the same field). A screen asks for it on
// each frame its field has the focus; the chrome keeps room for it at the bottom from the frame
// after it is first asked for, and draws it after the screen. What the keys did this frame
// (Enter) comes back from the next call.
// UI thread only.
#include <string>

#include "ui/widgets/Keyboard.h"

namespace palier::ui {

// Address: the letters for a web address (Azerty's `address`).
enum class Keys { Letters, Digits, Address };

struct DockAsk {
    const char* id = "";        // the field's id: another id is another field
    Keys keys = Keys::Letters;
    std::string* text = nullptr;
    size_t max_chars = 40;
    const char* label = "";     // the field's label, shown above the keys with what is typed
    const char* extra = nullptr;  // digits: one more key (":" for times, "-" for dates)
};

// Asks for the keyboard this frame; returns what its keys did on the frame before.
KeyEvent DockedKeyboard(const DockAsk& ask);
// The room the chrome keeps under the screen: the keyboard asked for on the last frame, or 0.
float DockHeight(float width);
// Draws the keyboard asked for this frame (the chrome, after the screen, in the room kept).
void DrawDock(float width);
// Forgets any keyboard (a visit ends, the screen changes).
void ResetDock();

}  // namespace palier::ui
