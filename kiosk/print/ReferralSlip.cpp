// The referral slip a coordinator hands a resident: which partner, where, when it is open, how
// to call, the appointment if one was made, and what to bring for the topic. The resident's
// first name only; never the orientation's note.
#include <algorithm>

#include "Documents.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Settings.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"

namespace palier::print {

namespace {

struct SlipData {
    std::string centre, centre_address;
    Orientation orientation;
    Partner partner;
    std::string first_name;  // may be empty (anonymous request, erased person)
    Date today;
};

// "Carte Vitale, justificatif de domicile." (or one item a line, or ';') -> the items.
std::vector<std::string> Items(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        const size_t a = cur.find_first_not_of(" \t-•");
        const size_t b = cur.find_last_not_of(" \t.");
        if (a != std::string::npos && b != std::string::npos && b >= a)
            out.push_back(Capitalized(cur.substr(a, b - a + 1)));
        cur.clear();
    };
    for (char c : text) {
        if (c == '\n' || c == ';' || c == ',')
            flush();
        else
            cur += c;
    }
    flush();
    return out;
}

TextStyle Style(double size, bool bold, Rgb color = kInk) {
    return TextStyle{.size = size, .bold = bold, .color = color};
}

PageSet WriteSlip(const SlipData& d, const Pen& pen, Lang lang) {
    PageSet pages;
    cairo_t* cr = pages.NewPage();
    const double x = kMargin, w = kContentWidth;
    double y = kMargin;

    // Who hands it out.
    y += pen.Draw(cr, d.centre, Style(13, true, kAccent), x, y, w);
    if (!d.centre_address.empty())
        y += pen.Draw(cr, d.centre_address, Style(10, false, kMuted), x, y, w);
    y += 10;
    y += pen.Draw(cr, Tr("print.slip.title", lang), Style(22, true), x, y, w) + 6;
    if (!d.first_name.empty())
        y += pen.Draw(cr, Trf("print.slip.for", {{"name", d.first_name}}, lang), Style(14, false),
                      x, y, w) +
             2;
    y +=
        pen.Draw(
            cr, Trf("print.slip.topic", {{"topic", Tr(TopicKey(d.orientation.topic), lang)}}, lang),
            Style(12, false, kMuted), x, y, w) +
        12;

    // Where to go: the partner, framed.
    {
        const double pad = 10, iw = w - 2 * pad;
        std::vector<std::pair<std::string, TextStyle>> lines = {
            {Tr("print.slip.go_to", lang), Style(10.5, false, kMuted)},
            {d.partner.name, Style(19, true)},
        };
        if (!d.partner.address.empty()) lines.push_back({d.partner.address, Style(13, false)});
        if (!d.partner.hours.empty())
            lines.push_back(
                {Trf("print.slip.hours", {{"hours", d.partner.hours}}, lang), Style(12, false)});
        if (!d.partner.phone.empty())
            lines.push_back(
                {Trf("print.slip.phone", {{"phone", d.partner.phone}}, lang), Style(14, true)});
        double h = 0;
        for (const auto& [t, s] : lines) h += pen.Measure(t, s, iw) + 3;
        h += 2 * pad - 3;
        StrokeRect(cr, x, y, w, h, kAccent, 1.6);
        double yy = y + pad;
        for (const auto& [t, s] : lines) yy += pen.Draw(cr, t, s, x + pad, yy, iw) + 3;
        y += h + 12;
    }

    // The appointment, when one was made.
    if (d.orientation.appointment_at.size() >= 10) {
        const auto date = ParseDate(DatePart(d.orientation.appointment_at));
        const std::string time = TimePart(d.orientation.appointment_at);
        if (date) {
            const std::string text =
                time.empty()
                    ? Trf("print.slip.appointment_day", {{"date", LongDate(*date, lang)}}, lang)
                    : Trf("print.slip.appointment",
                          {{"date", LongDate(*date, lang)},
                           {"time", ClockTime(time, lang, Medium::Paper)}},
                          lang);
            const TextStyle s = Style(15, true);
            const double h = pen.Measure(text, s, w - 20) + 16;
            FillRect(cr, x, y, w, h, kBand);
            pen.Draw(cr, text, s, x + 10, y + 8, w - 20);
            y += h + 12;
        }
    }

    // What to bring.
    const auto items = Items(Tr(BringKey(d.orientation.topic), lang));
    if (!items.empty()) {
        y += pen.Draw(cr, Tr("print.slip.bring", lang), Style(13, true), x, y, w) + 4;
        for (const auto& item : items) {
            pen.Draw(cr, "•", Style(12, true, kAccent), x + 6, y, 12);
            y += pen.Draw(cr, item, Style(12, false), x + 22, y, w - 22) + 3;
        }
        y += 10;
    }

    y += pen.Draw(
        cr,
        Trf("print.slip.given", {{"date", LongDate(d.today, lang)}, {"centre", d.centre}}, lang),
        Style(10, false, kMuted), x, y, w);
    y += pen.Draw(cr, Tr("print.slip.keep", lang), Style(10, false, kMuted), x, y, w);

    // A cut line when the slip fits in the top half of the sheet.
    const double half = kA4Height / 2;
    if (y + 12 < half) {
        const double dashes[] = {4, 3};
        SetColor(cr, kRule);
        cairo_set_line_width(cr, 0.8);
        cairo_set_dash(cr, dashes, 2, 0);
        cairo_move_to(cr, kMargin, half);
        cairo_line_to(cr, kMargin + kContentWidth, half);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        pen.Draw(cr, "✂", Style(11, false, kMuted), kMargin - 2, half - 8, 16);
    }
    return pages;
}

}  // namespace

Result<ComposedDocument> ComposeReferralSlip(storage::Database& db, const DocRequest& req) {
    auto o = storage::LoadOrientation(db, req.orientation_id);
    if (!o || o->deleted) return MakeProblem("print.err.no_orientation");
    if (o->partner_id.empty()) return MakeProblem("print.err.no_partner");
    auto partner = storage::LoadPartner(db, o->partner_id);
    if (!partner || partner->deleted) return MakeProblem("print.err.no_partner");

    SlipData d;
    const KioskSettings settings = LoadSettings(db);
    d.centre = settings.centre_name;
    if (!settings.site_id.empty())
        if (auto site = storage::LoadSite(db, settings.site_id)) d.centre_address = site->place;
    d.orientation = *o;
    d.partner = *partner;
    if (!o->person_id.empty())
        if (auto p = storage::LoadPerson(db, o->person_id); p && !p->erased && !p->deleted)
            d.first_name = p->first_name;
    d.today = Today(db.clock());

    const Pen pen;
    PageSet pages = WriteSlip(d, pen, req.lang);
    auto impl = std::make_unique<ComposedDocument::Impl>();
    impl->pages = pages.Finish();
    impl->title = std::string(Tr("print.slip.title", req.lang)) + " — " + d.partner.name;
    impl->file_name = "orientation-" + FormatDate(d.today) + "-" + Slug(d.partner.name) + "-" +
                      d.orientation.id.substr(0, 6) + ".pdf";
    return ComposedDocument(std::move(impl));
}

}  // namespace palier::print
