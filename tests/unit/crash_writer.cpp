// Child of crash_test: registers people and books them, printing each booking id only after
// Book() has returned (the transaction is committed). It runs until it is killed.
#include <cstdio>
#include <string>

#include "kiosk/Booking.h"
#include "kiosk/FrontDesk.h"

using namespace palier;

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    storage::Database db(argv[1]);
    for (int i = 0;; ++i) {
        NewPerson p;
        p.first_name = "Crash" + std::to_string(i);
        auto person = RegisterPerson(db, "site", p);
        if (!person) return 3;
        auto b = Book(db, "site", {argv[2], *person, 1, BookingSource::SelfService, true});
        if (!b) return 4;
        std::printf("%s\n", b->booking.id.c_str());
        std::fflush(stdout);
    }
}
