// palier_png_check FILE.png WIDTH HEIGHT: exits 0 when the PNG has that size and is not blank
// (more than one colour, and no single colour covering more than 97 % of the pixels).
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <map>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: palier_png_check FILE.png WIDTH HEIGHT\n");
        return 2;
    }
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &n, 3);
    if (!px) {
        std::fprintf(stderr, "%s: not a readable PNG\n", argv[1]);
        return 1;
    }
    const int want_w = std::atoi(argv[2]), want_h = std::atoi(argv[3]);
    std::map<unsigned, long> colours;
    const long total = static_cast<long>(w) * h;
    for (long i = 0; i < total; ++i)
        ++colours[(unsigned(px[i * 3]) << 16) | (unsigned(px[i * 3 + 1]) << 8) | px[i * 3 + 2]];
    stbi_image_free(px);
    long top = 0;
    for (const auto& [c, count] : colours) top = count > top ? count : top;
    int rc = 0;
    if (w != want_w || h != want_h) {
        std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[1], w, h, want_w, want_h);
        rc = 1;
    }
    if (colours.size() < 8 || top > total * 97 / 100) {
        std::fprintf(stderr, "%s: looks blank (%zu colours, the commonest covers %ld%%)\n", argv[1], colours.size(),
                     top * 100 / total);
        rc = 1;
    }
    return rc;
}
