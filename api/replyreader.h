#pragma once

#include "replyinterpreter.h"

#include <QNetworkReply>
#include <QStringList>

namespace ftapi {

// How RequestScheduler reads a finished QNetworkReply: whether the answer arrived whole (and
// its status and body), broke off, timed out, or was ended by one of the scheduler's own bounds,
// told apart from what Qt reports, with a line in plain English for the request log.
class ReplyReader
{
public:
    struct Limits
    {
        qint64 maxAnswerBytes = 0;
        int deadlineMs = 0;
        int transferTimeoutMs = 0;
    };
    struct Result
    {
        RawReply raw;
        QString why; // for the log: why no whole answer arrived; empty when one did
        bool cutShort = false; // an error status whose body ended before its announced length
    };

    // `stoppedBy`: the bound the scheduler aborted the reply for, if any; `received`: what it
    // took from the reply as it arrived (consumed); `tlsErrors`: what the certificate check
    // found.
    static Result read(QNetworkReply *reply, ApiError::Stop stoppedBy, QByteArray *received,
                       const QStringList &tlsErrors, const Limits &limits);

    // A failure of the connection that a later try may not meet.
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);
    static bool isRetryableStatus(int status); // 500, 502, 503, 504
};

} // namespace ftapi
