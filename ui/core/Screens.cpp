#include "ui/core/Screens.h"

namespace palier::ui {

std::optional<Screen> ParseScreen(std::string_view name) {
    for (const ScreenInfo& info : kScreens)
        if (name == info.name) return info.screen;
    return std::nullopt;
}

}  // namespace palier::ui
