#pragma once
// Errors as values. A Problem names a translation key and, when it is about an input, the field;
// Describe() (I18n.h) turns it into words a resident understands. Storage may throw; kiosk
// services catch at their edge and return a Problem; screens only show it.
#include <map>
#include <string>
#include <utility>
#include <variant>

namespace palier {

struct Problem {
    std::string key;    // translation key, e.g. "err.session_full"
    std::string field;  // translation key of the field, e.g. "field.first_name"; may be empty
    std::map<std::string, std::string> args;  // {max}, {min} ... substituted; a value that is a key is translated
    std::string detail;  // for the log only, never shown
};

inline Problem MakeProblem(std::string key, std::string field = {},
                           std::map<std::string, std::string> args = {}) {
    return Problem{std::move(key), std::move(field), std::move(args), {}};
}

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Problem p) : v_(std::move(p)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const Problem& problem() const { return std::get<1>(v_); }

private:
    std::variant<T, Problem> v_;
};

struct Done {};  // the value of a Result that carries nothing but success
using Status = Result<Done>;
inline Status Ok() { return Status(Done{}); }

}  // namespace palier
