#include "ui/core/FrameText.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <memory>
#include <vector>

namespace palier::ui {
namespace {

// Blocks rather than one growing buffer: a buffer that grew would move the words already given
// out this frame. A frame's words fill the first block or two; a longer piece (an export shown
// whole) gets a block of its size, kept too.
constexpr size_t kBlockSize = 16 * 1024;
struct Block {
    std::unique_ptr<char[]> bytes;
    size_t size = 0;
};
std::vector<Block> g_blocks;
size_t g_block = 0;  // the block being filled
size_t g_used = 0;   // bytes of it given out

// Composing strings, one per level: a FrameText() whose function calls FrameTrf() composes
// in the next one.
std::array<std::string, 4> g_composing;
size_t g_depth = 0;

// Room for `n` bytes and their NUL that stays put until the next frame.
char* Room(size_t n) {
    while (g_block < g_blocks.size() && g_used + n + 1 > g_blocks[g_block].size) {
        ++g_block;
        g_used = 0;
    }
    if (g_block == g_blocks.size()) {
        const size_t size = std::max(kBlockSize, n + 1);
        g_blocks.push_back({std::make_unique<char[]>(size), size});
        g_used = 0;
    }
    char* at = g_blocks[g_block].bytes.get() + g_used;
    g_used += n + 1;
    return at;
}

std::string_view Keep(std::string_view s) {
    char* at = Room(s.size());
    std::memcpy(at, s.data(), s.size());
    at[s.size()] = '\0';
    return {at, s.size()};
}

}  // namespace

void NewFrameText() {
    g_block = 0;
    g_used = 0;
}

std::string_view FrameJoin(std::initializer_list<Piece> pieces) {
    size_t n = 0;
    for (const Piece& p : pieces) n += p.view().size();
    char* at = Room(n);
    char* out = at;
    for (const Piece& p : pieces) {
        const std::string_view v = p.view();
        std::memcpy(out, v.data(), v.size());
        out += v.size();
    }
    *out = '\0';
    return {at, n};
}

const char* FrameId(std::initializer_list<Piece> pieces) {
    return FrameJoin(pieces).data();
}

std::string_view FrameNum(long long n) {
    return FrameJoin({n});
}

std::string_view FrameTrf(const char* key, Args args) {
    AppendTrf(detail::StartComposing(), key, args);
    return detail::KeepComposed();
}

namespace detail {

std::string& StartComposing() {
    assert(g_depth < g_composing.size() && "frame text composed inside itself too deep");
    std::string& s = g_composing[g_depth++];
    s.clear();
    return s;
}

std::string_view KeepComposed() {
    assert(g_depth > 0);
    return Keep(g_composing[--g_depth]);
}

}  // namespace detail
}  // namespace palier::ui
