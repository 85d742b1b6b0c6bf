// Reason for the visit: six tiles, several may be chosen; logged as a visit.
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {
const char* IconOf(VisitReason r) {
    switch (r) {
        case kReasonInformation: return icon::kInfo;
        case kReasonPaperwork: return icon::kPaper;
        case kReasonComputer: return icon::kComputer;
        case kReasonActivity: return icon::kActivities;
        case kReasonCoffee: return icon::kCoffee;
        case kReasonPermanence: return icon::kPermanence;
    }
    return icon::kInfo;
}
}  // namespace

Action DrawReasons(const AppState&, ReasonsUi& ui) {
    Action action;
    TextCentered(Tr("ui.reasons.title"), FontRole::Title);
    TextCentered(Tr("ui.reasons.subtitle"), FontRole::Body, Colours().text_muted);
    ImGui::Dummy(Em2(0, 0.8f));
    const auto reasons = AllReasons();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    avail.y -= BottomBarH();
    const int n = static_cast<int>(reasons.size());
    TileGrid g = GridFor(n, avail, Em(14), Em(9.5f), Portrait() ? Em(13) : Em(11));
    // Tiles never shrink under their icon and three lines of words: past that the grid scrolls.
    g.tile.y = std::max(g.tile.y, Em(7.0f));
    ImGui::BeginChild("##reasons", avail, false, ImGuiWindowFlags_NoScrollbar);
    TouchScroll();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (int i = 0; i < n; ++i) {
        const VisitReason r = reasons[static_cast<size_t>(i)];
        GridCursor(g, i, origin, avail.x);
        if (Tile(FrameId({"reason.", ReasonKey(r)}), IconOf(r), Tr(ReasonKey(r)), {}, g.tile,
                 (ui.reasons & r) != 0))
            ui.reasons ^= r;
    }
    ImGui::EndChild();
    // Back on the left, "Valider" on the right: side by side when both fit, else "Valider" alone
    // takes what is left of the line.
    const float w = ImGui::GetContentRegionAvail().x;
    const float back_w = ButtonWidth(Tr("ui.back"), icon::kBack);
    const float ok_w = std::min(std::max(Em(14), ButtonWidth(Tr("ui.reasons.ok"), icon::kCheck)), w - back_w - Em(1));
    if (Button("reasons.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    ImGui::SameLine(w - ok_w);
    if (Button("reasons.ok", Tr("ui.reasons.ok"), ImVec2(ok_w, 0), Tone::Primary, icon::kCheck, ui.reasons != 0))
        Keep(action, act::LogReasons{ui.reasons});
    return action;
}

}  // namespace palier::ui
