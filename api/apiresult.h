#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace ftapi {

// The outcome of a call: a value of T or an ApiError, never both, never a half-filled T.
// `if (result) use(result.value()); else show(result.error().userText());`
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    ApiResult(ApiError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const ApiError &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, ApiError> m_state;
};

// A call whose success carries no value (deletes, membership updates).
template<>
class ApiResult<void>
{
public:
    ApiResult() = default;
    ApiResult(ApiError error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
    bool m_failed = false;
};

// Drops the value, keeps the outcome (e.g. for BulkRunner::Finish).
template<typename T>
ApiResult<void> outcomeOf(const ApiResult<T> &result)
{
    if (result.ok())
        return {};
    return result.error();
}

} // namespace ftapi
