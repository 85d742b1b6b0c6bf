#include "SeatRules.h"

#include <algorithm>

namespace palier {

SeatShare ShareOf(int capacity, const SeatTally& tally, const std::vector<Allotment>& allotments, const Id& device,
                  bool cutoff_passed) {
    SeatShare out;
    out.capacity = capacity;
    out.confirmed = tally.confirmed;
    out.pending = tally.pending;
    for (const auto& al : allotments) {
        if (al.deleted) continue;
        const auto it = tally.held.find(al.device_id);
        const int used = it == tally.held.end() ? 0 : it->second;
        if (al.device_id == device) {
            out.allotment = al.seats;
            out.held = used;
        }
        if (!cutoff_passed) out.unused_allotments += std::max(0, al.seats - used);
    }
    return out;
}

int OwnSeatsLeft(const SeatShare& s, bool cutoff_passed) {
    if (cutoff_passed) return 0;
    return std::max(0, std::min(s.allotment - s.held, s.capacity - s.confirmed));
}

int PoolSeatsLeft(const SeatShare& s) { return std::max(0, s.capacity - s.confirmed - s.unused_allotments); }

int AloneSeatsLeft(const SeatShare& s) { return std::max(0, s.capacity - s.confirmed); }

int MostAllottable(int capacity, const SeatTally& tally, const std::vector<Allotment>& allotments, const Id& device) {
    int others = 0, held_by_allotments = 0;
    for (const auto& al : allotments) {
        if (al.deleted) continue;
        if (al.device_id != device) others += al.seats;
        if (auto it = tally.held.find(al.device_id); it != tally.held.end()) held_by_allotments += it->second;
    }
    const int pool_given = tally.confirmed - held_by_allotments;
    return std::max(0, capacity - others - pool_given);
}

int BusShareSeats(int capacity, int percent) { return std::max(0, capacity) * std::clamp(percent, 0, 100) / 100; }

}  // namespace palier
