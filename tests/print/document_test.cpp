// The three documents on the demo centre, read back with poppler: the words a volunteer or a
// resident must find are there, pages are not blank, fonts are embedded, a busy week spills
// cleanly. Set PALIER_PRINT_KEEP=<dir> to keep the PDFs for a look.
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "kiosk/Booking.h"
#include "kiosk/Catalogue.h"
#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/print/PrintDocument.h"
#include "kiosk/print/SyntheticWeek.h"
#include "print_support.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"

using namespace palier;
using namespace palier::test;
using print::DocKind;
using print::DocRequest;

namespace {

// Renders, saves (and keeps a copy when asked), returns the path.
std::string Save(storage::Database& db, const DocRequest& req, const TempDir& dir,
                 const std::string& name) {
    auto pdf = print::RenderPdf(db, req);
    EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : Describe(pdf.problem()));
    if (!pdf.ok()) return {};
    const std::string path = dir.File(name);
    WriteBytes(path, *pdf);
    if (const char* keep = std::getenv("PALIER_PRINT_KEEP")) {
        std::filesystem::create_directories(keep);
        std::filesystem::copy_file(path, std::filesystem::path(keep) / name,
                                   std::filesystem::copy_options::overwrite_existing);
    }
    return path;
}

bool Has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

// Arabic as poppler extracts it: words may come with spaces inside and bidi marks around.
std::string ArabicLetters(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') continue;
        // U+200E/U+200F and U+202A..U+202E are E2 80 8E/8F and E2 80 AA..AE.
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
            static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const unsigned char c = static_cast<unsigned char>(text[i + 2]);
            if (c == 0x8E || c == 0x8F || (c >= 0xAA && c <= 0xAE)) {
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

SessionView FindSession(storage::Database& db, const std::string& title, int weekday = 0) {
    auto week = WeekProgramme(db, *ParseIsoWeek(kTestWeek));
    EXPECT_TRUE(week.ok());
    for (const auto& v : *week)
        if (v.activity.title == title &&
            (weekday == 0 || Weekday(*ParseDate(DatePart(v.session.start))) == weekday))
            return v;
    ADD_FAILURE() << "no session " << title;
    return {};
}

void ExpectPagesInked(const std::string& pdf, size_t pages) {
    const auto ink = InkPerPage(pdf);
    ASSERT_EQ(ink.size(), pages);
    for (size_t i = 0; i < ink.size(); ++i)
        EXPECT_GT(ink[i], 0.01) << "page " << i + 1 << " looks blank";
}

}  // namespace

using WeeklySheet = DemoDb;

TEST_F(WeeklySheet, ShowsTheWeekSessionsSeatsAndFoot) {
    const std::string pdf = Save(*db, DocRequest::Week(kTestWeek), dir, "week.pdf");
    ASSERT_FALSE(pdf.empty());
    const std::string text = PdfText(pdf);
    EXPECT_TRUE(Has(text, "Maison de quartier Les Montoires")) << text;
    EXPECT_TRUE(Has(text, "Programme de la semaine 48"));
    EXPECT_TRUE(Has(text, "du lundi 23 au dimanche 29 novembre 2026")) << text;
    for (const char* day : {"Lundi 23 novembre", "Mardi 24 novembre", "Mercredi 25 novembre",
                            "Jeudi 26 novembre", "Vendredi 27 novembre", "Samedi 28 novembre"})
        EXPECT_TRUE(Has(text, day)) << day;

    auto week = WeekProgramme(*db, *ParseIsoWeek(kTestWeek));
    ASSERT_TRUE(week.ok());
    ASSERT_GT(week->size(), 10u);
    for (const auto& v : *week) {
        EXPECT_TRUE(Has(text, v.activity.title)) << v.activity.title;
        EXPECT_TRUE(Has(text, TimeRange(v.session.start, v.session.end, Lang::Fr, Medium::Paper)))
            << v.activity.title;
    }
    // Seats: the full cooking workshop sends people to the waitlist, the games night has room.
    const SessionView cooking = FindSession(*db, "Atelier cuisine");
    EXPECT_EQ(cooking.seats_left, 0);
    EXPECT_GT(cooking.waitlisted, 0);
    EXPECT_TRUE(Has(text, "Atelier cuisine 14h–16h30") || Has(text, "14h–16h30 Atelier cuisine"))
        << text;
    EXPECT_TRUE(Has(text, "complet – liste d'attente"));
    const SessionView games = FindSession(*db, "Soirée jeux");
    ASSERT_GT(games.seats_left, 1);
    EXPECT_TRUE(Has(text, "Soirée jeux Grande salle tout public gratuit " +
                              std::to_string(games.seats_left) + " places"))
        << text;
    EXPECT_TRUE(Has(text, "2 €"));  // the cooking workshop's price
    EXPECT_TRUE(Has(text, "6–15 ans"));
    // Bus stops, permanences, partner contacts at the foot.
    EXPECT_TRUE(Has(text, "Le bus du Plateau"));
    EXPECT_TRUE(Has(text, "Mardi 14h–17h30 · Le Plateau, place du Marché")) << text;
    EXPECT_TRUE(Has(text, "Permanences"));
    EXPECT_TRUE(Has(text, "Mercredi 14h–17h · Permanence Mission locale"));
    EXPECT_TRUE(Has(text, "Contacts utiles"));
    EXPECT_TRUE(Has(text, "CPAM") || Has(text, "CCAS") || Has(text, "CAF"));

    EXPECT_EQ(PdfPageCount(pdf), 1);
    ExpectPagesInked(pdf, 1);
    EXPECT_TRUE(AllFontsEmbedded(pdf));
}

TEST_F(WeeklySheet, MarksACancelledSession) {
    const SessionView couture = FindSession(*db, "Atelier couture");
    ASSERT_TRUE(CancelSession(*db, couture.session.id).ok());
    const std::string text = PdfText(Save(*db, DocRequest::Week(kTestWeek), dir, "cancelled.pdf"));
    EXPECT_TRUE(Has(text, "Atelier couture Salle des ateliers tout public gratuit annulé")) << text;
}

TEST_F(WeeklySheet, SecondLanguageArabicAndEnglish) {
    const std::string ar = Save(*db, DocRequest::Week(kTestWeek, Lang::Ar), dir, "week-ar.pdf");
    const std::string text = ArabicLetters(PdfText(ar, 0, false));
    EXPECT_TRUE(Has(text, "Programmedelasemaine48"));
    EXPECT_TRUE(Has(text, "برنامج")) << text;  // "programme", shaped by pango
    EXPECT_TRUE(Has(text, "النشاط"));          // "activity"
    EXPECT_TRUE(Has(text, "مكتمل"));           // "full"
    ExpectPagesInked(ar, static_cast<size_t>(PdfPageCount(ar)));
    EXPECT_TRUE(AllFontsEmbedded(ar));

    const std::string en =
        PdfText(Save(*db, DocRequest::Week(kTestWeek, Lang::En), dir, "week-en.pdf"));
    EXPECT_TRUE(Has(en, "Programme of week 48"));
    EXPECT_TRUE(Has(en, "full – waiting list"));
    EXPECT_TRUE(Has(en, "Monday"));
}

TEST_F(WeeklySheet, EnglishDocument) {
    const std::string text = PdfText(
        Save(*db, DocRequest::Week(kTestWeek, std::nullopt, Lang::En), dir, "week-en-only.pdf"));
    EXPECT_TRUE(Has(text, "from Monday 23 to Sunday 29 November 2026")) << text;
    EXPECT_TRUE(Has(text, "full – waiting list"));
}

TEST_F(WeeklySheet, AnEmptyWeekSaysSo) {
    const std::string text = PdfText(Save(*db, DocRequest::Week("2027-W10"), dir, "empty.pdf"));
    EXPECT_TRUE(Has(text, "Pas d'activité programmée cette semaine."));
}

TEST_F(WeeklySheet, RefusesAMalformedWeek) {
    auto r = print::RenderPdf(*db, DocRequest::Week("2026-W60"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "print.err.bad_week");
}

using BusyWeek = EmptyDb;

TEST_F(BusyWeek, SixtySessionsSpillCleanlyOntoASecondPage) {
    auto titles = print::AddSyntheticWeek(*db, *ParseIsoWeek(kTestWeek), 60);
    ASSERT_TRUE(titles.ok());
    const std::string pdf = Save(*db, DocRequest::Week(kTestWeek), dir, "busy.pdf");
    ASSERT_EQ(PdfPageCount(pdf), 2);
    ExpectPagesInked(pdf, 2);
    const std::string all = PdfText(pdf);
    for (const auto& t : *titles) EXPECT_TRUE(Has(all, t)) << t;
    // Every title is whole on a page: no row is cut by the page break.
    const std::string p1 = PdfText(pdf, 1), p2 = PdfText(pdf, 2);
    for (const auto& t : *titles) EXPECT_TRUE(Has(p1, t) || Has(p2, t)) << t;
    // The second page says it continues, repeats the column heads, and ends with the foot.
    EXPECT_TRUE(Has(p2, "Programme de la semaine 48 (suite)")) << p2;
    EXPECT_TRUE(Has(p2, "Horaire Activité Lieu Âge Prix Places"));
    EXPECT_TRUE(Has(p2, "Permanences"));
    EXPECT_TRUE(Has(p1, "page 1/2"));
    EXPECT_TRUE(Has(p2, "page 2/2"));
    EXPECT_FALSE(Has(p1, "Permanences"));
}

TEST_F(BusyWeek, FortySessionsAtTheBaseSizeStillReadable) {
    ASSERT_TRUE(print::AddSyntheticWeek(*db, *ParseIsoWeek(kTestWeek), 40).ok());
    auto doc = print::Compose(*db, DocRequest::Week(kTestWeek));
    ASSERT_TRUE(doc.ok());
    EXPECT_LE(doc->page_count(), 2);
}

using SignInSheet = DemoDb;

TEST_F(SignInSheet, ListsBookedPeopleAndTheWaitlist) {
    const SessionView cooking = FindSession(*db, "Atelier cuisine");
    const std::string pdf = Save(*db, DocRequest::Session(cooking.session.id), dir, "cooking.pdf");
    const std::string text = PdfText(pdf);
    EXPECT_TRUE(Has(text, "Feuille d'émargement"));
    EXPECT_TRUE(Has(text, "Atelier cuisine"));
    EXPECT_TRUE(Has(text, "mardi 24 novembre 2026"));
    EXPECT_TRUE(Has(text, "14h–16h30"));
    EXPECT_TRUE(Has(text, "Cuisine partagée"));
    EXPECT_TRUE(Has(text, "Samira"));
    EXPECT_TRUE(Has(text, "Présent"));
    EXPECT_TRUE(Has(text, "Signature"));
    auto roster = Roster(*db, cooking.session.id);
    ASSERT_TRUE(roster.ok());
    int seated = 0, waiting = 0;
    for (const auto& line : *roster) {
        const std::string name = NameWithInitial(line.person);
        EXPECT_TRUE(Has(text, name)) << name;
        if (!line.person.last_name.empty()) {
            EXPECT_FALSE(Has(text, line.person.first_name + " " + line.person.last_name))
                << "full name printed";
        }
        (line.waitlist_position > 0 ? waiting : seated)++;
    }
    EXPECT_EQ(seated, 8);
    ASSERT_GT(waiting, 0);
    EXPECT_TRUE(Has(text, "Liste d'attente (" + std::to_string(waiting) + ")")) << text;
    EXPECT_TRUE(Has(text, "8 sur 8 places"));
    ExpectPagesInked(pdf, static_cast<size_t>(PdfPageCount(pdf)));
    EXPECT_TRUE(AllFontsEmbedded(pdf));
}

TEST_F(SignInSheet, BlankRowsUpToCapacity) {
    const SessionView games = FindSession(*db, "Soirée jeux");
    ASSERT_EQ(games.capacity, 30);
    const std::string pdf = Save(*db, DocRequest::Session(games.session.id), dir, "games.pdf");
    const std::string text = PdfText(pdf);
    // Rows are numbered to 30 (the last ones blank), and no further.
    EXPECT_TRUE(Has(text, " 29 ")) << text;
    EXPECT_TRUE(Has(text, " 30 "));
    EXPECT_FALSE(Has(text, " 31 "));
    EXPECT_GE(PdfPageCount(pdf), 1);
    ExpectPagesInked(pdf, static_cast<size_t>(PdfPageCount(pdf)));
}

TEST_F(SignInSheet, HomeworkHelpPrintsOnePagePerTutorWithGuardianPhones) {
    const SessionView hw = FindSession(*db, "Accompagnement scolaire", 2);
    const std::string pdf = Save(*db, DocRequest::Session(hw.session.id), dir, "homework.pdf");
    ASSERT_EQ(PdfPageCount(pdf), 4);
    ExpectPagesInked(pdf, 4);
    const char* tutors[] = {"Claire", "Jean", "Amina", "Hugo"};
    for (int p = 1; p <= 4; ++p)
        EXPECT_TRUE(Has(PdfText(pdf, p), std::string("Tuteur·rice ") + tutors[p - 1])) << p;

    auto roster = Roster(*db, hw.session.id);
    ASSERT_TRUE(roster.ok());
    ASSERT_FALSE(roster->empty());
    const std::string text = PdfText(pdf);
    int with_phone = 0;
    for (const auto& line : *roster) {
        EXPECT_TRUE(Has(text, NameWithInitial(line.person)));
        auto guardian = storage::LoadPerson(*db, line.person.guardian_id);
        ASSERT_TRUE(guardian.has_value());
        if (guardian->phone.empty()) continue;
        const std::string phone = PhoneText(guardian->phone);
        // Printed only when the guardian agreed to be contacted.
        EXPECT_EQ(Has(text, phone), guardian->consent_contact) << phone;
        with_phone += guardian->consent_contact;
    }
    EXPECT_GT(with_phone, 0);
    EXPECT_TRUE(Has(text, "6–10 ans") || Has(text, "11–14 ans") || Has(text, "15–17 ans"));
}

TEST_F(SignInSheet, CancelledSessionIsMarked) {
    const SessionView couture = FindSession(*db, "Atelier couture");
    ASSERT_TRUE(CancelSession(*db, couture.session.id).ok());
    const std::string text =
        PdfText(Save(*db, DocRequest::Session(couture.session.id), dir, "couture.pdf"));
    EXPECT_TRUE(Has(text, "SÉANCE ANNULÉE"));
}

TEST_F(SignInSheet, UnknownSession) {
    auto r = print::RenderPdf(*db, DocRequest::Session("no-such-session"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.no_session");
}

using ReferralSlip = DemoDb;

TEST_F(ReferralSlip, PartnerAppointmentWhatToBringAndFirstNameOnly) {
    // A request with an appointment and a partner.
    std::optional<Orientation> chosen;
    for (const auto& o : storage::OpenOrientations(*db))
        if (o.status == OrientationStatus::Appointment && !o.partner_id.empty() &&
            !o.person_id.empty())
            chosen = o;
    ASSERT_TRUE(chosen.has_value());
    const auto partner = storage::LoadPartner(*db, chosen->partner_id);
    const auto person = storage::LoadPerson(*db, chosen->person_id);
    ASSERT_TRUE(partner && person);

    const std::string pdf = Save(*db, DocRequest::Referral(chosen->id), dir, "slip.pdf");
    const std::string text = PdfText(pdf);
    EXPECT_TRUE(Has(text, "Fiche d'orientation"));
    EXPECT_TRUE(Has(text, partner->name)) << text;
    EXPECT_TRUE(Has(text, partner->address));
    EXPECT_TRUE(Has(text, partner->phone));
    EXPECT_TRUE(Has(text, partner->hours));
    EXPECT_TRUE(Has(text, "Pour : " + person->first_name));
    if (!person->last_name.empty()) {
        EXPECT_FALSE(Has(text, person->last_name)) << "last name printed";
    }
    EXPECT_FALSE(Has(text, chosen->note)) << "the note is never printed";
    const Date when = *ParseDate(DatePart(chosen->appointment_at));
    EXPECT_TRUE(Has(text, "Rendez-vous : " + LongDate(when, Lang::Fr) + " à 10h")) << text;
    EXPECT_TRUE(Has(text, std::string("Objet : ") + Tr(TopicKey(chosen->topic))));
    EXPECT_TRUE(Has(text, "À apporter :"));
    // The first thing to bring for the topic, as a bullet.
    std::string bring = Tr(BringKey(chosen->topic));
    bring = bring.substr(0, bring.find_first_of(",."));
    EXPECT_TRUE(Has(text, Capitalized(bring))) << bring << "\n" << text;
    ExpectPagesInked(pdf, 1);
    EXPECT_TRUE(AllFontsEmbedded(pdf));
}

TEST_F(ReferralSlip, HealthCoverageSaysCarteVitale) {
    auto partners = storage::AllPartners(*db);
    const auto cpam = std::find_if(partners.begin(), partners.end(),
                                   [](const Partner& p) { return p.name.rfind("CPAM", 0) == 0; });
    ASSERT_NE(cpam, partners.end());
    Orientation o;
    o.site_id = "x";
    o.topic = Topic::HealthCoverage;
    o.partner_id = cpam->id;
    o.status = OrientationStatus::Referred;
    o.due_date = "2026-12-01";
    o.created_at = "2026-11-23";
    {
        storage::Transaction tx(db->sql());
        storage::SaveOrientation(*db, o);
        tx.commit();
    }
    const std::string text = PdfText(Save(*db, DocRequest::Referral(o.id), dir, "cpam.pdf"));
    EXPECT_TRUE(Has(text, "Carte Vitale")) << text;
    EXPECT_TRUE(Has(text, "Justificatif de domicile"));
    EXPECT_FALSE(Has(text, "Rendez-vous"));  // none made
    EXPECT_FALSE(Has(text, "Pour :"));       // anonymous request
}

TEST_F(ReferralSlip, RefusesWithoutPartnerOrUnknown) {
    auto r = print::RenderPdf(*db, DocRequest::Referral("nope"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "print.err.no_orientation");
    Orientation o;
    o.site_id = "x";
    o.due_date = "2026-12-01";
    {
        storage::Transaction tx(db->sql());
        storage::SaveOrientation(*db, o);
        tx.commit();
    }
    auto r2 = print::RenderPdf(*db, DocRequest::Referral(o.id));
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.problem().key, "print.err.no_partner");
}

using Preview = DemoDb;

TEST_F(Preview, RgbaImageOfAPage) {
    auto p = print::RenderPreview(*db, DocRequest::Week(kTestWeek), 0, 600);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->width, 600);
    EXPECT_EQ(p->height, 849);  // A4 proportions
    EXPECT_EQ(p->page_count, 1);
    ASSERT_EQ(p->rgba.size(), size_t{600} * 849 * 4);
    size_t dark = 0, opaque = 0;
    for (size_t i = 0; i < p->rgba.size(); i += 4) {
        opaque += p->rgba[i + 3] == 255;
        dark += p->rgba[i] < 128 && p->rgba[i + 1] < 128 && p->rgba[i + 2] < 128;
    }
    EXPECT_EQ(opaque, p->rgba.size() / 4);
    EXPECT_GT(dark, 2000u);
    auto beyond = print::RenderPreview(*db, DocRequest::Week(kTestWeek), 1, 600);
    ASSERT_FALSE(beyond.ok());
    EXPECT_EQ(beyond.problem().key, "print.err.no_page");
}
