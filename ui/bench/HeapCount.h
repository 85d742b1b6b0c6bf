#pragma once
// Counts the heap allocations one thread makes: through operator new (strings, vectors, the
// program's own objects) and through Dear ImGui's allocator (its buffers). Linked into the frame
// bench and the UI tests only (palier_heap_count): it replaces the global operator new there,
// which then still allocates with malloc, and counts only while the thread asked it to.
namespace palier::ui::heap {

struct Counts {
    long news = 0;   // operator new
    long imgui = 0;  // ImGui::MemAlloc
    long total() const { return news + imgui; }
};

// Sends ImGui's allocations through the counter. Call before ImGui::CreateContext().
void CountImGui();
// Counts what this thread allocates from now on, until Stop(), which returns the counts.
void Start();
Counts Stop();

}  // namespace palier::ui::heap
