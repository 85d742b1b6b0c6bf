#pragma once
// The printed documents of the kiosk: what to print (DocRequest), composing it from the
// database (Compose), and turning the composed pages into a PDF or a preview image.
//
// Threads: Compose() reads the database, so it runs on the thread that owns `db` (the UI
// thread, or a worker with its own connection); it takes a few milliseconds. The returned
// ComposedDocument owns only its recorded pages: WritePdf() and RenderPage() may then run on
// any one thread at a time (e.g. a print worker). The convenience functions RenderPdf() and
// RenderPreview() do both steps on the caller's thread.
// Errors: nothing here throws; problems come back with a print.* or err.* key (Describe()).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/I18n.h"
#include "kiosk/Result.h"
#include "storage/Database.h"

namespace palier::print {

enum class DocKind {
    WeeklySheet,   // the week's programme, for the door of the local and the bus
    SignInSheet,   // a session's sign-in sheet (one page per tutor for homework help)
    ReferralSlip,  // where a resident is referred to and what to bring
};

struct DocRequest {
    DocKind kind = DocKind::WeeklySheet;
    std::string week;           // WeeklySheet: ISO week "2026-W48"
    Id session_id;              // SignInSheet
    Id orientation_id;          // ReferralSlip
    Lang lang = Lang::Fr;       // the document's language
    std::optional<Lang> lang2;  // WeeklySheet: headings repeated in a second language (ar, en...)

    static DocRequest Week(std::string iso_week, std::optional<Lang> second = {},
                           Lang lang = Lang::Fr) {
        DocRequest r;
        r.kind = DocKind::WeeklySheet;
        r.week = std::move(iso_week);
        r.lang = lang;
        r.lang2 = second;
        return r;
    }
    static DocRequest Session(Id id, Lang lang = Lang::Fr) {
        DocRequest r;
        r.kind = DocKind::SignInSheet;
        r.session_id = std::move(id);
        r.lang = lang;
        return r;
    }
    static DocRequest Referral(Id id, Lang lang = Lang::Fr) {
        DocRequest r;
        r.kind = DocKind::ReferralSlip;
        r.orientation_id = std::move(id);
        r.lang = lang;
        return r;
    }
};

// A document laid out in A4 pages, ready to be written or drawn. Movable, not copyable.
class ComposedDocument {
  public:
    ComposedDocument();
    ComposedDocument(ComposedDocument&&) noexcept;
    ComposedDocument& operator=(ComposedDocument&&) noexcept;
    ~ComposedDocument();

    int page_count() const;
    const std::string& title() const;      // "Programme de la semaine 48" (PDF title, job name)
    const std::string& file_name() const;  // "programme-2026-W48.pdf": no personal data in it

    struct Impl;
    explicit ComposedDocument(std::unique_ptr<Impl> impl);
    const Impl& impl() const { return *impl_; }

  private:
    std::unique_ptr<Impl> impl_;
};

// Refusals: print.err.bad_week, err.no_session, print.err.no_orientation, print.err.no_partner,
// err.storage.
Result<ComposedDocument> Compose(storage::Database& db, const DocRequest& req);

// The PDF bytes (fonts embedded, text extractable). Refusal: print.err.render.
Result<std::vector<uint8_t>> WritePdf(const ComposedDocument& doc);

// One page as an RGBA8 image (straight alpha, rows top to bottom, width_px * 4 bytes a row),
// ready for a GL texture. Refusals: print.err.no_page, print.err.render.
struct Preview {
    int width = 0, height = 0;  // pixels
    int page = 0, page_count = 0;
    std::vector<uint8_t> rgba;
};
Result<Preview> RenderPage(const ComposedDocument& doc, int page, int width_px);

// Compose + WritePdf / RenderPage in one call.
Result<std::vector<uint8_t>> RenderPdf(storage::Database& db, const DocRequest& req);
Result<Preview> RenderPreview(storage::Database& db, const DocRequest& req, int page, int width_px);

// Writes bytes to `path` (parent folders created, written to a temporary name then renamed).
// Refusal: print.err.write {path}.
Status WriteFileAtomically(const std::string& path, const std::vector<uint8_t>& bytes);

// Where the kiosk keeps the PDFs it prints or could not print: <data_dir>/print.
std::string PrintFolder(const std::string& data_dir);

}  // namespace palier::print
