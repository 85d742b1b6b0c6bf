#include "CsvFile.h"

#include <iconv.h>

#include <cerrno>

#include "Validate.h"

namespace palier {

namespace {

// One iconv conversion; false when the input holds a byte the encoding does not define.
bool Convert(const char* from, std::string_view in, std::string& out) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.clear();
    std::string src(in);
    char* inp = src.data();
    size_t inleft = src.size();
    char buf[4096];
    bool ok = true;
    while (inleft > 0) {
        char* outp = buf;
        size_t outleft = sizeof buf;
        const size_t rc = iconv(cd, &inp, &inleft, &outp, &outleft);
        out.append(buf, sizeof buf - outleft);
        if (rc == static_cast<size_t>(-1) && errno != E2BIG) {
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    return ok;
}

char GuessSeparator(std::string_view text) {
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == ',') ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

}  // namespace

Result<std::string> DecodeSpreadsheetText(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (IsValidUtf8(bytes)) return std::string(bytes);
    std::string out;
    if (Convert("WINDOWS-1252", bytes, out) && IsValidUtf8(out)) return out;
    return MakeProblem("err.csv_encoding");
}

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
    const char sep = GuessSeparator(text);
    std::vector<CsvRecord> records;
    CsvRecord current;
    std::string field;
    bool quoted = false;
    bool field_was_quoted = false;
    int line = 1;
    int quote_line = 0;
    current.line = 1;
    auto end_record = [&](int next_line) {
        current.fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
        records.push_back(std::move(current));
        current = CsvRecord{};
        current.line = next_line;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty() && !field_was_quoted) {
            quoted = true;
            field_was_quoted = true;
            quote_line = line;
        } else if (c == sep) {
            current.fields.push_back(std::move(field));
            field.clear();
            field_was_quoted = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++line;
            end_record(line);
        } else {
            field += c;
        }
    }
    if (quoted) return MakeProblem("err.csv_quote", {}, {{"line", std::to_string(quote_line)}});
    if (!field.empty() || !current.fields.empty() || field_was_quoted) end_record(line);
    return records;
}

}  // namespace palier
