// The Print screen's work, built only with kiosk/print.
//  - Preview: composing reads the database, so it runs on worker_ (which owns the database
//    while a job is queued, App::Apply waits for it); rendering a page runs in the same job.
//    The texture is made on the UI thread when the result is drained (TextureHooks).
//  - Print: composing the PDF reads the database and runs cairo: on worker_ too. Saving it and
//    sending it to CUPS may block for seconds and runs on the print worker, which never
//    touches the database (so the kiosk's writes need not wait for a printer).
#include <algorithm>
#include <memory>
#include <optional>

#include "kiosk/Log.h"
#include "kiosk/print/PrintDocument.h"
#include "kiosk/print/Printers.h"
#include "ui/core/App.h"

namespace palier::ui {
namespace {

print::DocRequest RequestFor(const PrintChoice& c, Date today) {
    switch (c.kind) {
        case PrintChoice::Kind::SignIn: return print::DocRequest::Session(c.subject, CurrentLanguage());
        case PrintChoice::Kind::Referral: return print::DocRequest::Referral(c.subject, CurrentLanguage());
        case PrintChoice::Kind::Week: break;
    }
    return print::DocRequest::Week(IsoWeek(c.week == Date{} ? today : c.week), {}, CurrentLanguage());
}

}  // namespace

void App::LoadPrinters() {
    state_.print.looking = true;
    print_worker_.Post([this]() -> Worker::Completion {
        auto found = std::make_shared<std::vector<print::PrinterInfo>>(print::ListPrinters());
        return [this, found]() {
            state_.print.looking = false;
            state_.print.printers_loaded = true;
            state_.print.printers.clear();
            for (const auto& p : *found) state_.print.printers.push_back(p.name);
        };
    });
}

void App::StartPreview(const act::PreviewDoc& a) {
    auto& pv = state_.print.preview;
    if (!a.choice.complete() || a.width_px <= 0) return;
    // The same document in the same language: only another page is rendered.
    std::shared_ptr<print::ComposedDocument> doc;
    if (pv.choice == a.choice && pv.lang == CurrentLanguage() && pv.error.empty()) doc = preview_doc_;
    else preview_doc_.reset();
    pv.choice = a.choice;
    pv.lang = CurrentLanguage();
    pv.loading = true;
    pv.error.clear();
    const print::DocRequest req = RequestFor(a.choice, state_.today);
    storage::Database* db = &db_;
    const int generation = ++preview_generation_;
    worker_.Post([this, db, req, doc, page = a.page, width = a.width_px, generation]() -> Worker::Completion {
        struct Made {
            std::shared_ptr<print::ComposedDocument> doc;
            std::optional<print::Preview> image;
            std::optional<Problem> problem;
        };
        auto made = std::make_shared<Made>();
        made->doc = doc;
        if (!made->doc) {
            auto composed = print::Compose(*db, req);
            if (composed) made->doc = std::make_shared<print::ComposedDocument>(std::move(composed.value()));
            else made->problem = composed.problem();
        }
        if (made->doc) {
            const int last = made->doc->page_count() - 1;
            auto image = print::RenderPage(*made->doc, std::clamp(page, 0, std::max(last, 0)), width);
            if (image) made->image = std::move(image.value());
            else made->problem = image.problem();
        }
        return [this, made, generation]() {
            if (generation != preview_generation_) return;  // dropped or asked again meanwhile
            auto& pv = state_.print.preview;
            pv.loading = false;
            preview_doc_ = made->doc;
            if (pv.texture) release_next_frame_.push_back(pv.texture);
            pv.texture = nullptr;
            if (!made->image) {
                pv.page = pv.page_count = pv.width = pv.height = 0;
                pv.error = made->problem ? Describe(*made->problem) : std::string();
                if (made->problem && !made->problem->detail.empty()) LogError("preview: " + made->problem->detail);
                return;
            }
            const print::Preview& img = *made->image;
            pv.page = img.page;
            pv.page_count = img.page_count;
            pv.width = img.width;
            pv.height = img.height;
            if (textures_.upload) pv.texture = textures_.upload(img.rgba.data(), img.width, img.height);
        };
    });
}

void App::StartPrint(const act::PrintDoc& a) {
    if (!a.choice.complete()) return;
    state_.print.working = true;
    state_.print.result.clear();
    struct Made {
        std::optional<Problem> problem;
        std::vector<uint8_t> pdf;
        std::string file_name, title;
    };
    worker_.Post([this, a, req = RequestFor(a.choice, state_.today)]() -> Worker::Completion {
        auto made = std::make_shared<Made>();
        auto doc = print::Compose(db_, req);
        if (!doc) made->problem = doc.problem();
        auto pdf = doc ? print::WritePdf(doc.value()) : Result<std::vector<uint8_t>>(doc.problem());
        if (doc && !pdf) made->problem = pdf.problem();
        if (pdf) {
            made->pdf = std::move(pdf.value());
            made->file_name = doc->file_name();
            made->title = doc->title();
        }
        return [this, a, made]() {
            if (!made->problem) return SendToPrinter(std::move(made->pdf), made->file_name, made->title, a);
            state_.print.working = false;
            ShowProblem(*made->problem);
        };
    });
}

void App::SendToPrinter(std::vector<uint8_t> pdf, const std::string& file_name, const std::string& title,
                        const act::PrintDoc& a) {
    const std::string path = print::PrintFolder(state_.data_dir) + "/" + file_name;
    auto bytes = std::make_shared<std::vector<uint8_t>>(std::move(pdf));
    print_worker_.Post([this, bytes, path, title, a]() -> Worker::Completion {
        auto out = std::make_shared<print::PrintOutcome>(print::SaveAndPrint(*bytes, path, a.printer, a.copies, title));
        return [this, out, title, printer = a.printer]() {
            state_.print.working = false;
            if (out->problem) {
                state_.print.result = Describe(*out->problem);
                if (!out->saved_path.empty()) state_.print.result += "\n" + Trf("ui.print.saved", {{"path", out->saved_path}});
                state_.print.result_error = true;
                return;
            }
            state_.print.result_error = false;
            state_.print.result = printer.empty() ? Trf("ui.print.saved", {{"path", out->saved_path}})
                                                  : Trf("ui.print.sent", {{"printer", printer}, {"path", out->saved_path}});
            LogInfo("print: " + title);
        };
    });
}

}  // namespace palier::ui
