#pragma once

// Helpers for API tests: wait for one call's result with the event loop running (so an
// in-process sandbox answers meanwhile), and compare API values with the sandbox's records.

#include "apiclient.h"
#include "jsonparsers.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace fttest {

// Starts a call with a callback and runs the event loop until the callback ran (or the time
// is up, which yields an ApiError saying so).
template<typename T, typename Start>
ftapi::ApiResult<T> waitFor(Start start, int timeoutMs = 30000)
{
    std::optional<ftapi::ApiResult<T>> result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    start([&result, &loop](const ftapi::ApiResult<T> &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!result)
        return ftapi::ApiError::make(ftapi::ApiError::Kind::Timeout,
                                     QStringLiteral("the test gave up waiting"));
    return *result;
}

inline QString describe(const ftapi::ApiError &error)
{
    return error.toString();
}

} // namespace fttest

// QVERIFY2 for an ApiResult: prints the error when it failed. Evaluates `expr` once.
#define FT_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &ftResult_ = (expr);                                                            \
        QVERIFY2(ftResult_.ok(), ftResult_.ok() ? "" : qPrintable(ftResult_.error().toString()));  \
    } while (false)
