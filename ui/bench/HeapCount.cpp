#include "ui/bench/HeapCount.h"

#include <imgui.h>

#include <cstdlib>
#include <new>

namespace palier::ui::heap {
namespace {
// Per thread: the worker's allocations are not the frame's.
thread_local bool t_counting = false;
thread_local Counts t_counts;

void* ImGuiAlloc(size_t size, void*) {
    if (t_counting) ++t_counts.imgui;
    return std::malloc(size);
}
void ImGuiFree(void* p, void*) { std::free(p); }

void* Allocate(std::size_t size) {
    if (t_counting) ++t_counts.news;
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void* AllocateAligned(std::size_t size, std::align_val_t align) {
    if (t_counting) ++t_counts.news;
    const std::size_t a = static_cast<std::size_t>(align);
    if (void* p = std::aligned_alloc(a, (size + a - 1) / a * a)) return p;
    throw std::bad_alloc();
}
}  // namespace

void CountImGui() { ImGui::SetAllocatorFunctions(ImGuiAlloc, ImGuiFree); }

void Start() {
    t_counts = {};
    t_counting = true;
}

Counts Stop() {
    t_counting = false;
    return t_counts;
}

}  // namespace palier::ui::heap

// The replaceable global allocation functions (every form, so that each new meets its delete).
void* operator new(std::size_t size) { return palier::ui::heap::Allocate(size); }
void* operator new[](std::size_t size) { return palier::ui::heap::Allocate(size); }
void* operator new(std::size_t size, std::align_val_t a) { return palier::ui::heap::AllocateAligned(size, a); }
void* operator new[](std::size_t size, std::align_val_t a) { return palier::ui::heap::AllocateAligned(size, a); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return palier::ui::heap::Allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return palier::ui::heap::Allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
