#pragma once
// Reading the CSV a spreadsheet saves: French Excel writes ';' between fields and Windows-1252
// text, LibreOffice and English Excel often ',' and UTF-8 (sometimes with a byte-order mark).
#include <string>
#include <string_view>
#include <vector>

#include "Result.h"

namespace palier {

// UTF-8 text from the file's bytes: a UTF-8 byte-order mark is dropped; bytes that are not valid
// UTF-8 are read as Windows-1252 (glibc iconv). err.csv_encoding when neither fits.
Result<std::string> DecodeSpreadsheetText(std::string_view bytes);

struct CsvRecord {
    int line = 0;  // the file line where the record starts (1 = first line)
    std::vector<std::string> fields;
};

// Splits UTF-8 text into records. The separator is ';' or ',', whichever the first line holds
// more of outside quotes. Quoted fields may hold the separator, line breaks and doubled quotes
// (""). Line ends may be \n, \r\n or \r. err.csv_quote ({line}) for a quote never closed.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view text);

}  // namespace palier
