#include "print_support.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "kiosk/Demo.h"
#include "tests/unit/cli_support.h"

// LeakSanitizer (ASan builds) asks the program for suppressions: fontconfig keeps its pattern
// and font-set caches, reached through pango's per-thread font map, until the process exits.
// Only those are suppressed; a leak of ours still fails the test run.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

namespace palier::test {

namespace {
Clock FrozenClock() {
    const int64_t ms = LocalMs(TestToday(), 10, 0);
    return Clock{[ms] { return ms; }};
}

void LoadTexts() {
    ASSERT_TRUE(LoadCatalogues(std::string(PALIER_SOURCE_DIR) + "/assets/i18n"));
    SetLanguage(Lang::Fr);
}
}  // namespace

TempDir::TempDir() {
    std::random_device rd;
    path = std::filesystem::temp_directory_path() /
           ("palier-print-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

Date TestToday() {
    return *ParseDate("2026-11-23");
}

void DemoDb::SetUp() {
    LoadTexts();
    db = std::make_unique<storage::Database>(dir.File("palier.db"), FrozenClock());
    ASSERT_TRUE(
        CreateDemoData(*db, TestToday(), {.seed = 42, .residents = 200, .fast_pins = true}));
}

void EmptyDb::SetUp() {
    LoadTexts();
    db = std::make_unique<storage::Database>(dir.File("palier.db"), FrozenClock());
}

std::string Capture(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    ::pclose(pipe);
    return out;
}

std::string PdfText(const std::string& pdf_path, int page, bool raw) {
    std::string cmd = raw ? "pdftotext -raw -enc UTF-8 " : "pdftotext -enc UTF-8 ";
    if (page > 0) cmd += "-f " + std::to_string(page) + " -l " + std::to_string(page) + " ";
    const std::string extracted = Capture(cmd + ShellQuoted(pdf_path) + " - 2>/dev/null");
    std::string out;
    std::string text = extracted;
    // A no-break space reads as a space.
    for (size_t pos; (pos = text.find("\xC2\xA0")) != std::string::npos;) text.replace(pos, 2, " ");
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

int PdfPageCount(const std::string& pdf_path) {
    std::istringstream in(Capture("pdfinfo " + ShellQuoted(pdf_path) + " 2>/dev/null"));
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
    return 0;
}

std::vector<double> InkPerPage(const std::string& pdf_path, int dpi) {
    TempDir tmp;
    const std::string prefix = tmp.File("page");
    const std::string cmd =
        "pdftoppm -gray -r " + std::to_string(dpi) + " " + ShellQuoted(pdf_path) + " " + ShellQuoted(prefix);
    if (std::system(cmd.c_str()) != 0) return {};
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(tmp.path)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<double> ink;
    for (const auto& f : files) {
        // PGM: "P5\n<w> <h>\n255\n" then w*h bytes.
        std::ifstream in(f, std::ios::binary);
        std::string magic;
        int w = 0, h = 0, max = 0;
        in >> magic >> w >> h >> max;
        in.get();
        if (magic != "P5" || w <= 0 || h <= 0) return {};
        std::vector<unsigned char> px(static_cast<size_t>(w) * static_cast<size_t>(h));
        in.read(reinterpret_cast<char*>(px.data()), static_cast<std::streamsize>(px.size()));
        size_t dark = 0;
        for (unsigned char p : px) dark += p < 200;
        ink.push_back(static_cast<double>(dark) / static_cast<double>(px.size()));
    }
    return ink;
}

bool AllFontsEmbedded(const std::string& pdf_path) {
    std::istringstream in(Capture("pdffonts " + ShellQuoted(pdf_path) + " 2>/dev/null"));
    std::string line;
    int fonts = 0;
    while (std::getline(in, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        ++fonts;
        // Columns: name type [type...] encoding emb sub uni object ID: "emb" is the 5th from the
        // end.
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string x; words >> x;) w.push_back(x);
        if (w.size() < 6 || w[w.size() - 5] != "yes") return false;
    }
    return fonts > 0;
}

void WriteBytes(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

}  // namespace palier::test
