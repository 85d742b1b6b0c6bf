#pragma once
// How dates, times, prices, ages and seats read on the kiosk, in the current language.
// Every word comes from the catalogue (ui.* keys, day.* from kiosk.po).
#include <string>

#include "kiosk/Catalogue.h"
#include "kiosk/Dates.h"

namespace palier::ui {

std::string LongDate(Date d);                 // "lundi 23 novembre"
std::string DayName(int iso_weekday);         // "lundi"
std::string ShortDay(Date d);                 // "lun. 23"
std::string ClockTime(const std::string& stamp_or_hhmm);  // "14h30" / "14:30"
std::string TimeRange(const std::string& start, const std::string& end);
std::string PriceText(int cents);             // "Gratuit", "2,50 €"
std::string AgeText(int age_min, int age_max);
std::string SeatsText(const SessionView& v);  // "3 places", "Complet · 2 en attente", "Annulé"
// What a resident can do after a booking is refused ("choose your child in « Pour qui ? »",
// "ask at the desk"), "" when the refusal already says it.
// `typed_child`: the refusal is about a child whose first name and year were just typed.
std::string BookingNextStep(const Problem& p, bool typed_child = false);

}  // namespace palier::ui
