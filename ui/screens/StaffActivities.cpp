// Staff "Activities": the list of activities; create or edit one with its weekly recurrence;
// for this week's sessions: set the capacity or cancel (then shows who must be told).
#include <algorithm>
#include <string>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Validate.h"
#include "ui/core/FrameText.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

using Focus = StaffActivitiesUi::Focus;

std::string* FocusedText(StaffActivitiesUi& ui) {
    switch (ui.focus) {
        case Focus::Title: return &ui.draft.title;
        case Focus::Place: return &ui.draft.place;
        case Focus::Start: return &ui.draft.rule.start_time;
        case Focus::End: return &ui.draft.rule.end_time;
        case Focus::From: return &ui.draft.rule.from;
        case Focus::To: return &ui.draft.rule.to;
        case Focus::None: break;
    }
    return nullptr;
}

// Each field's id and label, for its field and for the keyboard typing into it.
const char* FocusId(Focus f) {
    switch (f) {
        case Focus::Title: return "sact.title";
        case Focus::Place: return "sact.place";
        case Focus::Start: return "sact.start";
        case Focus::End: return "sact.end";
        case Focus::From: return "sact.from";
        case Focus::To: return "sact.to";
        case Focus::None: break;
    }
    return "";
}
const char* FocusLabel(Focus f) {
    switch (f) {
        case Focus::Title: return "ui.sact.field_title";
        case Focus::Place: return "ui.sact.place";
        case Focus::Start: return "ui.sact.start";
        case Focus::End: return "ui.sact.end";
        case Focus::From: return "ui.sact.from";
        case Focus::To: return "ui.sact.to";
        case Focus::None: break;
    }
    return "";
}

void FocusField(StaffActivitiesUi& ui, Focus f, const std::string& text, float w, const char* hint = "") {
    if (Field(FocusId(f), Tr(FocusLabel(f)), text, ui.focus == f, hint, false, w)) ui.focus = f;
}

Action Editor(const AppState& s, StaffActivitiesUi& ui) {
    Action action;
    Activity& a = ui.draft;
    const float total = ImGui::GetContentRegionAvail().x;
    const float col = (total - Em(1.2f)) * 0.5f;
    ImGui::BeginChild("##actedit", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Title(a.id.empty() ? Tr("ui.sact.new_title") : Tr("ui.sact.edit_title"));
    FocusField(ui, Focus::Title, a.title, col - Em(0.5f));
    Text(Tr("ui.sact.kind"), FontRole::Bold);
    Flow kinds;
    for (int k = 0; k <= static_cast<int>(ActivityKind::Permanence); ++k) {
        const char* label = Tr(ActivityKindKey(static_cast<ActivityKind>(k)));
        kinds.Next(ChipWidth(label));
        if (Chip(FrameId({"sact.", ActivityKindKey(static_cast<ActivityKind>(k))}), label,
                 static_cast<int>(a.kind) == k))
            a.kind = static_cast<ActivityKind>(k);
    }
    FocusField(ui, Focus::Place, a.place, col - Em(0.5f));
    Stepper("sact.capacity", Tr("ui.sact.capacity"), a.capacity, 1, 200);
    int euros = a.price_cents / 100;
    if (Stepper("sact.price", Tr("ui.sact.price"), euros, 0, 100)) a.price_cents = euros * 100;
    Stepper("sact.age_min", Tr("ui.sact.age_min"), a.age_min, 0, 99);
    Stepper("sact.age_max", Tr("ui.sact.age_max"), a.age_max, 0, 99);
    Checkbox("sact.guardian", Tr("ui.sact.guardian"), a.needs_guardian);
    ImGui::EndChild();
    ImGui::SameLine(0, Em(1.2f));
    ImGui::BeginChild("##actedit2", ImVec2(col, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    Text(Tr("ui.sact.every"), FontRole::Bold);
    Flow days;
    for (int d = 0; d <= 7; ++d) {
        const char* label = d == 0 ? Tr("ui.sact.no_repeat") : DayName(d);
        days.Next(ChipWidth(label));
        if (Chip(FrameId({"sact.day.", d}), label, a.rule.weekday == d)) a.rule.weekday = d;
    }
    const float half = (col - Em(1.1f)) * 0.5f;
    ImGui::BeginGroup();
    FocusField(ui, Focus::Start, a.rule.start_time, half, "14:00");
    FocusField(ui, Focus::From, a.rule.from, half, "2026-01-05");
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    FocusField(ui, Focus::End, a.rule.end_time, half, "16:00");
    FocusField(ui, Focus::To, a.rule.to, half, "2026-06-29");
    ImGui::EndGroup();
    if (std::string* text = FocusedText(ui)) {
        const bool words = ui.focus == Focus::Title || ui.focus == Focus::Place;
        const bool time = ui.focus == Focus::Start || ui.focus == Focus::End;
        if (DockedKeyboard({FocusId(ui.focus), words ? Keys::Letters : Keys::Digits, text,
                            words ? kMaxNameChars : time ? size_t{5} : size_t{10}, Tr(FocusLabel(ui.focus)),
                            words ? nullptr : time ? ":" : "-"}) == KeyEvent::Enter)
            ui.focus = Focus::None;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    if (Button("sact.cancel_edit", Tr("ui.cancel"), ImVec2(0, 0), Tone::Quiet)) ui.editing = false;
    ImGui::SameLine();
    if (Button("sact.save", Tr("ui.sact.save"), ImVec2(0, 0), Tone::Primary, icon::kCheck, !a.title.empty()))
        Keep(action, act::SaveActivity{a});
    (void)s;
    ImGui::EndChild();
    return action;
}

Action Sessions(const AppState& s, StaffActivitiesUi& ui, const Activity& a) {
    Action action;
    Title(a.title);
    Muted(FrameText([&](std::string& out) {
        (out += Tr(ActivityKindKey(a.kind))) += kDot;
        AppendTrf(out, "ui.sact.capacity_is", {{"count", FrameNum(a.capacity)}});
        if (!a.rule.weekday) return;
        out += kDot;
        AppendTrf(out, "ui.sact.every_day", {{"day", DayName(a.rule.weekday)}});
        out += ' ';
        AppendTimeRange(out, a.rule.start_time, a.rule.end_time);
    }));
    if (Button("sact.edit", Tr("ui.sact.edit"), ImVec2(0, 0), Tone::Secondary, icon::kPaper)) {
        ui.editing = true;
        ui.draft = a;
        ui.focus = Focus::None;
    }
    ImGui::Dummy(Em2(0, 0.3f));
    Text(Tr("ui.sact.this_week"), FontRole::Bold);
    int i = 0;
    bool any = false;
    for (const SessionView& v : s.week) {
        if (v.activity.id != a.id) continue;
        any = true;
        const int idx = i++;
        const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
        Text(FrameText([&](std::string& out) {
                 AppendDayHeading(out, day);
                 out += kDot;
                 AppendTimeRange(out, v.session.start, v.session.end);
                 out += kDot;
                 AppendTrf(
                     out, "ui.sact.taken",
                     {{"taken", FrameNum(v.seats_taken)}, {"capacity", FrameNum(v.capacity)}});
                 if (v.session.cancelled) (out += kDot) += Tr("ui.seats.cancelled");
             }),
             FontRole::Body);
        if (v.session.cancelled) continue;
        if (ui.session != v.session.id) {
            if (Button(FrameId({"sact.manage.", idx}), Tr("ui.sact.manage"), ImVec2(0, 0),
                       Tone::Secondary)) {
                ui.session = v.session.id;
                ui.capacity = v.capacity;
                ui.confirm_cancel = false;
            }
            continue;
        }
        Stepper(FrameId({"sact.cap.", idx}), Tr("ui.sact.session_capacity"), ui.capacity, 1, 200);
        ImGui::SameLine();
        if (Button(FrameId({"sact.setcap.", idx}), Tr("ui.sact.apply_capacity"), ImVec2(0, 0),
                   Tone::Primary, nullptr, ui.capacity != v.capacity))
            Keep(action, act::SetCapacity{v.session.id, ui.capacity});
        if (!ui.confirm_cancel) {
            if (Button(FrameId({"sact.cancel.", idx}), Tr("ui.sact.cancel_session"), ImVec2(0, 0),
                       Tone::Danger))
                ui.confirm_cancel = true;
        } else {
            Text(FrameTrf("ui.sact.cancel_confirm",
                          {{"count", FrameNum(v.seats_taken + v.waitlisted)}}),
                 FontRole::Bold);
            if (Button(FrameId({"sact.keep.", idx}), Tr("ui.sact.keep_session"), ImVec2(0, 0),
                       Tone::Secondary))
                ui.confirm_cancel = false;
            ImGui::SameLine();
            if (Button(FrameId({"sact.yes.", idx}), Tr("ui.sact.yes_cancel"), ImVec2(0, 0),
                       Tone::Danger))
                Keep(action, act::CancelSessionA{v.session.id});
        }
    }
    if (!any) Muted(Tr("ui.sact.no_session"));
    if (!s.to_tell.empty()) {
        ImGui::Dummy(Em2(0, 0.4f));
        Text(Tr("ui.sact.to_tell"), FontRole::Bold);
        for (const ToTell& t : s.to_tell) {
            Text(t.person.phone.empty() ? FrameJoin({t.person.first_name, " ", t.person.last_name})
                                        : FrameJoin({t.person.first_name, " ", t.person.last_name,
                                                     kDot, t.person.phone}),
                 FontRole::Body);
        }
    }
    return action;
}

}  // namespace

Action DrawStaffActivities(const AppState& s, StaffActivitiesUi& ui) {
    Action action;
    if (ui.editing) return Editor(s, ui);
    const float total = ImGui::GetContentRegionAvail().x;
    const float list_w = std::clamp(total * 0.33f, Em(12), Em(18));
    ImGui::BeginGroup();
    if (Button("sact.new", Tr("ui.sact.new"), ImVec2(list_w, 0), Tone::Primary, icon::kNew)) {
        ui.editing = true;
        ui.draft = Activity{};
        ui.draft.site_id = s.settings.site_id;
        ui.draft.capacity = 12;
        ui.draft.rule.from = FormatDate(s.today);
        ui.draft.rule.to = FormatDate(AddDays(s.today, 7 * 12));
        ui.draft.rule.start_time = "14:00";
        ui.draft.rule.end_time = "16:00";
        ui.focus = Focus::Title;
    }
    ImGui::BeginChild("##actlist", ImVec2(list_w, ImGui::GetContentRegionAvail().y), false);
    TouchScroll();
    int i = 0;
    for (const Activity& a : s.activities) {
        // The day tells apart weekly activities that share a title (homework help Mon/Tue/Thu).
        const std::string_view label =
            a.rule.weekday ? FrameJoin({a.title, " \xC2\xB7 ", DayName(a.rule.weekday)})
                           : std::string_view(a.title);
        if (Button(FrameId({"sact.pick.", i++}), label,
                   ImVec2(ImGui::GetContentRegionAvail().x - Em(0.1f), Em(2.8f)),
                   ui.selected == a.id ? Tone::Primary : Tone::Secondary)) {
            ui.selected = a.id;
            ui.session.clear();
        }
    }
    ImGui::EndChild();
    ImGui::EndGroup();
    ImGui::SameLine(0, Em(1.2f));
    if (BeginCard("sact.detail", ImVec2(0, ImGui::GetContentRegionAvail().y), true)) {
        const auto it = std::find_if(s.activities.begin(), s.activities.end(), [&](const Activity& a) { return a.id == ui.selected; });
        if (it == s.activities.end()) Muted(Tr("ui.sact.pick_one"));
        else Keep(action, Sessions(s, ui, *it));
    }
    EndCard();
    return action;
}

}  // namespace palier::ui
