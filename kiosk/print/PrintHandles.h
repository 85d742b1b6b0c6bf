#pragma once
// Owners for the C handles of cairo, pango/GObject and CUPS: every handle the print library
// creates lives in one of these, so an early return never leaks one.
#include <cairo.h>
#include <cups/cups.h>
#include <pango/pangocairo.h>

#include <memory>

namespace palier::print {

struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};
// PangoContext, PangoLayout, PangoFontMap ... are GObjects.
struct GObjectDeleter {
    void operator()(void* obj) const { g_object_unref(obj); }
};
struct FontDescriptionDeleter {
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
struct AttrListDeleter {
    void operator()(PangoAttrList* a) const { pango_attr_list_unref(a); }
};
struct HttpDeleter {
    void operator()(http_t* http) const { httpClose(http); }
};

using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, FontOptionsDeleter>;
using PangoContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionDeleter>;
using AttrListPtr = std::unique_ptr<PangoAttrList, AttrListDeleter>;
using HttpPtr = std::unique_ptr<http_t, HttpDeleter>;

// A cups_dest_t array from cupsGetDests2(): freed with its count.
class DestList {
public:
    DestList() = default;
    DestList(int count, cups_dest_t* dests) : count_(count), dests_(dests) {}
    DestList(const DestList&) = delete;
    DestList& operator=(const DestList&) = delete;
    DestList(DestList&& o) noexcept : count_(o.count_), dests_(o.dests_) { o.count_ = 0, o.dests_ = nullptr; }
    DestList& operator=(DestList&& o) noexcept {
        if (this != &o) {
            Reset();
            count_ = o.count_, dests_ = o.dests_;
            o.count_ = 0, o.dests_ = nullptr;
        }
        return *this;
    }
    ~DestList() { Reset(); }

    int size() const { return count_; }
    cups_dest_t* data() const { return dests_; }
    cups_dest_t* begin() const { return dests_; }
    cups_dest_t* end() const { return dests_ + count_; }

private:
    void Reset() {
        if (dests_) cupsFreeDests(count_, dests_);
        count_ = 0, dests_ = nullptr;
    }
    int count_ = 0;
    cups_dest_t* dests_ = nullptr;
};

// cups_option_t arrays built with cupsAddOption().
class OptionList {
public:
    OptionList() = default;
    OptionList(const OptionList&) = delete;
    OptionList& operator=(const OptionList&) = delete;
    ~OptionList() {
        if (options_) cupsFreeOptions(count_, options_);
    }
    void Add(const char* name, const char* value) { count_ = cupsAddOption(name, value, count_, &options_); }
    int size() const { return count_; }
    cups_option_t* data() const { return options_; }

private:
    int count_ = 0;
    cups_option_t* options_ = nullptr;
};

}  // namespace palier::print
