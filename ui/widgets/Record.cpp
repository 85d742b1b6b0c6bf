#include "ui/widgets/Record.h"

#include <imgui_internal.h>

#include <algorithm>

namespace palier::ui {
namespace {
std::vector<std::string> g_texts;
std::vector<WidgetRect> g_widgets;
}  // namespace

void ClearRecords() {
    g_texts.clear();
    g_widgets.clear();
}

void RecordText(std::string_view text) {
    if (!text.empty()) g_texts.emplace_back(text);
}

void RecordWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    // Only what can be touched: the part inside the current clip rectangle (scrolled lists).
    if (ImGui::GetCurrentContext() && ImGui::GetCurrentContext()->WithinFrameScope) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
        const ImVec2 vmin(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
        const ImVec2 vmax(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
        if (vmax.x - vmin.x < 4 || vmax.y - vmin.y < 4) return;
        const bool clipped = vmin.x != min.x || vmin.y != min.y || vmax.x != max.x || vmax.y != max.y;
        g_widgets.push_back({std::string(id), std::string(label), vmin, vmax, clipped});
        return;
    }
    g_widgets.push_back({std::string(id), std::string(label), min, max, false});
}

const std::vector<std::string>& TextsDrawn() { return g_texts; }
const std::vector<WidgetRect>& WidgetsDrawn() { return g_widgets; }

std::string AllTextDrawn() {
    std::string all;
    for (const auto& t : g_texts) {
        all += t;
        all += '\n';
    }
    return all;
}

std::optional<WidgetRect> FindWidget(std::string_view what) {
    for (const auto& w : g_widgets)
        if (w.id == what) return w;
    for (const auto& w : g_widgets)
        if (w.label == what) return w;
    for (const auto& w : g_widgets)
        if (w.label.find(what) != std::string::npos) return w;
    return std::nullopt;
}

}  // namespace palier::ui
