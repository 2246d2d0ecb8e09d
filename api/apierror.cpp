#include "apierror.h"

#include <QCoreApplication>

namespace ftapi {

using namespace Qt::StringLiterals;

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus, const QString &code)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    error.code = code;
    return error;
}

ApiError ApiError::listStopped(Stop stop, qint64 limit, const QString &subject)
{
    ApiError error;
    error.kind = Kind::Parse;
    error.stop = stop;
    error.limit = limit;
    error.subject = subject;
    error.message = error.stopText(false);
    return error;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
            || httpStatus == 504;
    case Kind::Parse:
    case Kind::Cancelled:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

ApiError::Problem ApiError::problem() const
{
    if (kind == Kind::RateLimited)
        return Problem::RateLimited;
    if (kind != Kind::Http || httpStatus <= 0)
        return Problem::None;
    const bool lastAdministrator = code == u"LastAccountAdministrator"_s
        || (message.contains(u"last"_s, Qt::CaseInsensitive)
            && message.contains(u"Account Administrator"_s, Qt::CaseInsensitive));
    switch (httpStatus) {
    case 400:
        return lastAdministrator ? Problem::LastAccountAdministrator : Problem::InvalidInput;
    case 401:
        return Problem::Unauthorized;
    case 403:
        return Problem::Forbidden;
    case 404:
        if (code == u"NotFound_User"_s)
            return Problem::UserNotFound;
        if (code == u"NotFound_Group"_s)
            return Problem::GroupNotFound;
        if (code == u"NotFound_Connector"_s || code == u"NotFound_Connection"_s)
            return Problem::ConnectionNotFound;
        if (code == u"NotFound_Membership"_s)
            return Problem::MembershipNotFound;
        if (!code.startsWith(u"NotFound_"_s))
            return Problem::RouteNotFound;
        return Problem::NotFound;
    case 409:
        if (lastAdministrator)
            return Problem::LastAccountAdministrator;
        if (code == u"AlreadyExists"_s || message.contains(u"already"_s, Qt::CaseInsensitive))
            return Problem::AlreadyExists;
        return Problem::Conflict;
    case 429:
        return Problem::RateLimited;
    default:
        break;
    }
    return httpStatus >= 500 ? Problem::ServerError : Problem::OtherRefusal;
}

bool ApiError::isNotFound() const
{
    switch (problem()) {
    case Problem::UserNotFound:
    case Problem::GroupNotFound:
    case Problem::ConnectionNotFound:
    case Problem::MembershipNotFound:
    case Problem::RouteNotFound:
    case Problem::NotFound:
        return true;
    default:
        return false;
    }
}

bool ApiError::effectUnknown() const
{
    // A redirect is a whole answer: the service sent the request elsewhere instead of acting.
    if (stop == Stop::RedirectRefused)
        return false;
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return !unsent;
    case Kind::Parse:
        return httpStatus >= 200 && httpStatus < 300;
    case Kind::Http:
        return httpStatus >= 500;
    case Kind::RateLimited:
    case Kind::Cancelled:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

namespace {

// The words a person reads; a GUI that installs a translator gets them in its language, the
// command line (no translator) in English.
QString tr(const char *text)
{
    return QCoreApplication::translate("ftapi::ApiError", text);
}

} // namespace

namespace {

// English needs its plural without a translator (the command line has none), so a singular is
// its own string; a translation gives "%1 ..." the plural of its language.
QString durationIn(qint64 seconds, bool translated)
{
    auto text = [translated](const char *source) {
        return translated ? tr(source) : QString::fromLatin1(source);
    };
    const qint64 s = qMax<qint64>(0, seconds);
    auto unit = [&text](qint64 n, const char *one, const char *many) {
        return n == 1 ? text(one) : text(many).arg(n);
    };
    if (s < 120)
        return unit(s, QT_TRANSLATE_NOOP("ftapi::ApiError", "1 second"),
                    QT_TRANSLATE_NOOP("ftapi::ApiError", "%1 seconds"));
    if (s < 3600)
        return unit(s / 60, QT_TRANSLATE_NOOP("ftapi::ApiError", "1 minute"),
                    QT_TRANSLATE_NOOP("ftapi::ApiError", "%1 minutes"));
    if (s < 2 * 86400)
        return unit(s / 3600, QT_TRANSLATE_NOOP("ftapi::ApiError", "1 hour"),
                    QT_TRANSLATE_NOOP("ftapi::ApiError", "%1 hours"));
    return unit(s / 86400, QT_TRANSLATE_NOOP("ftapi::ApiError", "1 day"),
                QT_TRANSLATE_NOOP("ftapi::ApiError", "%1 days"));
}

} // namespace

QString ApiError::durationText(qint64 seconds)
{
    return durationIn(seconds, true);
}

QString ApiError::stopText(bool translated) const
{
    auto text = [translated](const char *source) {
        return translated ? tr(source) : QString::fromLatin1(source);
    };
    switch (stop) {
    case Stop::None:
        break;
    case Stop::Silence:
        return text(QT_TRANSLATE_NOOP("ftapi::ApiError",
                                      "The Fivetran service did not answer in time: nothing "
                                      "arrived for %1. Try again in a moment."))
            .arg(durationIn(limit, translated));
    case Stop::Deadline:
        return text(QT_TRANSLATE_NOOP("ftapi::ApiError",
                                      "The Fivetran service did not answer in time: no complete "
                                      "answer within %1, so the request was stopped. Try again "
                                      "later."))
            .arg(durationIn(limit, translated));
    case Stop::AnswerTooLarge:
        return text(QT_TRANSLATE_NOOP(
                        "ftapi::ApiError",
                        "The Fivetran service sent an answer larger than %1 MB, far more than any "
                        "real answer, so it was stopped while it arrived and ignored."))
            .arg(limit / (1024 * 1024));
    case Stop::TooManyPages:
        return text(
                   QT_TRANSLATE_NOOP(
                       "ftapi::ApiError",
                       "The Fivetran service kept sending pages of this list (more than %1), so it "
                       "was stopped: the list would never end."))
            .arg(limit);
    case Stop::RepeatedCursor:
        return text(QT_TRANSLATE_NOOP(
            "ftapi::ApiError",
            "The Fivetran service sent a page of this list it had sent before, so it was "
            "stopped: the list would never end."));
    case Stop::DuplicateId:
        return text(QT_TRANSLATE_NOOP(
                        "ftapi::ApiError",
                        "The Fivetran service listed \"%1\" twice, so the list cannot be trusted "
                        "and "
                        "was not used. Try again; if it keeps happening, the service is faulty."))
            .arg(subject);
    case Stop::WaitTooLong:
        return text(
                   QT_TRANSLATE_NOOP(
                       "ftapi::ApiError",
                       "The Fivetran service asked to wait %1 before the next request, longer than "
                       "its rate limit's hour, so nothing more was sent. Try again later."))
            .arg(durationIn(limit, translated));
    case Stop::WaitUnreadable:
        return text(QT_TRANSLATE_NOOP(
            "ftapi::ApiError",
            "The Fivetran service asked to wait but did not say for how long in a form "
            "this program can read, so nothing more was sent. Try again later."));
    case Stop::RedirectRefused:
        return text(QT_TRANSLATE_NOOP(
                        "ftapi::ApiError",
                        "The Fivetran service redirected the request to another address (%1). It "
                        "was not followed, so the API key was not sent there. Check the API "
                        "address."))
            .arg(subject);
    }
    return {};
}

QString ApiError::userText() const
{
    if (stop != Stop::None)
        return stopText(true);
    switch (kind) {
    case Kind::Network:
        if (isTlsError())
            return tr("The secure connection to the Fivetran service could not be verified (%1), "
                      "so nothing was sent. Check the API address, the computer's clock and any "
                      "proxy that inspects HTTPS traffic.")
                .arg(message);
        return tr("Could not reach the Fivetran service. Check the network connection and try "
                  "again.");
    case Kind::Timeout:
        return tr("The Fivetran service did not answer in time. Try again in a moment.");
    case Kind::RateLimited:
        if (retryAfter > 0)
            return tr("Fivetran is receiving too many requests from this account. Try again in "
                      "%1.")
                .arg(durationText(retryAfter));
        return tr("Fivetran is receiving too many requests from this account. Try again in a "
                  "moment.");
    case Kind::Parse:
        return tr("The Fivetran service sent an answer this program could not read. Try again; "
                  "if it keeps happening, the service may have changed.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::InvalidRequest:
        return message.isEmpty() ? tr("This request cannot be sent.") : message;
    case Kind::Http:
        break;
    }
    // The server's own words are the best explanation when it sent any (API.md).
    if (!message.isEmpty() && !code.isEmpty())
        return message;
    switch (httpStatus) {
    case 401:
        return tr("The API key or secret was not accepted. Check them and connect again.");
    case 403:
        return tr("This API key is not allowed to do that.");
    case 404:
        return tr("It no longer exists: someone may have removed it. Refresh to see the current "
                  "state.");
    case 409:
        return tr("That already exists.");
    case 429:
        return tr("Fivetran is receiving too many requests from this account. Try again in a "
                  "moment.");
    default:
        break;
    }
    if (httpStatus >= 500)
        return tr("The Fivetran service had a problem (error %1). Try again in a moment.")
            .arg(httpStatus);
    if (!message.isEmpty())
        return message;
    return tr("The Fivetran service refused the request (error %1).").arg(httpStatus);
}

QString ApiError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus > 0)
        text += u" HTTP "_s + QString::number(httpStatus);
    if (!code.isEmpty())
        text += u" "_s + code;
    if (!message.isEmpty())
        text += u": "_s + message;
    if (retryAfter >= 0)
        text += u" (retry after %1 s)"_s.arg(retryAfter);
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::InvalidRequest:
        return u"invalid-request"_s;
    }
    return u"unknown"_s;
}

} // namespace ftapi
