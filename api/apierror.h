#pragma once

#include <QMetaType>
#include <QString>

namespace ftapi {

// Why a call failed, in a form both logic (kind, code) and people (userText) can use.
// `code` and `message` are the server's own when it sent them; `message` otherwise
// describes the local failure (network error text, parse problem).
struct ApiError
{
    enum class Kind {
        Network, // connection refused, dropped, DNS, TLS...
        Timeout, // no complete answer within the transfer timeout
        Http, // the server answered with an error status (see httpStatus, code)
        RateLimited, // 429 that outlived the retries (retryAfter says how long to wait)
        Parse, // the answer could not be read: not JSON, wrong types, data missing
        Cancelled, // cancelled by the caller
        InvalidRequest // refused locally before sending: bad URL, insecure http, empty id
    };

    // What a failure means for the caller's logic, read from the status and the server's code
    // (API.md's rules) so that nothing above this layer compares code strings.
    enum class Problem {
        None, // not an HTTP refusal (network, timeout, parse, ...)
        UserNotFound, // 404 NotFound_User
        GroupNotFound, // 404 NotFound_Group
        ConnectionNotFound, // 404 NotFound_Connector / NotFound_Connection
        MembershipNotFound, // 404 NotFound_Membership
        RouteNotFound, // 404 without a NotFound_* code: no such route
        NotFound, // another 404
        AlreadyExists, // 409 AlreadyExists: a duplicate e-mail or membership
        LastAccountAdministrator, // the account would be left without an Account Administrator
        Conflict, // another 409
        InvalidInput, // 400
        Unauthorized, // 401
        Forbidden, // 403
        RateLimited, // 429
        ServerError, // 5xx
        OtherRefusal, // any other status
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // server's code, e.g. "NotFound_User"; empty when absent
    QString message; // server's message, or a description of the local failure
    int retryAfter = -1; // seconds from Retry-After; -1 when absent
    // The request certainly never reached the service (a refused connection, an unknown host,
    // a failed TLS handshake, refused locally): a write that failed so changed nothing.
    bool unsent = false;

    // Which of this client's own bounds ended the exchange, when one did: a server that is
    // broken, hostile or unreachable is stopped rather than followed. `limit` is the bound
    // (seconds, bytes, pages) or what the server asked for (seconds of a wait); `subject` is
    // what the server sent that was refused (a duplicate id, a redirect target).
    enum class Stop {
        None,
        Silence, // nothing arrived for `limit` seconds (the idle timeout)
        Deadline, // no complete answer within `limit` seconds, whatever trickled in
        AnswerTooLarge, // the answer passed `limit` bytes and was cut off while it arrived
        TooManyPages, // a list went on past `limit` pages
        RepeatedCursor, // a list handed out a page cursor it had handed out before
        DuplicateId, // a list named `subject` twice
        WaitTooLong, // Retry-After asked for `limit` seconds, more than the service's hour
        WaitUnreadable, // Retry-After was present but not a number of seconds or a date
        RedirectRefused, // the service redirected to `subject`, another host or plain http
    };
    Stop stop = Stop::None;
    qint64 limit = 0;
    QString subject;

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0,
                         const QString &code = {});
    // A list the client stopped reading because the server broke its rules (a Parse error:
    // too many pages, a repeated cursor, a duplicate id), said in the bound's own words.
    static ApiError listStopped(Stop stop, qint64 limit, const QString &subject = {});

    bool isRetryable() const; // worth trying again later (network, timeout, 429, 5xx)

    Problem problem() const;
    bool isNotFound() const; // any of the 404 problems
    // A write that failed this way may have been carried out all the same: no answer came
    // back (timeout, dropped connection), the answer could not be read, or the service
    // failed (5xx) in a way that does not say whether it acted. Read the state before
    // deciding; never send the write again blindly (API.md, "Retrying").
    bool effectUnknown() const;

    // One sentence in plain words for a person: the server's message when it sent one,
    // otherwise what happened and what to do. Never contains credentials.
    QString userText() const;

    // For logs and the command line: "HTTP 404 NotFound_User: User with id 'x' doesn't exist".
    QString toString() const;

    static QString kindName(Kind kind);

    // A wait in the largest whole unit that fits, with a proper plural: "1 second",
    // "45 seconds", "2 minutes", "11 days". In the console's language when one is installed.
    static QString durationText(qint64 seconds);
    // What `stop` means in one sentence: for people when `translated`, in English for the
    // message (logs, the command line) otherwise. Empty when stop is None.
    QString stopText(bool translated) const;

    // `code` of a Network error whose secure connection failed (certificate not trusted,
    // expired, wrong host, handshake refused). TLS errors are never ignored.
    static QString tlsErrorCode() { return QStringLiteral("TlsError"); }
    bool isTlsError() const { return kind == Kind::Network && code == tlsErrorCode(); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::ApiError)
