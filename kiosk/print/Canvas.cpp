#include "Canvas.h"

#include <cmath>

namespace palier::print {

void SetColor(cairo_t* cr, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

void FillRect(cairo_t* cr, double x, double y, double w, double h, Rgb c) {
    SetColor(cr, c);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
}

void StrokeRect(cairo_t* cr, double x, double y, double w, double h, Rgb c, double line) {
    SetColor(cr, c);
    cairo_set_line_width(cr, line);
    cairo_rectangle(cr, x, y, w, h);
    cairo_stroke(cr);
}

void HLine(cairo_t* cr, double x0, double x1, double y, Rgb c, double line) {
    SetColor(cr, c);
    cairo_set_line_width(cr, line);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

void VLine(cairo_t* cr, double x, double y0, double y1, Rgb c, double line) {
    SetColor(cr, c);
    cairo_set_line_width(cr, line);
    cairo_move_to(cr, x, y0);
    cairo_line_to(cr, x, y1);
    cairo_stroke(cr);
}

// ---- PageSet --------------------------------------------------------------------------------

PageSet::PageSet() = default;

cairo_t* PageSet::NewPage() {
    const cairo_rectangle_t extents{0, 0, kA4Width, kA4Height};
    pages_.emplace_back(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
    crs_.emplace_back(cairo_create(pages_.back().get()));
    cairo_t* cr = crs_.back().get();
    // White paper: the preview then needs no background of its own.
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    return cr;
}

std::vector<SurfacePtr> PageSet::Finish() {
    crs_.clear();
    return std::move(pages_);
}

// ---- Pen ------------------------------------------------------------------------------------

Pen::Pen() {
    // The default font map is per thread and owned by pango: not unreferenced here.
    PangoFontMap* map = pango_cairo_font_map_get_default();
    context_.reset(pango_font_map_create_context(map));
    // Points are our units; unhinted metrics make layout independent of the target surface.
    pango_cairo_context_set_resolution(context_.get(), 72.0);
    FontOptionsPtr options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_.get(), options.get());
    // Left-to-right by default: with auto-dir, a paragraph found to be right-to-left then has
    // LEFT and RIGHT swapped, which is what makes Align::Start mean "start".
    pango_context_set_base_dir(context_.get(), PANGO_DIRECTION_LTR);
}

LayoutPtr Pen::Layout(std::string_view text, const TextStyle& style, double width) const {
    LayoutPtr layout(pango_layout_new(context_.get()));
    FontDescriptionPtr font(pango_font_description_new());
    pango_font_description_set_family(font.get(), "DejaVu Sans");
    pango_font_description_set_weight(font.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(),
                                     style.italic ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL);
    pango_font_description_set_size(font.get(),
                                    static_cast<gint>(std::lround(style.size * PANGO_SCALE)));
    pango_layout_set_font_description(layout.get(), font.get());

    AttrListPtr attrs(pango_attr_list_new());
    if (style.strike) pango_attr_list_insert(attrs.get(), pango_attr_strikethrough_new(TRUE));
    if (style.lang)
        pango_attr_list_insert(attrs.get(),
                               pango_attr_language_new(pango_language_from_string(style.lang)));
    pango_layout_set_attributes(layout.get(), attrs.get());

    // Each paragraph takes its direction from its first strong character; LEFT then means
    // "start" (pango swaps it for right-to-left paragraphs), RIGHT means "end".
    pango_layout_set_auto_dir(layout.get(), TRUE);
    switch (style.align) {
        case Align::Start:
            pango_layout_set_alignment(layout.get(), PANGO_ALIGN_LEFT);
            break;
        case Align::Center:
            pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
            break;
        case Align::End:
            pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
            break;
    }
    if (width > 0) {
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        if (style.single_line) pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
}

double Pen::Measure(std::string_view text, const TextStyle& style, double width) const {
    LayoutPtr layout = Layout(text, style, width);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return static_cast<double>(logical.height) / PANGO_SCALE;
}

double Pen::NaturalWidth(std::string_view text, const TextStyle& style) const {
    LayoutPtr layout = Layout(text, style, -1);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

double Pen::Draw(cairo_t* cr, std::string_view text, const TextStyle& style, double x, double y,
                 double width) const {
    LayoutPtr layout = Layout(text, style, width);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    SetColor(cr, style.color);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
    cairo_new_path(cr);
    return static_cast<double>(logical.height) / PANGO_SCALE;
}

double Pen::Ascent(const TextStyle& style) const {
    LayoutPtr layout = Layout("Ag", style, -1);
    return static_cast<double>(pango_layout_get_baseline(layout.get())) / PANGO_SCALE;
}

}  // namespace palier::print
