// Staff "Orientation": follow-ups due today and overdue with the allowed status changes, and a
// new request (topic tiles, partner from the directory, due date, short note).
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Validate.h"
#include "ui/core/Format.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

bool PartnerCovers(const Partner& p, int topic) {
    return topic < 0 || std::find(p.topics.begin(), p.topics.end(), static_cast<Topic>(topic)) != p.topics.end();
}

Action PartnerChips(const AppState& s, int topic, Id& chosen, const char* id_prefix) {
    Flow flow;
    int i = 0;
    for (const Partner& p : s.partners) {
        if (!PartnerCovers(p, topic)) continue;
        flow.Next(ChipWidth(p.name));
        const std::string id = std::string(id_prefix) + std::to_string(i++);
        if (Chip(id.c_str(), p.name, chosen == p.id)) chosen = p.id;
    }
    if (i == 0) Muted(Tr("ui.orient.no_partner"));
    return {};
}

Action FollowUpRow(const AppState& s, const FollowUp& f, int index, StaffOrientationUi& ui) {
    Action action;
    const Palette& p = Colours();
    const std::string idx = std::to_string(index);
    const bool open = ui.selected == f.orientation.id;
    ImGui::PushID(index);
    Text(std::string(Tr(TopicKey(f.orientation.topic))) + "  \xC2\xB7  " +
             (f.person_label.empty() ? std::string(Tr("ui.today.anonymous")) : f.person_label),
         FontRole::Bold);
    std::string line = Tr(StatusKey(f.orientation.status));
    if (!f.partner_name.empty()) line += "  \xC2\xB7  " + f.partner_name;
    line += "  \xC2\xB7  " + (f.days_overdue > 0 ? Trf("ui.orient.overdue_by", {{"days", std::to_string(f.days_overdue)}})
                                                : std::string(Tr("ui.orient.due_today")));
    Text(line, FontRole::Body, f.days_overdue > 0 ? (HighContrast() ? p.text : p.danger) : p.text_muted);
    if (!f.orientation.note.empty()) Muted(f.orientation.note);
    if (!open) {
        if (Button(("orient.change." + idx).c_str(), Tr("ui.orient.change"), ImVec2(0, 0), Tone::Secondary)) {
            ui.selected = f.orientation.id;
            ui.change_to = -1;
            ui.change_partner = f.orientation.partner_id;
        }
    } else {
        Flow flow;
        for (OrientationStatus next : AllowedNext(f.orientation.status)) {
            flow.Next(ChipWidth(Tr(StatusKey(next))));
            const std::string id = "orient.to." + idx + "." + std::to_string(static_cast<int>(next));
            if (Chip(id.c_str(), Tr(StatusKey(next)), ui.change_to == static_cast<int>(next))) ui.change_to = static_cast<int>(next);
        }
        StatusChange change;
        bool ready = ui.change_to >= 0;
        if (ui.change_to == static_cast<int>(OrientationStatus::Referred)) {
            Text(Tr("ui.orient.partner"), FontRole::Bold);
            PartnerChips(s, static_cast<int>(f.orientation.topic), ui.change_partner, ("orient.cp." + idx + ".").c_str());
            change.partner_id = ui.change_partner;
            ready = !ui.change_partner.empty();
        }
        if (ui.change_to == static_cast<int>(OrientationStatus::Appointment)) {
            Text(Tr("ui.orient.appointment_on"), FontRole::Bold);
            const int days[] = {1, 7, 14};
            const char* keys[] = {"ui.orient.tomorrow", "ui.orient.in_week", "ui.orient.in_two_weeks"};
            for (int d = 0; d < 3; ++d) {
                if (d) ImGui::SameLine();
                const std::string id = "orient.appt." + idx + "." + std::to_string(d);
                if (Chip(id.c_str(), Tr(keys[d]), ui.appointment_in_days == days[d])) ui.appointment_in_days = days[d];
            }
            change.appointment_at = FormatDate(AddDays(s.today, ui.appointment_in_days)) + "T10:00";
            change.new_due_date = FormatDate(AddDays(s.today, ui.appointment_in_days + 1));
        }
        if (Button(("orient.keep." + idx).c_str(), Tr("ui.cancel"), ImVec2(0, 0), Tone::Quiet)) ui.selected.clear();
        ImGui::SameLine();
        if (Button(("orient.apply." + idx).c_str(), Tr("ui.orient.apply"), ImVec2(0, 0), Tone::Primary, icon::kCheck, ready)) {
            change.to = static_cast<OrientationStatus>(ui.change_to);
            Keep(action, act::ChangeStatus{f.orientation.id, change});
        }
    }
    ImGui::Separator();
    ImGui::PopID();
    return action;
}

Action FollowUps(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    if (BeginCard("orient.followups", ImVec2(0, ImGui::GetContentRegionAvail().y), true)) {
        int index = 0;
        Text(Trf("ui.orient.overdue", {{"count", std::to_string(s.overdue.size())}}), FontRole::Title);
        for (const FollowUp& f : s.overdue) Keep(action, FollowUpRow(s, f, index++, ui));
        ImGui::Dummy(Em2(0, 0.5f));
        Text(Trf("ui.orient.today", {{"count", std::to_string(s.due_today.size())}}), FontRole::Title);
        for (const FollowUp& f : s.due_today) Keep(action, FollowUpRow(s, f, index++, ui));
        if (s.overdue.empty() && s.due_today.empty()) Muted(Tr("ui.orient.nothing_due"));
    }
    EndCard();
    return action;
}

Action NewRequest(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    const float total = ImGui::GetContentRegionAvail().x;
    const float col = (total - Em(1.2f)) * 0.5f;
    ImGui::BeginChild("##orientnew", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Keep(action, DrawPersonPicker(s, ui.pick, "orient.pick"));
    Muted(Tr("ui.orient.person_optional"));
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.orient.topic"), FontRole::Bold);
    Flow flow;
    for (Topic t : AllTopics()) {
        flow.Next(ChipWidth(Tr(TopicKey(t))));
        const std::string id = std::string("orient.") + TopicKey(t);
        if (Chip(id.c_str(), Tr(TopicKey(t)), ui.topic == static_cast<int>(t))) {
            ui.topic = static_cast<int>(t);
            ui.partner_id.clear();
        }
    }
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    ImGui::BeginChild("##orientnew2", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Text(Tr("ui.orient.partner"), FontRole::Bold);
    PartnerChips(s, ui.topic, ui.partner_id, "orient.partner.");
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.orient.follow_up_in"), FontRole::Bold);
    const int days[] = {7, 14, 30};
    for (int d = 0; d < 3; ++d) {
        if (d) ImGui::SameLine();
        const std::string label = Trf("ui.orient.days", {{"days", std::to_string(days[d])}});
        const std::string id = "orient.due." + std::to_string(days[d]);
        if (Chip(id.c_str(), label, ui.due_in_days == days[d])) ui.due_in_days = days[d];
    }
    ImGui::Dummy(Em2(0, 0.3f));
    if (Field("orient.note", Tr("ui.orient.note"), ui.note, ui.typing_note, Tr("ui.orient.note_hint"))) ui.typing_note = true;
    if (ui.typing_note && Azerty("orient.kb", ui.kb, ui.note, kMaxNoteChars) == KeyEvent::Enter) ui.typing_note = false;
    ImGui::Dummy(Em2(0, 0.3f));
    NewOrientation req;
    req.person_id = ui.pick.person_id;
    req.topic = static_cast<Topic>(std::max(ui.topic, 0));
    req.partner_id = ui.partner_id;
    req.due_date = FormatDate(AddDays(s.today, ui.due_in_days));
    req.note = ui.note;
    if (Button("orient.create", Tr("ui.orient.create"), ImVec2(-1, 0), Tone::Primary, icon::kCheck, ui.topic >= 0))
        Keep(action, act::NewOrientationA{req});
    ImGui::EndChild();
    return action;
}

}  // namespace

Action DrawStaffOrientation(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    Title(Tr("ui.orient.title"));
    if (Chip("orient.tab.followups", Tr("ui.orient.tab_followups"), ui.tab == 0)) ui.tab = 0;
    ImGui::SameLine();
    if (Chip("orient.tab.new", Tr("ui.orient.tab_new"), ui.tab == 1, icon::kNew)) ui.tab = 1;
    ImGui::Dummy(Em2(0, 0.2f));
    Keep(action, ui.tab == 0 ? FollowUps(s, ui) : NewRequest(s, ui));
    return action;
}

}  // namespace palier::ui
