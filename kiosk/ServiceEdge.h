#pragma once
// Where storage exceptions change form: a service body runs inside Guard(), which turns any
// exception into Problem{"err.storage"} and logs the detail. Used only by kiosk/*.cpp.
#include <exception>
#include <string>

#include "Log.h"
#include "Result.h"

namespace palier {

template <class F>
auto Guard(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const std::exception& e) {
        LogError(std::string(what) + ": " + e.what());
        Problem p = MakeProblem("err.storage");
        p.detail = e.what();
        return p;
    }
}

}  // namespace palier
