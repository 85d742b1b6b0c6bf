#include "ui/widgets/Widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <vector>

#include "ui/core/FrameText.h"
#include "ui/widgets/Record.h"

namespace palier::ui {
namespace {

ImU32 Or(ImU32 c, ImU32 fallback) { return c ? c : fallback; }

struct ToneColours {
    ImU32 bg, fg, border;
};
ToneColours ColoursOf(Tone t) {
    const Palette& p = Colours();
    switch (t) {
        case Tone::Primary: return {p.primary, p.on_primary, p.primary};
        case Tone::Accent: return {p.accent, p.on_accent, p.accent};
        case Tone::Success: return {p.success, p.on_success, p.success};
        case Tone::Danger: return {p.danger, p.on_danger, p.danger};
        case Tone::Quiet: return {p.surface_alt, p.text, p.surface_alt};
        case Tone::Secondary: break;
    }
    return {p.surface, p.text, p.border};
}

ImU32 Darker(ImU32 c, float f) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(v.x * f, v.y * f, v.z * f, v.w));
}

// Splits `s` into lines no wider than `wrap` with the font's own word wrapping, except inside a
// word too long for a line (a file path): the font would cut it anywhere, it is cut after a '/'
// (or, for a single name too long for the line, after a '-', '_' or '.'). Each line goes to
// `line` as it is found: no list is made, a frame measures and draws many texts.
template <class OnLine>
void ForEachLine(ImFont* font, float size, std::string_view s, float wrap, OnLine&& line) {
    const char* p = s.data();
    const char* end = s.data() + s.size();
    while (p < end) {
        const char* nl = std::find(p, end, '\n');
        const char* brk = wrap > 0 ? font->CalcWordWrapPositionA(size / font->FontSize, p, nl, wrap) : nl;
        if (brk <= p) brk = nl;  // a single word wider than the line
        if (brk > p && brk < nl && brk[-1] != ' ' && *brk != ' ') {
            // Cut mid-word: back to just after the last '/' of that word on this line, else
            // (one name longer than the line) after its last '-', '_' or '.'.
            const char* word = brk;
            while (word > p && word[-1] != ' ') --word;
            for (const char* seps : {"/", "-_."}) {
                const char* q = brk;
                while (q > word + 1 && !std::strchr(seps, q[-1])) --q;
                if (q > word + 1) {
                    brk = q;
                    break;
                }
            }
        }
        if (brk == p) ++brk;
        line(std::string_view(p, static_cast<size_t>(brk - p)));
        p = brk;
        while (p < end && *p == ' ') ++p;
        if (p < end && *p == '\n' && brk == nl) ++p;
    }
}

float LineWidth(ImFont* font, float size, std::string_view line) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
}

size_t CountLines(ImFont* font, float size, std::string_view s, float wrap) {
    size_t n = 0;
    ForEachLine(font, size, s, wrap, [&](std::string_view) { ++n; });
    return n;
}

// How many lines, and the widest.
struct Lines {
    size_t count = 0;
    float widest = 0;
};
Lines Measure(ImFont* font, float size, std::string_view s, float wrap) {
    Lines l;
    ForEachLine(font, size, s, wrap, [&](std::string_view line) {
        ++l.count;
        l.widest = std::max(l.widest, LineWidth(font, size, line));
    });
    return l;
}

// The widest single word of `s`: wider than a box, it would be broken mid-word.
float WidestWord(ImFont* font, float size, std::string_view s) {
    float widest = 0;
    size_t i = 0;
    while (i < s.size()) {
        const size_t j = std::min(s.find_first_of(" \n", i), s.size());
        if (j > i) widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0, s.data() + i, s.data() + j).x);
        i = j + 1;
    }
    return widest;
}

// Draws `s` centred in the rectangle [a, b], wrapped to its width. A word up to `slack` wider
// than the box is drawn whole over the box's padding rather than broken. Returns false when the
// words do not fit: a word wider than that, or more lines than the height holds.
bool DrawCentered(ImDrawList* dl, ImFont* font, std::string_view s, ImVec2 a, ImVec2 b, ImU32 col, float slack = 0) {
    const float size = font->FontSize;
    const float widest = WidestWord(font, size, s);
    const float wrap = std::max(b.x - a.x, std::min(widest, b.x - a.x + slack));
    // The lines are counted before the first is drawn (it is centred vertically); a button or a
    // tile has a few, kept on the stack so that the text is not cut twice.
    constexpr size_t kKept = 16;
    std::string_view kept[kKept];
    size_t count = 0;
    ForEachLine(font, size, s, wrap, [&](std::string_view line) {
        if (count < kKept) kept[count] = line;
        ++count;
    });
    const float line_h = size * 1.1f;
    const float text_h = line_h * static_cast<float>(count);
    float y = (a.y + b.y) * 0.5f - text_h * 0.5f;
    auto draw = [&](std::string_view line) {
        const float w = LineWidth(font, size, line);
        dl->AddText(font, size, ImVec2((a.x + b.x - w) * 0.5f, y), col, line.data(), line.data() + line.size());
        y += line_h;
    };
    if (count <= kKept) {
        for (size_t i = 0; i < count; ++i) draw(kept[i]);
    } else {
        ForEachLine(font, size, s, wrap, draw);
    }
    return widest <= wrap + 1.0f && text_h <= b.y - a.y + 1.0f;
}

}  // namespace

// ---- Text ---------------------------------------------------------------------------------

std::vector<std::string_view> WrappedLines(std::string_view s, FontRole role, float wrap) {
    ImFont* f = Font(role);
    std::vector<std::string_view> lines;
    ForEachLine(f, f->FontSize, s, wrap, [&](std::string_view line) { lines.push_back(line); });
    return lines;
}

ImVec2 TextSize(std::string_view s, FontRole role, float wrap) {
    ImFont* f = Font(role);
    if (wrap <= 0) return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size());
    const Lines lines = Measure(f, f->FontSize, s, wrap);
    return ImVec2(lines.widest, f->FontSize * static_cast<float>(std::max<size_t>(lines.count, 1)));
}

// Draws `s` from `pos`, one line of ForEachLine under the other (wrap <= 0: as written).
void DrawLines(ImDrawList* dl, ImFont* f, ImVec2 pos, ImU32 col, std::string_view s, float wrap) {
    if (wrap <= 0) return dl->AddText(f, f->FontSize, pos, col, s.data(), s.data() + s.size());
    ForEachLine(f, f->FontSize, s, wrap, [&](std::string_view line) {
        dl->AddText(f, f->FontSize, pos, col, line.data(), line.data() + line.size());
        pos.y += f->FontSize;
    });
}

void Text(std::string_view s, FontRole role, ImU32 colour, float wrap) {
    RecordText(s);
    ImFont* f = Font(role);
    if (wrap == 0) wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = TextSize(s, role, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    DrawLines(ImGui::GetWindowDrawList(), f, pos, Or(colour, Colours().text), s, wrap);
    RecordTextBox(s, pos, ImVec2(pos.x + size.x, pos.y + size.y), Or(colour, Colours().text));
    ImGui::Dummy(ImVec2(std::max(size.x, 1.0f), std::max(size.y, f->FontSize)));
}

void Muted(std::string_view s, float wrap) { Text(s, FontRole::Body, Colours().text_muted, wrap); }
void Title(std::string_view s) { Text(s, FontRole::Title); }

void TextCentered(std::string_view s, FontRole role, ImU32 colour, float width) {
    RecordText(s);
    ImFont* f = Font(role);
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const Lines lines = Measure(f, f->FontSize, s, width);
    const float h = f->FontSize * 1.1f * static_cast<float>(std::max<size_t>(lines.count, 1));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    DrawCentered(ImGui::GetWindowDrawList(), f, s, a, ImVec2(a.x + width, a.y + h), Or(colour, Colours().text));
    const float widest = lines.widest;
    const float x0 = a.x + std::max(0.0f, (width - widest) * 0.5f);
    RecordTextBox(s, ImVec2(x0, a.y), ImVec2(x0 + widest, a.y + h));
    ImGui::Dummy(ImVec2(width, h));
}

void Banner(std::string_view s, bool error) {
    const Palette& p = Colours();
    const float w = ImGui::GetContentRegionAvail().x;
    const float pad = Em(0.6f);
    const ImVec2 text = TextSize(s, FontRole::Bold, w - 2 * pad);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + w, a.y + text.y + 2 * pad);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, error ? p.danger : p.warning_bg, Em(0.4f));
    RecordText(s);
    RecordTextBox(s, a, b);
    DrawLines(dl, Font(FontRole::Bold), ImVec2(a.x + pad, a.y + pad), error ? p.on_danger : p.warning_text, s, w - 2 * pad);
    ImGui::Dummy(ImVec2(w, b.y - a.y));
}

// ---- Touchable things -----------------------------------------------------------------------

namespace {
float TouchSlop() { return Em(0.4f); }
}  // namespace

bool TouchMoved() { return ImGui::GetIO().MouseDragMaxDistanceSqr[0] > TouchSlop() * TouchSlop(); }

bool TouchArea(const char* id, ImVec2 size) {
    // InvisibleButton fires on release over the item; a scroll drags the list, and the item,
    // along with the finger, so without this a scroll would tap whatever it started on.
    const bool released = ImGui::InvisibleButton(id, size);
    return released && !TouchMoved();
}

float ButtonWidth(std::string_view label, const char* icon) {
    float w = TextSize(label, FontRole::Bold).x + Em(2.0f);
    if (icon) w += TextSize(icon, FontRole::Bold).x + Em(0.5f);
    return std::max(w, TouchH());
}

bool Button(const char* id, std::string_view label, ImVec2 size, Tone tone, const char* icon, bool enabled) {
    if (size.x == 0) size.x = ButtonWidth(label, icon);
    if (size.x < 0) size.x = ImGui::GetContentRegionAvail().x;
    if (size.y == 0) size.y = TouchH();
    ImGui::PushID(id);
    const bool pressed = TouchArea("##b", size) && enabled;
    const bool held = ImGui::IsItemActive() && enabled && !TouchMoved();
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    RecordText(label);
    ToneColours c = ColoursOf(tone);
    if (!enabled) c = {Colours().surface_alt, Colours().text_muted, Colours().border};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.45f);
    dl->AddRectFilled(a, b, held ? Darker(c.bg, 0.85f) : c.bg, r);
    dl->AddRect(a, b, c.border, r, 0, HighContrast() ? 2.0f : 1.0f);
    const std::string_view words = icon ? FrameJoin({icon, "  ", label}) : label;
    const bool fits = DrawCentered(dl, Font(FontRole::Bold), words, ImVec2(a.x + Em(0.5f), a.y), ImVec2(b.x - Em(0.5f), b.y), c.fg,
                                   std::max(0.0f, Em(1.0f) - 4.0f));
    RecordWidget(id, label, a, b, !fits);
    return pressed;
}

bool Tile(const char* id, const char* icon, std::string_view title, std::string_view subtitle, ImVec2 size,
          bool selected, Tone tone) {
    ImGui::PushID(id);
    const bool pressed = TouchArea("##t", size);
    const bool held = ImGui::IsItemActive() && !TouchMoved();
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    RecordText(title);
    RecordText(subtitle);
    const Palette& p = Colours();
    ToneColours c = ColoursOf(selected ? Tone::Primary : tone);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.8f);
    if (!HighContrast()) dl->AddRectFilled(ImVec2(a.x, a.y + Em(0.15f)), ImVec2(b.x, b.y + Em(0.15f)), p.border, r);
    dl->AddRectFilled(a, b, held ? Darker(c.bg, 0.9f) : c.bg, r);
    dl->AddRect(a, b, selected ? p.focus : c.border, r, 0, selected || HighContrast() ? 3.0f : 1.0f);
    const float h = b.y - a.y;
    ImFont* fi = Font(FontRole::Icon);
    const float tw = b.x - a.x - Em(1.2f);
    // The largest look whose title fits whole: title font with the pictogram, then the bold
    // font with it, then the bold font alone (large text in a small tile).
    bool show_icon = false;
    ImFont* tf = nullptr;
    float th = 0;
    for (int look = 0; look < 3; ++look) {
        show_icon = icon && look < 2 && h >= Em(6.5f);
        tf = look == 0 ? Font(FontRole::Title) : Font(FontRole::Bold);
        th = tf->FontSize * 1.1f * static_cast<float>(CountLines(tf, tf->FontSize, title, tw));
        const float need = th + (show_icon ? fi->FontSize * 1.1f : 0.0f) + Em(0.4f);
        if (need <= h && WidestWord(tf, tf->FontSize, title) <= tw) break;
    }
    const float icon_h = show_icon ? fi->FontSize * 1.1f : 0.0f;
    float sub_h = subtitle.empty()
                      ? 0.0f
                      : Em(0.2f) + Em(1.2f) * static_cast<float>(CountLines(
                                                  Font(FontRole::Body), BodyPx(), subtitle, tw));
    // Large text on a small screen: a subtitle that would run over the border is left out
    // (it stays in the recorded words); the title always shows.
    if (icon_h + th + sub_h + Em(0.4f) > h) sub_h = 0;
    float y = a.y + std::max(Em(0.2f), (h - icon_h - th - sub_h) * 0.5f);
    if (show_icon) {
        DrawCentered(dl, fi, icon, ImVec2(a.x, y), ImVec2(b.x, y + fi->FontSize), tone == Tone::Secondary && !selected ? p.primary : c.fg);
        y += icon_h;
    }
    const bool fits = DrawCentered(dl, tf, title, ImVec2(a.x + Em(0.6f), y), ImVec2(b.x - Em(0.6f), y + th), c.fg) &&
                      y + th <= b.y + 1.0f;
    RecordWidget(id, title, a, b, !fits);
    y += th + Em(0.2f);
    if (sub_h > 0) {
        const ImU32 sub = (tone == Tone::Secondary && !selected) ? p.text_muted : c.fg;
        DrawCentered(dl, Font(FontRole::Body), subtitle, ImVec2(a.x + Em(0.6f), y), ImVec2(b.x - Em(0.6f), y + sub_h - Em(0.2f)), sub);
    }
    if (selected) {
        ImFont* fb = Font(FontRole::Bold);
        dl->AddText(fb, fb->FontSize * 1.3f, ImVec2(b.x - Em(1.8f), a.y + Em(0.4f)), c.fg, icon::kCheck);
    }
    return pressed;
}

float ChipWidth(std::string_view label, const char* icon) { return ButtonWidth(label, icon); }

bool Chip(const char* id, std::string_view label, bool selected, const char* icon) {
    return Button(id, label, ImVec2(ChipWidth(label, icon), 0), selected ? Tone::Primary : Tone::Secondary, icon);
}

bool Field(const char* id, std::string_view label, const std::string& value, bool focused, std::string_view hint,
           bool secret, float width) {
    const Palette& p = Colours();
    if (width < 0) width = ImGui::GetContentRegionAvail().x;
    if (!label.empty()) Text(label, FontRole::Bold, 0, width);
    ImGui::PushID(id);
    const bool pressed = TouchArea("##f", ImVec2(width, TouchH()));
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    RecordWidget(id, label, a, b);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, p.surface, Em(0.4f));
    dl->AddRect(a, b, focused ? p.focus : p.border, Em(0.4f), 0, focused ? 3.0f : 1.0f);
    std::string_view shown = value;
    if (secret)
        shown = FrameText([&](std::string& out) {
            for (size_t i = 0; i < value.size(); ++i) out += "\xE2\x80\xA2 ";  // •
        });
    ImFont* f = Font(FontRole::Body);
    const ImVec2 tp(a.x + Em(0.6f), a.y + (TouchH() - f->FontSize) * 0.5f);
    dl->PushClipRect(a, b, true);
    if (shown.empty() && !hint.empty()) {
        dl->AddText(f, f->FontSize, tp, p.text_muted, hint.data(), hint.data() + hint.size());
        RecordText(hint);
    } else {
        dl->AddText(f, f->FontSize, tp, p.text, shown.data(), shown.data() + shown.size());
        if (!secret) RecordText(shown);
    }
    if (focused) {
        const float x = tp.x + (shown.empty() ? 0 : LineWidth(f, f->FontSize, shown)) + 2;
        dl->AddRectFilled(ImVec2(x, tp.y), ImVec2(x + Em(0.12f), tp.y + f->FontSize), p.focus);
    }
    dl->PopClipRect();
    return pressed;
}

bool Checkbox(const char* id, std::string_view label, bool& value) {
    const Palette& p = Colours();
    const float w = ImGui::GetContentRegionAvail().x;
    const float box = Em(1.6f);
    const ImVec2 text = TextSize(label, FontRole::Body, w - box - Em(1.0f));
    const float h = std::max(TouchH(), text.y + Em(0.6f));
    ImGui::PushID(id);
    const bool pressed = TouchArea("##c", ImVec2(w, h));
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin();
    RecordWidget(id, label, a, ImGui::GetItemRectMax());
    RecordText(label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ba(a.x, a.y + (h - box) * 0.5f), bb(ba.x + box, ba.y + box);
    dl->AddRectFilled(ba, bb, value ? p.primary : p.surface, Em(0.25f));
    dl->AddRect(ba, bb, value ? p.primary : p.text_muted, Em(0.25f), 0, 2.0f);
    if (value) DrawCentered(dl, Font(FontRole::Bold), icon::kCheck, ba, bb, p.on_primary);
    ImFont* f = Font(FontRole::Body);
    dl->AddText(f, f->FontSize, ImVec2(bb.x + Em(0.6f), a.y + (h - text.y) * 0.5f), p.text, label.data(),
                label.data() + label.size(), w - box - Em(1.0f));
    if (pressed) value = !value;
    return pressed;
}

bool Stepper(const char* id, std::string_view label, int& value, int min, int max, int step) {
    ImGui::PushID(id);
    bool changed = false;
    if (!label.empty()) Text(label, FontRole::Bold);
    if (Button(FrameId({id, ".minus"}), "\xE2\x88\x92", ImVec2(TouchH(), 0), Tone::Secondary,
               nullptr, value > min)) {
        value = std::max(min, value - step);
        changed = true;
    }
    ImGui::SameLine();
    const std::string_view shown = FrameNum(value);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = Em(3.0f);
    ImGui::Dummy(ImVec2(w, TouchH()));
    RecordText(shown);
    DrawCentered(ImGui::GetWindowDrawList(), Font(FontRole::Title), shown, pos, ImVec2(pos.x + w, pos.y + TouchH()),
                 Colours().text);
    ImGui::SameLine();
    if (Button(FrameId({id, ".plus"}), "+", ImVec2(TouchH(), 0), Tone::Secondary, nullptr,
               value < max)) {
        value = std::min(max, value + step);
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

void Flow::Next(float w) {
    if (!first_) {
        const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w;
        const float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (right <= limit) ImGui::SameLine();
    }
    first_ = false;
}

bool BeginCard(const char* id, ImVec2 size, bool scroll) {
    const Palette& p = Colours();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.border));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, HighContrast() ? 2.0f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, Em(0.6f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, Em2(0.9f, 0.8f));
    const ImGuiWindowFlags flags = scroll ? 0 : (ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool open = ImGui::BeginChild(id, size, true, flags);
    if (scroll) TouchScroll();
    return open;
}

void EndCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
}

namespace {
float g_panel_width = 0;
ImVec2 g_panel_origin;
}  // namespace

void BeginPanel(float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    g_panel_width = width;
    g_panel_origin = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(g_panel_origin.x + Em(0.9f), g_panel_origin.y + Em(0.8f)));
    ImGui::BeginGroup();
}

void EndPanel() {
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + Em(0.8f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const Palette& p = Colours();
    const ImVec2 a = g_panel_origin, b(g_panel_origin.x + g_panel_width, bottom);
    dl->AddRectFilled(a, b, p.surface, Em(0.6f));
    dl->AddRect(a, b, p.border, Em(0.6f), 0, HighContrast() ? 2.0f : 1.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(ImVec2(g_panel_width, b.y - a.y));
}

float BottomBarH() { return TouchH() + ImGui::GetStyle().ItemSpacing.y * 2.0f; }

void TouchScroll() {
    // Dragging anywhere in the window scrolls it, as on a phone.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0, TouchSlop())) {
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
    }
}

void KeepInView(InView& v, int field) {
    const ImVec2 form = ImGui::GetWindowSize();
    if (v.field == field && v.form.x == form.x && v.form.y == form.y) return;
    const float top = ImGui::GetWindowPos().y, bottom = top + form.y;
    constexpr float kPixel = 1.0f;  // clip rectangles are rounded to whole pixels
    if (ImGui::GetItemRectMin().y >= top - kPixel && ImGui::GetItemRectMax().y <= bottom + kPixel) {
        v.field = field;
        v.form = form;
        return;
    }
    ImGui::SetScrollHereY(1.0f);  // at the bottom of the view, what is above it (a label) in sight
}

void TouchScrollX() {
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0, TouchSlop())) {
        ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseDelta.x);
    }
}

}  // namespace palier::ui
