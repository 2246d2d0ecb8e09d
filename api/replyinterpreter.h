#pragma once

// The single place where what came off the wire becomes an ApiResult. Pure functions so the
// hostile cases (HTML error pages, truncated JSON, wrong envelopes) are tested without network.

#include "apiresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ftapi {

// What the transport delivered for one request (after the scheduler's retries).
struct RawReply
{
    enum class Transport { Completed, Network, Timeout, Cancelled };

    Transport transport = Transport::Completed;
    int httpStatus = 0; // 0 when no status line arrived
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, raw
    QString networkError; // the transport's description when transport == Network
    bool tlsFailure = false; // the secure connection could not be established or verified
    bool unsent = false; // the request certainly never reached the server (refused, no host)
    QStringList tlsErrors; // the certificate problems found, when any
    // Which of the scheduler's bounds ended the exchange (ApiError::Stop), with the bound or
    // what was asked for, and what was refused (a redirect target).
    ApiError::Stop stop = ApiError::Stop::None;
    qint64 limit = 0;
    QString subject;
};

// A successful answer: the envelope's parts. `data` is undefined when the envelope had none
// (e.g. a DELETE's {"code":"Success","message":"..."} or a 204).
struct ApiResponse
{
    int httpStatus = 0;
    QString code;
    QString message;
    QJsonValue data = QJsonValue(QJsonValue::Undefined);
};

// 2xx with a JSON object envelope -> ApiResponse; 204 or (when emptyBodyAllowed) an empty
// 2xx body -> ApiResponse without data; anything else -> ApiError with the server's code and
// message when its body was a JSON envelope, a plain description otherwise.
ApiResult<ApiResponse> interpretReply(const RawReply &reply, bool emptyBodyAllowed);

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date); -1 when absent or
// unreadable (tell them apart with value.trimmed().isEmpty()). Not bounded here: the scheduler
// bounds it. A date in the past is 0.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A 404 that says "no such route" rather than "no such user/group/connection": no
// "NotFound_..." code. Used to fall back between /connections and /connectors.
bool isRouteNotFound(const ApiError &error);

} // namespace ftapi
