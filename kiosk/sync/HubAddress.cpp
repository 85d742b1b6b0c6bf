#include "HubAddress.h"

#include <cctype>

namespace palier::sync {
namespace {

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string HostOf(const std::string& after_scheme) {
    if (!after_scheme.empty() && after_scheme[0] == '[') {
        const auto end = after_scheme.find(']');
        return end == std::string::npos ? after_scheme : after_scheme.substr(0, end + 1);
    }
    return after_scheme.substr(0, after_scheme.find_first_of(":/?#"));
}

bool Loopback(const std::string& host) {
    return host == "localhost" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

}  // namespace

Result<std::string> HubUrl(const std::string& typed) {
    std::string url;
    for (char c : typed)
        if (!std::isspace(static_cast<unsigned char>(c))) url += c;
    if (url.empty()) return MakeProblem("err.sync_hub_empty", "field.hub");
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string::npos) url = "https://" + url;
    const auto rest = url.find("://") + 3;
    const std::string scheme = Lower(url.substr(0, rest - 3));
    url = scheme + url.substr(rest - 3);
    while (!url.empty() && url.back() == '/') url.pop_back();
    const std::string host = Lower(HostOf(url.substr(rest)));
    if (host.empty()) return MakeProblem("err.sync_hub_bad", "field.hub");
    if (scheme == "https") return url;
    if (scheme == "http" && Loopback(host)) return url;
    return MakeProblem("err.sync_hub_https", "field.hub");
}

std::string EnrolmentCode(const std::string& typed) {
    std::string code;
    for (char c : typed)
        if (!std::isspace(static_cast<unsigned char>(c))) code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

}  // namespace palier::sync
