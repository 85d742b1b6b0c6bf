#include "ui/widgets/Record.h"

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
    g_widgets.push_back({std::string(id), std::string(label), min, max});
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
