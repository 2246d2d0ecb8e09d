#include "requestscheduler.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

// One QNetworkAccessManager opens at most this many HTTP/1.1 connections per host.
constexpr int kConnectionsPerManager = 6;

// A body Qt cannot rewind. QNetworkAccessManager silently resends a request once when the
// connection drops before the answer; for a POST that could invite a user twice. With a
// body it cannot reset, Qt reports ContentReSendError instead, and we decide.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    // Quietly refuse to rewind once anything was read (QIODevice::seek would warn).
    bool seek(qint64 pos) override { return pos == 0 && m_pos == 0; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isTransientNetworkError(QNetworkReply::NetworkError error)
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
// broke off, so the answer (and whether the request was carried out) is unknown.
bool isCutShort(QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::NoError)
        return false;
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && reply->bytesAvailable() < announced;
}

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

struct RequestScheduler::Job
{
    quint64 serial = 0;
    Ticket ticket = 0;
    QNetworkRequest request;
    QByteArray verb;
    QByteArray body;
    bool idempotent = true;
    QPointer<QObject> context;
    Handler done;
    int attempts = 0;
    int rateLimitHits = 0;
    // An attempt ended in a way that does not prove the server ignored it (anything but a
    // 429 or a connection that never reached it). Sticky across retries.
    bool mayHaveActed = false;
    QNetworkReply *reply = nullptr;
    int manager = -1;
    bool cancelled = false;
    QElapsedTimer clock; // since the current attempt left
    QStringList tlsErrors; // what the certificate check found; never ignored
};

RequestScheduler::RequestScheduler(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_resumeTimer(new QTimer(this))
{
    Q_ASSERT(manager);
    m_managers.append(manager);
    m_managerLoad.append(0);
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer, &QTimer::timeout, this, &RequestScheduler::resume);
}

RequestScheduler::~RequestScheduler()
{
    // No callback may run from here on: detach every reply before aborting it.
    const QList<JobPtr> jobs = m_live.values();
    for (const JobPtr &job : jobs) {
        job->cancelled = true;
        if (QNetworkReply *reply = job->reply) {
            job->reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_live.clear();
    m_queue.clear();
}

void RequestScheduler::setManagerFactory(ManagerFactory factory)
{
    m_factory = std::move(factory);
}

void RequestScheduler::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    dispatch();
}

void RequestScheduler::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = qMax(1, milliseconds);
}

void RequestScheduler::setMaxAttempts(int attempts)
{
    m_maxAttempts = qMax(1, attempts);
}

void RequestScheduler::setRetryBaseDelay(int milliseconds)
{
    m_retryBaseDelayMs = qMax(0, milliseconds);
}

void RequestScheduler::setMaxPause(int seconds)
{
    m_maxPauseSeconds = qMax(0, seconds);
}

void RequestScheduler::setDefaultPause(int seconds)
{
    m_defaultPauseSeconds = qMax(0, seconds);
}

void RequestScheduler::setMaxRateLimitRetries(int count)
{
    m_maxRateLimitRetries = qMax(0, count);
}

RequestScheduler::Ticket RequestScheduler::newTicket()
{
    return m_nextTicket++;
}

void RequestScheduler::submit(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb,
                              const QByteArray &body, bool idempotent, QObject *context,
                              Handler done)
{
    auto job = std::make_shared<Job>();
    job->serial = m_nextSerial++;
    job->ticket = ticket;
    job->request = request;
    job->verb = verb;
    job->body = body;
    job->idempotent = idempotent;
    job->context = context;
    job->done = std::move(done);
    m_live.insert(job->serial, job);
    m_queue.push_back(job);
    dispatch();
    emitActivity();
}

void RequestScheduler::cancel(Ticket ticket)
{
    QList<JobPtr> hit;
    for (const JobPtr &job : std::as_const(m_live)) {
        if (job->ticket == ticket)
            hit.append(job);
    }
    cancelJobs(hit);
}

void RequestScheduler::cancelAll()
{
    cancelJobs(m_live.values());
}

void RequestScheduler::cancelJobs(const QList<JobPtr> &jobs)
{
    if (jobs.isEmpty())
        return;
    // Mark them all first: aborting one frees a slot, and dispatch() must not start another
    // of the same batch on the way.
    for (const JobPtr &job : jobs)
        job->cancelled = true;
    RawReply reply;
    reply.transport = RawReply::Transport::Cancelled;
    for (const JobPtr &job : jobs)
        complete(job, reply);
    dispatch();
    emitActivity();
}

void RequestScheduler::ensureManagers()
{
    const int needed = (m_maxInFlight + kConnectionsPerManager - 1) / kConnectionsPerManager;
    while (m_managers.size() < needed) {
        QNetworkAccessManager *extra = m_factory ? m_factory(this) : nullptr;
        if (!extra) {
            extra = new QNetworkAccessManager(this);
            extra->setProxy(m_managers.constFirst()->proxy());
        }
        m_managers.append(extra);
        m_managerLoad.append(0);
    }
}

void RequestScheduler::dispatch()
{
    while (!isPaused() && m_inFlight < m_maxInFlight && !m_queue.empty()) {
        JobPtr job = m_queue.front();
        m_queue.pop_front();
        if (job->cancelled)
            continue;
        if (!job->context) { // nobody is waiting for the answer any more
            m_live.remove(job->serial);
            continue;
        }
        start(job);
    }
}

void RequestScheduler::start(const JobPtr &job)
{
    ensureManagers();
    int best = 0;
    for (int i = 1; i < m_managers.size(); ++i) {
        if (m_managerLoad.at(i) < m_managerLoad.at(best))
            best = i;
    }
    QNetworkRequest request = job->request;
    request.setTransferTimeout(m_transferTimeoutMs);
    job->manager = best;
    ++m_managerLoad[best];
    ++m_inFlight;
    ++job->attempts;
    if (job->idempotent) {
        job->reply = m_managers.at(best)->sendCustomRequest(request, job->verb, job->body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, job->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(job->body);
        job->reply = m_managers.at(best)->sendCustomRequest(request, job->verb, body);
        body->setParent(job->reply);
    }
    job->clock.start();
    job->tlsErrors.clear();
#ifndef QT_NO_SSL
    // Recorded to explain the failure; ignoreSslErrors() is never called, so the reply fails.
    connect(job->reply, &QNetworkReply::sslErrors, this, [job](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            job->tlsErrors.append(error.errorString());
    });
#endif
    connect(job->reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
    ++m_requestsSent;
    Q_EMIT requestSent(m_requestsSent);
    emitActivity();
}

void RequestScheduler::onFinished(const JobPtr &job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    job->reply = nullptr;
    reply->deleteLater();
    --m_inFlight;
    --m_managerLoad[job->manager];
    if (job->cancelled || !job->context) { // reported already, or nobody listens any more
        m_live.remove(job->serial);
        dispatch();
        emitActivity();
        return;
    }

    RawReply raw;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    raw.httpStatus = status.isValid() ? status.toInt() : 0;
    raw.retryAfter = reply->rawHeader("Retry-After");
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Only the transfer timeout aborts a reply we did not cancel ourselves.
        raw.transport = RawReply::Transport::Timeout;
    } else if (raw.httpStatus > 0 && isHttpStatusError(error) && !isCutShort(reply)) {
        raw.transport = RawReply::Transport::Completed;
        raw.body = reply->readAll();
    } else {
        raw.transport = RawReply::Transport::Network;
        raw.networkError = reply->errorString();
        raw.tlsFailure =
            error == QNetworkReply::SslHandshakeFailedError || !job->tlsErrors.isEmpty();
        raw.tlsErrors = job->tlsErrors;
        raw.unsent = raw.tlsFailure || error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError;
    }
    if (raw.transport == RawReply::Transport::Completed)
        noteAnswer(reply, job->clock.elapsed());
    Q_EMIT attemptFinished(
        { job->verb, reply->request().url(), job->attempts, raw.httpStatus,
          raw.transport == RawReply::Transport::Completed ? QString() : reply->errorString(),
          job->clock.elapsed() });

    const bool ignored =
        raw.unsent || (raw.transport == RawReply::Transport::Completed && raw.httpStatus == 429);
    if (!ignored)
        job->mayHaveActed = true;

    if (raw.transport == RawReply::Transport::Completed && raw.httpStatus == 429
        && job->rateLimitHits < m_maxRateLimitRetries) {
        // The server refused without acting, so even a POST may go again once the pause ends.
        ++job->rateLimitHits;
        --job->attempts;
        const int asked = parseRetryAfter(raw.retryAfter, QDateTime::currentDateTimeUtc());
        pauseFor(asked < 0 ? m_defaultPauseSeconds : qMin(asked, m_maxPauseSeconds));
        m_queue.push_front(job);
        dispatch();
        emitActivity();
        return;
    }

    bool retry = false;
    if (job->attempts < m_maxAttempts) {
        if (job->idempotent) {
            retry = (raw.transport == RawReply::Transport::Completed
                     && isRetryableStatus(raw.httpStatus))
                || (raw.transport == RawReply::Transport::Network
                    && isTransientNetworkError(error));
        } else {
            // A refused connection never reached the server: safe for a POST too.
            retry = raw.transport == RawReply::Transport::Network
                && error == QNetworkReply::ConnectionRefusedError;
        }
    }
    if (retry) {
        int delay = backoffDelay(job->attempts);
        const int asked = parseRetryAfter(raw.retryAfter, QDateTime::currentDateTimeUtc());
        if (asked > 0)
            delay = qMax(delay, qMin(asked, m_maxPauseSeconds) * 1000);
        retryLater(job, delay);
    } else {
        complete(job, raw);
    }
    dispatch();
    emitActivity();
}

void RequestScheduler::noteAnswer(QNetworkReply *reply, qint64 elapsedMs)
{
    constexpr double kWeight = 0.1;
    m_averageAnswerMs = m_averageAnswerMs < 0
        ? double(elapsedMs)
        : (1 - kWeight) * m_averageAnswerMs + kWeight * double(elapsedMs);
    // A header that is not a whole number is ignored, never guessed at.
    bool ok = false;
    const int remaining = reply->rawHeader("X-Rate-Limit-Remaining").trimmed().toInt(&ok);
    if (!ok || remaining < 0)
        return;
    const int limit = reply->rawHeader("X-Rate-Limit").trimmed().toInt(&ok);
    m_rateLimitRemaining = remaining;
    m_rateLimit = ok && limit >= 0 ? limit : m_rateLimit;
    m_rateLimitSeenAt = QDateTime::currentDateTimeUtc();
    Q_EMIT rateLimitChanged(m_rateLimitRemaining, m_rateLimit);
}

int RequestScheduler::backoffDelay(int attempt) const
{
    // Exponential with "equal jitter": half fixed, half random, so retries spread out.
    const qint64 full = qint64(m_retryBaseDelayMs) << qBound(0, attempt - 1, 16);
    const qint64 capped = qMin<qint64>(full, 60000);
    const qint64 half = capped / 2;
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1));
}

void RequestScheduler::retryLater(const JobPtr &job, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, job] {
        if (job->cancelled || !m_live.contains(job->serial))
            return;
        m_queue.push_front(job);
        dispatch();
        emitActivity();
    });
}

void RequestScheduler::pauseFor(int seconds)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(qint64(seconds) * 1000);
    if (isPaused() && until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    m_resumeTimer->start(qMax(0, seconds) * 1000);
    Q_EMIT pausedUntilChanged(m_pausedUntil);
}

void RequestScheduler::resume()
{
    if (!isPaused())
        return;
    m_pausedUntil = QDateTime();
    Q_EMIT pausedUntilChanged(m_pausedUntil);
    dispatch();
    emitActivity();
}

void RequestScheduler::complete(const JobPtr &job, const RawReply &reply)
{
    m_live.remove(job->serial);
    if (reply.transport == RawReply::Transport::Cancelled) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), job), m_queue.end());
        if (QNetworkReply *r = job->reply) {
            // abort() emits finished(); onFinished sees `cancelled` and only frees the slot.
            r->abort();
        }
        // Reported on the next turn so cancel() never re-enters its caller.
        if (job->context) {
            Handler done = std::move(job->done);
            QTimer::singleShot(0, job->context.data(), [done, reply] { done(reply); });
        }
        return;
    }
    if (job->context) {
        Handler done = std::move(job->done);
        done(reply);
    }
}

bool RequestScheduler::mayHaveReachedServer(Ticket ticket) const
{
    for (const JobPtr &job : std::as_const(m_live)) {
        if (job->ticket == ticket && (job->reply || job->mayHaveActed))
            return true;
    }
    return false;
}

void RequestScheduler::emitActivity()
{
    Q_EMIT activityChanged(m_inFlight, queued());
}

int RequestScheduler::secondsLeft(const QDateTime &until)
{
    if (!until.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

} // namespace ftapi
