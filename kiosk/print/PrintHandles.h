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
struct IppDeleter {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
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
using IppPtr = std::unique_ptr<ipp_t, IppDeleter>;

// A cups_dest_t array from cupsGetDests2(): freed with its count.
class DestList {
  public:
    DestList() = default;
    DestList(int count, cups_dest_t* dests) : count_(count), dests_(dests) {}
    DestList(const DestList&) = delete;
    DestList& operator=(const DestList&) = delete;
    DestList(DestList&& o) noexcept : count_(o.count_), dests_(o.dests_) {
        o.count_ = 0, o.dests_ = nullptr;
    }
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

// A cups_job_t array from cupsGetJobs2().
class JobList {
  public:
    JobList(int count, cups_job_t* jobs) : count_(count), jobs_(jobs) {}
    JobList(const JobList&) = delete;
    JobList& operator=(const JobList&) = delete;
    ~JobList() {
        if (jobs_) cupsFreeJobs(count_, jobs_);
    }
    const cups_job_t* begin() const { return jobs_; }
    const cups_job_t* end() const { return jobs_ + (jobs_ ? count_ : 0); }

  private:
    int count_ = 0;
    cups_job_t* jobs_ = nullptr;
};

}  // namespace palier::print
