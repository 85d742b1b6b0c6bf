// palier_e2e_window_check full|windowed [SECONDS]: waits up to SECONDS (default 10) for the
// kiosk's window ("Palier", a child of the root window) to cover the whole X screen from its
// corner (full) or not to (windowed), then exits 0; exits 1 when it never does, saying where
// the window was. Reads the window as the X server has it, not as the kiosk says it is.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace {

struct Seen {
    bool found = false;
    int x = 0, y = 0, w = 0, h = 0;
    bool viewable = false;
};

Seen Look(Display* dpy) {
    Seen seen;
    Window root = DefaultRootWindow(dpy), parent = 0, *children = nullptr;
    unsigned count = 0;
    if (!XQueryTree(dpy, root, &root, &parent, &children, &count)) return seen;
    for (unsigned i = 0; i < count && !seen.found; ++i) {
        char* name = nullptr;
        if (!XFetchName(dpy, children[i], &name) || !name) continue;
        const bool ours = std::strcmp(name, "Palier") == 0;
        XFree(name);
        if (!ours) continue;
        XWindowAttributes a;
        if (!XGetWindowAttributes(dpy, children[i], &a)) continue;
        Window child = 0;
        XTranslateCoordinates(dpy, children[i], root, 0, 0, &seen.x, &seen.y, &child);
        seen.w = a.width;
        seen.h = a.height;
        seen.viewable = a.map_state == IsViewable;
        seen.found = true;
    }
    if (children) XFree(children);
    return seen;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || (std::strcmp(argv[1], "full") != 0 && std::strcmp(argv[1], "windowed") != 0)) {
        std::fprintf(stderr, "usage: palier_e2e_window_check full|windowed [SECONDS]\n");
        return 2;
    }
    const bool want_full = std::strcmp(argv[1], "full") == 0;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 10.0;
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "window_check: no X display\n");
        return 1;
    }
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    Seen seen;
    int screen_w = 0, screen_h = 0;
    for (;;) {
        XSync(dpy, False);
        // The screen's size as it is now: a monitor turned off may have shrunk it.
        XWindowAttributes root;
        XGetWindowAttributes(dpy, DefaultRootWindow(dpy), &root);
        screen_w = root.width;
        screen_h = root.height;
        seen = Look(dpy);
        const bool full = seen.found && seen.viewable && seen.x == 0 && seen.y == 0 && seen.w == screen_w && seen.h == screen_h;
        if (seen.found && full == want_full) break;
        if (std::chrono::steady_clock::now() >= until) {
            if (!seen.found) std::fprintf(stderr, "window_check: no window named Palier\n");
            else
                std::fprintf(stderr, "window_check: the window is at %d,%d %dx%d%s on a %dx%d screen, not %s\n", seen.x, seen.y,
                             seen.w, seen.h, seen.viewable ? "" : " (not shown)", screen_w, screen_h, argv[1]);
            XCloseDisplay(dpy);
            return 1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::printf("window %s: %d,%d %dx%d on a %dx%d screen\n", argv[1], seen.x, seen.y, seen.w, seen.h, screen_w, screen_h);
    XCloseDisplay(dpy);
    return 0;
}
