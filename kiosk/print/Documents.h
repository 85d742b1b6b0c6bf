#pragma once
// The three document composers and what they share (internal to palier_print).
#include <string>
#include <vector>

#include "Canvas.h"
#include "PrintDocument.h"

namespace palier::print {

struct ComposedDocument::Impl {
    std::vector<SurfacePtr> pages;
    std::string title;
    std::string file_name;
};

Result<ComposedDocument> ComposeWeeklySheet(storage::Database& db, const DocRequest& req);
Result<ComposedDocument> ComposeSignInSheet(storage::Database& db, const DocRequest& req);
Result<ComposedDocument> ComposeReferralSlip(storage::Database& db, const DocRequest& req);

// Page geometry shared by the documents.
constexpr double kMargin = 14 * kMm;
constexpr double kContentWidth = kA4Width - 2 * kMargin;
constexpr double kFooterHeight = 16;  // the page-number line at the bottom
constexpr double kBottom = kA4Height - kMargin - kFooterHeight;

// "Les Montoires · Programme de la semaine 48 · page 1/2" at the foot of every page.
void DrawPageFooters(PageSet& pages, const Pen& pen, const std::string& left, Lang lang);

// A file name part without accents, spaces or anything a file system dislikes: "atelier-cuisine".
std::string Slug(const std::string& text);

}  // namespace palier::print
