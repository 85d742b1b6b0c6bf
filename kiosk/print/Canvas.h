#pragma once
// The drawing layer shared by the three documents (internal to palier_print).
//
//  - PageSet: A4 pages recorded as cairo recording surfaces. Composition draws once; the same
//    recorded pages are then replayed into the PDF and into preview images, so the preview is
//    exactly what prints.
//  - Pen: text through pango (DejaVu Sans via fontconfig), measured and drawn with the same
//    layout, metrics unhinted so that line breaks do not depend on the target surface.
//    Alignment "Start" follows each paragraph's own direction (Arabic starts at the right).
// Units are PostScript points (1/72 inch). Not thread-safe; one thread composes a document.
#include <string>
#include <string_view>
#include <vector>

#include "PrintHandles.h"

namespace palier::print {

constexpr double kA4Width = 595.2756;   // 210 mm
constexpr double kA4Height = 841.8898;  // 297 mm
constexpr double kMm = 72.0 / 25.4;

struct Rgb {
    double r = 0, g = 0, b = 0;
};
// The palette: printed on office lasers, so mostly black with light greys and one accent.
constexpr Rgb kInk{0.10, 0.10, 0.12};
constexpr Rgb kMuted{0.38, 0.38, 0.42};
constexpr Rgb kRule{0.72, 0.72, 0.76};
constexpr Rgb kBand{0.90, 0.92, 0.95};
constexpr Rgb kAccent{0.07, 0.30, 0.55};
constexpr Rgb kAlert{0.70, 0.10, 0.10};

enum class Align { Start, Center, End };

struct TextStyle {
    double size = 11;  // points
    bool bold = false;
    bool italic = false;
    Rgb color = kInk;
    bool strike = false;
    Align align = Align::Start;
    const char* lang = nullptr;  // language tag for shaping and font choice ("ar"), or none
    bool single_line = false;    // ellipsize instead of wrapping
};

void SetColor(cairo_t* cr, Rgb c);
void FillRect(cairo_t* cr, double x, double y, double w, double h, Rgb c);
void StrokeRect(cairo_t* cr, double x, double y, double w, double h, Rgb c, double line = 0.6);
void HLine(cairo_t* cr, double x0, double x1, double y, Rgb c, double line = 0.6);
void VLine(cairo_t* cr, double x, double y0, double y1, Rgb c, double line = 0.6);

class PageSet {
  public:
    PageSet();
    // Starts a new blank page and returns its context (owned by the PageSet).
    cairo_t* NewPage();
    cairo_t* cr() const { return crs_.back().get(); }
    cairo_t* cr_of(size_t page) const { return crs_.at(page).get(); }
    size_t count() const { return pages_.size(); }
    // Ends drawing: the contexts are released and the recorded pages handed over.
    std::vector<SurfacePtr> Finish();

  private:
    std::vector<SurfacePtr> pages_;
    std::vector<CairoPtr> crs_;
};

class Pen {
  public:
    Pen();
    // Height of `text` laid out `width` points wide.
    double Measure(std::string_view text, const TextStyle& style, double width) const;
    // Width of `text` on one line.
    double NaturalWidth(std::string_view text, const TextStyle& style) const;
    // Draws `text` in a box `width` wide whose top-left corner is (x, y); returns its height.
    double Draw(cairo_t* cr, std::string_view text, const TextStyle& style, double x, double y,
                double width) const;
    // The baseline-to-top distance of the first line (to line up texts of different sizes).
    double Ascent(const TextStyle& style) const;

  private:
    LayoutPtr Layout(std::string_view text, const TextStyle& style, double width) const;
    PangoContextPtr context_;
};

}  // namespace palier::print
