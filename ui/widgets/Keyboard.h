#pragma once
// The on-screen keyboards and typing from a physical keyboard or a USB barcode reader.
//  - Azerty(): French AZERTY letters, ten keys a row at most, with shift, apostrophe, hyphen,
//    space, backspace and a validation key; a second layer holds the digits and the accented
//    letters (é è ê ë à â ç ù û ô î ï ü ÿ œ æ), and goes back to the letters after an accent.
//  - Numpad(): 3 x 4 digits for phone digits, years, PINs and times, the validation key beneath.
//  - TypeInto(): the characters and keys typed on a real keyboard this frame.
// Each edits the caller's string in place and returns KeyEvent::Enter on validation.
#include <string>

namespace palier::ui {

enum class KeyEvent { None, Changed, Enter };

struct KeyboardUi {
    bool shift = true;  // capital for the first letter
    bool more = false;  // the digits and accents layer
};

// `width`: the keyboard's width (0 = available width, capped to 34 em); `key_h`: its keys'
// height (0 = AzertyKeyHeight()). `address`: for a web address, no capital first, a dot on the
// letters and the second layer holds the digits and : / . - _ and the like instead of accents.
KeyEvent Azerty(const char* id, KeyboardUi& kb, std::string& text, size_t max_chars, float width = 0, float key_h = 0,
                bool address = false);
// Digits only; `extra` may add one key (e.g. ":" for times, "-" for dates). `ok_label` names the key.
KeyEvent Numpad(const char* id, std::string& text, size_t max_chars, const char* ok_label, float width = 0,
                const char* extra = nullptr);
// The size of a key and the keyboard's height for a given width (0 = as the keyboard would
// choose): screens use them to place a keyboard beside a form only when its keys stay big
// enough for a finger, and to keep room for it under the form otherwise.
float AzertyKeyWidth(float width);
float AzertyKeyHeight();
float AzertyHeight(float width);
float NumpadHeight(float width);
// The widest numpad, up to `max_w`, whose height stays within `max_h` (never below a finger's
// height a key).
float NumpadWidthWithin(float max_w, float max_h);
// Physical keyboard / barcode reader into `text`: printable characters, Backspace, Enter.
KeyEvent TypeInto(std::string& text, size_t max_chars, bool digits_only);

// UTF-8 helpers: characters in `s`, and removing the last one.
size_t Utf8Length(const std::string& s);
void PopUtf8(std::string& s);

}  // namespace palier::ui
