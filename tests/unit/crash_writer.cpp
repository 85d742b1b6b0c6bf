// Child of crash_test: registers people, books them and cancels every third booking, printing
// one line per acknowledged write ("person ID", "booking ID", "cancel ID") only after the
// service has returned (its transaction is committed). It runs until it is killed.
#include <cstdio>
#include <string>

#include "kiosk/Booking.h"
#include "kiosk/FrontDesk.h"

using namespace palier;

namespace {
void Acknowledge(const char* what, const Id& id) {
    std::printf("%s %s\n", what, id.c_str());
    std::fflush(stdout);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    storage::Database db(argv[1]);
    for (int i = 0;; ++i) {
        NewPerson p;
        p.first_name = "Crash" + std::to_string(i);
        auto person = RegisterPerson(db, "site", p);
        if (!person) return 3;
        Acknowledge("person", *person);
        auto b = Book(db, "site", {argv[2], *person, 1, BookingSource::SelfService, true});
        if (!b) return 4;
        Acknowledge("booking", b->booking.id);
        if (i % 3 == 2) {
            if (!CancelBooking(db, b->booking.id)) return 5;
            Acknowledge("cancel", b->booking.id);
        }
    }
}
