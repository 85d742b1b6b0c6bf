// CUPS for real: a private cupsd (own ServerRoot in a temp folder, listening on a spare
// loopback port) with a cups-pdf queue; the weekly sheet goes through SaveAndPrint, the same
// call the kiosk's Print screen and `palier print --printer` make, and the job's PDF is found
// in the queue's output folder. The daemon is stopped by the test itself.
//
// Needs: cups (cupsd, lpadmin) and printer-driver-cups-pdf (with ghostscript). Skipped when
// cupsd is not installed. Runs as root: the cups-pdf backend only runs as root and reads its
// per-queue settings from /etc/cups/cups-pdf-<queue>.conf (the path is compiled in), which the
// test writes and removes.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "kiosk/print/PrintDocument.h"
#include "kiosk/print/Printers.h"
#include "print_support.h"

using namespace palier;
using namespace palier::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCupsd = "/usr/sbin/cupsd";
constexpr const char* kCupsPdfBackend = "/usr/lib/cups/backend/cups-pdf";
constexpr const char* kCupsPdfPpd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

int FreePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool PortOpen(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

void WriteText(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

std::string ReadText(const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A cupsd of our own, stopped (and its cups-pdf settings removed) when this goes away.
class PrivateCups {
  public:
    PrivateCups() = default;
    PrivateCups(const PrivateCups&) = delete;
    PrivateCups& operator=(const PrivateCups&) = delete;
    ~PrivateCups() { Stop(); }

    // Returns "" when running, else what went wrong.
    std::string Start(const std::string& queue) {
        queue_ = queue;
        root_ = dir_.path;
        // Filters run as user lp: they must reach the spool and write their temp files.
        fs::permissions(root_, fs::perms::owner_all | fs::perms::group_read |
                                   fs::perms::group_exec | fs::perms::others_read |
                                   fs::perms::others_exec);
        for (const char* d : {"spool", "cache", "state", "log", "tmp", "out", "cups-pdf-spool"})
            fs::create_directories(root_ / d);
        fs::permissions(root_ / "tmp", fs::perms::all | fs::perms::sticky_bit);
        fs::permissions(root_ / "out", fs::perms::all);
        port_ = FreePort();
        if (port_ == 0) return "no free port";
        WriteText(
            root_ / "cupsd.conf",
            "Listen 127.0.0.1:" + std::to_string(port_) +
                "\n"
                "LogLevel info\nBrowsing Off\nWebInterface No\nDefaultAuthType None\n"
                "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
        const std::string r = root_.string();
        WriteText(root_ / "cups-files.conf",
                  "ServerRoot " + r + "\nRequestRoot " + r + "/spool\nCacheDir " + r +
                      "/cache\nStateDir " + r + "/state\nTempDir " + r + "/tmp\nErrorLog " + r +
                      "/log/error_log\nAccessLog " + r + "/log/access_log\nPageLog " + r +
                      "/log/page_log\nPrintcap " + r +
                      "/printcap\n"
                      "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nUser lp\nGroup "
                      "lp\nSystemGroup root\n");
        // cups-pdf's settings for this queue only: its PDFs land in our folder.
        pdf_conf_ = fs::path("/etc/cups") / ("cups-pdf-" + queue + ".conf");
        {
            std::ofstream conf(pdf_conf_);
            if (!conf) return "cannot write " + pdf_conf_.string() + " (the test needs root)";
            conf << "Out " << r << "/out\nAnonDirName " << r << "/out\nSpool " << r
                 << "/cups-pdf-spool\nLabel 1\nGrp root\nLog " << r << "/log\n";
        }

        pid_ = ::fork();
        if (pid_ == 0) {
            const std::string c = r + "/cupsd.conf", s = r + "/cups-files.conf";
            ::execl(kCupsd, kCupsd, "-f", "-c", c.c_str(), "-s", s.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        if (pid_ < 0) return "fork failed";
        for (int i = 0; i < 100; ++i) {
            if (PortOpen(port_)) return "";
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                return "cupsd exited: " + ReadText(root_ / "log" / "error_log");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return "cupsd did not listen within 10 s";
    }

    void Stop() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            int status = 0;
            for (int i = 0; i < 50 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (::waitpid(pid_, &status, WNOHANG) == 0) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &status, 0);
            }
            pid_ = -1;
        }
        if (!pdf_conf_.empty()) {
            std::error_code ec;
            fs::remove(pdf_conf_, ec);
            pdf_conf_.clear();
        }
    }

    // Runs a CUPS admin command against this server; returns its exit status.
    int Admin(const std::string& tool, const std::string& args) const {
        const std::string cmd = tool + " -h 127.0.0.1:" + std::to_string(port_) + " " + args +
                                " >>" + (root_ / "log" / "admin_log").string() + " 2>&1";
        return std::system(cmd.c_str());
    }

    print::CupsServer server() const {
        return print::CupsServer{.address = "127.0.0.1:" + std::to_string(port_),
                                 .connect_timeout_ms = 2000,
                                 .io_timeout_s = 10};
    }
    fs::path out_dir() const { return root_ / "out"; }
    std::string log() const {
        return ReadText(root_ / "log" / "error_log") + ReadText(root_ / "log" / "admin_log");
    }

  private:
    TempDir dir_;
    fs::path root_, pdf_conf_;
    std::string queue_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// The PDF cups-pdf wrote for a job ("<title>-job_<id>.pdf" or "job_<id>-<title>.pdf").
fs::path FindJobOutput(const fs::path& dir, int job, std::chrono::seconds wait) {
    const std::string tag = "job_" + std::to_string(job);
    const auto until = std::chrono::steady_clock::now() + wait;
    while (std::chrono::steady_clock::now() < until) {
        for (const auto& e : fs::directory_iterator(dir)) {
            const std::string name = e.path().filename().string();
            const size_t at = name.find(tag);
            // "job_1" must not match "job_12".
            if (at != std::string::npos &&
                !std::isdigit(static_cast<unsigned char>(name[at + tag.size()])) &&
                e.path().extension() == ".pdf" && e.file_size() > 0) {
                // Wait until the backend has finished writing it.
                const auto size = e.file_size();
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                if (fs::file_size(e.path()) == size) return e.path();
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return {};
}

}  // namespace

using CupsPrinting = DemoDb;

TEST_F(CupsPrinting, WeeklySheetThroughAPrivateCupsdAndCupsPdf) {
    if (!fs::exists(kCupsd)) GTEST_SKIP() << kCupsd << " is not installed (Debian package: cups)";
    ASSERT_TRUE(fs::exists(kCupsPdfBackend))
        << "the cups-pdf backend is missing (Debian package: printer-driver-cups-pdf)";
    ASSERT_EQ(::geteuid(), 0u) << "the cups-pdf backend runs only as root; run this test as root";

    const std::string queue = "palier-test-" + std::to_string(::getpid());
    PrivateCups cups;
    const std::string started = cups.Start(queue);
    ASSERT_EQ(started, "");
    // A scheduler without queues: an empty list, quickly (no network discovery wait).
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(print::ListPrinters(cups.server()).empty());
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(3));

    ASSERT_EQ(cups.Admin("lpadmin", "-p " + queue + " -E -v cups-pdf:/" + queue + " -P " +
                                        kCupsPdfPpd + " -D 'PDF du bureau'"),
              0)
        << cups.log();
    ASSERT_EQ(cups.Admin("lpadmin", "-d " + queue), 0) << cups.log();

    // The Print screen's list: our queue, flagged default, ready.
    const auto printers = print::ListPrinters(cups.server());
    ASSERT_EQ(printers.size(), 1u) << cups.log();
    EXPECT_EQ(printers[0].name, queue);
    EXPECT_TRUE(printers[0].is_default);
    EXPECT_EQ(printers[0].description, "PDF du bureau");
    EXPECT_FALSE(print::PrinterProblem(printers[0]).has_value()) << printers[0].reasons;

    // Print the week as the kiosk does: compose, write the PDF, save and send.
    auto doc = print::Compose(*db, print::DocRequest::Week(kTestWeek));
    ASSERT_TRUE(doc.ok());
    auto pdf = print::WritePdf(*doc);
    ASSERT_TRUE(pdf.ok());
    const auto outcome = print::SaveAndPrint(*pdf, dir.File("print/" + doc->file_name()), queue, 1,
                                             doc->title(), cups.server());
    ASSERT_TRUE(outcome.ok()) << Describe(*outcome.problem) << " — " << outcome.problem->detail
                              << "\n"
                              << cups.log();
    ASSERT_GT(outcome.job_id, 0);
    EXPECT_TRUE(fs::exists(outcome.saved_path));

    const fs::path printed =
        FindJobOutput(cups.out_dir(), outcome.job_id, std::chrono::seconds(90));
    ASSERT_FALSE(printed.empty()) << "no output for job " << outcome.job_id << "\n" << cups.log();
    EXPECT_EQ(PdfPageCount(printed.string()), doc->page_count());
    const auto ink = InkPerPage(printed.string());
    ASSERT_FALSE(ink.empty());
    EXPECT_GT(ink[0], 0.01) << "the printed page is blank";

    auto job = print::GetJob(outcome.job_id, cups.server());
    ASSERT_TRUE(job.ok());
    for (int i = 0; i < 50 && job.ok() && job->state != print::JobState::Completed; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        job = print::GetJob(outcome.job_id, cups.server());
    }
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->state, print::JobState::Completed);

    // A stopped queue and an unknown one are refused in words, before anything is queued.
    ASSERT_EQ(cups.Admin("cupsdisable", queue), 0);
    auto stopped = print::SendToPrinter(queue, outcome.saved_path, 1, "t", cups.server());
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.problem().key, "print.err.stopped");
    EXPECT_NE(Describe(stopped.problem()).find(queue), std::string::npos);
    ASSERT_EQ(cups.Admin("cupsenable", queue), 0);
    ASSERT_EQ(cups.Admin("cupsreject", queue), 0);
    auto rejecting = print::SendToPrinter(queue, outcome.saved_path, 1, "t", cups.server());
    ASSERT_FALSE(rejecting.ok());
    EXPECT_EQ(rejecting.problem().key, "print.err.not_accepting");
    auto unknown = print::SendToPrinter("no-such-queue", outcome.saved_path, 1, "t", cups.server());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.problem().key, "print.err.no_printer");

    cups.Stop();
    // With the daemon gone the list is empty again, at once.
    EXPECT_TRUE(print::ListPrinters(cups.server()).empty());
}
