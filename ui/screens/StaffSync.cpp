// Staff "Sync": how this kiosk stands with the network's server (the hub). Not enrolled, or no
// longer known to the hub: its address and the one-time code it gave, typed on the docked
// keyboard. Enrolled: the hub and the site, the last successful sync, what waits to be sent
// (amber once the oldest has waited an hour), the last error in words, a clock too far from
// the hub's, how often it syncs, and "Synchroniser maintenant". The rules of when to warn are kiosk/SyncStatus.h's.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "kiosk/Format.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

using Typing = StaffSyncUi::Typing;

// What waits to be sent, amber once the oldest of it has waited too long.
void Waiting(const AppState& s, float wrap) {
    const SyncOverview& o = s.sync;
    if (o.waiting == 0) return Text(Tr("ui.sync.nothing_waiting"), FontRole::Bold, Colours().success, wrap);
    const std::string_view count = FrameNum(o.waiting);
    if (WaitingTooLong(o, s.now_ms))
        return Text(FrameTrf("ui.sync.waiting_long", {{"count", count}, {"time", DurationText(s.now_ms - o.oldest_waiting_ms)}}),
                    FontRole::Bold, Colours().amber, wrap);
    Text(FrameTrf("ui.sync.pending", {{"count", count}}), FontRole::Bold, Colours().primary, wrap);
}

void EnrolForm(const AppState& s, StaffSyncUi& ui, float inner, Action& action) {
    Text(Tr("ui.sync.enrol_explain"), FontRole::Body, 0, inner);
    ImGui::Dummy(Em2(0, 0.3f));
    // One field typed at a time on the docked keyboard, kept in sight above it; Enter moves on.
    auto field = [&](const char* id, const char* label, std::string& text, Typing self, const char* hint, Keys keys,
                     size_t max_chars, Typing next, float w) {
        if (Field(id, label, text, ui.typing == self, hint, false, w)) ui.typing = self;
        if (ui.typing != self) return;
        KeepInView(ui.in_view, static_cast<int>(self));
        if (DockedKeyboard({id, keys, &text, max_chars, label}) == KeyEvent::Enter) ui.typing = next;
    };
    field("sync.hub", Tr("field.hub"), ui.hub, Typing::Hub, Tr("ui.sync.hub_hint"), Keys::Address, 200, Typing::Code,
          inner);
    ImGui::Dummy(Em2(0, 0.2f));
    // The code and, beside it, the rarely needed certificate: the button stays in sight.
    const float gap = Em(0.8f), half = (inner - gap) * 0.5f;
    ImGui::BeginGroup();
    field("sync.code", Tr("field.enrol_code"), ui.code, Typing::Code, Tr("ui.sync.code_hint"), Keys::Letters, 20,
          Typing::None, half);
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    field("sync.ca_file", Tr("field.ca_file"), ui.ca_file, Typing::CaFile, Tr("ui.sync.ca_hint"), Keys::Address, 250,
          Typing::None, half);
    ImGui::EndGroup();
    ImGui::Dummy(Em2(0, 0.4f));
    const bool ready = !ui.hub.empty() && !ui.code.empty() && !s.sync_working;
    if (Button("sync.enrol", Tr("ui.sync.enrol"), ImVec2(0, 0), Tone::Primary, icon::kSync, ready)) {
        ui.typing = Typing::None;
        Keep(action, act::Enrol{ui.hub, ui.code, ui.ca_file});
    }
    if (s.sync_working) Muted(Tr("ui.sync.enrolling"), inner);
}

void Status(const AppState& s, float inner, Action& action) {
    const SyncOverview& o = s.sync;
    Text(FrameTrf("ui.sync.hub", {{"hub", o.hub_url}}), FontRole::Body, 0, inner);
    Text(FrameTrf("ui.sync.site", {{"site", o.site}}), FontRole::Body, 0, inner);
    if (!o.ca_file.empty()) Muted(FrameTrf("ui.sync.ca_file", {{"file", o.ca_file}}), inner);
    ImGui::Dummy(Em2(0, 0.3f));
    if (o.last_success_ms > 0)
        Text(FrameTrf("ui.sync.last", {{"ago", AgoText(std::max<int64_t>(0, s.now_ms - o.last_success_ms))}}), FontRole::Bold, 0, inner);
    else
        Text(Tr("ui.sync.never"), FontRole::Bold, 0, inner);
    Waiting(s, inner);
    // A kiosk to enrol again has the reason above its form already.
    if (!o.last_error.empty() && o.last_error != "err.sync_enrol_again") {
        ImGui::Dummy(Em2(0, 0.2f));
        Text(Tr(o.last_error.c_str()), FontRole::Body, Colours().danger, inner);  // a key, kept by the client
    }
    if (o.clock_known && ClockDiffers(o.clock_offset_ms)) {
        ImGui::Dummy(Em2(0, 0.2f));
        // The offset is the hub's clock minus this kiosk's: positive, this kiosk is behind.
        Text(FrameTrf(o.clock_offset_ms > 0 ? "ui.sync.clock_behind" : "ui.sync.clock_ahead",
                 {{"time", DurationText(std::llabs(o.clock_offset_ms))}}),
             FontRole::Body, Colours().amber, inner);
    }
    ImGui::Dummy(Em2(0, 0.4f));
    // Steps of 30 s up to a quarter of an hour: what a centre chooses between; the command line
    // (palier sync --every) reaches the rest of kiosk/SyncStatus.h's range.
    int every = o.interval_seconds;
    if (Stepper("sync.every", Tr("ui.sync.every"), every, 30, 900, 30) && every != o.interval_seconds)
        Keep(action, act::SetSyncEvery{every});
    ImGui::Dummy(Em2(0, 0.4f));
    if (Button("sync.now", Tr("ui.sync.now"), ImVec2(0, 0), Tone::Primary, icon::kSync, !s.sync_working))
        Keep(action, act::SyncNow{});
    if (s.sync_working) Muted(Tr("ui.sync.working"), inner);
}

}  // namespace

Action DrawStaffSync(const AppState& s, StaffSyncUi& ui) {
    Action action;
    ImGui::BeginChild("##sync", ImVec2(0, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Title(Tr("ui.sync.title"));
    ImGui::Dummy(Em2(0, 0.2f));
    const float w = std::min(ImGui::GetContentRegionAvail().x, Em(40));
    const float inner = PanelInner(w);
    // Enrolled but no longer known to the hub: enrolling again is the way out, so it comes first.
    const bool enrol_again = s.sync.enrolled && s.sync.last_error == "err.sync_enrol_again";
    if (enrol_again) {
        Text(Tr(s.sync.last_error.c_str()), FontRole::Bold, Colours().danger, w);
        ImGui::Dummy(Em2(0, 0.2f));
        BeginPanel(w);
        EnrolForm(s, ui, inner, action);
        EndPanel();
        ImGui::Dummy(Em2(0, 0.6f));
    }
    BeginPanel(w);
    if (s.sync.enrolled) {
        Status(s, inner, action);
    } else {
        Text(FrameJoin({icon::kSync, "  ", Tr("ui.sync.not_set_up")}), FontRole::Bold, 0, inner);
        ImGui::Dummy(Em2(0, 0.2f));
        Text(Tr("ui.sync.explain"), FontRole::Body, 0, inner);
        Waiting(s, inner);
    }
    EndPanel();
    if (!s.sync.enrolled) {
        ImGui::Dummy(Em2(0, 0.6f));
        BeginPanel(w);
        EnrolForm(s, ui, inner, action);
        EndPanel();
    }
    ImGui::EndChild();
    return action;
}

}  // namespace palier::ui
