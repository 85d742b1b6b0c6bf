#include "ui/core/Display.h"

#include <cfloat>

namespace palier::ui {

void UseFramebufferPixels(ImGuiIO& io, ImVec2 window, ImVec2 framebuffer) {
    if (window.x <= 0 || window.y <= 0 || framebuffer.x <= 0 || framebuffer.y <= 0) return;  // minimised
    const ImVec2 k(framebuffer.x / window.x, framebuffer.y / window.y);
    io.DisplaySize = framebuffer;
    io.DisplayFramebufferScale = ImVec2(1, 1);
    if (io.MousePos.x != -FLT_MAX && io.MousePos.y != -FLT_MAX)
        io.MousePos = ImVec2(io.MousePos.x * k.x, io.MousePos.y * k.y);
}

int PickMonitor(const std::vector<std::string>& names, const std::string& remembered) {
    if (names.empty()) return -1;
    for (size_t i = 0; i < names.size(); ++i)
        if (!remembered.empty() && names[i] == remembered) return static_cast<int>(i);
    return 0;
}

}  // namespace palier::ui
