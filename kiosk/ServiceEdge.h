#pragma once
// Where storage exceptions change form: a service body runs inside Guard(), which turns a
// storage failure (storage::StorageError, or SQLite's own exception) into a Problem and logs the
// detail: "err.db_busy" when another program holds the write lock, "err.storage" otherwise.
// Anything else (std::logic_error, std::out_of_range, a bad_variant_access...) is a programming
// error, not disk trouble: it propagates unchanged. Used only by kiosk/*.cpp.
#include <exception>
#include <string>

#include "Log.h"
#include "Result.h"
#include "storage/Database.h"

namespace palier {

template <class F>
auto Guard(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const std::exception& e) {
        const auto kind = storage::ClassifyStorageError(e);
        if (!kind) throw;
        LogError(std::string(what) + ": " + e.what());
        Problem p = MakeProblem(*kind == storage::StorageErrorKind::Busy ? "err.db_busy" : "err.storage");
        p.detail = e.what();
        return p;
    }
}

}  // namespace palier
