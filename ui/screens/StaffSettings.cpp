// Staff "Settings": site, kiosk name, idle timeout, time zone, default language, text size, high
// contrast.
// Edits a draft; "Enregistrer" saves it through SaveSettings (which validates).
#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "kiosk/SiteTime.h"
#include "kiosk/Validate.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {

Action DrawStaffSettings(const AppState& s, StaffSettingsUi& ui) {
    Action action;
    if (!ui.loaded) {
        ui.draft = s.settings;
        ui.loaded = true;
    }
    KioskSettings& d = ui.draft;
    const float total = ImGui::GetContentRegionAvail().x;
    const float col = (total - Em(1.2f)) * 0.5f;
    ImGui::BeginChild("##settings1", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Title(Tr("ui.settings.title"));
    Text(Tr("ui.settings.site"), FontRole::Bold);
    Flow sites;
    int i = 0;
    for (const Site& site : s.sites) {
        if (site.kind == SiteKind::Stop) continue;
        sites.Next(ChipWidth(site.name));
        if (Chip(FrameId({"settings.site.", i++}), site.name, d.site_id == site.id))
            d.site_id = site.id;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    if (Field("settings.kiosk_name", Tr("ui.settings.kiosk_name"), d.kiosk_name, ui.typing_name, {}, false, col - Em(0.5f)))
        ui.typing_name = true;
    if (ui.typing_name &&
        DockedKeyboard({"settings.kiosk_name", Keys::Letters, &d.kiosk_name, kMaxNameChars, Tr("ui.settings.kiosk_name")}) ==
            KeyEvent::Enter)
        ui.typing_name = false;
    ImGui::Dummy(Em2(0, 0.3f));
    Stepper("settings.idle", Tr("ui.settings.idle"), d.idle_timeout_seconds, 20, 600, 10);
    ImGui::Dummy(Em2(0, 0.3f));
    // One row that turns through the zones: nine chips would push the rest out of sight.
    Text(Tr("ui.settings.time_zone"), FontRole::Bold);
    const auto& zones = FrenchTimeZones();
    const auto at = std::find(zones.begin(), zones.end(), d.time_zone);
    const std::string_view label = FrameJoin({d.time_zone, "   \xE2\x80\xBA"});  // ›
    if (Chip("settings.zone", label, true) && !zones.empty())
        d.time_zone = (at == zones.end() || at + 1 == zones.end()) ? zones.front() : *(at + 1);
    if (d.time_zone != s.settings.time_zone) Text(Tr("ui.settings.time_zone_next_start"), FontRole::Body);
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    ImGui::BeginChild("##settings2", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    ImGui::Dummy(Em2(0, 2.6f));
    Text(Tr("ui.settings.language"), FontRole::Bold);
    Flow langs;
    for (Lang l : ShippedLangs()) {
        if (!HasKey("ui.lang.full", l)) continue;
        const char* name = Tr("ui.lang.full", l);
        langs.Next(ChipWidth(name));
        if (Chip(FrameId({"settings.lang.", LangCode(l)}), name, d.language == LangCode(l)))
            d.language = LangCode(l);
    }
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.settings.text_size"), FontRole::Bold);
    const char* scale_keys[] = {"ui.settings.size_normal", "ui.settings.size_large", "ui.settings.size_larger"};
    static_assert(std::size(scale_keys) == kTextScaleCount);
    Flow sizes;  // wraps to a new line when the column is narrow (1280x800)
    for (int k = 0; k < kTextScaleCount; ++k) {
        sizes.Next(ChipWidth(Tr(scale_keys[k])));
        if (Chip(FrameId({"settings.scale.", k}), Tr(scale_keys[k]),
                 TextScaleIndex(d.text_scale) == k))
            d.text_scale = kTextScales[k];
    }
    ImGui::Dummy(Em2(0, 0.3f));
    Checkbox("settings.contrast", Tr("ui.settings.high_contrast"), d.high_contrast);
    ImGui::Dummy(Em2(0, 0.6f));
    if (Button("settings.reset", Tr("ui.cancel"), ImVec2(0, 0), Tone::Quiet)) ui = StaffSettingsUi{};
    ImGui::SameLine();
    if (Button("settings.save", Tr("ui.settings.save"), ImVec2(0, 0), Tone::Primary, icon::kCheck)) Keep(action, act::SaveSettingsA{d});
    ImGui::EndChild();
    return action;
}

}  // namespace palier::ui
