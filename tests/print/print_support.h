#pragma once
// Shared by the print tests: the demo centre in a temp folder on a frozen clock, and the
// poppler tools (pdftotext, pdftoppm, pdffonts) to read back what we printed.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/Dates.h"
#include "kiosk/I18n.h"
#include "storage/Database.h"

namespace palier::test {

// A temp folder removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    std::string File(const std::string& name) const { return (path / name).string(); }
};

// Monday 2026-11-23 (ISO week 2026-W48), 10:00 local time.
Date TestToday();
constexpr const char* kTestWeek = "2026-W48";

// A database with the demo centre ("Les Montoires") as of TestToday().
class DemoDb : public ::testing::Test {
  protected:
    void SetUp() override;
    TempDir dir;
    std::unique_ptr<storage::Database> db;
};

// An empty database (no demo) on the same clock.
class EmptyDb : public ::testing::Test {
  protected:
    void SetUp() override;
    TempDir dir;
    std::unique_ptr<storage::Database> db;
};

// Runs a shell command; returns its standard output (empty on failure).
std::string Capture(const std::string& command);
// The text of a PDF (pdftotext -raw: drawing order), all pages or one page (1-based), with
// every run of white space collapsed to one space so wrapped cells read as one line.
// raw = false: poppler's reading order instead (right-to-left words come out whole).
std::string PdfText(const std::string& pdf_path, int page = 0, bool raw = true);
int PdfPageCount(const std::string& pdf_path);
// Each page rendered by pdftoppm (grey, `dpi`): the share of pixels that are not white.
std::vector<double> InkPerPage(const std::string& pdf_path, int dpi = 30);
// pdffonts' table: true when every font is embedded.
bool AllFontsEmbedded(const std::string& pdf_path);
void WriteBytes(const std::string& path, const std::vector<uint8_t>& bytes);

}  // namespace palier::test
