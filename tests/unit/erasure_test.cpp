// Erasing a person: their future bookings make way for the waitlist, and nothing of them stays
// readable in any file of the data folder (database, write-ahead log, exports).
#include <filesystem>
#include <fstream>
#include <iterator>

#include "booking_fixture.h"
#include "kiosk/Orientations.h"
#include "kiosk/Privacy.h"
#include "storage/BookingStore.h"
#include "storage/PersonStore.h"
#include "storage/TextFold.h"

using namespace palier;
using namespace palier::test;
namespace fs = std::filesystem;

namespace {
class ErasureTest : public BookingFixture {
protected:
    // Every file under the data folder, with the strings of `needles` found in its raw bytes.
    std::vector<std::string> FilesHolding(const std::vector<std::string>& needles) {
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(dir.path)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            for (const auto& n : needles)
                if (bytes.find(n) != std::string::npos)
                    found.push_back(entry.path().filename().string() + ": " + n);
        }
        return found;
    }
    void WriteExport(const Id& person) {
        auto text = ExportPerson(*db, person, "st");
        ASSERT_TRUE(text);
        const fs::path file = ExportFilePath(dir.path.string(), person, Today(db->clock()));
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << *text;
    }
};
}  // namespace

TEST_F(ErasureTest, FutureBookingsAreCancelledAndTheWaitlistMovesUp) {
    clock.Set(D("2026-11-16"), 10, 0);
    Activity a;
    a.site_id = site;
    a.title = "Couture";
    a.capacity = 1;
    a.rule = {2, "14:00", "16:00", "2026-11-17", "2026-11-24", {}};
    const Id act = *SaveActivityAndSessions(*db, a);
    const auto sessions = storage::SessionsOfActivity(*db, act);
    const Id leaving = Person("Gaston");
    const Id past = BookFor(sessions.at(0).id, leaving)->booking.id;
    ASSERT_TRUE(MarkAttendance(*db, past, true));
    clock.Set(D("2026-11-23"), 10, 0);
    const Id future = BookFor(sessions.at(1).id, leaving)->booking.id;
    const Id next = BookFor(sessions.at(1).id, Person("Hélène"), 1, true)->booking.id;
    const Id after = BookFor(sessions.at(1).id, Person("Igor"), 1, true)->booking.id;

    std::vector<ToTell> promoted;
    ASSERT_TRUE(ErasePerson(*db, leaving, "st", &promoted));
    EXPECT_EQ(storage::LoadBooking(*db, future)->status, BookingStatus::Cancelled);
    EXPECT_EQ(storage::LoadBooking(*db, past)->status, BookingStatus::Attended);  // history stays
    EXPECT_EQ(storage::LoadBooking(*db, next)->status, BookingStatus::Confirmed);
    EXPECT_EQ(storage::LoadBooking(*db, after)->status, BookingStatus::Waitlisted);
    ASSERT_EQ(promoted.size(), 1u);
    EXPECT_EQ(promoted[0].booking.id, next);
    EXPECT_EQ(promoted[0].person.first_name, "Hélène");
}

TEST_F(ErasureTest, NothingOfThemStaysInAnyFileOfTheDataFolder) {
    NewPerson np;
    np.first_name = "Zéphyrine";
    np.last_name = "Qoraïchi-Vandermolen";
    np.birth_year = 1977;
    np.phone = "06 98 71 35 42";
    np.neighbourhood = "Quartier Brassens";
    const Id p = *RegisterPerson(*db, site, np);
    const Id child = Person("Anatole", 2015, p);
    const std::string phone = storage::LoadPerson(*db, p)->phone;
    ASSERT_FALSE(phone.empty());
    ASSERT_TRUE(LogVisit(*db, site, {p, kReasonPaperwork, "fr"}));
    ASSERT_TRUE(BookFor(SessionOf(MakeActivity(4)), p));
    ASSERT_TRUE(CreateOrientation(*db, site, "st", {p, Topic::Housing, "", "2026-12-01", "Zéphyrine relogement"}));
    // Edits leave older versions of the row behind in pages and in the log.
    NewPerson other;
    other.first_name = "Bernard";
    for (int i = 0; i < 30; ++i) ASSERT_TRUE(RegisterPerson(*db, site, other));
    ASSERT_TRUE(SetBirthYear(*db, p, 1978));
    WriteExport(p);
    WriteExport(child);  // names the guardian by id only
    const Id bystander = Person("Bernadette");
    WriteExport(bystander);

    const std::vector<std::string> needles = {"Zéphyrine", FoldForSearch("Zéphyrine"), "Qoraïchi",
                                              FoldForSearch("Qoraïchi"), phone, "98 71 35 42",
                                              "Quartier Brassens"};
    ASSERT_FALSE(FilesHolding(needles).empty()) << "the search must see the values before erasure";

    ASSERT_TRUE(ErasePerson(*db, p, "st"));
    for (const auto& hit : FilesHolding(needles)) ADD_FAILURE() << "still readable in " << hit;
    EXPECT_TRUE(storage::SearchPeople(*db, "zeph").empty());
    EXPECT_TRUE(storage::FindByPhoneLast4(*db, phone.substr(phone.size() - 4)).empty());
    // The bystander's export stays; the erased person's own export is gone.
    EXPECT_TRUE(fs::exists(ExportFilePath(dir.path.string(), bystander, Today(db->clock()))));
    EXPECT_FALSE(fs::exists(ExportFilePath(dir.path.string(), p, Today(db->clock()))));

    // Still nothing once the database is closed and reopened.
    db.reset();
    db = std::make_unique<storage::Database>(dir.File("palier.db"), clock.clock());
    for (const auto& hit : FilesHolding(needles)) ADD_FAILURE() << "readable after reopening in " << hit;
}
