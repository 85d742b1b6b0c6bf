// palier_ui_bench: CPU time per frame of the busiest kiosk screen, headless (ImGui alone, no
// GPU), next to the same figure for ImGui's own demo window in the same run, as a ratio.
// Printed, not asserted. Usage: palier_ui_bench [frames]
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "kiosk/Demo.h"
#include "kiosk/I18n.h"
#include "storage/Database.h"
#include "ui/core/App.h"
#include "ui/core/Headless.h"

namespace {

double CpuSeconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace palier;
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 600;
    LoadCatalogues(DefaultI18nDir());
    storage::Database db(":memory:");
    DemoOptions demo;
    demo.fast_pins = true;
    CreateDemoData(db, Today(db.clock()), demo);
    ui::App app(db, std::filesystem::temp_directory_path().string());
    ui::Headless headless(ImVec2(1920, 1080));
    headless.Frames(app, 3);

    // The busiest screen: this week's programme, every day and kind shown.
    app.OpenForAutomation(ui::Screen::Activities);
    headless.Frames(app, 5);
    double t0 = CpuSeconds();
    for (int i = 0; i < frames; ++i) headless.Frame(app);
    const double kiosk = (CpuSeconds() - t0) / frames;

    const int kiosk_vertices = ImGui::GetDrawData()->TotalVtxCount;
    // ImGui's demo window in the same context and fonts, with its sections opened (a closed
    // demo window is mostly headers) and a few frames to settle first.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1920, 1080));
    for (int i = 0; i < 3; ++i) {
        ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
        ImGui::NewFrame();
        ImGui::SetNextWindowCollapsed(false);
        ImGui::ShowDemoWindow();
        ImGui::Render();
    }
    t0 = CpuSeconds();
    for (int i = 0; i < frames; ++i) {
        ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
        ImGui::NewFrame();
        ImGui::ShowDemoWindow();
        ImGui::Render();
    }
    const double demo_frame = (CpuSeconds() - t0) / frames;
    const int demo_vertices = ImGui::GetDrawData()->TotalVtxCount;
    std::printf("frames: %d at 1920x1080\n", frames);
    std::printf("kiosk activities screen: %.3f ms CPU per frame (%d vertices)\n", kiosk * 1e3, kiosk_vertices);
    std::printf("ImGui::ShowDemoWindow:   %.3f ms CPU per frame (%d vertices)\n", demo_frame * 1e3, demo_vertices);
    std::printf("ratio kiosk / demo:      %.2f\n", demo_frame > 0 ? kiosk / demo_frame : 0.0);
    return 0;
}
