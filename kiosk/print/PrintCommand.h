#pragma once
// `palier print ...` and `palier-kiosk print ...`: the printouts for scripts and cron.
//
//   print week     --week 2026-W48      [--out FILE] [--lang2 ar|en|...] [--printer NAME] [--copies
//   N] print session  --session ID         [--out FILE] [--printer NAME] [--copies N] print
//   referral --orientation ID     [--out FILE] [--printer NAME] [--copies N] common: [--lang
//   fr|en|...] [--cups-server HOST[:PORT]|/socket]
// At least one of --out and --printer. With --printer the PDF is also kept in
// <folder of the database>/print/ (or at --out), so a failed print still leaves the file.
//
// `args` are the words after "print" (a leading "print" is accepted too). Messages go to `out`
// (success) and `err` (problems), in the current language.
// Exit codes: 0 done; 1 the document or the printer failed (unknown id, unwritable path, no
// CUPS, printer offline...); 2 bad usage (unknown command or option, malformed week or number).
#include <cstdio>
#include <string>
#include <vector>

#include "storage/Database.h"

namespace palier::print {

int RunPrintCommand(const std::vector<std::string>& args, storage::Database& db, std::FILE* out,
                    std::FILE* err);

}  // namespace palier::print

// The name the command lines call.
using palier::print::RunPrintCommand;
