// This week's activities by day, filterable by kind; each with time, place, age, price and
// seats left, and a button to book or join the waitlist.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "kiosk/BookingRules.h"
#include "kiosk/BookingText.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/LongList.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

const char* KindIcon(ActivityKind k) {
    switch (k) {
        case ActivityKind::Workshop: return icon::kWorkshop;
        case ActivityKind::HomeworkHelp: return icon::kPaper;
        case ActivityKind::Outing: return icon::kOuting;
        case ActivityKind::Event: return icon::kMusic;
        case ActivityKind::Permanence: return icon::kPermanence;
    }
    return icon::kActivities;
}

// One session as a row of the programme. Returns an intent when its button is tapped.
// Wide: day and time | what, where, for whom, how much | seats over the button. Narrower (large
// text, portrait) the day and time go above the words, then everything one under the other. The
// row grows with its words rather than cutting them.
Action SessionRow(const AppState& s, const SessionView& v, int index, float width) {
    Action action;
    const Palette& p = Colours();
    const bool past = HasStarted(v.session, s.now_stamp);
    const bool over = HasEnded(v.session, s.now_stamp);
    const Date date = ParseDate(DatePart(v.session.start)).value_or(s.today);
    const std::string_view day = FrameText([&](std::string& out) { AppendShortDay(out, date); });
    const std::string_view time =
        FrameText([&](std::string& out) { AppendTimeRange(out, v.session.start, v.session.end); });
    const std::string_view title = FrameJoin({KindIcon(v.activity.kind), "  ", v.activity.title});
    const std::string_view line = FrameText([&](std::string& out) {
        if (!v.place.empty()) (out += v.place) += kDot;
        AppendAgeRangeText(out, v.activity.age_min, v.activity.age_max);
        out += kDot;
        AppendPriceText(out, v.activity.price_cents);
    });
    const std::string_view seats =
        past ? std::string_view(over ? Tr("ui.seats.past") : Tr("ui.seats.started"))
             : FrameText([&](std::string& out) { AppendSeatsText(out, v); });
    const ImU32 seat_col = HighContrast() ? p.text : (v.session.cancelled ? p.danger : (v.seats_left <= 0 ? p.accent : p.success));
    const bool bookable = !past && !v.session.cancelled;
    const bool full = v.seats_left <= 0;
    const char* book_label = full ? Tr("ui.activities.waitlist") : Tr("ui.activities.book");

    const float pad = Em(0.8f);
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    const float seats_w = TextSize(seats, FontRole::Body).x;
    const float seats_h = TextSize(seats, FontRole::Body).y;
    const float left_w = std::max(TextSize(day, FontRole::Bold).x, TextSize(time, FontRole::Body).x) + Em(1.0f);
    const float mid_w = width - left_w - std::max({Em(10.5f), ButtonWidth(book_label), seats_w}) - 2 * pad - Em(1.4f);
    const std::string_view when = FrameJoin({day, kDot, time});
    // Three shapes, the widest that leaves the words room: wide (day and time in a column of
    // their own), stacked (day, time and seats on one line above the words, button beside the
    // words), narrow (everything one under the other, the button at the bottom).
    enum class Shape { Wide, Stacked, Narrow };
    const float stacked_words_w = width - 2 * pad - std::max(Em(10.5f), ButtonWidth(book_label)) - Em(1.0f);
    const Shape shape = mid_w >= Em(14)                                                                    ? Shape::Wide
                        : stacked_words_w >= Em(12) && TextSize(when, FontRole::Bold).x + seats_w + Em(2) <= width - 2 * pad
                            ? Shape::Stacked
                            : Shape::Narrow;
    const float btn_w = std::max(Em(10.5f), ButtonWidth(book_label)) + (shape == Shape::Wide ? std::max(0.0f, seats_w - Em(10.5f)) : 0.0f);
    // Narrow: the seats beside the button, or above it when both do not fit on one line.
    const bool seats_above = shape == Shape::Narrow && seats_w + btn_w + 3 * pad > width;
    const float words_w = shape == Shape::Wide ? mid_w : shape == Shape::Stacked ? stacked_words_w : width - 2 * pad;
    const float words_h = TextSize(title, FontRole::Bold, words_w).y + TextSize(line, FontRole::Body, words_w).y + gap;
    const float when_h = std::max(TextSize(when, FontRole::Bold, words_w).y, seats_h) + gap;
    float h = 0;
    switch (shape) {
        case Shape::Wide: h = std::max({Em(4.6f), words_h + Em(1.2f), seats_h + TouchH() + Em(1.0f)}); break;
        case Shape::Stacked: h = when_h + std::max(words_h, TouchH()) + Em(1.2f); break;
        case Shape::Narrow:
            h = when_h + words_h + Em(1.4f) + (seats_above ? seats_h + gap + TouchH() : std::max(TouchH(), seats_h));
            break;
    }
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), p.surface, Em(0.5f));
    dl->AddRect(a, ImVec2(a.x + width, a.y + h), p.border, Em(0.5f));
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + Em(0.5f)));
    if (shape == Shape::Stacked) {
        Text(when, FontRole::Bold, p.primary, -1);
        ImGui::SetCursorScreenPos(ImVec2(a.x + width - pad - seats_w, a.y + Em(0.5f)));
        Text(seats, FontRole::Body, seat_col, -1);
        const float words_y = a.y + Em(0.5f) + when_h;
        ImGui::SetCursorScreenPos(ImVec2(a.x + pad, words_y));
        ImGui::BeginGroup();
        Text(title, FontRole::Bold, v.session.cancelled ? p.text_muted : 0, words_w);
        Text(line, FontRole::Body, p.text_muted, words_w);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(a.x + width - pad - btn_w, words_y + std::max(0.0f, (words_h - TouchH()) * 0.5f)));
    } else if (shape == Shape::Narrow) {
        ImGui::BeginGroup();
        Text(when, FontRole::Bold, p.primary, words_w);
        Text(title, FontRole::Bold, v.session.cancelled ? p.text_muted : 0, words_w);
        Text(line, FontRole::Body, p.text_muted, words_w);
        ImGui::EndGroup();
        const float bottom_y = a.y + h - TouchH() - Em(0.45f);
        ImGui::SetCursorScreenPos(
            ImVec2(a.x + pad, seats_above ? bottom_y - gap - seats_h : bottom_y + (TouchH() - seats_h) * 0.5f));
        Text(seats, FontRole::Body, seat_col, -1);
        ImGui::SetCursorScreenPos(ImVec2(a.x + width - pad - btn_w, bottom_y));
    } else {
        ImGui::BeginGroup();
        Text(day, FontRole::Bold, p.primary, -1);
        Text(time, FontRole::Body, 0, -1);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(a.x + pad + left_w, a.y + Em(0.5f)));
        ImGui::BeginGroup();
        Text(title, FontRole::Bold, v.session.cancelled ? p.text_muted : 0, mid_w);
        Text(line, FontRole::Body, p.text_muted, mid_w);
        ImGui::EndGroup();
        const float rx = a.x + width - btn_w - pad;
        ImGui::SetCursorScreenPos(ImVec2(rx + (btn_w - seats_w) * 0.5f, a.y + Em(0.25f)));
        Text(seats, FontRole::Body, seat_col, -1);
        ImGui::SetCursorScreenPos(ImVec2(rx, a.y + h - TouchH() - Em(0.45f)));
    }
    if (bookable) {
        if (Button(FrameId({"activities.book.", index}), book_label, ImVec2(btn_w, 0),
                   full ? Tone::Secondary : Tone::Primary))
            Keep(action, act::OpenSession{v.session.id});
    }
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h + Em(0.6f)));
    ImGui::Dummy(ImVec2(width, 0));
    return action;
}

}  // namespace

Action DrawActivities(const AppState& s, ActivitiesUi& ui) {
    Action action;
    // The filters fold behind one chip when, with them, fewer than two sessions would show
    // (1280x800, portrait, large text). Their height is reckoned from the chips' widths.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const int first_day = s.week_offset == 0 ? Weekday(s.today) : 1;  // earlier days have nothing left
    constexpr int kKinds = static_cast<int>(ActivityKind::Permanence) + 1;
    float days_w = ChipWidth(Tr("ui.activities.all_days")) + spacing, kinds_w = ChipWidth(Tr("ui.activities.all_kinds")) + spacing;
    auto day_label = [&](int d) {
        return FrameText([&](std::string& out) { AppendShortDay(out, AddDays(s.monday, d - 1)); });
    };
    for (int d = first_day; d <= 7; ++d) days_w += ChipWidth(day_label(d)) + spacing;
    for (int k = 0; k < kKinds; ++k)
        kinds_w += ChipWidth(Tr(ActivityKindKey(static_cast<ActivityKind>(k))), KindIcon(static_cast<ActivityKind>(k))) + spacing;
    const float chip_rows = std::ceil(days_w / avail_w) + std::ceil(kinds_w / avail_w) + 1;
    const float filters_h = chip_rows * (TouchH() + ImGui::GetStyle().ItemSpacing.y);
    const bool tight = ImGui::GetContentRegionAvail().y - filters_h - Em(4) - BottomBarH() < Em(10.5f);
    // Title, with the week switch on the same line when it fits.
    const char* weeks[] = {Tr("ui.activities.this_week"), Tr("ui.activities.next_week")};
    const float weeks_w = ChipWidth(weeks[0]) + ChipWidth(weeks[1]) + spacing;
    const float full_w = avail_w;
    const float title_y = ImGui::GetCursorPosY();
    Title(Tr("ui.activities.title"));
    if (TextSize(Tr("ui.activities.title"), FontRole::Title).x + weeks_w + Em(2) < full_w) {
        ImGui::SameLine(full_w - weeks_w);
        ImGui::SetCursorPosY(title_y);
    }
    Flow top;
    for (int w = 0; w < 2; ++w) {
        top.Next(ChipWidth(weeks[w]));
        if (Chip(FrameId({"activities.week.", w}), weeks[w], s.week_offset == w))
            Keep(action, act::ShowWeek{w});
    }
    const bool filtered = ui.day != 0 || ui.kind >= 0;
    if (tight) {
        top.Next(ChipWidth(Tr("ui.activities.filters")));
        if (Chip("activities.filters", Tr("ui.activities.filters"), filtered || ui.show_filters)) ui.show_filters = !ui.show_filters;
    }
    // Days from today on, then kinds; the chips wrap onto more lines rather than being cut.
    if (!tight || ui.show_filters) {
        Flow days;
        days.Next(ChipWidth(Tr("ui.activities.all_days")));
        // Folded filters fold again once one is chosen: the sessions are what the resident wants.
        auto chosen = [&] { ui.show_filters = false; };
        if (Chip("activities.day.0", Tr("ui.activities.all_days"), ui.day == 0)) {
            ui.day = 0;
            chosen();
        }
        for (int d = first_day; d <= 7; ++d) {
            const std::string_view label = day_label(d);
            days.Next(ChipWidth(label));
            if (Chip(FrameId({"activities.day.", d}), label, ui.day == d)) {
                ui.day = d;
                chosen();
            }
        }
        Flow kinds;
        kinds.Next(ChipWidth(Tr("ui.activities.all_kinds")));
        if (Chip("activities.kind.all", Tr("ui.activities.all_kinds"), ui.kind < 0)) {
            ui.kind = -1;
            chosen();
        }
        for (int k = 0; k < kKinds; ++k) {
            const ActivityKind kind = static_cast<ActivityKind>(k);
            const char* label = Tr(ActivityKindKey(kind));
            kinds.Next(ChipWidth(label, KindIcon(kind)));
            if (Chip(FrameId({"activities.", ActivityKindKey(kind)}), label, ui.kind == k,
                     KindIcon(kind))) {
                ui.kind = k;
                chosen();
            }
        }
    }
    ImGui::Dummy(Em2(0, 0.3f));

    ImGui::BeginChild("##programme", ImVec2(0, ImGui::GetContentRegionAvail().y - BottomBarH()), false);
    TouchScroll();
    const float width = ImGui::GetContentRegionAvail().x - Em(0.2f);
    // What is still to come first; finished sessions fold behind one button at the end.
    auto wanted = [&](const SessionView& v) {
        if (ui.day && Weekday(ParseDate(DatePart(v.session.start)).value_or(s.today)) != ui.day) return false;
        return ui.kind < 0 || static_cast<int>(v.activity.kind) == ui.kind;
    };
    // Each list draws only the rows in sight (LongList): the week holds up to a few dozen rows
    // and the list shows three or four.
    auto rows = [&](bool ended) {
        ui.rows.clear();
        for (size_t i = 0; i < s.week.size(); ++i)
            if (wanted(s.week[i]) && HasEnded(s.week[i].session, s.now_stamp) == ended) ui.rows.push_back(static_cast<int>(i));
        return ui.rows.size();
    };
    auto draw = [&](size_t k) {
        const int i = ui.rows[k];
        Keep(action, SessionRow(s, s.week[static_cast<size_t>(i)], i, width));
    };
    const size_t finished = rows(true);
    const size_t upcoming = rows(false);
    LongList("activities.upcoming", upcoming, draw);
    if (upcoming == 0) {
        ImGui::Dummy(Em2(0, 1));
        const char* key = finished == 0 ? "ui.activities.none" : (ui.day ? "ui.activities.day_over" : "ui.activities.nothing_left");
        TextCentered(Tr(key), FontRole::Body, Colours().text_muted, width);
        ImGui::Dummy(Em2(0, 1));
    }
    if (finished > 0) {
        const std::string_view label =
            ui.show_past ? std::string_view(Tr("ui.activities.hide_past"))
                         : FrameTrf("ui.activities.show_past", {{"count", FrameNum(static_cast<int>(finished))}});
        if (Button("activities.past", label, ImVec2(std::min(width, ButtonWidth(label) + Em(2)), 0), Tone::Quiet))
            ui.show_past = !ui.show_past;
        ImGui::Dummy(Em2(0, 0.3f));
        if (ui.show_past) LongList("activities.past", rows(true), draw);
    }
    ImGui::EndChild();
    if (Button("activities.back", Tr("ui.back"), ImVec2(0, 0), Tone::Quiet, icon::kBack)) Keep(action, act::Go{Screen::Welcome});
    return action;
}

}  // namespace palier::ui
