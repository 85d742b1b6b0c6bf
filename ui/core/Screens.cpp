#include "ui/core/Screens.h"

#include "ui/core/ScreenTable.h"

namespace palier::ui {

const char* ScreenName(Screen s) { return InfoOf(s).name; }
bool IsStaffScreen(Screen s) { return InfoOf(s).staff; }
StaffArea AreaOf(Screen s) { return InfoOf(s).area; }

std::optional<Screen> ParseScreen(std::string_view name) {
    for (const ScreenInfo& info : kScreens)
        if (name == info.name) return info.screen;
    return std::nullopt;
}

}  // namespace palier::ui
