#pragma once
// One HTTP exchange with the hub over libcurl, on the calling thread (never the UI's): JSON in,
// JSON out, the token as a bearer, TLS verified. A connection that cannot be made in 10 s or a
// transfer that stalls is given up, and `cancel` stops it within a second.
// The token is never logged.
#include <atomic>
#include <string>

namespace palier::sync {

struct HttpRequest {
    std::string method = "GET";  // "GET" or "POST"
    std::string url;
    std::string body;      // JSON (POST)
    std::string token;     // "" = no Authorization header
    std::string ca_file;   // "" = the system's certificate authorities
};

// Why no answer came back.
enum class Transport {
    Ok,           // an HTTP answer, whatever its status
    Unreachable,  // no connection: no network, hub down, unknown name
    Cut,          // the connection broke or stalled during the exchange
    Tls,          // the hub's certificate could not be verified
    Cancelled,    // `cancel` was set
    Failed,       // anything else (a malformed address...)
};

struct HttpResponse {
    Transport transport = Transport::Failed;
    int status = 0;
    std::string body;
    int retry_after_s = -1;  // Retry-After in seconds, -1 when absent
    std::string detail;      // for the log only
};

HttpResponse Send(const HttpRequest& request, const std::atomic<bool>* cancel = nullptr);
// curl's global set-up, once, and not thread-safe itself: called before the sync thread starts
// (Send calls it too, for the command line).
void PrepareHttp();

}  // namespace palier::sync
