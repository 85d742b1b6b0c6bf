#pragma once
// Rules shared by the catalogue services (kiosk/Catalogue*.cpp); not for screens.
#include <map>
#include <string>
#include <vector>

#include "Catalogue.h"

namespace palier {

constexpr int kMaxCapacity = 500;

// Arguments naming a session in a message: {title}, {day} (a key), {date} (DD/MM/YYYY), {time}.
std::map<std::string, std::string> SessionArgs(const Activity& a, const Session& s);

// Inside the caller's transaction: marks the session cancelled and cancels its live bookings.
// Returns who must be told.
std::vector<ToTell> CancelSessionAndBookings(storage::Database& db, Session& s);

// Inside the caller's transaction: promotes the waitlist of `s` and says who to tell.
void PromoteAndTell(storage::Database& db, const Activity& a, const Session& s, std::vector<ToTell>& out);

}  // namespace palier
