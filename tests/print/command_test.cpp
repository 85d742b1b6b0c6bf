// `palier print ...` through RunPrintCommand: what scripts and cron rely on (exit codes 0/1/2,
// files where asked, words on stderr).
#include <cstdio>
#include <filesystem>

#include "kiosk/Catalogue.h"
#include "kiosk/print/PrintCommand.h"
#include "print_support.h"
#include "storage/OrientationStore.h"

using namespace palier;
using namespace palier::test;

namespace {

struct CommandRun {
    int code = -1;
    std::string out, err;
};

// Runs the command with stdout/stderr captured in temp files.
CommandRun Print(storage::Database& db, const std::vector<std::string>& args) {
    CommandRun r;
    std::FILE* out = std::tmpfile();
    std::FILE* err = std::tmpfile();
    r.code = RunPrintCommand(args, db, out, err);
    auto slurp = [](std::FILE* f) {
        std::string s;
        std::rewind(f);
        char buf[1024];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
        std::fclose(f);
        return s;
    };
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

}  // namespace

using PrintCommand = DemoDb;

TEST_F(PrintCommand, WeekToAFile) {
    const std::string path = dir.File("out/week.pdf");
    const CommandRun r = Print(*db, {"week", "--week", kTestWeek, "--out", path, "--lang2", "ar"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_NE(r.out.find("PDF enregistré"), std::string::npos) << r.out;
    EXPECT_NE(PdfText(path).find("Programme de la semaine 48"), std::string::npos);
}

TEST_F(PrintCommand, SessionAndReferralToFiles) {
    auto week = WeekProgramme(*db, *ParseIsoWeek(kTestWeek));
    ASSERT_TRUE(week.ok() && !week->empty());
    const CommandRun s = Print(*db, {"print", "session", "--session", week->back().session.id,
                                     "--out", dir.File("s.pdf")});
    EXPECT_EQ(s.code, 0) << s.err;
    Id referred;
    for (const auto& o : storage::OpenOrientations(*db))
        if (!o.partner_id.empty()) referred = o.id;
    ASSERT_FALSE(referred.empty());
    const CommandRun r =
        Print(*db, {"referral", "--orientation", referred, "--out", dir.File("r.pdf")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(PdfText(dir.File("r.pdf")).find("Fiche d'orientation"), std::string::npos);
}

TEST_F(PrintCommand, BadUsageIsTwo) {
    EXPECT_EQ(Print(*db, {}).code, 2);
    EXPECT_EQ(Print(*db, {"poster"}).code, 2);
    const CommandRun bad_week =
        Print(*db, {"week", "--week", "2026-W60", "--out", dir.File("w.pdf")});
    EXPECT_EQ(bad_week.code, 2);
    EXPECT_NE(bad_week.err.find("« 2026-W60 » n'est pas une semaine"), std::string::npos)
        << bad_week.err;
    EXPECT_EQ(Print(*db, {"week", "--week", "48", "--out", dir.File("w.pdf")}).code, 2);
    EXPECT_EQ(Print(*db, {"week", "--out", dir.File("w.pdf")}).code, 2);
    EXPECT_EQ(Print(*db, {"week", "--week", kTestWeek}).code, 2);  // neither --out nor --printer
    EXPECT_EQ(Print(*db, {"week", "--week", kTestWeek, "--out"}).code, 2);
    EXPECT_EQ(Print(*db, {"week", "--week", kTestWeek, "--out", "x.pdf", "--copies", "0"}).code, 2);
    EXPECT_EQ(Print(*db, {"week", "--week", kTestWeek, "--out", "x.pdf", "--lang2", "xx"}).code, 2);
    EXPECT_EQ(Print(*db, {"session", "--week", kTestWeek, "--out", "x.pdf"}).code, 2);
    EXPECT_FALSE(std::filesystem::exists("x.pdf"));
}

TEST_F(PrintCommand, UnknownIdsAndUnwritablePathsAreOne) {
    const CommandRun s =
        Print(*db, {"session", "--session", "no-such-id", "--out", dir.File("s.pdf")});
    EXPECT_EQ(s.code, 1);
    EXPECT_FALSE(s.err.empty());
    const CommandRun o =
        Print(*db, {"referral", "--orientation", "no-such-id", "--out", dir.File("o.pdf")});
    EXPECT_EQ(o.code, 1);
    EXPECT_NE(o.err.find("introuvable"), std::string::npos) << o.err;
    // A folder cannot be created below a regular file.
    const std::string blocker = dir.File("a-file");
    WriteBytes(blocker, {'x'});
    const CommandRun w = Print(*db, {"week", "--week", kTestWeek, "--out", blocker + "/week.pdf"});
    EXPECT_EQ(w.code, 1);
    EXPECT_NE(w.err.find("Impossible d'enregistrer"), std::string::npos) << w.err;
}

TEST_F(PrintCommand, NoCupsKeepsThePdfAndSaysWhere) {
    // Port 9 on the loopback: nothing listens there, the connection is refused at once.
    const CommandRun r = Print(
        *db, {"week", "--week", kTestWeek, "--printer", "Bureau", "--cups-server", "127.0.0.1:9"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("Le service d'impression ne répond pas"), std::string::npos) << r.err;
    const auto kept = dir.path / "print" / "programme-2026-W48.pdf";
    EXPECT_TRUE(std::filesystem::exists(kept));
    EXPECT_NE(r.err.find(kept.string()), std::string::npos) << r.err;
}
