// `palier-hub`: the server every kiosk syncs with, and its commands for the person who runs it.
//   palier-hub --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--rate N] [--threads N]
//              [--io-timeout S] [--bus-share PERCENT] [--now YYYY-MM-DDTHH:MM]
//   palier-hub enrol --data DIR --site NAME [--valid-hours H]   prints a one-time code
//   palier-hub revoke --data DIR DEVICE
//   palier-hub devices --data DIR
//   palier-hub anomalies --data DIR
//   palier-hub sessions --data DIR                 upcoming sessions, seats and allotments
//   palier-hub allot --data DIR --session ID --device ID --seats N
//   palier-hub account add --data DIR --login NAME --role coordinator|volunteer
//              a dashboard account; its password is the first line of standard input, so it
//              appears in no command line or shell history (10 characters at least)
// --lang fr|en chooses the language of these messages; --now YYYY-MM-DDTHH:MM starts the clock
// there, in the site's time zone (tests, demos). Exit codes: 0 done, 1 failed, 2 bad usage.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <pthread.h>
#include <string>
#include <thread>
#include <vector>

#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "hub/WebAccess.h"
#include "kiosk/DataDir.h"
#include "kiosk/I18n.h"

using namespace palier;

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

struct HubArgs {
    std::string data = DefaultDataDir() + "-hub";
    std::string listen = "127.0.0.1:8750";
    std::string site, tls_cert, tls_key, session, device, now, login, role;
    int seats = -1;
    double rate = 20;
    int threads = 8;
    int valid_hours = 24;
    int io_timeout = 10;
    int bus_share = palier::kBusSharePercent;
    std::vector<std::string> words;
    std::string bad;
};

HubArgs Parse(int argc, char** argv) {
    HubArgs a;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        const bool has_value = i + 1 < argc;
        if (w == "--data" && has_value) a.data = argv[++i];
        else if (w == "--listen" && has_value) a.listen = argv[++i];
        else if (w == "--site" && has_value) a.site = argv[++i];
        else if (w == "--session" && has_value) a.session = argv[++i];
        else if (w == "--now" && has_value) a.now = argv[++i];
        else if (w == "--device" && has_value) a.device = argv[++i];
        else if (w == "--login" && has_value) a.login = argv[++i];
        else if (w == "--role" && has_value) a.role = argv[++i];
        else if (w == "--seats" && has_value) a.seats = std::atoi(argv[++i]);
        else if (w == "--tls-cert" && has_value) a.tls_cert = argv[++i];
        else if (w == "--tls-key" && has_value) a.tls_key = argv[++i];
        else if (w == "--rate" && has_value) a.rate = std::atof(argv[++i]);
        else if (w == "--threads" && has_value) a.threads = std::atoi(argv[++i]);
        else if (w == "--valid-hours" && has_value) a.valid_hours = std::atoi(argv[++i]);
        else if (w == "--io-timeout" && has_value) a.io_timeout = std::atoi(argv[++i]);
        else if (w == "--bus-share" && has_value) a.bus_share = std::atoi(argv[++i]);
        else if (w == "--lang" && has_value) {
            Lang lang;
            if (ParseLang(argv[++i], lang)) SetLanguage(lang);
            else a.bad = argv[i];
        } else if (w.rfind("--", 0) == 0) a.bad = w;
        else a.words.push_back(w);
    }
    if (a.rate <= 0 || a.threads < 1 || a.threads > 256 || a.valid_hours < 1 || a.io_timeout < 1 ||
        a.bus_share < 0 || a.bus_share > 100)
        a.bad = "--rate/--threads/--valid-hours/--io-timeout/--bus-share";
    return a;
}

int Usage(const std::string& word) {
    if (!word.empty()) std::fprintf(stderr, "%s\n", Trf("cli.unknown_word", {{"word", word}}).c_str());
    std::fprintf(stderr, "%s\n", Tr("hub.usage"));
    return kUsage;
}

int Fail(const std::string& sentence) {
    std::fprintf(stderr, "%s\n", sentence.c_str());
    return kFailed;
}

std::string Day(int64_t ms) {
    const std::time_t t = ms / 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

int Serve(hub::HubStore& store, const HubArgs& a) {
    hub::HubOptions o;
    const auto colon = a.listen.rfind(':');
    if (colon == std::string::npos) return Usage(a.listen);
    o.host = a.listen.substr(0, colon);
    o.port = std::atoi(a.listen.c_str() + colon + 1);
    if (o.port < 0 || o.port > 65535 || (a.tls_cert.empty() != a.tls_key.empty())) return Usage(a.listen);
    o.tls_cert = a.tls_cert;
    o.tls_key = a.tls_key;
    o.requests_per_second = a.rate;
    o.threads = a.threads;
    o.io_timeout_s = a.io_timeout;
    o.bus_share_percent = a.bus_share;

    // SIGTERM and SIGINT are taken by one thread that stops the server; requests under way end
    // first, and each is one transaction, so nothing is left half-applied.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    hub::HubServer server(store, o);
    std::string error;
    if (!server.Bind(error)) return Fail(error);
    std::printf("%s\n", Trf("hub.listening", {{"address", (o.tls_cert.empty() ? "http://" : "https://") + o.host + ":" +
                                                               std::to_string(server.port())}}).c_str());
    std::fflush(stdout);
    std::thread watcher([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        server.Stop();
    });
    server.Serve();
    // Serve() also returns when the socket fails; the watcher then still waits for its signal.
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    std::fprintf(stderr, "%s\n", Tr("hub.stopped"));
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    LoadCatalogues(DefaultI18nDir());
    const HubArgs a = Parse(argc, argv);
    if (!a.bad.empty()) return Usage(a.bad);
    std::unique_ptr<hub::HubStore> store;
    try {
        store = hub::OpenSqliteHub(a.data, SystemClock(), a.now);
    } catch (const std::exception& e) {
        return Fail(e.what());
    }
    const std::string cmd = a.words.empty() ? "serve" : a.words[0];
    if (cmd == "serve" && a.words.size() <= 1) return Serve(*store, a);
    if (cmd == "enrol" && a.words.size() == 1) {
        if (a.site.empty()) return Usage("--site");
        std::printf("%s\n", store->NewEnrolCode(a.site, int64_t{a.valid_hours} * 3600 * 1000).c_str());
        return kOk;
    }
    if (cmd == "revoke" && a.words.size() == 2) {
        if (!store->Revoke(a.words[1])) return Fail(Trf("hub.no_such_device", {{"device", a.words[1]}}));
        std::printf("%s\n", Trf("hub.revoked", {{"device", a.words[1]}}).c_str());
        return kOk;
    }
    if (cmd == "devices" && a.words.size() == 1) {
        for (const auto& d : store->Devices())
            std::printf("%s\t%s\t%s\t%lld\t%s\n", d.id.c_str(), d.site.c_str(),
                        d.revoked_ms ? Tr("hub.device_revoked") : Tr("hub.device_active"),
                        static_cast<long long>(d.acked_through),
                        d.last_seen_ms ? Day(*d.last_seen_ms).c_str() : Tr("hub.never_seen"));
        return kOk;
    }
    if (cmd == "anomalies" && a.words.size() == 1) {
        for (const auto& an : store->Anomalies(1000))
            std::printf("%s\t%s\t%s\t%s\t%s\n", Day(an.at_ms).c_str(), an.device_id.c_str(), an.kind.c_str(),
                        an.record_id.c_str(), an.reason.c_str());
        return kOk;
    }
    if (cmd == "sessions" && a.words.size() == 1) {
        for (const auto& line : store->UpcomingSessions()) std::printf("%s\n", line.c_str());
        return kOk;
    }
    if (cmd == "allot" && a.words.size() == 1) {
        if (a.session.empty() || a.device.empty() || a.seats < 0) return Usage("--session/--device/--seats");
        auto done = store->Allot(a.session, a.device, a.seats);
        if (auto* r = std::get_if<hub::Refusal>(&done)) return Fail(r->sentence);
        std::printf("%s\n", Trf("hub.allotted", {{"device", a.device}, {"seats", std::to_string(a.seats)}}).c_str());
        return kOk;
    }
    if (cmd == "account" && a.words.size() == 2 && a.words[1] == "add") {
        const auto role = hub::ParseWebRole(a.role);
        if (a.login.empty() || !role) return Usage("--login/--role");
        std::string password;
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
        const Status done = hub::CreateAccount(*store, a.login, *role, password);
        if (!done) return Fail(Describe(done.problem()));
        const char* role_name = *role == hub::WebRole::Coordinator ? "web.role_coordinator" : "web.role_volunteer";
        std::printf("%s\n", Trf("web.account_added", {{"login", a.login}, {"role", Tr(role_name)}}).c_str());
        return kOk;
    }
    return Usage(cmd);
}
