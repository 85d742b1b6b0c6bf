#pragma once
// Writing the dashboard's HTML: every value that is not the page's own markup goes through
// Escape, and every page through PageFrame (one stylesheet, no script, nothing from elsewhere).
#include <string>
#include <string_view>

#include "kiosk/I18n.h"

namespace palier::hub {

// Text safe inside an element or a double-quoted attribute.
std::string Escape(std::string_view text);

// What the frame's header offers to a signed-in visitor; empty `csrf`: nobody is signed in.
struct FrameVisitor {
    std::string login;
    std::string csrf;
    bool manages_kiosks = false;
    bool sees_orientations = false;
};
// Opens (not closes) the box around a table wider than a phone: it scrolls sideways, takes the
// focus so that the arrow keys scroll it too, and is a region named by `label_attr`
// (`aria-labelledby="ID"` or `aria-label="..."`, already escaped).
std::string ScrollRegion(const std::string& label_attr);

// A whole page around `body` (already HTML), titled `title` (plain text).
std::string PageFrame(Lang lang, const std::string& title, const std::string& body,
                      const FrameVisitor& visitor);

}  // namespace palier::hub
