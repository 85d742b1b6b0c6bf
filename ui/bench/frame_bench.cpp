// palier_ui_bench: CPU time per frame of the busiest kiosk screen, headless (ImGui alone, no
// GPU), next to the same figure for ImGui's own demo window in the same run, as a ratio.
// Printed, not asserted. Usage: palier_ui_bench [frames]
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>

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

    // The reference: ImGui's demo window (1.86) in the same context and fonts, full screen.
    // As it opens, it is a few collapsed headers, which would flatter the kiosk; so it is timed
    // twice: as it opens, then with its nine top-level sections expanded ("Help" ... "Inputs,
    // Navigation & Focus") and "Widgets > Basic" open, every other sub-tree closed. The ratio
    // uses the second. Sections are opened through the window's state storage, as a click
    // would: appending to the demo window before ShowDemoWindow() so that GetID() hashes the
    // labels exactly as its CollapsingHeader() and TreeNode() calls do.
    // Note: libimgui.a is Debian's optimised build while palier_ui has this build's flags:
    // compare ratios from a release build (sanitizers and -O0 weigh on the kiosk side only).
    struct Timing {
        double ms = 0;
        int vertices = 0;
    };
    auto time_demo = [&](const char* const* open, size_t n_open) {
        for (int i = 0; i < 3; ++i) {  // settle (and open) first
            ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
            ImGui::NewFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1920, 1080));
            ImGui::SetNextWindowCollapsed(false);
            ImGui::Begin("Dear ImGui Demo", nullptr, ImGuiWindowFlags_MenuBar);  // the demo's own flags
            for (size_t k = 0; k < n_open; ++k) ImGui::GetStateStorage()->SetInt(ImGui::GetID(open[k]), 1);
            ImGui::End();
            ImGui::ShowDemoWindow();
            ImGui::Render();
        }
        const double start = CpuSeconds();
        for (int i = 0; i < frames; ++i) {
            ImGui::GetIO().DeltaTime = 1.0f / 30.0f;
            ImGui::NewFrame();
            ImGui::ShowDemoWindow();
            ImGui::Render();
        }
        return Timing{(CpuSeconds() - start) / frames * 1e3, ImGui::GetDrawData()->TotalVtxCount};
    };
    static const char* const kOpen[] = {"Help", "Configuration", "Window options", "Widgets", "Basic",
                                        "Layout & Scrolling", "Popups & Modal windows", "Tables & Columns",
                                        "Filtering", "Inputs, Navigation & Focus"};
    const Timing closed = time_demo(nullptr, 0);
    const Timing opened = time_demo(kOpen, std::size(kOpen));

    std::printf("frames: %d at 1920x1080\n", frames);
    std::printf("kiosk activities screen:                  %.3f ms CPU per frame (%d vertices)\n", kiosk * 1e3,
                kiosk_vertices);
    std::printf("ImGui demo window as it opens:            %.3f ms CPU per frame (%d vertices)\n", closed.ms,
                closed.vertices);
    std::printf("ImGui demo window, main sections open:    %.3f ms CPU per frame (%d vertices)\n", opened.ms,
                opened.vertices);
    std::printf("ratio kiosk / demo (main sections open):  %.2f\n", opened.ms > 0 ? kiosk * 1e3 / opened.ms : 0.0);
    return 0;
}
