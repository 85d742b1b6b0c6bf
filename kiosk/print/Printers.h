#pragma once
// Printers through CUPS: the list for the Print screen, sending a PDF, and the print-or-save
// flow that always leaves the PDF where the user can find it.
//
// Threads: every function here may block for up to the server's timeouts (a few seconds when
// the scheduler does not answer), so the kiosk calls them from a worker thread, never from a
// frame. They touch no database and no global of ours; CUPS keeps its state per thread.
// Errors: Problems carry print.* keys that say in words what is wrong (Describe()).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/Result.h"

namespace palier::print {

// Which CUPS scheduler to talk to.
struct CupsServer {
    // "" = the CUPS default (CUPS_SERVER, client.conf, else the local socket or localhost:631);
    // otherwise "host", "host:port" or "/path/to/cups.sock".
    std::string address;
    int connect_timeout_ms = 2500;  // giving up on a server that does not answer
    double io_timeout_s = 10.0;     // giving up on a stalled request
};

enum class PrinterState { Idle, Printing, Stopped };

struct PrinterInfo {
    std::string name;         // the queue name to print to
    std::string description;  // "printer-info", e.g. "Laser du bureau" (may be empty)
    std::string location;
    bool is_default = false;
    bool accepting = true;
    PrinterState state = PrinterState::Idle;
    std::string reasons;  // printer-state-reasons as CUPS gives them ("none", "media-jam-error")
};

// The printers the scheduler knows, the default first, then by name. Empty when there is no
// CUPS server (or it does not answer within the timeout): never an error, never a hang.
std::vector<PrinterInfo> ListPrinters(const CupsServer& server = {});

// Why a printer cannot take a job now, as a Problem key, or nullopt when it looks ready:
// print.err.stopped, print.err.jammed, print.err.offline, print.err.paper, print.err.not_accepting.
std::optional<Problem> PrinterProblem(const PrinterInfo& printer);

// Sends a PDF file to a queue; returns the CUPS job id.
// Refusals: print.err.copies, print.err.file {path}, print.err.no_cups, print.err.no_printer
// {printer}, the PrinterProblem() keys, print.err.job {printer} (CUPS' words in the detail).
Result<int> SendToPrinter(const std::string& printer, const std::string& pdf_path, int copies,
                          const std::string& title, const CupsServer& server = {});

enum class JobState { Pending, Held, Processing, Stopped, Cancelled, Aborted, Completed };
struct JobInfo {
    int id = 0;
    JobState state = JobState::Pending;
};
// The state of a job sent earlier. Refusals: print.err.no_cups, print.err.no_job.
Result<JobInfo> GetJob(int job_id, const CupsServer& server = {});

// Saves the PDF at `save_path` first (so it is never lost), then, when `printer` is not empty,
// sends it. `problem` tells what went wrong (saving or printing); the PDF is at `saved_path`
// whenever it is not empty. This is what the Print screen's worker and `palier print` call.
struct PrintOutcome {
    std::string saved_path;
    int job_id = 0;  // 0: not sent
    std::optional<Problem> problem;
    bool ok() const { return !problem.has_value(); }
};
PrintOutcome SaveAndPrint(const std::vector<uint8_t>& pdf, const std::string& save_path,
                          const std::string& printer, int copies, const std::string& title,
                          const CupsServer& server = {});

}  // namespace palier::print
