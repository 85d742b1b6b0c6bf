#include "ui/widgets/Record.h"

#include <imgui_internal.h>

#include <algorithm>

namespace palier::ui {
namespace {
std::vector<std::string> g_texts;
std::vector<WidgetRect> g_widgets;
std::vector<TextBox> g_boxes;
bool g_recording = false;

bool InFrame() { return ImGui::GetCurrentContext() && ImGui::GetCurrentContext()->WithinFrameScope; }

// The part of [min, max] inside the current clip rectangle; false when under 4 px either way.
bool Visible(ImVec2& min, ImVec2& max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    min = ImVec2(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
    max = ImVec2(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
    return max.x - min.x >= 4 && max.y - min.y >= 4;
}
}  // namespace

void SetRecording(bool on) { g_recording = on; }
bool Recording() { return g_recording; }

void ClearRecords() {
    g_texts.clear();
    g_widgets.clear();
    g_boxes.clear();
}

void RecordText(std::string_view text) {
    if (g_recording && !text.empty()) g_texts.emplace_back(text);
}

void RecordWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, bool overflow) {
    if (!g_recording) return;
    // Only what can be touched: the part inside the current clip rectangle (scrolled lists).
    if (InFrame()) {
        ImVec2 vmin = min, vmax = max;
        if (!Visible(vmin, vmax)) return;
        const bool clipped = vmin.x != min.x || vmin.y != min.y || vmax.x != max.x || vmax.y != max.y;
        g_widgets.push_back({std::string(id), std::string(label), vmin, vmax, clipped, overflow});
        return;
    }
    g_widgets.push_back({std::string(id), std::string(label), min, max, false, overflow});
}

void RecordTextBox(std::string_view text, ImVec2 min, ImVec2 max, ImU32 colour) {
    if (!g_recording || text.empty() || !InFrame() || !Visible(min, max)) return;
    g_boxes.push_back({std::string(text), min, max, colour});
}

const std::vector<std::string>& TextsDrawn() { return g_texts; }
const std::vector<WidgetRect>& WidgetsDrawn() { return g_widgets; }
const std::vector<TextBox>& TextBoxesDrawn() { return g_boxes; }

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
