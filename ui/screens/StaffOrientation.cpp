// Staff "Orientation": follow-ups due today and overdue with the allowed status changes (an
// appointment gets the date and time staff choose: the referral slip prints them), and a new
// request: person, topic, partner from the directory, follow-up delay, short note.
// The new request is one form with one field edited at a time: the person search (or a walk-in's
// registration) and the note take the whole width with their keyboard; "Créer" sits in a bar
// at the bottom that never scrolls away.
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Validate.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/LongList.h"
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
        if (Chip(FrameId({id_prefix, i++}), p.name, chosen == p.id,
                 chosen == p.id ? icon::kCheck : nullptr))
            chosen = p.id;
    }
    if (i == 0) Muted(Tr("ui.orient.no_partner"));
    return {};
}

// The chosen partner only counts while it is on show (and so drawn selected) for the topic.
bool PartnerShown(const AppState& s, int topic, const Id& chosen) {
    return std::any_of(s.partners.begin(), s.partners.end(),
                       [&](const Partner& p) { return p.id == chosen && PartnerCovers(p, topic); });
}

// "‹ jeudi 26 novembre ›", the hour (− 10 +) and the minutes: the appointment staff set. On
// one row when the card is wide enough, else one under the other.
void AppointmentPicker(const AppState& s, StaffOrientationUi& ui, int idx) {
    Text(Tr("ui.orient.appointment_on"), FontRole::Bold);
    const float bw = TouchH() * 1.2f;
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const std::string_view day = FrameText(
        [&](std::string& out) { AppendDayHeading(out, AddDays(s.today, ui.appointment_in_days)); });
    const float label_w = std::max(TextSize(day, FontRole::Bold).x + Em(1), Em(11));
    const float day_w = 2 * bw + label_w + 2 * sp;
    const float hour_w = 2 * TouchH() + Em(3) + 2 * sp + TextSize(Tr("ui.orient.appt_hour"), FontRole::Bold).x + sp;
    float minutes_w = 0;
    for (const char* m : {"00", "15", "30", "45"}) minutes_w += ChipWidth(m) + sp;
    const float gap = Em(1.2f);
    const float room = ImGui::GetContentRegionAvail().x;
    const bool one_row = day_w + hour_w + minutes_w + 2 * gap <= room;
    const bool time_row = hour_w + minutes_w + gap <= room;

    ImGui::BeginGroup();
    if (Button(FrameId({"orient.appt.prev.", idx}), icon::kBack, ImVec2(bw, 0), Tone::Secondary,
               nullptr, ui.appointment_in_days > 0))
        --ui.appointment_in_days;
    ImGui::SameLine();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + (TouchH() - Font(FontRole::Bold)->FontSize) * 0.5f));
    TextCentered(day, FontRole::Bold, 0, label_w);
    ImGui::SetCursorScreenPos(ImVec2(at.x + label_w + sp, at.y));
    if (Button(FrameId({"orient.appt.next.", idx}), icon::kNext, ImVec2(bw, 0), Tone::Secondary,
               nullptr, ui.appointment_in_days < 90))
        ++ui.appointment_in_days;
    ImGui::EndGroup();
    if (one_row) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    const ImVec2 h_at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(h_at.x, h_at.y + (TouchH() - Font(FontRole::Bold)->FontSize) * 0.5f));
    Text(Tr("ui.orient.appt_hour"), FontRole::Bold, 0, -1);
    ImGui::SetCursorScreenPos(ImVec2(h_at.x + TextSize(Tr("ui.orient.appt_hour"), FontRole::Bold).x + sp, h_at.y));
    Stepper(FrameId({"orient.appt.hour.", idx}), {}, ui.appointment_hour, 7, 20);
    ImGui::EndGroup();
    if (time_row) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    bool first = true;
    for (int m : {0, 15, 30, 45}) {
        const std::string_view label = m == 0 ? std::string_view("00") : FrameNum(m);
        if (!first) ImGui::SameLine();
        first = false;
        if (Chip(FrameId({"orient.appt.min.", idx, ".", label}), label, ui.appointment_minute == m))
            ui.appointment_minute = m;
    }
    ImGui::EndGroup();
}

Action FollowUpRow(const AppState& s, const FollowUp& f, int index, StaffOrientationUi& ui) {
    Action action;
    const Palette& p = Colours();
    const int idx = index;
    const bool open = ui.selected == f.orientation.id;
    ImGui::PushID(index);
    Text(FrameJoin({Tr(TopicKey(f.orientation.topic)), kDot,
                    f.person_label.empty() ? std::string_view(Tr("ui.today.anonymous"))
                                           : std::string_view(f.person_label)}),
         FontRole::Bold);
    const std::string_view line = FrameText([&](std::string& out) {
        out += Tr(StatusKey(f.orientation.status));
        if (!f.partner_name.empty()) (out += kDot) += f.partner_name;
        out += kDot;
        if (f.days_overdue > 0)
            AppendTrf(out, "ui.orient.overdue_by", {{"days", FrameNum(f.days_overdue)}});
        else
            out += Tr("ui.orient.due_today");
    });
    Text(line, FontRole::Body, f.days_overdue > 0 ? (HighContrast() ? p.text : p.danger) : p.text_muted);
    if (!f.orientation.note.empty()) Muted(f.orientation.note);
    if (!open) {
        if (Button(FrameId({"orient.change.", idx}), Tr("ui.orient.change"), ImVec2(0, 0),
                   Tone::Secondary)) {
            ui.selected = f.orientation.id;
            ui.change_to = -1;
            ui.change_partner = f.orientation.partner_id;
            ui.bring_apply_into_view = true;
        }
    } else {
        Flow flow;
        for (OrientationStatus next : AllowedNext(f.orientation.status)) {
            flow.Next(ChipWidth(Tr(StatusKey(next))));
            if (Chip(FrameId({"orient.to.", idx, ".", static_cast<int>(next)}), Tr(StatusKey(next)),
                     ui.change_to == static_cast<int>(next))) {
                ui.change_to = static_cast<int>(next);
                ui.bring_apply_into_view = true;
            }
        }
        bool ready = ui.change_to >= 0;
        const bool referred = ui.change_to == static_cast<int>(OrientationStatus::Referred);
        const bool appointment = ui.change_to == static_cast<int>(OrientationStatus::Appointment);
        if (referred) {
            Text(Tr("ui.orient.partner"), FontRole::Bold);
            PartnerChips(s, static_cast<int>(f.orientation.topic), ui.change_partner,
                         FrameId({"orient.cp.", idx, "."}));
            ready = !ui.change_partner.empty();
        }
        auto pad = [](int v) { return v < 10 ? "0" : ""; };  // "09:05"
        const std::string_view hhmm =
            FrameJoin({pad(ui.appointment_hour), ui.appointment_hour, ":",
                       pad(ui.appointment_minute), ui.appointment_minute});
        if (appointment) {
            AppointmentPicker(s, ui, idx);
            Muted(FrameTrf(
                "ui.orient.appt_summary",
                {{"date", FrameText([&](std::string& out) {
                      AppendDayHeading(out, AddDays(s.today, ui.appointment_in_days));
                  })},
                 {"time", FrameText([&](std::string& out) { AppendClockTime(out, hhmm); })}}));
        }
        if (Button(FrameId({"orient.keep.", idx}), Tr("ui.cancel"), ImVec2(0, 0), Tone::Quiet))
            ui.selected.clear();
        ImGui::SameLine();
        if (Button(FrameId({"orient.apply.", idx}), Tr("ui.orient.apply"), ImVec2(0, 0),
                   Tone::Primary, icon::kCheck, ready)) {
            StatusChange change;
            change.to = static_cast<OrientationStatus>(ui.change_to);
            if (referred) change.partner_id = ui.change_partner;
            if (appointment) {
                change.appointment_at =
                    FormatDate(AddDays(s.today, ui.appointment_in_days)) + "T" + std::string(hhmm);
                change.new_due_date = FormatDate(AddDays(s.today, ui.appointment_in_days + 1));
            }
            Keep(action, act::ChangeStatus{f.orientation.id, change});
        }
        if (ui.bring_apply_into_view) {
            ImGui::SetScrollHereY(1.0f);  // the whole panel, down to its buttons, in sight
            ui.bring_apply_into_view = false;
        }
    }
    ImGui::Separator();
    ImGui::PopID();
    return action;
}

Action FollowUps(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    if (BeginCard("orient.followups", ImVec2(0, ImGui::GetContentRegionAvail().y), true)) {
        // Months of unanswered follow-ups can pile up: only the rows in sight are drawn, and the
        // one being changed always (it scrolls its buttons into view).
        auto rows = [&](const char* id, const std::vector<FollowUp>& list, int first_index) {
            LongList(
                id, list.size(), [&](size_t i) { Keep(action, FollowUpRow(s, list[i], first_index + static_cast<int>(i), ui)); },
                [&](size_t i) { return list[i].orientation.id == ui.selected; });
        };
        Text(FrameTrf("ui.orient.overdue",
                      {{"count", FrameNum(static_cast<long long>(s.overdue.size()))}}),
             FontRole::Title);
        rows("orient.overdue", s.overdue, 0);
        ImGui::Dummy(Em2(0, 0.5f));
        Text(FrameTrf("ui.orient.today",
                      {{"count", FrameNum(static_cast<long long>(s.due_today.size()))}}),
             FontRole::Title);
        rows("orient.today", s.due_today, static_cast<int>(s.overdue.size()));
        if (s.overdue.empty() && s.due_today.empty()) Muted(Tr("ui.orient.nothing_due"));
    }
    EndCard();
    return action;
}

using Editing = StaffOrientationUi::Editing;

// The form at a glance: who (a button opening the search), topic | follow-up, note, partner.
void Overview(const AppState& s, StaffOrientationUi& ui, float h) {
    const float total = ImGui::GetContentRegionAvail().x;
    const float col = (total - Em(1.2f)) * 0.5f;
    ImGui::BeginChild("##orientnew", ImVec2(col, h), false);
    TouchScroll();
    Text(Tr("ui.orient.person"), FontRole::Bold);
    const bool chosen = !ui.pick.person_id.empty();
    const std::string_view who =
        chosen ? std::string_view(ui.pick.label) : std::string_view(Tr("ui.orient.choose_person"));
    const float who_w = ImGui::GetContentRegionAvail().x - Em(0.1f);
    const float who_h = std::max(TouchH(), TextSize(who, FontRole::Bold, who_w - Em(3)).y * 1.1f + Em(0.8f));
    if (Button("orient.person", who, ImVec2(who_w, who_h), chosen ? Tone::Primary : Tone::Secondary,
               chosen ? icon::kCheck : icon::kVisit))
        ui.editing = Editing::Person;
    Muted(Tr("ui.orient.person_optional"));
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.orient.topic"), FontRole::Bold);
    Flow flow;
    for (Topic t : AllTopics()) {
        const bool on = ui.topic == static_cast<int>(t);
        flow.Next(ChipWidth(Tr(TopicKey(t)), on ? icon::kCheck : nullptr));
        if (Chip(FrameId({"orient.", TopicKey(t)}), Tr(TopicKey(t)), on,
                 on ? icon::kCheck : nullptr)) {
            ui.topic = static_cast<int>(t);
            ui.partner_id.clear();
        }
    }
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    ImGui::BeginChild("##orientnew2", ImVec2(col, h), false);
    TouchScroll();
    Text(Tr("ui.orient.follow_up_in"), FontRole::Bold);
    Flow due;
    for (int d : {7, 14, 30}) {
        const std::string_view label = FrameTrf("ui.orient.days", {{"days", FrameNum(d)}});
        due.Next(ChipWidth(label));
        if (Chip(FrameId({"orient.due.", d}), label, ui.due_in_days == d)) ui.due_in_days = d;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    if (Field("orient.note", Tr("ui.orient.note"), ui.note, false, Tr("ui.orient.note_hint"), false,
              ImGui::GetContentRegionAvail().x - Em(0.1f)))
        ui.editing = Editing::Note;
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.orient.partner"), FontRole::Bold);
    PartnerChips(s, ui.topic, ui.partner_id, "orient.partner.");
    ImGui::EndChild();
}

Action NewRequest(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float bar_h = BottomBarH() + Em(0.6f);
    // The bar stays whole: with large text on a small screen and a keyboard docked under it,
    // the form may shrink to a strip that scrolls (the keyboard echoes what is typed).
    const float h = std::max(Em(2), avail.y - bar_h);
    // A partner no longer on show for the topic is no choice at all (it would look unselected).
    if (!ui.partner_id.empty() && !PartnerShown(s, ui.topic, ui.partner_id)) ui.partner_id.clear();
    switch (ui.editing) {
        case Editing::Person: {
            ImGui::BeginChild("##orientperson", ImVec2(avail.x, h), false);
            TouchScroll();
            const bool had = !ui.pick.person_id.empty();
            Keep(action, DrawPersonPicker(s, ui.pick, "orient.pick"));
            if (!had && !ui.pick.person_id.empty()) ui.editing = Editing::None;
            ImGui::EndChild();
            break;
        }
        case Editing::Note: {
            ImGui::BeginChild("##orientnote", ImVec2(avail.x, h), false);
            TouchScroll();
            // The whole note, wrapped, above its field; the keyboard is docked under the screen.
            const float w = std::min(avail.x, Em(40));
            Field("orient.note", Tr("ui.orient.note"), ui.note, true, Tr("ui.orient.note_hint"), false, w);
            if (!ui.note.empty()) Muted(ui.note, w);
            if (DockedKeyboard({"orient.note", Keys::Letters, &ui.note, kMaxNoteChars, Tr("ui.orient.note")}) == KeyEvent::Enter)
                ui.editing = Editing::None;
            ImGui::EndChild();
            break;
        }
        case Editing::None: Overview(s, ui, h); break;
    }
    // The bar: what is still missing, and "Créer".
    ImGui::Dummy(Em2(0, 0.2f));
    const bool ready = ui.topic >= 0;
    const std::string_view go = Tr("ui.orient.create");
    // Both buttons' words on one line (a wrapped button is taller than the bar): "Retour"
    // alone when "Retour à la demande" would not fit (large text, small screen).
    const bool long_back = ButtonWidth(Tr("ui.orient.back_to_form"), icon::kBack) + ButtonWidth(go, icon::kCheck) + Em(1) <= avail.x;
    const std::string_view back = long_back ? Tr("ui.orient.back_to_form") : Tr("ui.back");
    float go_w = std::min(ButtonWidth(go, icon::kCheck) + Em(2), avail.x * 0.5f);
    if (ui.editing != Editing::None && ButtonWidth(back, icon::kBack) + ButtonWidth(go, icon::kCheck) + Em(1) <= avail.x)
        go_w = std::min(ButtonWidth(go, icon::kCheck) + Em(2), avail.x - ButtonWidth(back, icon::kBack) - Em(1));
    const ImVec2 at = ImGui::GetCursorPos();
    const float left_w = avail.x - go_w - Em(1);
    // Left of "Créer": the way back to the whole form while a field is typed, else what is
    // missing (when it fits on one line).
    if (ui.editing != Editing::None) {
        if (Button("orient.back", back, ImVec2(std::min(ButtonWidth(back, icon::kBack), left_w), 0),
                   Tone::Quiet, icon::kBack))
            ui.editing = Editing::None;
    } else if (!ready && TextSize(Tr("ui.orient.topic_needed")).x <= left_w) {
        ImGui::SetCursorPos(ImVec2(at.x, at.y + (TouchH() - Font(FontRole::Body)->FontSize) * 0.5f));
        Muted(Tr("ui.orient.topic_needed"), left_w);
    }
    ImGui::SetCursorPos(ImVec2(at.x + avail.x - go_w, at.y));
    if (Button("orient.create", go, ImVec2(go_w, 0), Tone::Primary, icon::kCheck, ready)) {
        NewOrientation req;
        req.person_id = ui.pick.person_id;
        req.topic = static_cast<Topic>(std::max(ui.topic, 0));
        req.partner_id = ui.partner_id;
        req.due_date = FormatDate(AddDays(s.today, ui.due_in_days));
        req.note = ui.note;
        Keep(action, act::NewOrientationA{req});
    }
    return action;
}

}  // namespace

Action DrawStaffOrientation(const AppState& s, StaffOrientationUi& ui) {
    Action action;
    // While a field of the new request is typed, its keyboard needs the height: the title and
    // the tabs step aside ("Retour à la demande" brings them back).
    if (ui.tab == 0 || ui.editing == StaffOrientationUi::Editing::None) {
        Title(Tr("ui.orient.title"));
        if (Chip("orient.tab.followups", Tr("ui.orient.tab_followups"), ui.tab == 0)) ui.tab = 0;
        ImGui::SameLine();
        if (Chip("orient.tab.new", Tr("ui.orient.tab_new"), ui.tab == 1, icon::kNew)) ui.tab = 1;
        ImGui::Dummy(Em2(0, 0.2f));
    }
    Keep(action, ui.tab == 0 ? FollowUps(s, ui) : NewRequest(s, ui));
    return action;
}

}  // namespace palier::ui
