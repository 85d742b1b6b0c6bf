// Printers without a CUPS server: an empty list, fast; sending says so in words.
#include "kiosk/print/Printers.h"

#include <chrono>

#include "print_support.h"

using namespace palier;
using namespace palier::print;

TEST(Printers, NoServerMeansNoPrintersAndNoHang) {
    const auto t0 = std::chrono::steady_clock::now();
    const CupsServer nobody{
        .address = "127.0.0.1:9", .connect_timeout_ms = 1000, .io_timeout_s = 2};
    EXPECT_TRUE(ListPrinters(nobody).empty());
    auto job = SendToPrinter("Bureau", "/etc/hostname", 1, "test", nobody);
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.problem().key, "print.err.no_cups");
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
}

TEST(Printers, UnroutableServerGivesUpWithinTheTimeout) {
    // 10.255.255.1 is not routed here: the connection attempt must time out, not hang.
    const auto t0 = std::chrono::steady_clock::now();
    const CupsServer far{
        .address = "10.255.255.1:631", .connect_timeout_ms = 800, .io_timeout_s = 1};
    EXPECT_TRUE(ListPrinters(far).empty());
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(4));
}

TEST(Printers, RefusesBadCopiesAndMissingFiles) {
    auto zero = SendToPrinter("Bureau", "/etc/hostname", 0, "t");
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.problem().key, "print.err.copies");
    auto missing = SendToPrinter("Bureau", "/no/such/file.pdf", 1, "t");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.problem().key, "print.err.file");
}

TEST(Printers, StateReasonsInWords) {
    PrinterInfo p{.name = "Bureau",
                  .description = {},
                  .location = {},
                  .is_default = true,
                  .accepting = true,
                  .state = PrinterState::Idle,
                  .reasons = "none"};
    EXPECT_FALSE(PrinterProblem(p).has_value());
    p.reasons = "media-jam-error";
    EXPECT_EQ(PrinterProblem(p)->key, "print.err.jammed");
    EXPECT_EQ(PrinterProblem(p)->args.at("printer"), "Bureau");
    p.reasons = "toner-low-warning,offline-report";
    EXPECT_EQ(PrinterProblem(p)->key, "print.err.offline");
    p.reasons = "media-empty-error";
    EXPECT_EQ(PrinterProblem(p)->key, "print.err.paper");
    p.reasons = "toner-low-warning";
    EXPECT_FALSE(PrinterProblem(p).has_value());
    p.reasons = "paused";
    EXPECT_EQ(PrinterProblem(p)->key, "print.err.stopped");
    p.reasons = "none";
    p.accepting = false;
    EXPECT_EQ(PrinterProblem(p)->key, "print.err.not_accepting");
}

TEST(Printers, SaveAndPrintAlwaysKeepsThePdf) {
    palier::test::TempDir dir;
    const std::vector<uint8_t> pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '5', '\n'};
    const auto outcome = SaveAndPrint(
        pdf, dir.File("print/slip.pdf"), "Bureau", 1, "Fiche",
        CupsServer{.address = "127.0.0.1:9", .connect_timeout_ms = 500, .io_timeout_s = 1});
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.problem->key, "print.err.no_cups");
    EXPECT_EQ(outcome.saved_path, dir.File("print/slip.pdf"));
    EXPECT_TRUE(std::filesystem::exists(outcome.saved_path));
    EXPECT_EQ(outcome.job_id, 0);
}
