// Reason for the visit: six tiles, several may be chosen; logged as a visit.
#include <string>

#include "kiosk/Codes.h"
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
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    avail.y -= TouchH() + Em(1.5f);
    const int n = static_cast<int>(reasons.size());
    const TileGrid g = GridFor(n, avail, Em(14), Em(9.5f), Portrait() ? Em(13) : Em(11));
    for (int i = 0; i < n; ++i) {
        const VisitReason r = reasons[static_cast<size_t>(i)];
        GridCursor(g, i, origin, avail.x);
        const std::string id = std::string("reason.") + ReasonKey(r);
        if (Tile(id.c_str(), IconOf(r), Tr(ReasonKey(r)), {}, g.tile, (ui.reasons & r) != 0)) ui.reasons ^= r;
    }
    const int rows = (n + g.columns - 1) / g.columns;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + static_cast<float>(rows) * (g.tile.y + g.gap) + Em(0.5f)));
    const float w = ImGui::GetContentRegionAvail().x;
    if (Button("reasons.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    ImGui::SameLine(w - Em(14));
    if (Button("reasons.ok", Tr("ui.reasons.ok"), ImVec2(Em(14), 0), Tone::Primary, icon::kCheck, ui.reasons != 0))
        Keep(action, act::LogReasons{ui.reasons});
    return action;
}

}  // namespace palier::ui
