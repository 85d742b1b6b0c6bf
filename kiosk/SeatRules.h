#pragma once
// Seats across kiosks, as pure rules shared by the kiosk and the hub (no database, no clock).
//
// A session's capacity is split: each device may hold an allotment (seats it confirms on its own,
// offline), and the rest is the hub's pool. A kiosk enrolled on a hub confirms only within its
// allotment; beyond it a booking is pending until the hub places it from the pool. An allotment's
// unused seats go back to the pool at the cut-off, kAllotmentCutoffHours before the start.
#include <map>
#include <string>
#include <vector>

#include "storage/Records.h"

namespace palier {

// The seat holder of seats given from the hub's pool.
inline constexpr const char* kPoolHolder = "hub";
inline constexpr int kAllotmentCutoffHours = 24;

struct SeatShare {
    int capacity = 0;
    int confirmed = 0;          // every seat given, wherever it lives
    int pending = 0;            // seats asked for and not placed yet
    int allotment = 0;          // the device's own allotment
    int held = 0;               // seats its allotment holds
    int unused_allotments = 0;  // every device's allotment not used yet (0 after the cut-off)
};

// A session's seats as counted in the database (storage::TallySeats).
struct SeatTally {
    int confirmed = 0;
    int pending = 0;
    std::map<Id, int> held;  // confirmed seats by seat holder
};

// `cutoff_passed`: the session starts within kAllotmentCutoffHours.
SeatShare ShareOf(int capacity, const SeatTally& tally, const std::vector<Allotment>& allotments, const Id& device,
                  bool cutoff_passed);

// What a kiosk may still confirm on its own: what its allotment has left, never more than the
// session has left as far as it knows; nothing after the cut-off.
int OwnSeatsLeft(const SeatShare& s, bool cutoff_passed);
// What the hub may still give from its pool: what nobody has and no allotment keeps.
int PoolSeatsLeft(const SeatShare& s);
// Seats a kiosk alone (no hub) may give: the whole capacity.
int AloneSeatsLeft(const SeatShare& s);

// The most seats `device`'s allotment may have: what the other allotments and the seats the
// pool already gave leave of the capacity (what the pool gave stays given).
int MostAllottable(int capacity, const SeatTally& tally, const std::vector<Allotment>& allotments, const Id& device);

// The bus goes days without a network at its stops: unless a coordinator allots otherwise, its
// kiosks get this share of every session held at its stops, so residents there are confirmed on
// the spot; the local's kiosks book the rest through the hub.
inline constexpr int kBusSharePercent = 50;
int BusShareSeats(int capacity, int percent);

}  // namespace palier
