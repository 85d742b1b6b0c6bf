// The staff person picker: type a name (any prefix of first or last name), pick a result, or,
// when the person is not known yet (a walk-in), register them here; the new person is then the
// one picked. Results come from SearchPeopleForStaff and are shown masked; registering goes
// through the front desk's RegisterPerson (act::StaffRegister), whose checks are the resident
// check-in's. One field at a time, its keyboard docked under the screen (KeyboardDock.h).
#include <algorithm>
#include <string>

#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

using F = PersonPick::Field;

NewPerson ToNewPerson(const PersonPick& p) {
    NewPerson n;
    n.first_name = p.first;
    n.last_name = p.last;
    n.phone = p.phone;
    n.birth_year = p.year.empty() ? 0 : std::stoi(p.year);
    n.neighbourhood = p.hood;
    n.consent_contact = p.consent;
    return n;
}

// The keyboard of the field being typed (docked under the screen); true on its Enter key.
bool FieldKeyboard(PersonPick& pick) {
    DockAsk ask;
    switch (pick.field) {
        case F::First: ask = {"picker.new.first", Keys::Letters, &pick.first, 40, Tr("ui.checkin.first_name")}; break;
        case F::Last: ask = {"picker.new.last", Keys::Letters, &pick.last, 40, Tr("ui.picker.last_name")}; break;
        case F::Hood: ask = {"picker.new.hood", Keys::Letters, &pick.hood, 60, Tr("ui.checkin.neighbourhood")}; break;
        case F::Phone: ask = {"picker.new.phone", Keys::Digits, &pick.phone, 16, Tr("ui.checkin.phone")}; break;
        case F::Year: ask = {"picker.new.year", Keys::Digits, &pick.year, 4, Tr("ui.checkin.birth_year")}; break;
    }
    return DockedKeyboard(ask) == KeyEvent::Enter;
}

// The buttons under the title, in sight above the fields whatever room the docked keyboard of
// the field being typed leaves; the fields in `w`.
Action RegisterForm(PersonPick& pick, float w) {
    Action action;
    ImGui::BeginGroup();
    Text(Tr("ui.picker.new_title"), FontRole::Bold, 0, w);
    // Back to the search (not "Annuler": the screen's own Annuler drops the whole entry).
    const std::string_view back = Tr("ui.picker.back_to_search");
    const float cancel_w = std::min(ButtonWidth(back, icon::kBack), w * 0.45f);
    const float cancel_h = std::max(TouchH(), TextSize(back, FontRole::Bold, cancel_w - Em(3)).y * 1.1f + Em(0.8f));
    const bool wrapped = cancel_w < ButtonWidth(back, icon::kBack);
    if (Button("picker.new.cancel", back, ImVec2(cancel_w, wrapped ? cancel_h : 0), Tone::Quiet, icon::kBack)) {
        pick.registering = false;
        pick.typing = true;
    }
    ImGui::SameLine();
    const std::string_view go = Tr("ui.picker.register");
    if (Button("picker.new.save", go,
               ImVec2(std::max(ButtonWidth(go, icon::kCheck), w - cancel_w - ImGui::GetStyle().ItemSpacing.x), wrapped ? cancel_h : 0),
               Tone::Primary, icon::kCheck, !pick.first.empty()))
        Keep(action, act::StaffRegister{ToNewPerson(pick)});
    ImGui::Dummy(Em2(0, 0.2f));
    const float half = (w - Em(0.6f)) * 0.5f;
    auto field = [&](const char* id, const char* label, std::string& value, F which, bool optional, float width) {
        if (Field(id, Tr(label), value, pick.field == which, optional ? Tr("ui.optional") : std::string_view{}, false, width))
            pick.field = which;
        if (pick.field == which) KeepInView(pick.in_view, static_cast<int>(which));
    };
    auto pair = [&](auto left, auto right) {
        ImGui::BeginGroup();
        left();
        ImGui::EndGroup();
        ImGui::SameLine(0, Em(0.6f));
        ImGui::BeginGroup();
        right();
        ImGui::EndGroup();
    };
    pair([&] { field("picker.new.first", "ui.checkin.first_name", pick.first, F::First, false, half); },
         [&] { field("picker.new.last", "ui.picker.last_name", pick.last, F::Last, true, half); });
    pair([&] { field("picker.new.phone", "ui.checkin.phone", pick.phone, F::Phone, true, half); },
         [&] { field("picker.new.year", "ui.checkin.birth_year", pick.year, F::Year, true, half); });
    field("picker.new.hood", "ui.checkin.neighbourhood", pick.hood, F::Hood, true, w);
    // As tall as its words at this width and text size.
    const float consent_h = std::max(Em(3.4f), TextSize(Tr("ui.picker.consent"), FontRole::Body, w - Em(2.6f)).y + Em(0.8f));
    ImGui::BeginChild("##pickconsent", ImVec2(w, consent_h), false, ImGuiWindowFlags_NoScrollbar);
    Checkbox("picker.new.consent", Tr("ui.picker.consent"), pick.consent);
    ImGui::EndChild();
    if (FieldKeyboard(pick)) {
        // Enter moves to the next field, in the order they are drawn.
        switch (pick.field) {
            case F::First:
                pick.field = F::Last;
                break;
            case F::Last:
                pick.field = F::Phone;
                break;
            case F::Phone:
                pick.field = F::Year;
                break;
            case F::Year:
                pick.field = F::Hood;
                break;
            case F::Hood:
                if (!pick.first.empty()) Keep(action, act::StaffRegister{ToNewPerson(pick)});
                break;
        }
    }
    ImGui::EndGroup();
    return action;
}

}  // namespace

Action DrawPersonPicker(const AppState& s, PersonPick& pick, const char* id) {
    Action action;
    ImGui::PushID(id);
    const float w = ImGui::GetContentRegionAvail().x;
    if (!pick.person_id.empty()) {
        Text(Tr("ui.picker.chosen"), FontRole::Bold, 0, w);
        const float bw = ButtonWidth(Tr("ui.picker.change"));
        Button("picker.chosen", pick.label, ImVec2(w - bw - Em(0.6f), 0), Tone::Quiet, icon::kVisit,
               true);
        ImGui::SameLine();
        if (Button("picker.change", Tr("ui.picker.change"), ImVec2(bw, 0), Tone::Secondary)) {
            pick.person_id.clear();
            pick.label.clear();
            pick.typing = true;
        }
        ImGui::PopID();
        return action;
    }
    if (pick.registering) {
        action = RegisterForm(pick, w);
        ImGui::PopID();
        return action;
    }
    const float sw = ButtonWidth(Tr("ui.picker.search"));
    // "Chercher" beside the box, or under it when the box would be too short to read.
    const bool search_below = w - sw - Em(0.6f) < Em(9);
    ImGui::BeginGroup();
    ImGui::BeginGroup();
    if (Field("picker.query", Tr("ui.picker.label"), pick.query, pick.typing, Tr("ui.picker.hint"),
              false, search_below ? w : w - sw - Em(0.6f)))
        pick.typing = true;
    ImGui::EndGroup();
    if (!search_below) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetItemRectSize().y - TouchH());
    }
    if (Button("picker.search", Tr("ui.picker.search"), ImVec2(sw, 0), Tone::Primary, nullptr,
               !pick.query.empty()))
        Keep(action, act::StaffSearch{pick.query});
    int i = 0;
    for (const auto& m : s.staff_matches) {
        const std::string_view label =
            FrameText([&](std::string& out) { AppendMaskedLabel(out, m); });
        if (Button(FrameId({"picker.result.", i++}), label, ImVec2(w, 0), Tone::Secondary)) {
            pick.person_id = m.id;
            pick.label = label;
            pick.typing = false;
        }
        if (i >= 5) break;
    }
    // What was searched is still what is typed: say when nobody matched.
    if (s.staff_matches.empty() && !pick.query.empty() && s.staff_searched == pick.query)
        Muted(FrameTrf("ui.picker.none", {{"query", pick.query}}), w);
    const std::string_view add = Tr("ui.picker.new");
    const float add_w = std::min(w, ButtonWidth(add, icon::kNew));
    const float add_h =
        std::max(TouchH(), TextSize(add, FontRole::Bold, add_w - Em(3)).y * 1.1f + Em(0.8f));
    if (Button("picker.new", add, ImVec2(add_w, add_w < ButtonWidth(add, icon::kNew) ? add_h : 0),
               Tone::Secondary, icon::kNew)) {
        const std::string typed = pick.query;  // most often the first name just searched for
        pick = PersonPick{};
        pick.registering = true;
        pick.first = typed;
    }
    ImGui::EndGroup();
    if (pick.typing && DockedKeyboard({"picker.query", Keys::Letters, &pick.query, 40, Tr("ui.picker.label")}) == KeyEvent::Enter &&
        !pick.query.empty())
        Keep(action, act::StaffSearch{pick.query});
    ImGui::PopID();
    return action;
}

}  // namespace palier::ui
