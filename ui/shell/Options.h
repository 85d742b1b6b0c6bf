#pragma once
// The kiosk's command line:
//   palier-kiosk [--data DIR] [--demo] [--lang fr|en] [--windowed WxH]
//                [--screen NAME --screenshot FILE.png] [--script FILE]
//                [--high-contrast] [--text-scale 1|1.25|1.5]   (this run only, not saved)
//                [--now YYYY-MM-DDTHH:MM]   (the clock starts there, in the site's time zone)
//   palier-kiosk --list-screens   (the names --screen takes, one a line)
//   palier-kiosk print ...   (forwarded to the print command line when it is built in)
#include <optional>
#include <string>

#include "kiosk/I18n.h"

namespace palier::ui {

struct Options {
    std::string data_dir;           // default: $XDG_DATA_HOME/palier or ~/.local/share/palier
    bool demo = false;              // fill an empty database with demo data
    std::optional<Lang> lang;
    int width = 0, height = 0;      // --windowed; 0 = full screen on the primary monitor
    std::string screen;             // --screen NAME
    std::string screenshot;         // --screenshot FILE.png
    std::string script;             // --script FILE
    bool high_contrast = false;     // --high-contrast: the high-contrast theme for this run
    float text_scale = 0;           // --text-scale: 1, 1.25 or 1.5 for this run; 0 = the settings'
    std::string now;                // --now: checked once the site's time zone is known
    bool help = false;
    bool list_screens = false;      // --list-screens: every --screen NAME, one a line
};

// Returns nullopt with a one-sentence `error` on a bad command line.
std::optional<Options> ParseOptions(int argc, char** argv, std::string& error);
std::string UsageText();

}  // namespace palier::ui
