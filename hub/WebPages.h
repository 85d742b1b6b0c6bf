#pragma once
// The dashboard's pages as HTML, from what the routes (hub/WebRoutes.cpp) looked up. No HTTP,
// no storage here: a page is a function of its data and the reader's language.
#include <string>
#include <vector>

#include "hub/Html.h"
#include "kiosk/Figures.h"
#include "kiosk/OrientationFigures.h"
#include "kiosk/VisitFigures.h"
#include "storage/HubTables.h"

namespace palier::hub {

// `message`: a plain sentence above the form ("" for none).
std::string LoginPage(Lang lang, const std::string& csrf, const std::string& message);
// Orientation figures only when `orientations` (volunteers do not see them).
std::string OverviewPage(Lang lang, const FrameVisitor& visitor, bool orientations,
                         const Figures& today, const Figures& week);
// Visits by site, day and reason this week, and the chart of the weeks before
// (hub/WebVisitsPage.cpp).
std::string VisitsPage(Lang lang, const FrameVisitor& visitor, const VisitFigures& figures);
// Orientations by topic, partner and status, and the overdue list (hub/WebOrientationsPage.cpp).
std::string OrientationsPage(Lang lang, const FrameVisitor& visitor,
                             const OrientationFigures& figures);
std::string KiosksPage(Lang lang, const FrameVisitor& visitor,
                       const std::vector<storage::HubDevice>& devices);
// A refusal or an error in a sentence, with the frame (`visitor` may be nobody).
std::string MessagePage(Lang lang, const std::string& title, const std::string& message,
                        const FrameVisitor& visitor);

}  // namespace palier::hub
