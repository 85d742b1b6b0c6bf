// The weekly activity sheet: the week's sessions by day for the door of the local and the bus,
// with the bus stops, the permanences and a few partner contacts at the foot.
//
// Contents: data gathering (Gather), the page writer (WeekWriter: header, column heads, day
// bands, rows, foot), and the size search (the largest type that fits one page, else pages
// at the base size).
#include <algorithm>
#include <functional>
#include <map>

#include "Documents.h"
#include "kiosk/Catalogue.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/Settings.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"

namespace palier::print {

namespace {

struct BusStop {
    std::string bus;
    Site stop;
};

struct WeekData {
    std::string centre;
    Date monday;
    std::string iso_week;
    std::vector<SessionView> sessions;     // by start
    std::vector<BusStop> stops;            // by weekday, then time
    std::vector<SessionView> permanences;  // the permanence sessions of the week
    std::vector<Partner> contacts;         // two or three partners
};

constexpr size_t kMaxContacts = 3;

// "2026-W05" -> "5"
std::string WeekNumberOf(const std::string& iso_week) {
    const std::string n = iso_week.substr(6);
    return n[0] == '0' ? n.substr(1) : n;
}

WeekData Gather(storage::Database& db, Date monday, std::vector<SessionView> sessions) {
    WeekData d;
    d.centre = LoadSettings(db).centre_name;
    d.monday = monday;
    d.iso_week = IsoWeek(monday);
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const SessionView& a, const SessionView& b) {
                         return a.session.start < b.session.start;
                     });
    d.sessions = std::move(sessions);
    for (const auto& s : d.sessions)
        if (s.activity.kind == ActivityKind::Permanence) d.permanences.push_back(s);

    const auto sites = storage::AllSites(db);
    std::map<Id, const Site*> buses;
    for (const auto& s : sites)
        if (s.kind == SiteKind::Bus && !s.deleted) buses[s.id] = &s;
    for (const auto& s : sites)
        if (s.kind == SiteKind::Stop && !s.deleted && buses.count(s.parent_id))
            d.stops.push_back({buses[s.parent_id]->name, s});
    std::sort(d.stops.begin(), d.stops.end(), [](const BusStop& a, const BusStop& b) {
        return std::tie(a.stop.weekday, a.stop.start_time, a.stop.name) <
               std::tie(b.stop.weekday, b.stop.start_time, b.stop.name);
    });

    // The partners residents are most often sent to, so the door shows the useful numbers.
    std::map<Id, int> referrals;
    for (const auto& o : storage::OpenOrientations(db))
        if (!o.partner_id.empty()) ++referrals[o.partner_id];
    std::vector<Partner> partners;
    for (auto& p : storage::AllPartners(db))
        if (!p.deleted && !p.phone.empty()) partners.push_back(std::move(p));
    std::stable_sort(partners.begin(), partners.end(), [&](const Partner& a, const Partner& b) {
        const int ra = referrals.count(a.id) ? referrals[a.id] : 0;
        const int rb = referrals.count(b.id) ? referrals[b.id] : 0;
        return ra != rb ? ra > rb : a.name < b.name;
    });
    if (partners.size() > kMaxContacts) partners.resize(kMaxContacts);
    d.contacts = std::move(partners);
    return d;
}

// Columns of a session row. Time, age, price and seats take the width their texts need (the
// time never wraps); the title and the place share what is left.
struct Column {
    double x, w;
};
enum Col { kTime, kTitle, kPlace, kAge, kPrice, kSeats, kColCount };
const char* const kColKeys[kColCount] = {"print.col.time", "print.col.activity", "print.col.place",
                                         "print.col.age",  "print.col.price",    "print.col.seats"};

class WeekWriter {
  public:
    WeekWriter(const WeekData& d, const Pen& pen, Lang lang, std::optional<Lang> lang2,
               double scale)
        : d_(d), pen_(pen), lang_(lang), lang2_(lang2), s_(scale) {
        const double pad = 3 * s_;
        std::array<double, kColCount> need{};
        for (int i = 0; i < kColCount; ++i)
            need[i] = pen_.NaturalWidth(Tr(kColKeys[i], lang_), Body(8.5, true));
        for (const auto& v : d_.sessions) {
            const auto cells = Cells(v);
            for (int i : {kTime, kPlace, kAge, kPrice, kSeats})
                need[i] = std::max(need[i], pen_.NaturalWidth(cells[i].text, cells[i].style));
        }
        need[kAge] = std::min(need[kAge], 0.16 * kContentWidth);
        need[kSeats] = std::clamp(need[kSeats], 0.12 * kContentWidth, 0.18 * kContentWidth);
        double fixed = 0;
        for (int i : {kTime, kAge, kPrice, kSeats}) {
            need[i] += 2 * pad + 1;
            fixed += need[i];
        }
        // The place takes what its longest text needs, up to 40 % of the room left; the title
        // (what people read first) the rest.
        const double rest = std::max(kContentWidth - fixed, 0.4 * kContentWidth);
        need[kPlace] = std::clamp(need[kPlace] + 2 * pad + 1, 0.25 * rest, 0.4 * rest);
        need[kTitle] = rest - need[kPlace];
        double x = kMargin;
        for (int i = 0; i < kColCount; ++i) {
            cols_[i] = {x, need[i]};
            x += need[i];
        }
    }

    PageSet Write() {
        NewPage(true);
        if (d_.sessions.empty()) {
            y_ += pen_.Draw(cr(), Tr("print.week.empty", lang_), Body(12, false, kMuted), kMargin,
                            y_ + 12 * s_, kContentWidth) +
                  12 * s_;
        }
        for (int day = 0; day < 7; ++day) {
            const Date date = AddDays(d_.monday, day);
            const std::string prefix = FormatDate(date);
            std::vector<const SessionView*> rows;
            for (const auto& s : d_.sessions)
                if (DatePart(s.session.start) == prefix) rows.push_back(&s);
            if (rows.empty()) continue;
            // A day band never ends a page: it goes with its first row.
            if (y_ + BandHeight(date) + RowHeight(*rows[0]) > kBottom) NewPage(false);
            DrawBand(date, false);
            for (const SessionView* s : rows) {
                if (y_ + RowHeight(*s) > kBottom) {
                    NewPage(false);
                    DrawBand(date, true);
                }
                DrawRow(*s);
            }
        }
        DrawFoot();
        const std::string footer =
            d_.centre + " · " + Trf("print.week.title", {{"week", WeekNumber()}}, lang_);
        DrawPageFooters(pages_, pen_, footer, lang_);
        return std::move(pages_);
    }

  private:
    cairo_t* cr() const { return pages_.cr(); }
    std::string WeekNumber() const { return WeekNumberOf(d_.iso_week); }
    TextStyle Body(double size, bool bold, Rgb color = kInk) const {
        return TextStyle{.size = size * s_, .bold = bold, .color = color};
    }
    TextStyle Second(double size, Rgb color = kMuted) const {
        return TextStyle{
            .size = size * s_, .color = color, .lang = lang2_ ? LangCode(*lang2_) : nullptr};
    }
    // The second-language version of a key; "" without a second language or without a
    // translation (the French is already there).
    std::string Tr2(const char* key) const {
        return lang2_ && HasKey(key, *lang2_) ? Tr(key, *lang2_) : "";
    }

    // ---- Page header and column heads ----
    void NewPage(bool first) {
        pages_.NewPage();
        y_ = kMargin;
        if (first) {
            y_ += pen_.Draw(cr(), d_.centre, Body(20, true, kAccent), kMargin, y_, kContentWidth);
            const std::string title = Trf("print.week.title", {{"week", WeekNumber()}}, lang_);
            y_ += pen_.Draw(cr(), title, Body(16, true), kMargin, y_ + 2 * s_, kContentWidth) +
                  2 * s_;
            y_ += pen_.Draw(cr(), WeekSpan(d_.monday, lang_), Body(12, false), kMargin, y_,
                            kContentWidth);
            if (lang2_) {
                if (HasKey("print.week.title", *lang2_)) {
                    const std::string t2 =
                        Trf("print.week.title", {{"week", WeekNumber()}}, *lang2_);
                    y_ += pen_.Draw(cr(), t2, Second(12), kMargin, y_ + 3 * s_, kContentWidth) +
                          3 * s_;
                }
            }
            y_ += 6 * s_;
        } else {
            const std::string line = d_.centre + " — " +
                                     Trf("print.week.title", {{"week", WeekNumber()}}, lang_) +
                                     " " + Tr("print.continued", lang_);
            y_ +=
                pen_.Draw(cr(), line, Body(10, true, kMuted), kMargin, y_, kContentWidth) + 4 * s_;
        }
        DrawColumnHeads();
    }

    void DrawColumnHeads() {
        const char* const* keys = kColKeys;
        const double pad = 3 * s_;
        double h = 0;
        for (int i = 0; i < kColCount; ++i) {
            const double w = cols_[i].w - 2 * pad;
            double hi = pen_.Draw(cr(), Tr(keys[i], lang_), Body(8.5, true, kMuted),
                                  cols_[i].x + pad, y_, w);
            if (lang2_)
                hi += pen_.Draw(cr(), Tr2(keys[i]), Second(8), cols_[i].x + pad, y_ + hi, w);
            h = std::max(h, hi);
        }
        y_ += h + 2 * s_;
        HLine(cr(), kMargin, kMargin + kContentWidth, y_, kInk, 0.9);
        y_ += 1;
    }

    // ---- Day bands ----
    std::string BandText(Date date, bool continued) const {
        std::string t = DayHeading(date, lang_);
        if (continued) t += std::string(" ") + Tr("print.continued", lang_);
        return t;
    }
    double BandHeight(Date date) const {
        return pen_.Measure(BandText(date, false), Body(13, true), kContentWidth) + 6 * s_ + 4 * s_;
    }
    void DrawBand(Date date, bool continued) {
        const double pad = 3 * s_;
        y_ += 4 * s_;  // air above the band
        const TextStyle style = Body(13, true, kAccent);
        const std::string text = BandText(date, continued);
        const double h = pen_.Measure(text, style, kContentWidth) + 2 * pad;
        FillRect(cr(), kMargin, y_, kContentWidth, h, kBand);
        pen_.Draw(cr(), text, style, kMargin + 2 * pad, y_ + pad, kContentWidth - 4 * pad);
        if (const std::string day2 = Tr2(WeekdayKey(Weekday(date))); !day2.empty()) {
            // After the heading; an Arabic name starts at the band's right end.
            const double used = pen_.NaturalWidth(text, style) + 6 * pad;
            const TextStyle s2 = Second(12, kAccent);
            const double h2 = pen_.Measure(day2, s2, kContentWidth);
            pen_.Draw(cr(), day2, s2, kMargin + used, y_ + pad + (h - 2 * pad - h2) / 2,
                      kContentWidth - used - 2 * pad);
        }
        y_ += h;
    }

    // ---- Session rows ----
    struct Cell {
        std::string text;
        TextStyle style;
        std::string text2;  // second language, may be empty
    };
    std::array<Cell, kColCount> Cells(const SessionView& v) const {
        const bool cancelled = v.session.cancelled;
        const Rgb ink = cancelled ? kMuted : kInk;
        std::array<Cell, kColCount> c;
        c[kTime] = {TimeRange(v.session.start, v.session.end, lang_, Medium::Paper),
                    Body(11, true, ink),
                    {}};
        c[kTitle] = {v.activity.title, Body(11, true, ink), {}};
        c[kTitle].style.strike = cancelled;
        c[kPlace] = {v.place, Body(10, false, ink), {}};
        c[kAge] = {AgeRangeText(v.activity.age_min, v.activity.age_max, lang_, Medium::Paper),
                   Body(10, false, ink),
                   {}};
        c[kPrice] = {
            PriceText(v.activity.price_cents, lang_, Medium::Paper), Body(10, false, ink), {}};
        if (cancelled) {
            c[kSeats] = {Tr("print.cancelled", lang_), Body(10.5, true, kAlert),
                         Tr2("print.cancelled")};
        } else if (v.seats_left <= 0) {
            c[kSeats] = {Tr("print.full_waitlist", lang_), Body(10, true, kAlert),
                         Tr2("print.full_waitlist")};
        } else {
            const std::string n = std::to_string(v.seats_left);
            const char* key = v.seats_left == 1 ? "print.seat_left" : "print.seats_left";
            c[kSeats] = {Trf(key, {{"n", n}}, lang_), Body(10.5, true),
                         Tr2(key).empty() ? "" : Trf(key, {{"n", n}}, *lang2_)};
        }
        return c;
    }
    double CellHeight(const Cell& c, double w) const {
        double h = pen_.Measure(c.text, c.style, w);
        if (!c.text2.empty()) h += pen_.Measure(c.text2, Second(8.5), w);
        return h;
    }
    double RowHeight(const SessionView& v) const {
        const auto cells = Cells(v);
        const double pad = 3 * s_;
        double h = 0;
        for (int i = 0; i < kColCount; ++i)
            h = std::max(h, CellHeight(cells[i], cols_[i].w - 2 * pad));
        return h + 2 * pad;
    }
    void DrawRow(const SessionView& v) {
        const auto cells = Cells(v);
        const double pad = 3 * s_;
        const double h = RowHeight(v);
        for (int i = 0; i < kColCount; ++i) {
            const double w = cols_[i].w - 2 * pad;
            // Texts of different sizes share the first baseline.
            const double dy = Ascent(Body(11, true)) - Ascent(cells[i].style);
            const double used =
                pen_.Draw(cr(), cells[i].text, cells[i].style, cols_[i].x + pad, y_ + pad + dy, w);
            if (!cells[i].text2.empty())
                pen_.Draw(cr(), cells[i].text2, Second(8.5, cells[i].style.color), cols_[i].x + pad,
                          y_ + pad + dy + used, w);
        }
        y_ += h;
        HLine(cr(), kMargin, kMargin + kContentWidth, y_, kRule, 0.5);
    }
    double Ascent(const TextStyle& s) const { return pen_.Ascent(s); }

    // ---- Foot: bus, permanences, contacts ----
    struct FootBlock {
        std::string heading, heading2;
        std::vector<std::string> lines;
    };
    std::vector<FootBlock> FootBlocks() const {
        std::vector<FootBlock> blocks;
        if (!d_.stops.empty()) {
            FootBlock b{d_.stops.front().bus, Tr2("print.week.bus"), {}};
            for (const auto& s : d_.stops) {
                std::string line =
                    Capitalized(DayName(s.stop.weekday, lang_)) + " " +
                    TimeRange(s.stop.start_time, s.stop.end_time, lang_, Medium::Paper) + " · " +
                    s.stop.name;
                if (!s.stop.place.empty()) line += ", " + s.stop.place;
                b.lines.push_back(line);
            }
            blocks.push_back(std::move(b));
        }
        if (!d_.permanences.empty()) {
            FootBlock b{Tr("print.week.permanences", lang_), Tr2("print.week.permanences"), {}};
            for (const auto& p : d_.permanences) {
                const Date date = *ParseDate(DatePart(p.session.start));
                std::string line =
                    Capitalized(DayName(Weekday(date), lang_)) + " " +
                    TimeRange(p.session.start, p.session.end, lang_, Medium::Paper) + " · " +
                    p.activity.title;
                if (!p.place.empty()) line += " · " + p.place;
                if (p.session.cancelled)
                    line += " (" + std::string(Tr("print.cancelled", lang_)) + ")";
                b.lines.push_back(line);
            }
            blocks.push_back(std::move(b));
        }
        if (!d_.contacts.empty()) {
            FootBlock b{Tr("print.week.contacts", lang_), Tr2("print.week.contacts"), {}};
            for (const auto& p : d_.contacts) {
                std::string line = p.name + " · " + p.phone;
                if (!p.hours.empty()) line += " · " + p.hours;
                b.lines.push_back(line);
            }
            blocks.push_back(std::move(b));
        }
        return blocks;
    }
    double BlockHeight(const FootBlock& b, double w) const {
        double h = pen_.Measure(b.heading, Body(10, true), w) + 2 * s_;
        if (!b.heading2.empty()) h += pen_.Measure(b.heading2, Second(8.5), w);
        for (const auto& l : b.lines) h += pen_.Measure(l, Body(8.8, false), w) + 2 * s_;
        return h;
    }
    void DrawFoot() {
        const auto blocks = FootBlocks();
        if (blocks.empty()) return;
        const double pad = 5 * s_, gap = 8 * s_;
        const double w = (kContentWidth - gap * static_cast<double>(blocks.size() - 1)) /
                         static_cast<double>(blocks.size());
        double h = 0;
        for (const auto& b : blocks) h = std::max(h, BlockHeight(b, w - 2 * pad));
        h += 2 * pad;
        // Anchored to the bottom of the last page; on a page of its own when it does not fit.
        if (y_ + 10 * s_ + h > kBottom) NewPageForFoot();
        const double top = kBottom - h;
        double x = kMargin;
        for (const auto& b : blocks) {
            StrokeRect(cr(), x, top, w, h, kRule, 0.8);
            double y = top + pad;
            y += pen_.Draw(cr(), b.heading, Body(10, true, kAccent), x + pad, y, w - 2 * pad);
            if (!b.heading2.empty())
                y += pen_.Draw(cr(), b.heading2, Second(8.5, kAccent), x + pad, y, w - 2 * pad);
            y += 2 * s_;
            for (const auto& l : b.lines)
                y += pen_.Draw(cr(), l, Body(8.8, false), x + pad, y, w - 2 * pad) + 2 * s_;
            x += w + gap;
        }
        y_ = kBottom;
    }
    void NewPageForFoot() {
        pages_.NewPage();
        y_ = kMargin;
        const std::string line = d_.centre + " — " +
                                 Trf("print.week.title", {{"week", WeekNumber()}}, lang_) + " " +
                                 Tr("print.continued", lang_);
        y_ += pen_.Draw(cr(), line, Body(10, true, kMuted), kMargin, y_, kContentWidth);
    }

    const WeekData& d_;
    const Pen& pen_;
    Lang lang_;
    std::optional<Lang> lang2_;
    double s_;
    std::array<Column, kColCount> cols_{};
    PageSet pages_;
    double y_ = 0;
};

}  // namespace

Result<ComposedDocument> ComposeWeeklySheet(storage::Database& db, const DocRequest& req) {
    const auto monday = ParseIsoWeek(req.week);
    if (!monday) return MakeProblem("print.err.bad_week", {}, {{"week", req.week}});
    auto sessions = WeekProgramme(db, *monday);
    if (!sessions) return sessions.problem();
    const WeekData data = Gather(db, *monday, std::move(*sessions));

    // The largest type that keeps the week on one page (down to the base size); a busy week
    // takes the largest size that fits two pages, down to a floor that stays legible, and
    // then as many pages as it needs.
    const Pen pen;
    PageSet pages;
    bool fits = false;
    for (double scale : {1.45, 1.3, 1.15, 1.0}) {
        pages = WeekWriter(data, pen, req.lang, req.lang2, scale).Write();
        if ((fits = pages.count() == 1)) break;
    }
    if (!fits && pages.count() > 2)
        for (double scale : {0.92, 0.85}) {
            pages = WeekWriter(data, pen, req.lang, req.lang2, scale).Write();
            if (pages.count() <= 2) break;
        }
    auto impl = std::make_unique<ComposedDocument::Impl>();
    impl->pages = pages.Finish();
    impl->title = data.centre + " — " +
                  Trf("print.week.title", {{"week", WeekNumberOf(data.iso_week)}}, req.lang);
    impl->file_name = "programme-" + data.iso_week + ".pdf";
    return ComposedDocument(std::move(impl));
}

}  // namespace palier::print
