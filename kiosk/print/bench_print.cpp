// palier_print_bench: how long the weekly sheet takes for a busy week (40 sessions), from the
// database to PDF bytes, and how long a preview image takes. Prints milliseconds (median of
// several runs). Not run by ctest: `build/<preset>/kiosk/print/palier_print_bench [runs]`.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "PrintDocument.h"
#include "SyntheticWeek.h"
#include "kiosk/I18n.h"

using namespace palier;
using Steady = std::chrono::steady_clock;

namespace {
double Ms(Steady::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}
double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    LoadCatalogues(DefaultI18nDir());
    const auto dir = std::filesystem::temp_directory_path() /
                     ("palier_print_bench_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    int status = 0;
    {
        storage::Database db((dir / "bench.db").string());
        const Date monday = *ParseIsoWeek("2026-W48");
        auto titles = print::AddSyntheticWeek(db, monday, 40);
        if (!titles) {
            std::fprintf(stderr, "cannot build the week: %s\n", Describe(titles.problem()).c_str());
            return 1;
        }
        const print::DocRequest req = print::DocRequest::Week("2026-W48");
        std::vector<double> compose, pdf, write, preview, preview2;
        size_t bytes = 0;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            auto t0 = Steady::now();
            auto doc = print::Compose(db, req);
            auto t1 = Steady::now();
            auto out = print::WritePdf(*doc);
            auto t2 = Steady::now();
            auto st = print::WriteFileAtomically((dir / "week.pdf").string(), *out);
            auto t3 = Steady::now();
            auto img = print::RenderPage(*doc, 0, 800);
            auto t4 = Steady::now();
            auto full = print::RenderPreview(db, req, 0, 800);
            auto t5 = Steady::now();
            if (!doc || !out || !st || !img || !full) {
                std::fprintf(stderr, "a step failed\n");
                status = 1;
                break;
            }
            compose.push_back(Ms(t1 - t0));
            pdf.push_back(Ms(t2 - t1));
            write.push_back(Ms(t3 - t2));
            preview.push_back(Ms(t4 - t3));
            preview2.push_back(Ms(t5 - t4));
            bytes = out->size();
            pages = doc->page_count();
        }
        if (status == 0) {
            std::printf("weekly sheet, 40 sessions, %d page(s), %zu KB PDF, median of %d runs:\n",
                        pages, bytes / 1024, runs);
            std::printf("  compose (database -> recorded pages)   %7.2f ms\n", Median(compose));
            std::printf("  write PDF (fonts subset and embedded)  %7.2f ms\n", Median(pdf));
            std::printf("  save the file                          %7.2f ms\n", Median(write));
            std::printf("  compose + PDF + save                   %7.2f ms\n",
                        Median(compose) + Median(pdf) + Median(write));
            std::printf("  preview page 1 at 800 px (composed)    %7.2f ms\n", Median(preview));
            std::printf("  preview from scratch (compose+render)  %7.2f ms\n", Median(preview2));
        }
    }
    std::filesystem::remove_all(dir);
    return status;
}
