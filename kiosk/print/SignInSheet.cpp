// The session sign-in sheet: one row per seated booking (first name and initial, age band,
// a guardian's phone for a minor when the guardian agreed to be called), present / signature
// columns, blank rows up to capacity, the waitlist below. Homework help: a page per tutor.
#include <algorithm>
#include <array>

#include "Documents.h"
#include "kiosk/Booking.h"
#include "kiosk/BookingRules.h"
#include "kiosk/Catalogue.h"
#include "kiosk/Format.h"
#include "kiosk/Settings.h"
#include "storage/PersonStore.h"

namespace palier::print {

namespace {

struct Line {
    RosterLine roster;
    std::string guardian_phone;  // minors only, with the guardian's consent
    int age = -1;
};

// The people one sheet (page group) is for: everyone, or one tutor's pupils.
struct Group {
    std::string tutor;  // empty: not homework help
    bool unassigned = false;
    std::vector<Line> seated;
    int capacity = 0;  // rows to offer, blank ones included
};

struct SheetData {
    std::string centre;
    SessionView view;
    Date date;
    std::vector<Group> groups;
    std::vector<Line> waitlist;
};

Line MakeLine(storage::Database& db, const RosterLine& r, Date date) {
    Line l{r, {}, AgeIn(r.person.birth_year, date)};
    if (l.age >= 0 && l.age < kAdultAge && !r.person.guardian_id.empty()) {
        if (auto g = storage::LoadPerson(db, r.person.guardian_id);
            g && !g->erased && !g->deleted && g->consent_contact && !g->phone.empty())
            l.guardian_phone = PhoneText(g->phone);
    }
    return l;
}

SheetData Gather(storage::Database& db, SessionView view, const std::vector<RosterLine>& roster) {
    SheetData d;
    d.centre = LoadSettings(db).centre_name;
    d.date = ParseDate(DatePart(view.session.start)).value_or(Date{});
    std::vector<Line> seated;
    for (const auto& r : roster) {
        if (r.booking.status == BookingStatus::Waitlisted)
            d.waitlist.push_back(MakeLine(db, r, d.date));
        else
            seated.push_back(MakeLine(db, r, d.date));
    }
    const Activity& a = view.activity;
    if (a.kind == ActivityKind::HomeworkHelp && !a.tutors.empty()) {
        const int per_tutor = std::max(1, view.capacity / static_cast<int>(a.tutors.size()));
        for (const auto& t : a.tutors) d.groups.push_back({t, false, {}, per_tutor});
        Group unassigned{{}, true, {}, 0};
        for (auto& l : seated) {
            auto it = std::find_if(d.groups.begin(), d.groups.end(), [&](const Group& g) {
                return g.tutor == l.roster.booking.tutor;
            });
            (it != d.groups.end() ? *it : unassigned).seated.push_back(std::move(l));
        }
        if (!unassigned.seated.empty()) d.groups.push_back(std::move(unassigned));
    } else {
        d.groups.push_back({{}, false, std::move(seated), view.capacity});
    }
    d.view = std::move(view);
    return d;
}

constexpr double kColFractions[] = {0.05, 0.27, 0.14, 0.19, 0.09, 0.26};
enum Col { kNum, kName, kAge, kPhone, kPresent, kSign, kColCount };

class SheetWriter {
  public:
    SheetWriter(const SheetData& d, const Pen& pen, Lang lang) : d_(d), pen_(pen), lang_(lang) {
        double x = kMargin;
        for (int i = 0; i < kColCount; ++i) {
            col_x_[i] = x;
            col_w_[i] = kColFractions[i] * kContentWidth;
            x += col_w_[i];
        }
    }

    PageSet Write() {
        for (size_t g = 0; g < d_.groups.size(); ++g) {
            const Group& group = d_.groups[g];
            NewPage(group, false);
            int n = 0, seats = 0;
            for (const auto& l : group.seated) {
                Row(group, std::to_string(++n), &l);
                seats += std::max(1, l.roster.booking.seats);
            }
            for (int i = seats; i < group.capacity; ++i) Row(group, std::to_string(++n), nullptr);
            if (g + 1 == d_.groups.size()) Waitlist(group);
        }
        const std::string footer =
            d_.centre + " · " + d_.view.activity.title + " · " + LongDate(d_.date, lang_);
        DrawPageFooters(pages_, pen_, footer, lang_);
        return std::move(pages_);
    }

  private:
    cairo_t* cr() const { return pages_.cr(); }
    static TextStyle Style(double size, bool bold, Rgb color = kInk) {
        return TextStyle{.size = size, .bold = bold, .color = color};
    }

    void NewPage(const Group& group, bool continued) {
        pages_.NewPage();
        y_ = kMargin;
        const SessionView& v = d_.view;
        if (continued) {
            std::string line = Tr("print.signin.title", lang_) + std::string(" — ") +
                               v.activity.title + " — " + LongDate(d_.date, lang_);
            if (!group.tutor.empty()) line += " — " + group.tutor;
            line += " " + std::string(Tr("print.continued", lang_));
            y_ += pen_.Draw(cr(), line, Style(10, true, kMuted), kMargin, y_, kContentWidth) + 6;
            ColumnHeads();
            return;
        }
        y_ += pen_.Draw(cr(), d_.centre, Style(10, false, kMuted), kMargin, y_, kContentWidth);
        y_ += pen_.Draw(cr(), Tr("print.signin.title", lang_), Style(18, true, kAccent), kMargin,
                        y_ + 2, kContentWidth) +
              2;
        TextStyle title = Style(15, true);
        title.strike = v.session.cancelled;
        y_ += pen_.Draw(cr(), v.activity.title, title, kMargin, y_ + 2, kContentWidth) + 2;
        if (v.session.cancelled) {
            const TextStyle banner = Style(13, true, kAlert);
            const double h =
                pen_.Measure(Tr("print.signin.cancelled", lang_), banner, kContentWidth - 12) + 8;
            StrokeRect(cr(), kMargin, y_ + 4, kContentWidth, h, kAlert, 1.2);
            pen_.Draw(cr(), Tr("print.signin.cancelled", lang_), banner, kMargin + 6, y_ + 8,
                      kContentWidth - 12);
            y_ += h + 6;
        }
        y_ += 6;

        // Facts in two columns: label, value.
        std::vector<std::pair<std::string, std::string>> facts = {
            {Tr("print.signin.date", lang_), LongDate(d_.date, lang_)},
            {Tr("print.signin.time", lang_),
             TimeRange(v.session.start, v.session.end, lang_, Medium::Paper)},
            {Tr("print.signin.place", lang_), v.place.empty() ? "—" : v.place},
        };
        if (!v.activity.facilitator.empty())
            facts.push_back({Tr("print.signin.facilitator", lang_), v.activity.facilitator});
        if (!group.tutor.empty())
            facts.push_back({Tr("print.signin.tutor", lang_), group.tutor});
        else if (group.unassigned)
            facts.push_back({Tr("print.signin.tutor", lang_), Tr("print.signin.no_tutor", lang_)});
        facts.push_back(
            {Tr("print.signin.booked", lang_), Trf("print.signin.booked_of",
                                                   {{"taken", std::to_string(v.seats_taken)},
                                                    {"capacity", std::to_string(v.capacity)}},
                                                   lang_)});
        // Two columns of facts; the left one is wider for the date.
        const double col_x[2] = {kMargin, kMargin + 0.58 * kContentWidth};
        const double col_w[2] = {0.58 * kContentWidth, 0.42 * kContentWidth};
        const double label_w = 72;
        for (size_t i = 0; i < facts.size(); i += 2) {
            double h = 0;
            for (size_t j = i; j < std::min(i + 2, facts.size()); ++j) {
                const size_t c = j - i;
                pen_.Draw(cr(), facts[j].first, Style(10, false, kMuted), col_x[c], y_ + 1,
                          label_w);
                h = std::max(h, pen_.Draw(cr(), facts[j].second, Style(11.5, true),
                                          col_x[c] + label_w, y_, col_w[c] - label_w - 8));
            }
            y_ += h + 3;
        }
        y_ += 8;
        ColumnHeads();
    }

    void ColumnHeads() {
        static const char* const keys[kColCount] = {
            "print.signin.col.num",     "print.signin.col.name",
            "print.signin.col.age",     "print.signin.col.guardian_phone",
            "print.signin.col.present", "print.signin.col.signature"};
        double h = 0;
        for (int i = 0; i < kColCount; ++i)
            h = std::max(h, pen_.Measure(Tr(keys[i], lang_), Style(9, true), col_w_[i] - 6));
        h += 8;
        FillRect(cr(), kMargin, y_, kContentWidth, h, kBand);
        for (int i = 0; i < kColCount; ++i)
            pen_.Draw(cr(), Tr(keys[i], lang_), Style(9, true), col_x_[i] + 3, y_ + 4,
                      col_w_[i] - 6);
        Grid(y_, h);
        y_ += h;
    }

    void Grid(double top, double h) {
        StrokeRect(cr(), kMargin, top, kContentWidth, h, kRule, 0.7);
        for (int i = 1; i < kColCount; ++i) VLine(cr(), col_x_[i], top, top + h, kRule, 0.7);
    }

    std::string NameOf(const Line& l) const {
        std::string name = l.roster.person.erased || l.roster.person.first_name.empty()
                               ? std::string(Tr("print.signin.unnamed", lang_))
                               : NameWithInitial(l.roster.person);
        if (l.roster.booking.seats > 1)
            name += " " + Trf("print.signin.extra_seats",
                              {{"n", std::to_string(l.roster.booking.seats - 1)}}, lang_);
        if (l.roster.booking.status == BookingStatus::Pending)
            name += " — " + std::string(Tr("print.signin.pending", lang_));
        return name;
    }

    // One table row; `line` null: a blank row to fill in by hand.
    void Row(const Group& group, const std::string& num, const Line* line) {
        const TextStyle body = Style(11, false);
        std::array<std::string, kColCount> text{};
        text[kNum] = num;
        if (line) {
            text[kName] = NameOf(*line);
            text[kAge] = AgeBandText(line->age, lang_);
            text[kPhone] = line->guardian_phone.empty() ? "" : line->guardian_phone;
        }
        double h = 26;  // room to sign
        for (int i = 0; i < kColCount; ++i)
            if (!text[i].empty()) h = std::max(h, pen_.Measure(text[i], body, col_w_[i] - 6) + 10);
        if (y_ + h > kBottom) NewPage(group, true);
        for (int i = 0; i < kColCount; ++i) {
            if (text[i].empty()) continue;
            TextStyle s = body;
            if (i == kNum) s.color = kMuted;
            if (i == kName) s.bold = true;
            pen_.Draw(cr(), text[i], s, col_x_[i] + 3, y_ + 5, col_w_[i] - 6);
        }
        // The "present" box, ticked when attendance was already taken.
        const double box = 11, bx = col_x_[kPresent] + (col_w_[kPresent] - box) / 2,
                     by = y_ + (h - box) / 2;
        StrokeRect(cr(), bx, by, box, box, kInk, 0.8);
        if (line && line->roster.booking.status == BookingStatus::Attended) {
            SetColor(cr(), kInk);
            cairo_set_line_width(cr(), 1.4);
            cairo_move_to(cr(), bx + 2, by + box * 0.55);
            cairo_line_to(cr(), bx + box * 0.42, by + box - 2);
            cairo_line_to(cr(), bx + box - 1.5, by + 1.5);
            cairo_stroke(cr());
        }
        Grid(y_, h);
        y_ += h;
    }

    void Waitlist(const Group& group) {
        if (d_.waitlist.empty()) return;
        const TextStyle heading = Style(13, true, kAccent);
        const std::string text =
            Trf("print.signin.waitlist", {{"n", std::to_string(d_.waitlist.size())}}, lang_);
        const double h = pen_.Measure(text, heading, kContentWidth) + 18;
        if (y_ + h + 60 > kBottom) NewPage(group, true);
        y_ += 14;
        y_ += pen_.Draw(cr(), text, heading, kMargin, y_, kContentWidth) + 4;
        ColumnHeads();
        for (const auto& l : d_.waitlist)
            Row(group, std::to_string(l.roster.waitlist_position), &l);
    }

    const SheetData& d_;
    const Pen& pen_;
    Lang lang_;
    std::array<double, kColCount> col_x_{}, col_w_{};
    PageSet pages_;
    double y_ = 0;
};

}  // namespace

Result<ComposedDocument> ComposeSignInSheet(storage::Database& db, const DocRequest& req) {
    auto view = ViewSession(db, req.session_id);
    if (!view) return view.problem();
    auto roster = Roster(db, req.session_id);
    if (!roster) return roster.problem();
    const SheetData data = Gather(db, std::move(*view), *roster);

    const Pen pen;
    PageSet pages = SheetWriter(data, pen, req.lang).Write();
    auto impl = std::make_unique<ComposedDocument::Impl>();
    impl->pages = pages.Finish();
    impl->title = std::string(Tr("print.signin.title", req.lang)) + " — " +
                  data.view.activity.title + " — " + LongDate(data.date, req.lang);
    impl->file_name = "emargement-" + FormatDate(data.date) + "-" +
                      TimePart(data.view.session.start).substr(0, 2) + "h-" +
                      Slug(data.view.activity.title) + ".pdf";
    return ComposedDocument(std::move(impl));
}

}  // namespace palier::print
