#include "ui/widgets/LongList.h"

#include <imgui_internal.h>

#include <unordered_map>
#include <vector>

namespace palier::ui {
namespace {

struct Heights {
    float width = 0;
    std::vector<float> rows;  // 0: not measured yet
};
std::unordered_map<ImGuiID, Heights> g_lists;  // UI thread only

}  // namespace

void LongList(const char* id, size_t count, FunctionRef<void(size_t)> draw_row,
              FunctionRef<bool(size_t)> always_draw) {
    Heights& h = g_lists[ImGui::GetID(id)];
    const float width = ImGui::GetContentRegionAvail().x;
    if (h.width != width || h.rows.size() != count) h = Heights{width, std::vector<float>(count, 0.0f)};
    // The window's visible band, in the same screen coordinates as the cursor.
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float top = window->ClipRect.Min.y, bottom = window->ClipRect.Max.y;
    for (size_t i = 0; i < count; ++i) {
        const float y = ImGui::GetCursorScreenPos().y;
        const float known = h.rows[i];
        const bool in_sight = known <= 0 || (y + known >= top && y <= bottom);
        if (!in_sight && !(always_draw && always_draw(i))) {
            ImGui::Dummy(ImVec2(1.0f, known - ImGui::GetStyle().ItemSpacing.y));
            continue;
        }
        ImGui::BeginGroup();
        draw_row(i);
        ImGui::EndGroup();
        h.rows[i] = ImGui::GetItemRectSize().y + ImGui::GetStyle().ItemSpacing.y;
    }
}

}  // namespace palier::ui
