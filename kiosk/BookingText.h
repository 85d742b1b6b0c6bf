#pragma once
// What the screens say about a session's seats and about a refused booking, in words from the
// catalogue (ui.seats.*, ui.booking.next.*).
#include <string>

#include "kiosk/Catalogue.h"
#include "kiosk/I18n.h"

namespace palier {

// "3 places libres", "1 place libre", "Complet · 2 en attente", "Annulé"
std::string SeatsText(const SessionView& v, Lang lang = CurrentLanguage());
// The same appended to `out` (kiosk/Format.h says why).
void AppendSeatsText(std::string& out, const SessionView& v, Lang lang = CurrentLanguage());
// What a resident can do after a booking is refused ("choose your child in « Pour qui ? »",
// "ask at the desk"), "" when the refusal already says it.
// `typed_child`: the refusal is about a child whose first name and year were just typed.
std::string BookingNextStep(const Problem& p, bool typed_child = false, Lang lang = CurrentLanguage());

}  // namespace palier
