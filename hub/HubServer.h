#pragma once
// The hub's HTTP face (docs/SYNC.md): enrolment, push, pull, health. Only hub/ includes httplib.
#include <memory>
#include <string>

#include "hub/HubStore.h"
#include "kiosk/SeatRules.h"

namespace palier::hub {

struct HubOptions {
    std::string host = "127.0.0.1";
    int port = 8750;  // 0: any free port (tests)
    std::string tls_cert, tls_key;  // both set: HTTPS only
    double requests_per_second = 20;  // per device (per address before enrolment)
    int threads = 8;                  // requests served at once; more wait their turn
    int io_timeout_s = 10;            // a client that stops sending or reading is dropped
    int bus_share_percent = kBusSharePercent;  // of each session at a bus stop, for the bus's kiosks
    size_t max_body = 4 * 1024 * 1024;
};

class HubServer {
public:
    HubServer(HubStore& store, HubOptions options);
    ~HubServer();
    // Binds the address; false (with a sentence in `error`) when it cannot.
    bool Bind(std::string& error);
    int port() const;
    // Serves until Stop(); requests under way finish (each is one transaction or nothing).
    void Serve();
    void Stop();  // from any thread, or a signal watcher

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace palier::hub
