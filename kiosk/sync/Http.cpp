#include "Http.h"

#include <curl/curl.h>

#include <cctype>
#include <ctime>
#include <memory>
#include <mutex>

namespace palier::sync {
namespace {

constexpr long kConnectTimeoutMs = 10'000;
// Less than a byte a second for 30 s: the hub or the line is gone.
constexpr long kLowSpeedBytes = 1;
constexpr long kLowSpeedSeconds = 30;
// A pull page is at most a few megabytes; anything far past that is not an answer from a hub.
constexpr size_t kMaxBody = 64u * 1024 * 1024;

size_t OnBody(char* data, size_t size, size_t count, void* user) {
    auto* body = static_cast<std::string*>(user);
    const size_t n = size * count;
    if (body->size() + n > kMaxBody) return 0;  // curl then fails the transfer
    body->append(data, n);
    return n;
}

std::string Trimmed(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(i);
}

// Retry-After: delta-seconds, or an HTTP date.
int ParseRetryAfter(const std::string& value) {
    const std::string v = Trimmed(value);
    if (v.empty()) return -1;
    bool digits = true;
    for (char c : v) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (digits) return v.size() > 7 ? 9'999'999 : std::stoi(v);
    const time_t when = curl_getdate(v.c_str(), nullptr);
    if (when < 0) return -1;
    const time_t now = std::time(nullptr);
    return when > now ? static_cast<int>(when - now) : 0;
}

// curl takes an answer whose connection closed before the end of its head (the blank line) as
// a whole answer with an empty body: a "200" that is only a cut connection. The head must end.
struct HeadState {
    HttpResponse* response;
    bool ended = false;
};

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
    auto* state = static_cast<HeadState*>(user);
    HttpResponse* response = state->response;
    const size_t n = size * count;
    const std::string line(data, n);
    // Each answer's head (a "100 Continue" first, then the real one) starts with its status line.
    if (line.rfind("HTTP/", 0) == 0) state->ended = false;
    if (line == "\r\n" || line == "\n") state->ended = true;
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (name == "retry-after") response->retry_after_s = ParseRetryAfter(line.substr(colon + 1));
    }
    return n;
}

int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel && cancel->load() ? 1 : 0;
}

Transport Classify(CURLcode code) {
    switch (code) {
        case CURLE_OK: return Transport::Ok;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT: return Transport::Unreachable;
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE: return Transport::Cut;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM: return Transport::Tls;
        case CURLE_ABORTED_BY_CALLBACK: return Transport::Cancelled;
        default: return Transport::Failed;
    }
}

struct CurlFree {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

void PrepareHttp() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpResponse Send(const HttpRequest& request, const std::atomic<bool>* cancel) {
    PrepareHttp();
    HttpResponse response;
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    if (!curl) {
        response.detail = "curl_easy_init failed";
        return response;
    }
    CURL* c = curl.get();
    char error[CURL_ERROR_SIZE] = {0};
    curl_slist* raw_headers = nullptr;
    raw_headers = curl_slist_append(raw_headers, "Accept: application/json");
    if (request.method == "POST") raw_headers = curl_slist_append(raw_headers, "Content-Type: application/json");
    if (!request.token.empty())
        raw_headers = curl_slist_append(raw_headers, ("Authorization: Bearer " + request.token).c_str());
    std::unique_ptr<curl_slist, CurlFree> headers(raw_headers);

    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    // A redirect would carry the token to another address: the hub answers where it is asked.
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, kLowSpeedBytes);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, kLowSpeedSeconds);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!request.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, request.ca_file.c_str());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
    HeadState head{&response};
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &head);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, OnProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool>*>(cancel));
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }

    const CURLcode code = curl_easy_perform(c);
    response.transport = Classify(code);
    if (code != CURLE_OK) {
        response.detail = std::string(curl_easy_strerror(code)) + (error[0] ? std::string(": ") + error : "");
        return response;
    }
    if (!head.ended) {
        response.transport = Transport::Cut;
        response.detail = "the connection closed before the end of the answer's head";
        response.body.clear();
        return response;
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    return response;
}

}  // namespace palier::sync
