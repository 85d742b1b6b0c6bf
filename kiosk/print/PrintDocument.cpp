#include "PrintDocument.h"

#include <cairo-pdf.h>
#include <glib.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "Documents.h"
#include "kiosk/Log.h"
#include "kiosk/ServiceEdge.h"

namespace palier::print {

// ---- ComposedDocument -----------------------------------------------------------------------

ComposedDocument::ComposedDocument() : impl_(std::make_unique<Impl>()) {}
ComposedDocument::ComposedDocument(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ComposedDocument::ComposedDocument(ComposedDocument&&) noexcept = default;
ComposedDocument& ComposedDocument::operator=(ComposedDocument&&) noexcept = default;
ComposedDocument::~ComposedDocument() = default;

int ComposedDocument::page_count() const {
    return static_cast<int>(impl_->pages.size());
}
const std::string& ComposedDocument::title() const {
    return impl_->title;
}
const std::string& ComposedDocument::file_name() const {
    return impl_->file_name;
}

Result<ComposedDocument> Compose(storage::Database& db, const DocRequest& req) {
    return Guard("print.Compose", [&]() -> Result<ComposedDocument> {
        switch (req.kind) {
            case DocKind::WeeklySheet:
                return ComposeWeeklySheet(db, req);
            case DocKind::SignInSheet:
                return ComposeSignInSheet(db, req);
            case DocKind::ReferralSlip:
                return ComposeReferralSlip(db, req);
        }
        return MakeProblem("print.err.render");
    });
}

// ---- PDF ------------------------------------------------------------------------------------

namespace {

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<uint8_t>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

Problem RenderProblem(const char* what, cairo_status_t status) {
    Problem p = MakeProblem("print.err.render");
    p.detail = std::string(what) + ": " + cairo_status_to_string(status);
    LogError("print: " + p.detail);
    return p;
}

}  // namespace

Result<std::vector<uint8_t>> WritePdf(const ComposedDocument& doc) {
    std::vector<uint8_t> bytes;
    {
        SurfacePtr pdf(
            cairo_pdf_surface_create_for_stream(AppendBytes, &bytes, kA4Width, kA4Height));
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_TITLE, doc.title().c_str());
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_CREATOR, "Palier");
        CairoPtr cr(cairo_create(pdf.get()));
        for (const auto& page : doc.impl().pages) {
            cairo_set_source_surface(cr.get(), page.get(), 0, 0);
            cairo_paint(cr.get());
            cairo_show_page(cr.get());
        }
        if (const cairo_status_t st = cairo_status(cr.get()); st != CAIRO_STATUS_SUCCESS)
            return RenderProblem("pdf drawing", st);
        cr.reset();
        cairo_surface_finish(pdf.get());
        if (const cairo_status_t st = cairo_surface_status(pdf.get()); st != CAIRO_STATUS_SUCCESS)
            return RenderProblem("pdf surface", st);
    }
    return bytes;
}

// ---- Preview --------------------------------------------------------------------------------

Result<Preview> RenderPage(const ComposedDocument& doc, int page, int width_px) {
    if (page < 0 || page >= doc.page_count()) return MakeProblem("print.err.no_page");
    width_px = std::clamp(width_px, 16, 4000);
    const double scale = width_px / kA4Width;
    const int height_px = static_cast<int>(std::lround(kA4Height * scale));
    SurfacePtr image(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width_px, height_px));
    {
        CairoPtr cr(cairo_create(image.get()));
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        cairo_scale(cr.get(), scale, scale);
        cairo_set_source_surface(cr.get(), doc.impl().pages[static_cast<size_t>(page)].get(), 0, 0);
        cairo_paint(cr.get());
        if (const cairo_status_t st = cairo_status(cr.get()); st != CAIRO_STATUS_SUCCESS)
            return RenderProblem("preview drawing", st);
    }
    cairo_surface_flush(image.get());

    Preview out;
    out.width = width_px;
    out.height = height_px;
    out.page = page;
    out.page_count = doc.page_count();
    out.rgba.resize(static_cast<size_t>(width_px) * static_cast<size_t>(height_px) * 4);
    const unsigned char* data = cairo_image_surface_get_data(image.get());
    const int stride = cairo_image_surface_get_stride(image.get());
    for (int y = 0; y < height_px; ++y) {
        const auto* row =
            reinterpret_cast<const uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride);
        uint8_t* dst = out.rgba.data() + static_cast<size_t>(y) * static_cast<size_t>(width_px) * 4;
        for (int x = 0; x < width_px; ++x) {
            // ARGB32 is a native-endian premultiplied 0xAARRGGBB word.
            const uint32_t px = row[x];
            const uint32_t a = px >> 24;
            uint32_t r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
            if (a != 0 && a != 255) {
                r = r * 255 / a, g = g * 255 / a, b = b * 255 / a;
            }
            dst[0] = static_cast<uint8_t>(r);
            dst[1] = static_cast<uint8_t>(g);
            dst[2] = static_cast<uint8_t>(b);
            dst[3] = static_cast<uint8_t>(a);
            dst += 4;
        }
    }
    return out;
}

Result<std::vector<uint8_t>> RenderPdf(storage::Database& db, const DocRequest& req) {
    auto doc = Compose(db, req);
    if (!doc) return doc.problem();
    return WritePdf(*doc);
}

Result<Preview> RenderPreview(storage::Database& db, const DocRequest& req, int page,
                              int width_px) {
    auto doc = Compose(db, req);
    if (!doc) return doc.problem();
    return RenderPage(*doc, page, width_px);
}

// ---- Files ----------------------------------------------------------------------------------

Status WriteFileAtomically(const std::string& path, const std::vector<uint8_t>& bytes) {
    namespace fs = std::filesystem;
    auto fail = [&](const std::string& why) -> Status {
        Problem p = MakeProblem("print.err.write", {}, {{"path", path}});
        p.detail = why;
        LogError("print: cannot write " + path + ": " + why);
        return p;
    };
    if (path.empty()) return fail("empty path");
    std::error_code ec;
    const fs::path target(path);
    if (target.has_parent_path()) {
        fs::create_directories(target.parent_path(), ec);
        if (ec) return fail(ec.message());
    }
    const fs::path tmp = fs::path(path + ".part" + std::to_string(::getpid()));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return fail("cannot create the file");
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            fs::remove(tmp, ec);
            return fail("write failed");
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return fail(ec.message());
    }
    return Ok();
}

std::string PrintFolder(const std::string& data_dir) {
    return (std::filesystem::path(data_dir) / "print").string();
}

// ---- Shared by the composers ----------------------------------------------------------------

void DrawPageFooters(PageSet& pages, const Pen& pen, const std::string& left, Lang lang) {
    const TextStyle style{.size = 8.5, .color = kMuted};
    TextStyle right = style;
    right.align = Align::End;
    const size_t n = pages.count();
    const double y = kA4Height - kMargin - pen.Measure("Ag", style, kContentWidth);
    for (size_t i = 0; i < n; ++i) {
        cairo_t* cr = pages.cr_of(i);
        HLine(cr, kMargin, kMargin + kContentWidth, y - 4, kRule, 0.5);
        pen.Draw(cr, left, style, kMargin, y, kContentWidth * 0.75);
        pen.Draw(cr,
                 Trf("print.page_of",
                     {{"page", std::to_string(i + 1)}, {"count", std::to_string(n)}}, lang),
                 right, kMargin + kContentWidth * 0.75, y, kContentWidth * 0.25);
    }
}

std::string Slug(const std::string& text) {
    gchar* ascii = g_str_to_ascii(text.c_str(), "C");
    const std::string plain = ascii ? ascii : text;
    g_free(ascii);
    std::string out;
    for (char c : plain) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 40) out.resize(40);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "document" : out;
}

}  // namespace palier::print
