#include "sandboxserver.h"

#include "sandboxclock.h"
#include "sandboxhourlylimit.h"
#include "sandboxhttpfrontend.h"
#include "sandboxjson.h"
#include "sandboxratelimiter.h"
#include "sandboxrouter.h"
#include "sandboxseeder.h"
#include "sandboxstats.h"

#include <QJsonDocument>

namespace ftsandbox {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Status";
}

// The whole HTTP/1.1 response. With `cutAfter` >= 0 only that many body bytes are included
// while Content-Length still announces the whole body (a dropped answer, or HEAD).
QByteArray httpMessage(const SandboxReply &reply, qsizetype cutAfter = -1)
{
    QByteArray message = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\nContent-Type: application/json; charset=utf-8"
        + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        message += name + ": " + value + "\r\n";
    message += "\r\n";
    message += cutAfter < 0 ? reply.body : reply.body.left(cutAfter);
    return message;
}

double clampFraction(double value)
{
    return value > 0 && value <= 1 ? value : (value > 1 ? 1.0 : 0.0);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_stats(std::make_unique<SandboxStats>())
    , m_rateLimiter(std::make_unique<SandboxRateLimiter>())
    , m_hourlyLimit(std::make_unique<SandboxHourlyLimit>())
    , m_faultRandom(options.seed ^ 0x5eed'f417u)
    , m_clock(std::make_unique<SandboxClock>())
{
    SandboxSeeder::seed(m_store, m_options);
    m_router = std::make_unique<SandboxRouter>(m_store, m_options.apiKey, m_options.apiSecret);
    m_router->setTeamsAnswer(m_options.teamsAnswer);
    SandboxHttpFrontend::Callbacks callbacks;
    callbacks.request = [this](const SandboxRequest &request, quint64 answerId) {
        handle(request, answerId);
    };
    callbacks.finished = [this](quint64 answerId) {
        if (m_counted.remove(answerId))
            m_stats->requestFinished();
    };
    callbacks.connectionOpened = [this] {
        m_stats->connectionOpened();
    };
    m_frontend = std::make_unique<SandboxHttpFrontend>(std::move(callbacks));
    setLatencyMs(m_options.latencyMs);
    setRateLimit(m_options.rateLimit);
    setHourlyLimit(m_options.hourlyLimit, m_options.windowSeconds, m_options.timeScale);
    setFailRate(m_options.failRate);
    setDropRate(m_options.dropRate);
    setLoseRate(m_options.loseRate);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    m_port = m_frontend->listenOnLoopback(port);
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_port));
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject stats = m_stats->toJson();
    if (m_hourlyLimit->isOn())
        stats.insert(u"hourly_limit"_s,
                     QJsonObject { { u"limit"_s, m_hourlyLimit->limit() },
                                   { u"window_seconds"_s, m_hourlyLimit->windowSeconds() },
                                   { u"time_scale"_s, m_hourlyLimit->timeScale() },
                                   { u"remaining"_s, m_hourlyLimit->remaining() } });
    return stats;
}

void SandboxServer::resetStats()
{
    m_stats->reset();
}

void SandboxServer::setLatencyMs(int latencyMs)
{
    m_options.latencyMs = std::max(0, latencyMs);
}

void SandboxServer::setRateLimit(double requestsPerSecond)
{
    m_rateLimiter->setRate(requestsPerSecond);
    m_options.rateLimit = m_rateLimiter->rate();
}

void SandboxServer::setHourlyLimit(int limit, int windowSeconds, double timeScale)
{
    m_hourlyLimit->configure(limit, windowSeconds, timeScale);
    m_options.hourlyLimit = m_hourlyLimit->limit();
    m_options.windowSeconds = m_hourlyLimit->windowSeconds();
    m_options.timeScale = m_hourlyLimit->timeScale();
}

void SandboxServer::spendHourlyBudget(int requests)
{
    m_hourlyLimit->spend(requests);
}

int SandboxServer::hourlyBudgetRemaining() const
{
    return m_hourlyLimit->remaining();
}

void SandboxServer::setFailRate(double fraction)
{
    m_options.failRate = clampFraction(fraction);
}

void SandboxServer::setDropRate(double fraction)
{
    m_options.dropRate = clampFraction(fraction);
}

void SandboxServer::setWriteLatencyMs(int latencyMs)
{
    m_options.writeLatencyMs = std::max(0, latencyMs);
}

void SandboxServer::setLoseRate(double fraction)
{
    m_options.loseRate = clampFraction(fraction);
}

void SandboxServer::setHang(bool hang)
{
    m_hang = hang;
}

void SandboxServer::setTeamsAnswer(TeamsAnswer answer)
{
    m_options.teamsAnswer = answer;
    m_router->setTeamsAnswer(answer);
}

SandboxStore &SandboxServer::store()
{
    return m_store;
}

void SandboxServer::handle(const SandboxRequest &request, quint64 answerId)
{
    if (request.path == "/__stats"_L1) {
        answerStats(request, answerId);
        return;
    }
    // Latency counts from the request's arrival: the work of answering it is part of it.
    const QDeadlineTimer arrived = QDeadlineTimer::current(Qt::PreciseTimer);
    const SandboxRouter::Match match = m_router->match(request.method, request.path);
    m_stats->requestArrived(QString::fromLatin1(request.method) + u' '
                            + (match.pattern.isEmpty() ? u"(unknown)"_s : match.pattern));
    m_counted.insert(answerId);
    if (m_hang)
        return; // never answered; the frontend ends it when the client goes away

    // Faults come before the operation, so a failed or dropped write changed nothing; only a
    // lost answer (--lose-rate) comes after it.
    SandboxReply reply;
    int retryAfter = 0;
    int budgetLeft = 0;
    bool drop = false;
    if (!m_rateLimiter->tryAcquire(&retryAfter)) {
        // Refused before the hourly budget is asked: it costs none of it.
        budgetLeft = m_hourlyLimit->remaining();
        reply = SandboxRouter::errorReply(
            429, u"TooManyRequests"_s,
            u"Rate limit of %1 requests per second exceeded; retry in %2 s"_s
                .arg(m_options.rateLimit)
                .arg(retryAfter));
        reply.headers.emplaceBack("Retry-After", QByteArray::number(retryAfter));
    } else if (!m_hourlyLimit->tryAdmit(&budgetLeft, &retryAfter)) {
        m_stats->hourlyLimitRefused();
        const int window = m_hourlyLimit->windowSeconds();
        reply = SandboxRouter::errorReply(
            429, u"TooManyRequests"_s,
            window == 3600
                ? u"Max %1 api calls allowed in one-hour rolling time period"_s.arg(
                    m_hourlyLimit->limit())
                : u"Max %1 api calls allowed in a rolling time period of %2 seconds (the "
                  u"service's hour, shortened)"_s.arg(m_hourlyLimit->limit())
                      .arg(window));
        reply.headers.emplaceBack("Retry-After", QByteArray::number(retryAfter));
    } else if (m_options.failRate > 0 && m_faultRandom.generateDouble() < m_options.failRate) {
        m_stats->failureInjected();
        reply = m_faultRandom.bounded(2) == 0
            ? SandboxRouter::errorReply(500, u"InternalServerError"_s,
                                        u"Injected failure: internal server error"_s)
            : SandboxRouter::errorReply(503, u"ServiceUnavailable"_s,
                                        u"Injected failure: service unavailable"_s);
    } else if (m_options.dropRate > 0 && m_faultRandom.generateDouble() < m_options.dropRate) {
        m_stats->dropInjected();
        drop = true;
        reply = SandboxRouter::errorReply(503, u"ServiceUnavailable"_s,
                                          u"This answer is cut off before its end"_s);
    } else {
        m_stats->requestHandled(QString::fromLatin1(request.method) + u' '
                                + (match.pattern.isEmpty() ? u"(unknown)"_s : match.pattern));
        reply = m_router->handle(request, match);
        // A lost answer: the operation above has happened; the client never hears of it.
        if (m_options.loseRate > 0 && request.method != "GET" && request.method != "HEAD"
            && m_faultRandom.generateDouble() < m_options.loseRate) {
            m_stats->answerLost();
            drop = true;
        }
    }
    if (m_hourlyLimit->isOn()) {
        reply.headers.emplaceBack("X-Rate-Limit", QByteArray::number(m_hourlyLimit->limit()));
        reply.headers.emplaceBack("X-Rate-Limit-Remaining", QByteArray::number(budgetLeft));
    }
    if (!drop)
        m_stats->answered(reply.status);
    // A HEAD answer has the headers of the GET (Content-Length included) and no body; sending
    // one would corrupt the next answer on a kept-alive connection.
    const qsizetype bodyBytes =
        drop ? reply.body.size() / 2 : (request.method == "HEAD" ? 0 : reply.body.size());
    const bool write = request.method != "GET" && request.method != "HEAD";
    const int latency = m_options.latencyMs + (write ? m_options.writeLatencyMs : 0);
    deliver(answerId, httpMessage(reply, bodyBytes), drop, arrived + latency);
}

void SandboxServer::answerStats(const SandboxRequest &request, quint64 answerId)
{
    // Not counted and never delayed or faulted: tests read it while injecting.
    SandboxReply reply;
    if (request.method == "GET") {
        reply.body = QJsonDocument(m_stats->toJson()).toJson(QJsonDocument::Compact);
    } else {
        reply = SandboxRouter::errorReply(405, u"MethodNotAllowed"_s,
                                          u"Only GET is allowed on /__stats"_s);
        reply.headers.emplaceBack("Allow", "GET");
    }
    m_frontend->answer(answerId, httpMessage(reply));
}

void SandboxServer::deliver(quint64 answerId, const QByteArray &bytes, bool close,
                            const QDeadlineTimer &due)
{
    if (due.hasExpired()) {
        m_frontend->answer(answerId, bytes, close);
        return;
    }
    // A deadline per answer, never a sleep: requests in flight overlap instead of queueing.
    m_clock->at(due,
                [this, answerId, bytes, close] { m_frontend->answer(answerId, bytes, close); });
}

} // namespace ftsandbox
