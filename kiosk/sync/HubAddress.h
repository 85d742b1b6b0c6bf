#pragma once
// What staff type for the hub (an address, an enrolment code) made into what is sent.
#include <string>

#include "kiosk/Result.h"

namespace palier::sync {

// "hub.example.fr" -> "https://hub.example.fr"; a trailing "/" is dropped. Plain http is
// refused (the token would travel readable) except to this machine itself, where a hub under
// test or behind a local TLS proxy listens.
Result<std::string> HubUrl(const std::string& typed);

// The code as printed by the hub, whatever the case or spaces typed: "k7qf 3mzp " -> "K7QF3MZP",
// "k7qf-3mzp" -> "K7QF-3MZP".
std::string EnrolmentCode(const std::string& typed);

}  // namespace palier::sync
