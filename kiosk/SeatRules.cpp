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

}  // namespace palier
