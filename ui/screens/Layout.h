#pragma once
// Small layout helpers shared by the screens (sizes in em, derived from the available space).
#include <imgui.h>

#include <algorithm>

#include "ui/widgets/Theme.h"

namespace palier::ui {

// Size of each of `n` tiles laid out in a row (landscape) or a column (portrait) in `avail`.
struct TileGrid {
    int columns = 1;
    ImVec2 tile;
    float gap = 0;
};
inline TileGrid GridFor(int n, ImVec2 avail, float max_w, float max_h, float min_w) {
    TileGrid g;
    g.gap = Em(1.0f);
    g.columns = std::clamp(static_cast<int>((avail.x + g.gap) / (min_w + g.gap)), 1, n);
    const int rows = (n + g.columns - 1) / g.columns;
    g.tile.x = std::min(max_w, (avail.x - g.gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns));
    g.tile.y = std::min(max_h, (avail.y - g.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    return g;
}

// Starts the i-th tile of a grid centred horizontally in the available width.
inline void GridCursor(const TileGrid& g, int i, ImVec2 origin, float avail_w) {
    const float row_w = g.tile.x * static_cast<float>(g.columns) + g.gap * static_cast<float>(g.columns - 1);
    const float x0 = origin.x + std::max(0.0f, (avail_w - row_w) * 0.5f);
    const int c = i % g.columns, r = i / g.columns;
    ImGui::SetCursorScreenPos(ImVec2(x0 + static_cast<float>(c) * (g.tile.x + g.gap), origin.y + static_cast<float>(r) * (g.tile.y + g.gap)));
}

inline bool Portrait() {
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    return d.y > d.x;
}

}  // namespace palier::ui
