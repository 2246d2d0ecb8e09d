#include "replyinterpreter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

// The server's code and message from an error body, when the body is a JSON envelope.
void readEnvelopeText(const QJsonObject &o, QString *code, QString *message)
{
    const QJsonValue c = o.value(u"code"_s);
    const QJsonValue m = o.value(u"message"_s);
    if (c.isString())
        *code = c.toString();
    if (m.isString())
        *message = m.toString();
}

} // namespace

namespace {

// An exchange one of the scheduler's bounds ended: said in the bound's own words, with the
// server's code and message kept beside them when its body was an envelope.
ApiError stoppedError(const RawReply &reply)
{
    using Kind = ApiError::Kind;
    using Stop = ApiError::Stop;
    ApiError error;
    error.stop = reply.stop;
    error.limit = reply.limit;
    error.subject = reply.subject;
    error.httpStatus = reply.httpStatus;
    switch (reply.stop) {
    case Stop::Silence:
    case Stop::Deadline:
        error.kind = Kind::Timeout;
        break;
    case Stop::AnswerTooLarge:
        error.kind = Kind::Parse;
        break;
    case Stop::WaitTooLong:
    case Stop::WaitUnreadable:
        error.kind = Kind::RateLimited;
        error.retryAfter =
            reply.stop == Stop::WaitTooLong ? int(qMin<qint64>(reply.limit, 1 << 30)) : -1;
        break;
    case Stop::RedirectRefused:
        error.kind = Kind::Network;
        break;
    case Stop::None:
    case Stop::TooManyPages:
    case Stop::RepeatedCursor:
    case Stop::DuplicateId:
        error.kind = Kind::Parse;
        break;
    }
    error.message = error.stopText(false);
    if (reply.stop == Stop::WaitTooLong || reply.stop == Stop::WaitUnreadable) {
        QJsonParseError status {};
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &status);
        QString serverMessage;
        if (status.error == QJsonParseError::NoError && doc.isObject())
            readEnvelopeText(doc.object(), &error.code, &serverMessage);
        if (!serverMessage.isEmpty())
            error.message += u" The service said: "_s + serverMessage;
    }
    return error;
}

} // namespace

ApiResult<ApiResponse> interpretReply(const RawReply &reply, bool emptyBodyAllowed)
{
    using Kind = ApiError::Kind;
    if (reply.stop != ApiError::Stop::None && reply.transport != RawReply::Transport::Cancelled)
        return stoppedError(reply);
    switch (reply.transport) {
    case RawReply::Transport::Cancelled:
        return ApiError::make(Kind::Cancelled, u"The request was cancelled."_s);
    case RawReply::Transport::Timeout:
        return ApiError::make(Kind::Timeout, u"No complete answer within the time limit."_s,
                              reply.httpStatus);
    case RawReply::Transport::Network: {
        if (reply.tlsFailure) {
            // Code "TlsError" lets ApiError::userText() explain it; the details name the
            // certificate problems so a person can tell a proxy from an expired certificate.
            const QString details =
                reply.tlsErrors.isEmpty() ? reply.networkError : reply.tlsErrors.join(u"; "_s);
            ApiError tls = ApiError::make(Kind::Network, details, 0, ApiError::tlsErrorCode());
            tls.unsent = true; // nothing is sent before the handshake succeeds
            return tls;
        }
        ApiError network = ApiError::make(Kind::Network,
                                          reply.networkError.isEmpty() ? u"The connection failed."_s
                                                                       : reply.networkError,
                                          reply.httpStatus);
        network.unsent = reply.unsent;
        return network;
    }
    case RawReply::Transport::Completed:
        break;
    }

    const int status = reply.httpStatus;
    if (status <= 0)
        return ApiError::make(Kind::Network, u"The server sent no HTTP answer."_s);

    const bool emptyBody = reply.body.trimmed().isEmpty();
    QJsonParseError parseStatus {};
    const QJsonDocument doc =
        emptyBody ? QJsonDocument() : QJsonDocument::fromJson(reply.body, &parseStatus);
    const bool isEnvelope =
        !emptyBody && parseStatus.error == QJsonParseError::NoError && doc.isObject();

    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.httpStatus = status;
        if (emptyBody) {
            if (status == 204 || emptyBodyAllowed)
                return response;
            return ApiError::make(Kind::Parse, u"The answer was empty."_s, status);
        }
        if (parseStatus.error != QJsonParseError::NoError)
            return ApiError::make(
                Kind::Parse,
                u"The answer is not valid JSON (%1 at byte %2)."_s.arg(parseStatus.errorString())
                    .arg(parseStatus.offset),
                status);
        if (!doc.isObject())
            return ApiError::make(Kind::Parse, u"The answer is not a JSON object."_s, status);
        const QJsonObject o = doc.object();
        const QJsonValue code = o.value(u"code"_s);
        const QJsonValue message = o.value(u"message"_s);
        if ((!code.isUndefined() && !code.isNull() && !code.isString())
            || (!message.isUndefined() && !message.isNull() && !message.isString()))
            return ApiError::make(Kind::Parse, u"The answer's code or message is not text."_s,
                                  status);
        response.code = code.toString();
        response.message = message.toString();
        response.data = o.value(u"data"_s);
        return response;
    }

    ApiError error;
    error.kind = status == 429 ? Kind::RateLimited : Kind::Http;
    error.httpStatus = status;
    error.retryAfter = parseRetryAfter(reply.retryAfter, QDateTime::currentDateTimeUtc());
    if (isEnvelope)
        readEnvelopeText(doc.object(), &error.code, &error.message);
    // An HTML error page or a bare text body is not shown to people: userText() explains
    // the status instead.
    return error;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(qMin<qlonglong>(seconds, 1 << 30));
    // An HTTP date (RFC 9110 IMF-fixdate): "Fri, 01 Mar 2024 12:00:45 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(qBound(qint64(0), delta, qint64(1) << 30));
}

bool isRouteNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404
        && !error.code.startsWith(u"NotFound_"_s);
}

} // namespace ftapi
