// The frame's words: every piece stays whole until the next frame, however many there are, and
// a frame that writes the same words again needs no new memory.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kiosk/I18n.h"
#include "ui/bench/HeapCount.h"
#include "ui/core/FrameText.h"

namespace palier::ui::test {
namespace {

// Many rows, one long text (more than a block's worth) and a translation, into `pieces`.
void WriteAFrame(const std::string& long_text, std::vector<std::string_view>& pieces) {
    for (int i = 0; i < 3000; ++i) pieces.push_back(FrameJoin({"row.", i, ".", "x"}));
    pieces.push_back(FrameJoin({long_text}));
    for (int i = 0; i < 10; ++i) pieces.push_back(FrameNum(i * 11));
    pieces.push_back(FrameTrf("summary.seats_left", {{"n", FrameNum(3)}, {"cap", "8"}}));
}

TEST(FrameText, EveryPieceStaysWholeUntilTheNextFrame) {
    const std::string long_text(40000, 'j');
    std::vector<std::string_view> pieces;
    NewFrameText();
    WriteAFrame(long_text, pieces);
    for (int i = 0; i < 3000; ++i) {
        const std::string expected = "row." + std::to_string(i) + ".x";
        ASSERT_EQ(pieces[static_cast<size_t>(i)], expected);
        ASSERT_EQ(pieces[static_cast<size_t>(i)].data()[expected.size()], '\0')
            << "usable as a C string";
    }
    EXPECT_EQ(pieces[3000], long_text);
    EXPECT_EQ(pieces[3001 + 7], "77");
    EXPECT_EQ(pieces[3011], Trf("summary.seats_left", {{"n", "3"}, {"cap", "8"}}));
    EXPECT_STREQ(FrameId({"activities.book.", 12}), "activities.book.12");
    // Composed inside a composition: each keeps its own words.
    const std::string_view nested = FrameText([](std::string& out) {
        out += "[";
        out += FrameText([](std::string& inner) { inner += "inner"; });
        out += "]";
    });
    EXPECT_EQ(nested, "[inner]");
}

TEST(FrameText, AFrameWritingTheSameWordsAgainNeedsNoNewMemory) {
    const std::string long_text(40000, 'j');
    std::vector<std::string_view> first, again;
    NewFrameText();
    WriteAFrame(long_text, first);
    again.reserve(first.size());
    NewFrameText();
    heap::Start();
    WriteAFrame(long_text, again);
    const heap::Counts c = heap::Stop();
    EXPECT_EQ(c.news, 0);
    ASSERT_EQ(again.size(), first.size());
    for (size_t i = 0; i < first.size(); ++i)
        ASSERT_EQ(static_cast<const void*>(again[i].data()),
                  static_cast<const void*>(first[i].data()))
            << "the blocks are written over from the start";
}

}  // namespace
}  // namespace palier::ui::test
