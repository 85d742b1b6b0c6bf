#include "Printers.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "PrintDocument.h"
#include "PrintHandles.h"
#include "kiosk/Log.h"

namespace palier::print {

namespace {

constexpr int kMaxCopies = 99;

// "host:port" (or "[v6]:port") -> host and port; a socket path is kept whole.
void SplitAddress(const std::string& address, std::string& host, int& port) {
    host = address;
    if (address.empty() || address[0] == '/') return;
    const size_t colon = address.rfind(':');
    const size_t bracket = address.rfind(']');
    if (colon == std::string::npos || (bracket != std::string::npos && colon < bracket)) return;
    const std::string digits = address.substr(colon + 1);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return;
    host = address.substr(0, colon);
    port = std::atoi(digits.c_str());
}

int GiveUp(http_t*, void*) {
    return 0;
}

// The host part of printer URIs: the scheduler we talk to ("localhost" over a socket).
std::string UriHost(const CupsServer& server) {
    std::string host;
    int port = 0;
    SplitAddress(server.address.empty() ? std::string(cupsServer()) : server.address, host, port);
    return host.empty() || host[0] == '/' ? "localhost" : host;
}  // a timed-out wait is not retried

HttpPtr Connect(const CupsServer& server) {
    std::string host;
    int port = ippPort();
    SplitAddress(server.address.empty() ? std::string(cupsServer()) : server.address, host, port);
    if (host.empty()) return nullptr;
    HttpPtr http(httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1,
                              server.connect_timeout_ms, nullptr));
    if (!http) {
        LogInfo("print: no CUPS server at " + host + ":" + std::to_string(port));
        return nullptr;
    }
    httpSetTimeout(http.get(), server.io_timeout_s, GiveUp, nullptr);
    return http;
}

Problem NamedProblem(const char* key, const std::string& printer, std::string detail = {}) {
    Problem p = MakeProblem(key, {}, {{"printer", printer}});
    p.detail = std::move(detail);
    return p;
}

std::string Option(const cups_dest_t& d, const char* name) {
    const char* v = cupsGetOption(name, d.num_options, d.options);
    return v ? v : "";
}

PrinterInfo InfoOf(const cups_dest_t& d) {
    PrinterInfo p;
    p.name = d.name ? d.name : "";
    p.description = Option(d, "printer-info");
    p.location = Option(d, "printer-location");
    p.is_default = d.is_default != 0;
    p.accepting = Option(d, "printer-is-accepting-jobs") != "false";
    const std::string state = Option(d, "printer-state");
    p.state = state == "5"   ? PrinterState::Stopped
              : state == "4" ? PrinterState::Printing
                             : PrinterState::Idle;
    p.reasons = Option(d, "printer-state-reasons");
    return p;
}

std::vector<std::string> Reasons(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string r;
    while (std::getline(in, r, ','))
        if (!r.empty() && r != "none") out.push_back(r);
    return out;
}

bool Starts(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}
bool Ends(const std::string& s, const char* suffix) {
    const std::string suf(suffix);
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

}  // namespace

std::vector<PrinterInfo> ListPrinters(const CupsServer& server) {
    std::vector<PrinterInfo> out;
    HttpPtr http = Connect(server);
    if (!http) return out;
    cups_dest_t* raw = nullptr;
    const int n = cupsGetDests2(http.get(), &raw);
    const DestList dests(n, raw);
    for (const cups_dest_t& d : dests)
        if (!d.instance) out.push_back(InfoOf(d));  // instances are saved option sets of a queue
    std::stable_sort(out.begin(), out.end(), [](const PrinterInfo& a, const PrinterInfo& b) {
        return a.is_default != b.is_default ? a.is_default : a.name < b.name;
    });
    return out;
}

std::optional<Problem> PrinterProblem(const PrinterInfo& p) {
    for (const auto& r : Reasons(p.reasons)) {
        // "-warning" and "-report" reasons do not stop a printer, except being offline.
        const bool blocking = !Ends(r, "-warning") && !Ends(r, "-report");
        if (Starts(r, "media-jam") && blocking) return NamedProblem("print.err.jammed", p.name, r);
        if (Starts(r, "offline") || (Starts(r, "connecting-to-device") && blocking))
            return NamedProblem("print.err.offline", p.name, r);
        if ((Starts(r, "media-empty") || Starts(r, "media-needed")) && blocking)
            return NamedProblem("print.err.paper", p.name, r);
        if (Starts(r, "paused")) return NamedProblem("print.err.stopped", p.name, r);
    }
    if (p.state == PrinterState::Stopped)
        return NamedProblem("print.err.stopped", p.name, p.reasons);
    if (!p.accepting) return NamedProblem("print.err.not_accepting", p.name, p.reasons);
    return std::nullopt;
}

Result<int> SendToPrinter(const std::string& printer, const std::string& pdf_path, int copies,
                          const std::string& title, const CupsServer& server) {
    if (copies < 1 || copies > kMaxCopies)
        return MakeProblem("print.err.copies", "print.field.copies",
                           {{"max", std::to_string(kMaxCopies)}});
    if (::access(pdf_path.c_str(), R_OK) != 0)
        return MakeProblem("print.err.file", {}, {{"path", pdf_path}});
    HttpPtr http = Connect(server);
    if (!http) return MakeProblem("print.err.no_cups");

    cups_dest_t* raw = nullptr;
    const int n = cupsGetDests2(http.get(), &raw);
    const DestList dests(n, raw);
    const cups_dest_t* dest = cupsGetDest(printer.c_str(), nullptr, dests.size(), dests.data());
    if (!dest) {
        if (cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE && n == 0)
            return NamedProblem("print.err.no_cups", printer, cupsLastErrorString());
        return NamedProblem("print.err.no_printer", printer);
    }
    if (auto problem = PrinterProblem(InfoOf(*dest))) return *problem;

    // A Print-Job request addressed to the queue by name. (cupsPrintFile2() looks the queue
    // up again and, in CUPS 2.4, sends the job to the queue's device-uri when the server shows
    // it to us, which the server then refuses: "The printer or class does not exist".)
    const std::string resource = "/printers/" + printer;
    char uri[HTTP_MAX_URI];
    httpAssembleURI(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, UriHost(server).c_str(),
                    ippPort(), resource.c_str());
    ipp_t* request = ippNewRequest(IPP_OP_PRINT_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 "application/pdf");
    ippAddInteger(request, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", copies);
    // cupsDoFileRequest() frees the request; the response is ours.
    const IppPtr response(
        cupsDoFileRequest(http.get(), request, resource.c_str(), pdf_path.c_str()));
    ipp_attribute_t* id =
        response ? ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER) : nullptr;
    const int job = id ? ippGetInteger(id, 0) : 0;
    if (cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE || job <= 0) {
        const std::string why = cupsLastErrorString() ? cupsLastErrorString() : "";
        LogError("print: CUPS refused the job for " + printer + ": " + why);
        if (cupsLastError() == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS)
            return NamedProblem("print.err.not_accepting", printer, why);
        if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
            return NamedProblem("print.err.no_printer", printer, why);
        return NamedProblem("print.err.job", printer, why);
    }
    LogInfo("print: job " + std::to_string(job) + " sent to " + printer);
    return job;
}

Result<JobInfo> GetJob(int job_id, const CupsServer& server) {
    HttpPtr http = Connect(server);
    if (!http) return MakeProblem("print.err.no_cups");
    cups_job_t* raw = nullptr;
    const int n = cupsGetJobs2(http.get(), &raw, nullptr, 0, CUPS_WHICHJOBS_ALL);
    const JobList jobs(n, raw);
    std::optional<JobInfo> found;
    for (const cups_job_t& job : jobs) {
        if (job.id != job_id) continue;
        JobInfo info{job_id, JobState::Pending};
        switch (job.state) {
            case IPP_JSTATE_PENDING:
                info.state = JobState::Pending;
                break;
            case IPP_JSTATE_HELD:
                info.state = JobState::Held;
                break;
            case IPP_JSTATE_PROCESSING:
                info.state = JobState::Processing;
                break;
            case IPP_JSTATE_STOPPED:
                info.state = JobState::Stopped;
                break;
            case IPP_JSTATE_CANCELED:
                info.state = JobState::Cancelled;
                break;
            case IPP_JSTATE_ABORTED:
                info.state = JobState::Aborted;
                break;
            case IPP_JSTATE_COMPLETED:
                info.state = JobState::Completed;
                break;
        }
        found = info;
    }
    if (!found) return MakeProblem("print.err.no_job", {}, {{"job", std::to_string(job_id)}});
    return *found;
}

PrintOutcome SaveAndPrint(const std::vector<uint8_t>& pdf, const std::string& save_path,
                          const std::string& printer, int copies, const std::string& title,
                          const CupsServer& server) {
    PrintOutcome out;
    if (auto saved = WriteFileAtomically(save_path, pdf); !saved) {
        out.problem = saved.problem();
        return out;
    }
    out.saved_path = std::filesystem::absolute(save_path).string();
    if (printer.empty()) return out;
    auto job = SendToPrinter(printer, out.saved_path, copies, title, server);
    if (job)
        out.job_id = *job;
    else
        out.problem = job.problem();
    return out;
}

}  // namespace palier::print
