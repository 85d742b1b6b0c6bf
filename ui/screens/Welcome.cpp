// Welcome: the centre greets the resident; three big tiles start everything.
#include <algorithm>

#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawWelcome(const AppState& s, WelcomeUi&) {
    Action action;
    const bool known = !s.visitor.person_id.empty();
    const bool started = known || s.visitor.anonymous;
    ImGui::Dummy(Em2(0, 0.6f));
    if (known) {
        TextCentered(FrameTrf("ui.welcome.hello", {{"name", s.visitor.first_name}}),
                     FontRole::Title);
        TextCentered(Tr("ui.welcome.next"), FontRole::Body, Colours().text_muted);
    } else if (started) {
        TextCentered(Tr("ui.welcome.hello_anon"), FontRole::Title);
        TextCentered(Tr("ui.welcome.next"), FontRole::Body, Colours().text_muted);
    } else {
        TextCentered(Tr("ui.welcome.title"), FontRole::Title);
        TextCentered(Tr("ui.welcome.subtitle"), FontRole::Body, Colours().text_muted);
    }
    ImGui::Dummy(Em2(0, 0.8f));

    struct T {
        const char* id;
        const char* icon;
        const char* title;
        const char* sub;
        Action on_tap;
    };
    T tiles[4];
    size_t n_tiles = 0;
    if (!s.visitor.visit_logged && !s.visitor.anonymous)
        tiles[n_tiles++] = {"welcome.visit", icon::kVisit, Tr("ui.welcome.visit"),
                            Tr("ui.welcome.visit_sub"), act::StartCheckin{AfterCheckin::Reasons}};
    tiles[n_tiles++] = {"welcome.activities", icon::kActivities, Tr("ui.welcome.activities"),
                        Tr("ui.welcome.activities_sub"), act::ShowWeek{0}};
    if (!s.visitor.anonymous)
        tiles[n_tiles++] = {"welcome.bookings", icon::kBookings, Tr("ui.welcome.bookings"),
                            Tr("ui.welcome.bookings_sub"),
                            act::StartCheckin{AfterCheckin::MyBookings}};
    if (started)
        tiles[n_tiles++] = {"welcome.goodbye", icon::kHeart, Tr("ui.welcome.goodbye"),
                            Tr("ui.welcome.goodbye_sub"), act::Goodbye{}};

    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    // Room for the staff entry and the privacy note beside it (two lines at most), when shown.
    if (!started) {
        const float note_w = ImGui::GetWindowSize().x - ButtonWidth(Tr("ui.welcome.staff"), icon::kSettings) - Em(1);
        avail.y -= std::max(TextSize(Tr("ui.welcome.privacy_note"), FontRole::Body, note_w).y, TouchH()) + Em(0.8f);
    } else {
        avail.y -= Em(1.0f);
    }
    const int n = static_cast<int>(n_tiles);
    const TileGrid g = GridFor(n, avail, Em(17), Portrait() ? Em(9) : Em(11), Portrait() ? Em(20) : Em(11));
    const int rows = (n + g.columns - 1) / g.columns;
    const float grid_h = static_cast<float>(rows) * g.tile.y + static_cast<float>(rows - 1) * g.gap;
    origin.y += std::max(0.0f, (avail.y - grid_h) * 0.35f);  // a little above the middle
    for (int i = 0; i < n; ++i) {
        GridCursor(g, i, origin, avail.x);
        const T& t = tiles[static_cast<size_t>(i)];
        if (Tile(t.id, t.icon, t.title, t.sub, g.tile, false, Tone::Secondary))
            Keep(action, t.on_tap);
    }

    // The staff entry: discreet, bottom right.
    if (!started) {
        const char* staff = Tr("ui.welcome.staff");
        const float w = ButtonWidth(staff, icon::kSettings);
        const ImVec2 wpos = ImGui::GetWindowPos(), wsize = ImGui::GetWindowSize();
        ImGui::SetCursorScreenPos(ImVec2(wpos.x + wsize.x - w, wpos.y + wsize.y - TouchH()));
        if (Button("welcome.staff", staff, ImVec2(w, 0), Tone::Quiet, icon::kSettings)) Keep(action, act::OpenStaff{});
        const float note_w = wsize.x - w - Em(1);
        const float note_h = TextSize(Tr("ui.welcome.privacy_note"), FontRole::Body, note_w).y;
        ImGui::SetCursorScreenPos(ImVec2(wpos.x, wpos.y + wsize.y - std::max(note_h, TouchH()) + std::max(0.0f, (TouchH() - note_h) * 0.5f)));
        Muted(Tr("ui.welcome.privacy_note"), note_w);
    }
    return action;
}

}  // namespace palier::ui
