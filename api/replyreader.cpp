#include "replyreader.h"

#include <QNetworkRequest>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

// Errors QNetworkReply derives from an HTTP status (400 -> ProtocolInvalidOperationError,
// 409 -> ContentConflictError...): the answer itself arrived whole. Everything below 200 is a
// transport failure (connection, proxy), and two more mean the exchange broke off.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int e = static_cast<int>(error);
    if (error == QNetworkReply::ContentReSendError || error == QNetworkReply::ProtocolFailure)
        return false;
    return error == QNetworkReply::NoError || e >= 200;
}

// An error status whose body ended before the length its headers announced: the connection
// broke off, so the answer (and whether the request was carried out) is unknown. `taken`: the
// bytes already read from the reply as they arrived.
bool isCutShort(QNetworkReply *reply, qint64 taken)
{
    if (reply->error() == QNetworkReply::NoError)
        return false;
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && taken + reply->bytesAvailable() < announced;
}

} // namespace

bool ReplyReader::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ContentReSendError:
        return true;
    default:
        return false;
    }
}

bool ReplyReader::isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

ReplyReader::Result ReplyReader::read(QNetworkReply *reply, ApiError::Stop stoppedBy,
                                      QByteArray *received, const QStringList &tlsErrors,
                                      const Limits &limits)
{
    using Stop = ApiError::Stop;
    Result result;
    RawReply &raw = result.raw;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    raw.httpStatus = status.isValid() ? status.toInt() : 0;
    raw.retryAfter = reply->rawHeader("Retry-After");
    QString &why =
        result.why; // for the log, in plain English rather than Qt's "Operation canceled"
    // An answer that broke off is a lost answer, whatever status it began with.
    const bool cutShort = result.cutShort = isCutShort(reply, received->size());
    if (stoppedBy == Stop::AnswerTooLarge) {
        raw.transport = RawReply::Transport::Network;
        raw.stop = Stop::AnswerTooLarge;
        raw.limit = limits.maxAnswerBytes;
        why = u"answer larger than %1 bytes, stopped"_s.arg(limits.maxAnswerBytes);
    } else if (stoppedBy == Stop::Deadline) {
        raw.transport = RawReply::Transport::Timeout;
        raw.stop = Stop::Deadline;
        raw.limit = limits.deadlineMs / 1000;
        why = u"no complete answer within %1 ms, stopped"_s.arg(limits.deadlineMs);
    } else if (error == QNetworkReply::OperationCanceledError
               || error == QNetworkReply::TimeoutError) {
        // Only the idle timeout aborts a reply we did not abort ourselves.
        raw.transport = RawReply::Transport::Timeout;
        raw.stop = Stop::Silence;
        raw.limit = limits.transferTimeoutMs / 1000;
        why = u"timed out: nothing arrived for %1 ms"_s.arg(limits.transferTimeoutMs);
    } else if (error == QNetworkReply::InsecureRedirectError
               || error == QNetworkReply::TooManyRedirectsError) {
        raw.transport = RawReply::Transport::Network;
        raw.stop = Stop::RedirectRefused;
        raw.subject = QString::fromLatin1(reply->rawHeader("Location"));
        if (raw.subject.isEmpty())
            raw.subject = reply->url().toString();
        why = u"redirect to %1 not followed"_s.arg(raw.subject);
    } else if (raw.httpStatus > 0 && isHttpStatusError(error) && !cutShort) {
        raw.transport = RawReply::Transport::Completed;
        raw.body = *received + reply->readAll();
        *received = QByteArray();
        if (raw.body.size() > limits.maxAnswerBytes) {
            raw.body = QByteArray();
            raw.transport = RawReply::Transport::Network;
            raw.stop = Stop::AnswerTooLarge;
            raw.limit = limits.maxAnswerBytes;
        }
    } else {
        raw.transport = RawReply::Transport::Network;
        raw.networkError = reply->errorString();
        raw.tlsFailure = error == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty();
        raw.tlsErrors = tlsErrors;
        raw.unsent = raw.tlsFailure || error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError;
        why = reply->errorString();
    }
    return result;
}

} // namespace ftapi
