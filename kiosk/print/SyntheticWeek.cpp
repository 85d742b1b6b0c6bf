#include "SyntheticWeek.h"

#include <cstdio>
#include <iterator>

#include "kiosk/Catalogue.h"
#include "kiosk/Settings.h"
#include "storage/CatalogueStore.h"

namespace palier::print {

namespace {
const char* const kTitles[] = {"Atelier cuisine du monde",
                               "Couture et retouches",
                               "Aide aux démarches en ligne",
                               "Gym douce",
                               "Chorale du quartier",
                               "Jardin partagé",
                               "Café des parents",
                               "Initiation à l'informatique",
                               "Conversation en français",
                               "Jeux de société",
                               "Peinture et collage",
                               "Théâtre d'improvisation",
                               "Danse orientale",
                               "Club lecture",
                               "Réparation de vélos",
                               "Atelier d'écriture"};
const char* const kPlaces[] = {"Grande salle",     "Salle des ateliers",
                               "Cuisine partagée", "Salle d'étude",
                               "Jardin",           "Salle informatique"};
}  // namespace

Result<std::vector<std::string>> AddSyntheticWeek(storage::Database& db, Date monday, int count) {
    Id site_id = LoadSettings(db).site_id;
    if (site_id.empty()) {
        Site site{.id = {},
                  .name = "Centre social",
                  .kind = SiteKind::Local,
                  .parent_id = {},
                  .place = "1 rue de la Paix",
                  .weekday = 0,
                  .start_time = {},
                  .end_time = {},
                  .deleted = false};
        storage::Transaction tx(db.sql());
        storage::SaveSite(db, site);
        tx.commit();
        site_id = site.id;
    }
    std::vector<std::string> titles;
    for (int i = 0; i < count; ++i) {
        const int day = i % 7;
        const int slot = (i / 7) % 9;  // up to nine sessions a day, 9:00 .. 20:00
        char start[8], end[8], title[96];
        std::snprintf(start, sizeof start, "%02d:%s", 9 + slot + (slot > 3 ? 1 : 0),
                      slot % 2 ? "30" : "00");
        std::snprintf(end, sizeof end, "%02d:%s", 10 + slot + (slot > 3 ? 1 : 0),
                      slot % 2 ? "30" : "45");
        std::snprintf(title, sizeof title, "%s (groupe %d)", kTitles[i % std::size(kTitles)],
                      i + 1);
        Activity a;
        a.site_id = site_id;
        a.kind = i % 11 == 5 ? ActivityKind::Permanence : ActivityKind::Workshop;
        a.title = title;
        a.description = "Séance de démonstration.";
        a.place = kPlaces[i % std::size(kPlaces)];
        a.capacity = 6 + i % 10;
        a.price_cents = i % 4 == 0 ? 250 : i % 4 == 1 ? 100 : 0;
        a.age_min = i % 5 == 0 ? 16 : i % 5 == 1 ? 6 : 0;
        a.age_max = i % 5 == 1 ? 12 : 0;
        a.facilitator = "Équipe du centre";
        a.rule.weekday = Weekday(AddDays(monday, day));
        a.rule.start_time = start;
        a.rule.end_time = end;
        a.rule.from = a.rule.to = FormatDate(AddDays(monday, day));
        auto id = SaveActivityAndSessions(db, a);
        if (!id) return id.problem();
        titles.push_back(title);
    }
    return titles;
}

}  // namespace palier::print
