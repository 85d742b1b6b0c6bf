#include "Demo.h"

#include <random>
#include <string_view>

#include "Booking.h"
#include "Catalogue.h"
#include "Settings.h"
#include "StaffAuth.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/OrientationStore.h"
#include "storage/PersonStore.h"
#include "storage/StaffStore.h"
#include "storage/Uuid.h"
#include "storage/VisitStore.h"

namespace palier {

using storage::Database;

namespace {

const char* const kFirstNames[] = {
    "Fatima", "Mohamed", "Aïcha", "Kévin", "Léa", "Chloé", "Mamadou", "Aminata", "Ousmane",
    "Nadia", "Karim", "Sophie", "Jean-Pierre", "Marie", "Yasmine", "Inès", "Lucas", "Hugo",
    "Emma", "Zoé", "Amadou", "Fatoumata", "Bintou", "Rachid", "Sébastien", "Élodie", "Maël",
    "Noé", "Ayoub", "Ibrahim", "Khadija", "Samira", "Sofiane", "Bilal", "Mehmet", "Elif",
    "Oksana", "Olena", "Natalia", "Ana", "José", "Françoise", "Gérard", "Monique", "Jacqueline",
    "Hélène", "Malik", "Leïla", "Sarah", "Thomas", "Océane", "Dylan", "Mariam", "Hawa"};
const char* const kLastNames[] = {
    "Martin", "Bernard", "Dubois", "Benali", "Traoré", "Diallo", "Camara", "Nguyen", "Petit",
    "Moreau", "Lefèvre", "Haddad", "Benaïssa", "Kaya", "Yılmaz", "Kovalenko", "Garcia",
    "Fernandes", "Roux", "Fontaine", "Chevalier", "Boyer", "Mercier", "Diop", "Mbaye", "Keita",
    "Bouzid", "Saïdi", "Rousseau", "Lambert", "Girard", "Mendy", "Özdemir", "Sahin"};
const char* const kChildNames[] = {"Adam", "Lina", "Rayan", "Jade", "Ilyes", "Maya", "Nolan",
                                   "Sirine", "Enzo", "Aya", "Yanis", "Louna", "Moussa", "Nour"};
const char* const kHoods[] = {"Les Montoires", "Les Montoires", "Le Plateau", "Les Tilleuls",
                              "Champ-le-Bœuf", "Centre-ville"};
// One short objective note per topic (Topic order); never medical detail.
const char* const kNotes[] = {
    "Renouvellement de la complémentaire santé solidaire.",
    "Première demande d'AME, dossier à constituer.",
    "Bilan de santé gratuit proposé par la CPAM.",
    "Devis dentaire à faire prendre en charge.",
    "Demande de logement social à mettre à jour.",
    "Inscription à France Travail, CV à reprendre.",
    "Dossier CAF : changement de situation.",
    "Inscription scolaire du plus jeune.",
    "Factures en retard, point budget à faire.",
    "Renouvellement du titre de séjour.",
    "Créer une adresse e-mail et l'espace Ameli.",
    "Première démarche, à revoir avec l'assistante sociale."};

struct Rng {
    std::mt19937 gen;
    int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
    bool Chance(int percent) { return Int(1, 100) <= percent; }
    template <class T, size_t N>
    const T& Pick(const T (&a)[N]) { return a[static_cast<size_t>(Int(0, static_cast<int>(N) - 1))]; }
};

std::string Phone(Rng& r) {
    std::string p = r.Chance(70) ? "06" : "07";
    for (int i = 0; i < 8; ++i) p += static_cast<char>('0' + r.Int(0, 9));
    return p;
}

Activity MakeActivity(const Id& site, ActivityKind kind, const char* title, const char* description,
                      int weekday, const char* start, const char* end, int capacity) {
    Activity a;
    a.site_id = site;
    a.kind = kind;
    a.title = title;
    a.description = description;
    a.capacity = capacity;
    a.rule.weekday = weekday;
    a.rule.start_time = start;
    a.rule.end_time = end;
    return a;
}

// Two families every demo holds, so that both ways of booking for a child can be shown and
// walked through: a parent whose child is on file, and one whose child is not registered yet.
// Neither has a booking or a visit; their phones end in digits no random phone uses.
constexpr int kNamedPeople = 3;
void SaveNamedFamilies(Database& db, const Id& site_id, Date today) {
    auto adult = [&](const char* first, const char* last, int age, const char* phone) {
        Person p;
        p.site_id = site_id;
        p.first_name = first;
        p.last_name = last;
        p.birth_year = age > 0 ? YearOf(today) - age : 0;
        p.phone = phone;
        p.neighbourhood = "Les Montoires";
        p.consent_contact = true;
        p.consent_date = FormatDate(AddDays(today, -200));
        p.last_contact = FormatDate(AddDays(today, -30));
        storage::SavePerson(db, p);
        return p;
    };
    // Two parents to try both child paths at the kiosk: Amina has no child on file yet.
    adult("Amina", "Benali", 34, kDemoParentWithoutChildPhone);
    const Person khadija = adult("Khadija", "Haddad", 41, kDemoParentWithChildPhone);
    Person c;
    c.site_id = site_id;
    c.first_name = "Naël";
    c.last_name = khadija.last_name;
    c.birth_year = YearOf(today) - 9;
    c.neighbourhood = khadija.neighbourhood;
    c.guardian_id = khadija.id;
    c.consent_date = khadija.consent_date;
    c.last_contact = khadija.last_contact;
    storage::SavePerson(db, c);
}

}  // namespace

bool CreateDemoData(Database& db, Date today, const DemoOptions& opt) {
    if (storage::CountPeople(db) > 0) return false;
    Rng r{std::mt19937(opt.seed)};
    const Date monday = MondayOf(today);
    const std::string rule_from = FormatDate(AddDays(monday, -28));
    const std::string rule_to = FormatDate(AddDays(monday, 7 * 8 - 1));

    // ---- Sites, partners, people, visits, orientations: one transaction -------------------
    Site local{.id = {}, .name = "Maison de quartier Les Montoires", .kind = SiteKind::Local,
               .parent_id = {}, .place = "12 rue des Montoires", .weekday = 0, .start_time = {},
               .end_time = {}, .deleted = false};
    Site bus{.id = {}, .name = "Le bus du Plateau", .kind = SiteKind::Bus, .parent_id = {},
             .place = "Bus à impériale", .weekday = 0, .start_time = {}, .end_time = {}, .deleted = false};
    std::vector<Site> stops;
    std::vector<Person> adults, children;
    std::vector<Partner> partners;
    {
        storage::Transaction tx(db.sql());
        storage::SaveSite(db, local);
        storage::SaveSite(db, bus);
        const struct { const char* name; const char* place; int weekday; const char* from; const char* to; } kStops[] = {
            {"Le Plateau", "place du Marché", 2, "14:00", "17:30"},
            {"Les Tilleuls", "parking de l'école Jules-Ferry", 3, "09:30", "12:00"},
            {"Champ-le-Bœuf", "square Verlaine", 4, "14:00", "18:00"},
        };
        for (const auto& s : kStops) {
            Site stop{.id = {}, .name = s.name, .kind = SiteKind::Stop, .parent_id = bus.id,
                      .place = s.place, .weekday = s.weekday, .start_time = s.from, .end_time = s.to,
                      .deleted = false};
            storage::SaveSite(db, stop);
            stops.push_back(stop);
        }
        storage::SetSetting(db, "site_id", local.id);
        storage::SetSetting(db, "centre_name", local.name);

        const struct { const char* name; std::vector<Topic> topics; const char* address; const char* hours; const char* phone; } kPartners[] = {
            {"CCAS", {Topic::Debt, Topic::Housing, Topic::Other}, "Hôtel de ville, 1 place de la République", "lun.–ven. 9h–12h, 14h–17h", "03 83 00 10 10"},
            {"CPAM — accueil sur rendez-vous", {Topic::HealthCoverage, Topic::Ame, Topic::HealthCheck, Topic::Dental}, "9 boulevard Joffre", "lun.–ven. 8h30–16h30", "36 46"},
            {"CAF", {Topic::Caf}, "21 rue de Saint-Lambert", "lun., mer., ven. 9h–16h", "32 30"},
            {"Mission locale", {Topic::Employment, Topic::School}, "4 rue de la Crusnes", "mar.–ven. 9h–12h30", "03 83 00 20 20"},
            {"PMI — protection maternelle et infantile", {Topic::HealthCheck, Topic::School}, "Centre médico-social, allée des Tilleuls", "lun.–ven. 9h–17h", "03 83 00 30 30"},
            {"Médiathèque du Plateau", {Topic::Digital}, "2 avenue Pinchard", "mar.–sam. 10h–18h", "03 83 00 40 40"},
            {"France Travail", {Topic::Employment}, "15 rue du Haut-de-Chèvre", "lun.–ven. 8h30–16h30", "39 49"},
            {"Point-justice", {Topic::Legal, Topic::Debt}, "Maison de la justice et du droit, 3 rue Lavoisier", "jeu. 14h–17h sur rendez-vous", "03 83 00 50 50"},
        };
        for (const auto& p : kPartners) {
            Partner partner{.id = {}, .name = p.name, .topics = p.topics, .address = p.address,
                            .hours = p.hours, .phone = p.phone, .deleted = false};
            storage::SavePartner(db, partner);
            partners.push_back(partner);
        }

        const int n_children = opt.residents / 5;
        SaveNamedFamilies(db, local.id, today);
        for (int i = 0; i < opt.residents - n_children - kNamedPeople; ++i) {
            Person p;
            p.site_id = r.Chance(75) ? local.id : bus.id;
            p.first_name = r.Pick(kFirstNames);
            p.last_name = r.Chance(85) ? r.Pick(kLastNames) : "";
            p.birth_year = r.Chance(90) ? YearOf(today) - r.Int(18, 82) : 0;
            p.phone = r.Chance(80) ? Phone(r) : "";
            // The named parents' last 4 digits find them alone.
            for (std::string_view named : {kDemoParentWithoutChildPhone, kDemoParentWithChildPhone})
                if (p.phone.size() == 10 && p.phone.substr(6) == named.substr(6)) p.phone[9] = p.phone[9] == '9' ? '0' : static_cast<char>(p.phone[9] + 1);
            p.neighbourhood = r.Pick(kHoods);
            p.language = r.Chance(85) ? "fr" : (r.Chance(50) ? "ar" : "en");
            p.consent_contact = !p.phone.empty() && r.Chance(80);
            p.consent_date = FormatDate(AddDays(today, -r.Int(1, 600)));
            p.last_contact = FormatDate(AddDays(today, -r.Int(0, 120)));
            storage::SavePerson(db, p);
            adults.push_back(p);
        }
        for (int i = 0; i < n_children; ++i) {
            const Person& parent = adults[static_cast<size_t>(r.Int(0, static_cast<int>(adults.size()) - 1))];
            Person c;
            c.site_id = parent.site_id;
            c.first_name = r.Pick(kChildNames);
            c.last_name = parent.last_name;
            c.birth_year = YearOf(today) - r.Int(6, 15);
            c.neighbourhood = parent.neighbourhood;
            c.guardian_id = parent.id;
            c.consent_date = parent.consent_date;
            c.last_contact = parent.last_contact;
            storage::SavePerson(db, c);
            children.push_back(c);
        }

        // Four weeks of visits, and this morning's.
        for (int day = -27; day <= 0; ++day) {
            const Date d = AddDays(today, day);
            if (Weekday(d) == 7) continue;
            const int count = day == 0 ? 6 : r.Int(4, 14);
            for (int i = 0; i < count; ++i) {
                Visit v;
                v.site_id = r.Chance(70) ? local.id : bus.id;
                const bool anonymous = r.Chance(25);
                if (!anonymous) v.person_id = adults[static_cast<size_t>(r.Int(0, static_cast<int>(adults.size()) - 1))].id;
                char t[8];
                std::snprintf(t, sizeof t, "T%02d:%02d", day == 0 ? r.Int(9, 10) : r.Int(9, 17), r.Int(0, 59));
                v.at = FormatDate(d) + t;
                v.reasons = 1u << r.Int(0, 5);
                if (r.Chance(20)) v.reasons |= kReasonCoffee;
                v.is_new = anonymous ? r.Chance(30) : r.Chance(10);
                v.language = r.Chance(85) ? "fr" : "ar";
                storage::SaveVisit(db, v);
            }
        }

        // Orientation requests: some resolved, most still followed, several overdue.
        for (int i = 0; i < 28; ++i) {
            Orientation o;
            o.site_id = local.id;
            o.person_id = adults[static_cast<size_t>(r.Int(0, static_cast<int>(adults.size()) - 1))].id;
            o.topic = static_cast<Topic>(r.Int(0, kTopicCount - 1));
            for (const auto& p : partners)
                for (Topic t : p.topics)
                    if (t == o.topic && o.partner_id.empty()) o.partner_id = p.id;
            const int age_days = r.Int(0, 60);
            o.created_at = FormatDate(AddDays(today, -age_days));
            o.due_date = FormatDate(AddDays(today, i < 6 ? -r.Int(1, 20) : i < 9 ? 0 : r.Int(1, 21)));
            o.status = i < 6 ? OrientationStatus::Referred
                       : i < 20 ? static_cast<OrientationStatus>(r.Int(0, 2))
                                : static_cast<OrientationStatus>(r.Int(3, 4));
            if (o.partner_id.empty() && o.status != OrientationStatus::Open) o.partner_id = partners[0].id;
            if (o.status == OrientationStatus::Appointment)
                o.appointment_at = FormatDate(AddDays(today, r.Int(1, 14))) + "T10:00";
            o.note = kNotes[static_cast<int>(o.topic)];
            storage::SaveOrientation(db, o);
        }

        // Goodbye survey answers of the last weeks.
        for (int i = 0; i < 60; ++i) {
            SurveyAnswer s;
            s.site_id = local.id;
            s.date = FormatDate(AddDays(today, -r.Int(0, 27)));
            s.learned = r.Chance(70) ? 1 : r.Int(2, 3);
            s.changed = r.Chance(50) ? 1 : r.Int(2, 3);
            s.welcomed = r.Chance(90) ? 1 : 2;
            storage::SaveSurvey(db, s);
        }
        tx.commit();
    }

    const PinCost cost = opt.fast_pins ? PinCost::Fast : PinCost::Interactive;
    (void)CreateStaff(db, local.id, "Nadia (coordinatrice)", StaffRole::Coordinator, kDemoCoordinatorPin, cost);
    (void)CreateStaff(db, local.id, "Paul (bénévole)", StaffRole::Volunteer, kDemoVolunteerPin, cost);

    // ---- The programme ---------------------------------------------------------------------
    std::vector<Activity> acts;
    auto add = [&](Activity a) {
        if (a.rule.from.empty()) a.rule.from = rule_from;
        if (a.rule.to.empty()) a.rule.to = rule_to;
        auto id = SaveActivityAndSessions(db, a);
        if (id) {
            a.id = *id;
            acts.push_back(a);
        }
        return id ? *id : Id{};
    };
    {
        Activity a = MakeActivity(local.id, ActivityKind::Event, "Café-accueil",
                                  "Un café, des nouvelles du quartier, et quelqu'un pour écouter.", 1, "09:00", "11:30", 25);
        a.place = "Salle du rez-de-chaussée";
        a.facilitator = "Nadia";
        add(a);
    }
    Id cooking;
    {
        Activity a = MakeActivity(local.id, ActivityKind::Workshop, "Atelier cuisine",
                                  "Cuisiner ensemble un plat du monde, puis le partager.", 2, "14:00", "16:30", 8);
        a.place = "Cuisine partagée";
        a.price_cents = 200;
        a.facilitator = "Samira";
        cooking = add(a);
    }
    {
        Activity a = MakeActivity(local.id, ActivityKind::Workshop, "Atelier couture",
                                  "Retouches, ourlets et petits projets ; machines fournies.", 4, "14:00", "16:00", 6);
        a.place = "Salle des ateliers";
        a.facilitator = "Monique";
        add(a);
    }
    Id games;
    {
        Activity a = MakeActivity(local.id, ActivityKind::Event, "Soirée jeux",
                                  "Jeux de société pour petits et grands.", 5, "18:30", "21:00", 30);
        a.place = "Grande salle";
        a.facilitator = "Karim";
        games = add(a);
    }
    std::vector<Id> homework;
    for (int day : {1, 2, 4}) {
        Activity a = MakeActivity(local.id, ActivityKind::HomeworkHelp, "Accompagnement scolaire",
                                  "Aide aux devoirs individuelle, une séance de 45 minutes par semaine.", day, "17:00", "17:45", 4);
        a.place = "Salle d'étude";
        a.age_min = 6;
        a.age_max = 15;
        a.needs_guardian = true;
        a.tutors = {"Claire", "Jean", "Amina", "Hugo"};
        homework.push_back(add(a));
    }
    Id outing;
    {
        const Date saturday = AddDays(monday, Weekday(today) >= 6 ? 12 : 5);  // the next Saturday to come
        Activity a = MakeActivity(local.id, ActivityKind::Outing, "Sortie à la journée : lac de Madine",
                                  "Départ en car devant la maison de quartier ; pique-nique à prévoir.", 6, "08:30", "18:30", 30);
        a.rule.from = a.rule.to = FormatDate(saturday);
        a.place = "Départ : parvis de la maison de quartier";
        a.price_cents = 500;
        a.needs_guardian = true;
        a.facilitator = "Karim et Nadia";
        outing = add(a);
    }
    {
        Activity a = MakeActivity(local.id, ActivityKind::Permanence, "Permanence Mission locale",
                                  "Emploi, formation, logement : un conseiller reçoit les 16–25 ans.", 3, "14:00", "17:00", 6);
        a.place = "Bureau d'accueil";
        a.age_min = 16;
        a.age_max = 25;
        a.facilitator = "Conseiller Mission locale";
        add(a);
    }
    {
        Activity a = MakeActivity(bus.id, ActivityKind::Event, "Des livres sur un plateau",
                                  "La médiathèque monte dans le bus : lectures et prêts de livres.", 2, "15:00", "17:00", 15);
        a.stop_id = stops[0].id;
        a.facilitator = "Médiathèque du Plateau";
        add(a);
    }
    {
        Activity a = MakeActivity(bus.id, ActivityKind::Permanence, "Permanence accès aux droits",
                                  "Santé, CAF, logement : on fait le point et on vous oriente.", 4, "14:30", "17:30", 8);
        a.stop_id = stops[2].id;
        a.facilitator = "Nadia";
        add(a);
    }

    // ---- Bookings: past sessions attended, this week's filling up --------------------------
    const std::string now = NowStamp(db.clock());
    auto adult = [&](size_t i) { return adults[i % adults.size()]; };
    size_t next_adult = 0, next_child = 0;
    auto fill = [&](const Id& activity_id, int target, int waitlist, bool kids) {
        for (auto& s : storage::SessionsOfActivity(db, activity_id)) {
            if (s.start < FormatDate(AddDays(monday, -14)) || s.start >= FormatDate(AddDays(monday, 14))) continue;
            const int want = s.start < now ? target - r.Int(0, 2) : target;
            int placed = 0;
            for (int attempt = 0; placed < want + waitlist && attempt < 200; ++attempt) {
                const Person& p = kids ? children[next_child++ % children.size()] : adult(next_adult++);
                if (s.start < now) {
                    if (placed >= want) break;
                    // History: written as it was recorded at the time.
                    storage::Transaction tx(db.sql());
                    Booking b;
                    b.site_id = s.site_id;
                    b.session_id = s.id;
                    b.person_id = p.id;
                    b.status = r.Chance(85) ? BookingStatus::Attended : BookingStatus::NoShow;
                    b.source = BookingSource::Staff;
                    b.code = NewBookingCode(db);
                    b.created_at = FormatDate(AddDays(*ParseDate(DatePart(s.start)), -3)) + "T10:00";
                    if (kids) b.tutor = storage::LoadActivity(db, activity_id)->tutors[static_cast<size_t>(placed) % 4];
                    storage::SaveBooking(db, b);
                    tx.commit();
                    ++placed;
                    continue;
                }
                BookRequest req{s.id, p.id, 1, r.Chance(50) ? BookingSource::SelfService : BookingSource::Staff,
                                placed >= want};
                if (Book(db, s.site_id, req)) ++placed;
            }
        }
    };
    fill(cooking, 8, 3, false);      // full every week, with a waitlist
    fill(games, 12, 0, false);
    fill(outing, 27, 0, false);
    for (const Id& h : homework) fill(h, 3, 0, true);
    return true;
}

}  // namespace palier
