#pragma once
// A long list in a scrolling card (the day's visits, the overdue follow-ups) draws only the rows
// in sight. ImGuiListClipper needs rows of one height; these rows wrap their words and differ, so
// each row's height is remembered from the last time it was drawn, and a row out of sight only
// takes its place. A row never drawn yet is drawn once to be measured.
#include <imgui.h>

#include <cstddef>

#include "ui/widgets/FunctionRef.h"

namespace palier::ui {

// Calls draw_row(i) for each row of [0, count) in sight in the current window (and for those
// always_draw says must be, e.g. the one being edited, which may scroll itself into view).
// The heights are kept per window and list id, and forgotten when the width or count changes.
void LongList(const char* id, size_t count, FunctionRef<void(size_t)> draw_row,
              FunctionRef<bool(size_t)> always_draw = {});

}  // namespace palier::ui
