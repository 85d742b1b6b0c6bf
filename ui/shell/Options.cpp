#include "ui/shell/Options.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiosk/DataDir.h"
#include "ui/core/ScreenTable.h"

namespace palier::ui {

std::string UsageText() {
    std::string out =
        "usage: palier-kiosk [--data DIR] [--demo] [--lang fr|en] [--windowed WxH]\n"
        "                    [--screen NAME --screenshot FILE.png] [--script FILE]\n"
        "                    [--high-contrast] [--text-scale 1|1.25|1.5] [--now YYYY-MM-DDTHH:MM]\n"
        "       palier-kiosk --list-screens\n"
        "       palier-kiosk print ...\n"
        "screens:";
    for (const ScreenInfo& info : kScreens) out += std::string(" ") + info.name;
    return out + "\n";
}

std::optional<Options> ParseOptions(int argc, char** argv, std::string& error) {
    Options o;
    o.data_dir = DefaultDataDir();
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                error = std::string(name) + " needs a value.";
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--list-screens") {
            o.list_screens = true;
        } else if (a == "--demo") {
            o.demo = true;
        } else if (a == "--data") {
            const char* v = value("--data");
            if (!v) return std::nullopt;
            o.data_dir = v;
        } else if (a == "--lang") {
            const char* v = value("--lang");
            if (!v) return std::nullopt;
            Lang l;
            if (!ParseLang(v, l)) {
                error = std::string("unknown language \"") + v + "\" (use fr or en).";
                return std::nullopt;
            }
            o.lang = l;
        } else if (a == "--windowed") {
            const char* v = value("--windowed");
            if (!v) return std::nullopt;
            if (std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 320 || o.width > 8192 ||
                o.height > 8192) {
                error = std::string("--windowed wants a size like 1280x800, not \"") + v + "\".";
                return std::nullopt;
            }
        } else if (a == "--screen") {
            const char* v = value("--screen");
            if (!v) return std::nullopt;
            if (!ParseScreen(v)) {
                error = std::string("there is no screen called \"") + v + "\".";
                return std::nullopt;
            }
            o.screen = v;
        } else if (a == "--screenshot") {
            const char* v = value("--screenshot");
            if (!v) return std::nullopt;
            o.screenshot = v;
        } else if (a == "--high-contrast") {
            o.high_contrast = true;
        } else if (a == "--text-scale") {
            const char* v = value("--text-scale");
            if (!v) return std::nullopt;
            const std::string_view t = v;
            if (t == "1" || t == "1.0") o.text_scale = 1.0f;
            else if (t == "1.25") o.text_scale = 1.25f;
            else if (t == "1.5") o.text_scale = 1.5f;
            else {
                error = std::string("--text-scale wants 1, 1.25 or 1.5, not \"") + v + "\".";
                return std::nullopt;
            }
        } else if (a == "--now") {
            const char* v = value("--now");
            if (!v) return std::nullopt;
            o.now = v;
        } else if (a == "--script") {
            const char* v = value("--script");
            if (!v) return std::nullopt;
            o.script = v;
        } else {
            error = "unknown option \"" + std::string(a) + "\".";
            return std::nullopt;
        }
    }
    if (!o.screenshot.empty() && o.screen.empty()) o.screen = "welcome";
    if (!o.screen.empty() && o.screenshot.empty() && o.script.empty()) {
        error = "--screen needs --screenshot FILE.png.";
        return std::nullopt;
    }
    return o;
}

}  // namespace palier::ui
