#pragma once
// Words made for one frame: a label joined from pieces, a number, a translation with its
// placeholders filled, a date from kiosk/Format.h. They are written into blocks kept from frame
// to frame, so a screen drawn again with nothing changed allocates nothing (ImGui reuses its own
// buffers the same way). What these return is NUL-terminated and stays valid until the next
// frame starts (App::Frame calls NewFrameText()); keep nothing of it longer. UI thread only.
#include <charconv>
#include <initializer_list>
#include <string>
#include <string_view>

#include "kiosk/I18n.h"

namespace palier::ui {

// Between the parts of a line: "Mer 25  ·  14h00 – 16h30".
inline constexpr const char* kDot = "  \xC2\xB7  ";

// Forgets the last frame's words: their blocks are written over from the start.
void NewFrameText();

// One piece of a joined label: words, or a whole number written in place.
class Piece {
public:
    Piece(std::string_view s) : view_(s) {}
    Piece(const char* s) : view_(s ? s : "") {}
    Piece(const std::string& s) : view_(s) {}
    Piece(long long n)
        : length_(static_cast<int>(std::to_chars(digits_, digits_ + sizeof digits_, n).ptr -
                                   digits_)) {}
    Piece(int n) : Piece(static_cast<long long>(n)) {}
    Piece(unsigned n) : Piece(static_cast<long long>(n)) {}
    Piece(long n) : Piece(static_cast<long long>(n)) {}
    Piece(unsigned long n) : Piece(static_cast<long long>(n)) {}
    // Read from the piece itself, so a copied Piece reads its own digits.
    std::string_view view() const {
        return length_ < 0 ? view_ : std::string_view(digits_, static_cast<size_t>(length_));
    }

private:
    std::string_view view_;
    char digits_[24] = {};
    int length_ = -1;  // >= 0: a number, in digits_
};

// The pieces one after the other: FrameJoin({icon::kCheck, "  ", title}).
std::string_view FrameJoin(std::initializer_list<Piece> pieces);
// The same as a C string, for an ImGui id: FrameId({"activities.book.", index}).
const char* FrameId(std::initializer_list<Piece> pieces);
// A whole number, for a placeholder: FrameTrf("ui.seats.left", {{"count", FrameNum(n)}}).
std::string_view FrameNum(long long n);
// Tr() with its {name} placeholders filled (Trf, without a string of its own).
std::string_view FrameTrf(const char* key, Args args);
// What `append` adds to the string it is given: a kiosk/Format.h Append function.
// FrameText([&](std::string& out) { AppendTimeRange(out, start, end); })
template <class Append>
std::string_view FrameText(Append&& append);

namespace detail {
// A string to compose in, emptied but with its room kept; KeepComposed() copies it into the
// frame's blocks and gives the string back.
std::string& StartComposing();
std::string_view KeepComposed();
}  // namespace detail

template <class Append>
std::string_view FrameText(Append&& append) {
    append(detail::StartComposing());
    return detail::KeepComposed();
}

}  // namespace palier::ui
