#include "requestscheduler.h"

#include "oneshotbody.h"
#include "replyreader.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

// One QNetworkAccessManager opens at most this many HTTP/1.1 connections per host.
constexpr int kConnectionsPerManager = 6;

// Qt reads an answer into this many bytes before the scheduler takes them, so a flood waits
// in the socket instead of in memory.
constexpr qint64 kReadBufferBytes = 1024 * 1024;

bool isWrite(const QByteArray &verb)
{
    return verb != "GET" && verb != "HEAD";
}

// A 429 about the service's hourly budget (API.md: "Max 20000 api calls allowed in one-hour
// rolling time period"), which fewer requests at once do not help: its words say so, it says
// nothing is left of the budget, or it asks for a wait only a budget explains.
bool isHourlyBudget(const QByteArray &body, int askedSeconds, bool nothingLeft)
{
    return nothingLeft || askedSeconds > 60 || body.toLower().contains("hour");
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
    int attempts = 0; // sends that count against maxAttempts (a 429 does not)
    int sends = 0; // every send, for the log
    int rateLimitHits = 0;
    // An attempt ended in a way that does not prove the server ignored it (anything but a
    // 429 or a connection that never reached it). Sticky across retries.
    bool mayHaveActed = false;
    QNetworkReply *reply = nullptr;
    int manager = -1;
    bool cancelled = false;
    QElapsedTimer clock; // since the current attempt left
    QElapsedTimer deadline; // since the first attempt, or the last wait the server asked for
    bool restartDeadline = true;
    QByteArray received; // the answer so far, taken from the reply as it arrives
    ApiError::Stop stoppedBy = ApiError::Stop::None; // why the scheduler aborted the reply
    int inFlightWhenSent = 0; // itself included
    bool paced = false; // a long job's: waits for the budget
    quint64 budgetSerial = 0; // the budget's number for the current attempt
    QStringList tlsErrors; // what the certificate check found; never ignored
};

RequestScheduler::RequestScheduler(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_resumeTimer(new QTimer(this))
    , m_pacer(new BudgetPacer(this))
{
    Q_ASSERT(manager);
    m_managers.append(manager);
    m_managerLoad.append(0);
    m_resumeTimer->setSingleShot(true);
    // Not coarse: that may fire 5% early, ending an hour's Retry-After 3 minutes too soon.
    m_resumeTimer->setTimerType(Qt::PreciseTimer);
    connect(m_resumeTimer, &QTimer::timeout, this, &RequestScheduler::resume);
    connect(m_pacer, &BudgetPacer::released, this, &RequestScheduler::dispatch);
    // The service's own wait is what people see while there is one.
    connect(m_pacer, &BudgetPacer::heldUntilChanged, this, [this](const QDateTime &until) {
        if (!isPaused())
            Q_EMIT pausedUntilChanged(until);
    });
    connect(m_pacer, &BudgetPacer::longHoldStarted, this, [this](const QDateTime &until) {
        if (!isPaused())
            Q_EMIT longWaitStarted(until);
    });
    connect(m_pacer, &BudgetPacer::budgetChanged, this, &RequestScheduler::rateLimitChanged);
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
    m_limit.setCeiling(m_maxInFlight);
    dispatch();
}

RequestScheduler::PauseReason RequestScheduler::pauseReason() const
{
    if (isPaused())
        return PauseReason::ServiceAsked;
    return m_pacer->heldUntil().isValid() ? PauseReason::HourlyBudget : PauseReason::None;
}

QDateTime RequestScheduler::pausedUntil() const
{
    return isPaused() ? m_pausedUntil : m_pacer->heldUntil();
}

RequestBudget::Forecast RequestScheduler::forecast(int requests) const
{
    return m_pacer->forecast(requests, m_maxInFlight, currentLimit());
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
    job->paced = m_pacer->isPaced(context);
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
    qint64 heldUntil = -1;
    bool probed = false;
    while (!isPaused() && m_inFlight < m_limit.current() && !m_queue.empty()) {
        JobPtr job = takeNext(&heldUntil, &probed);
        if (!job)
            break;
        start(job);
    }
    if (heldUntil >= 0)
        m_pacer->hold(heldUntil);
    else if (!probed)
        m_pacer->endHold();
}

RequestScheduler::JobPtr RequestScheduler::takeNext(qint64 *heldUntilMs, bool *probed)
{
    // The first job that may go: a long job's waits for the budget, others pass it.
    bool budgetAsked = false;
    BudgetPacer::Decision budget;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const JobPtr job = *it;
        if (job->cancelled) {
            it = m_queue.erase(it);
            continue;
        }
        if (!job->context) { // nobody is waiting for the answer any more
            m_live.remove(job->serial);
            it = m_queue.erase(it);
            continue;
        }
        if (job->paced) {
            if (!budgetAsked) {
                budgetAsked = true;
                budget = m_pacer->decide(m_maxInFlight, m_pacedInFlight);
                if (!budget.mayGo && budget.untilMs >= 0)
                    *heldUntilMs = budget.untilMs;
                *probed = *probed || budget.probe;
            }
            if (!budget.mayGo) {
                ++it;
                continue;
            }
        }
        m_queue.erase(it);
        return job;
    }
    return {};
}

void RequestScheduler::start(const JobPtr &job)
{
    ensureManagers();
    int best = 0;
    for (int i = 1; i < m_managers.size(); ++i) {
        if (m_managerLoad.at(i) < m_managerLoad.at(best))
            best = i;
    }
    if (job->restartDeadline || !job->deadline.isValid()) {
        job->deadline.start();
        job->restartDeadline = false;
    }
    QNetworkRequest request = job->request;
    request.setTransferTimeout(m_transferTimeoutMs);
    job->manager = best;
    ++m_managerLoad[best];
    ++m_inFlight;
    if (job->paced)
        ++m_pacedInFlight;
    ++job->attempts;
    ++job->sends;
    job->inFlightWhenSent = m_inFlight;
    job->budgetSerial = m_pacer->noteSent();
    job->received.clear();
    job->stoppedBy = ApiError::Stop::None;
    if (job->verb == "GET" && job->body.isEmpty()) {
        // get() sends no upload device: a custom request with a body, even an empty one, costs
        // Qt's HTTP thread a round trip to this thread for the (empty) upload data.
        job->reply = m_managers.at(best)->get(request);
    } else if (!isWrite(job->verb)) {
        job->reply = m_managers.at(best)->sendCustomRequest(request, job->verb, job->body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, job->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(job->body);
        job->reply = m_managers.at(best)->sendCustomRequest(request, job->verb, body);
        body->setParent(job->reply);
    }
    QNetworkReply *reply = job->reply;
    reply->setReadBufferSize(kReadBufferBytes);
    job->clock.start();
    job->tlsErrors.clear();
#ifndef QT_NO_SSL
    // Recorded to explain the failure; ignoreSslErrors() is never called, so the reply fails.
    connect(reply, &QNetworkReply::sslErrors, this, [job](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            job->tlsErrors.append(error.errorString());
    });
#endif
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job, reply] {
        // Said again now that Qt's network thread has the request: said only before, the
        // limit can be lost (Qt 6.4), and that thread then reads whatever the server sends.
        reply->setReadBufferSize(kReadBufferBytes);
        // A length announced beyond the bound is refused before a byte of it is read.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (job->reply == reply && length.isValid() && length.toLongLong() > m_maxAnswerBytes)
            stop(job, ApiError::Stop::AnswerTooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, job, reply] {
        if (job->reply != reply)
            return;
        // What Qt holds already is counted before it is copied: an answer beyond the bound is
        // stopped without a copy of its excess.
        if (job->received.size() + reply->bytesAvailable() > m_maxAnswerBytes) {
            stop(job, ApiError::Stop::AnswerTooLarge);
            return;
        }
        job->received += reply->readAll();
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, job, reply] {
        if (job->reply == reply)
            stop(job, ApiError::Stop::Deadline);
    });
    deadline->start(int(qMax<qint64>(1, m_deadlineMs - job->deadline.elapsed())));
    connect(reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
    ++m_requestsSent;
    Q_EMIT requestSent(m_requestsSent);
    emitActivity();
}

void RequestScheduler::stop(const JobPtr &job, ApiError::Stop why)
{
    QNetworkReply *reply = job->reply;
    if (!reply || job->stoppedBy != ApiError::Stop::None)
        return;
    job->stoppedBy = why;
    job->received = QByteArray(); // free it now, not when the reply goes
    reply->abort(); // emits finished(): onFinished reports the stop
}

void RequestScheduler::onFinished(const JobPtr &job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    job->reply = nullptr;
    reply->deleteLater();
    --m_inFlight;
    if (job->paced)
        --m_pacedInFlight;
    --m_managerLoad[job->manager];
    if (job->cancelled || !job->context) { // reported already, or nobody listens any more
        m_live.remove(job->serial);
        dispatch();
        emitActivity();
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    ReplyReader::Limits limits { m_maxAnswerBytes, m_deadlineMs, m_transferTimeoutMs };
    const ReplyReader::Result read =
        ReplyReader::read(reply, job->stoppedBy, &job->received, job->tlsErrors, limits);
    RawReply raw = read.raw;
    const QString &why = read.why;
    const bool cutShort = read.cutShort;
    if (raw.transport == RawReply::Transport::Completed)
        m_pacer->noteAnswer(job->budgetSerial, raw.httpStatus, job->clock.elapsed(),
                            reply->rawHeader("X-Rate-Limit"),
                            reply->rawHeader("X-Rate-Limit-Remaining"));
    Attempt attempt { job->verb, reply->request().url(), job->sends, raw.httpStatus,
                      why,       job->clock.elapsed() };
    const bool ignored =
        raw.unsent || (raw.transport == RawReply::Transport::Completed && raw.httpStatus == 429);
    if (!ignored)
        job->mayHaveActed = true;
    Next next;
    if (raw.transport == RawReply::Transport::Completed && raw.httpStatus == 429) {
        next =
            afterRateLimit(job, raw, reply->rawHeader("X-Rate-Limit-Remaining").trimmed() == "0");
    } else {
        if (raw.transport == RawReply::Transport::Completed && m_limit.answered())
            Q_EMIT concurrencyChanged(m_limit.current());
        next = afterFailure(job, raw, cutShort ? QNetworkReply::RemoteHostClosedError : error);
    }
    attempt.nextInMs = next.delayMs;
    Q_EMIT attemptFinished(attempt);
    if (next.delayMs < 0) {
        // A successful answer's slot goes to the next request before the answer is handled
        // (parsed, turned into rows), so the pipe stays full while the handler runs. After a
        // failure the handler may cancel what waits, so nothing new leaves before it has run.
        if (raw.transport == RawReply::Transport::Completed && raw.httpStatus >= 200
            && raw.httpStatus < 300)
            dispatch();
        complete(job, raw);
    } else if (next.wholeQueue) {
        // Everyone waits, visibly (pausedUntilChanged, and longWaitStarted when long).
        pauseFor(next.delayMs);
        m_queue.push_front(job);
    } else {
        retryLater(job, next.delayMs);
    }
    dispatch();
    emitActivity();
}

RequestScheduler::Next RequestScheduler::afterFailure(const JobPtr &job, const RawReply &raw,
                                                      int networkError)
{
    using Stop = ApiError::Stop;
    const auto error = static_cast<QNetworkReply::NetworkError>(networkError);
    const bool bounded = raw.stop == Stop::Deadline || raw.stop == Stop::AnswerTooLarge
        || raw.stop == Stop::RedirectRefused;
    if (job->attempts >= m_maxAttempts || bounded)
        return {};
    if (raw.transport == RawReply::Transport::Completed
        && !ReplyReader::isRetryableStatus(raw.httpStatus))
        return {}; // a whole answer: done, successful or not
    const bool serverError = raw.transport == RawReply::Transport::Completed;
    // Refused or no such host: the request never reached a server.
    const bool neverArrived = raw.transport == RawReply::Transport::Network && !raw.tlsFailure
        && (error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError);
    const bool answerLost = raw.transport == RawReply::Transport::Timeout
        || (raw.transport == RawReply::Transport::Network
            && ReplyReader::isTransientNetworkError(error));
    bool retry = false;
    if (!isWrite(job->verb))
        retry = serverError || neverArrived || answerLost;
    else if (job->idempotent) // PATCH, DELETE: sent again only when it surely did nothing
        retry = serverError || neverArrived;
    else // POST: a 5xx does not say whether it acted
        retry = neverArrived;
    if (!retry)
        return {};

    Next next;
    next.delayMs = backoffDelay(job->attempts);
    const int asked = parseRetryAfter(raw.retryAfter, QDateTime::currentDateTimeUtc());
    if (asked > m_maxPauseSeconds)
        return {};
    if (asked > 0) {
        next.delayMs = qMax(next.delayMs, qint64(asked) * 1000);
        job->restartDeadline = true; // the server asked for this wait
    } else if (job->deadline.elapsed() + next.delayMs >= m_deadlineMs) {
        return {}; // it could not finish within the deadline
    }
    // Long enough to tell people: the whole queue waits with it.
    next.wholeQueue = next.delayMs > qint64(announceAfterSeconds()) * 1000;
    return next;
}

RequestScheduler::Next RequestScheduler::afterRateLimit(const JobPtr &job, RawReply &raw,
                                                        bool nothingLeft)
{
    using Stop = ApiError::Stop;
    const QByteArray header = raw.retryAfter.trimmed();
    const int asked = parseRetryAfter(header, QDateTime::currentDateTimeUtc());
    if (!header.isEmpty() && asked < 0) {
        raw.stop = Stop::WaitUnreadable;
        return {};
    }
    if (asked > m_maxPauseSeconds) {
        raw.stop = Stop::WaitTooLong;
        raw.limit = asked;
        return {};
    }
    if (job->rateLimitHits >= m_maxRateLimitRetries)
        return {};
    // The server refused without acting, so even a POST may go again after the wait.
    ++job->rateLimitHits;
    --job->attempts;
    job->restartDeadline = true;
    const bool budget = isHourlyBudget(raw.body, asked, nothingLeft);
    if (!budget && m_limit.refused(job->inFlightWhenSent))
        Q_EMIT concurrencyChanged(m_limit.current());
    // Retry-After: 0 (or none) still backs off, more with every refusal of this request.
    Next next;
    next.delayMs = backoffDelay(job->rateLimitHits);
    if (asked > 0 || budget) {
        // The server named a wait, or its budget is spent: nobody gets through before then.
        const qint64 wait = asked > 0 ? qint64(asked) * 1000 : qint64(m_defaultPauseSeconds) * 1000;
        next.delayMs = qMax(wait, next.delayMs);
        next.wholeQueue = true;
        if (budget)
            m_pacer->noteExhausted(wait);
    } else {
        // One too many at once: this one backs off while the others go on at the lower cap,
        // unless the backoff itself has grown long enough to announce.
        next.wholeQueue = next.delayMs > qint64(announceAfterSeconds()) * 1000;
    }
    return next;
}

qint64 RequestScheduler::backoffDelay(int attempt) const
{
    // Exponential with "equal jitter": half fixed, half random, so retries spread out.
    const qint64 full = qint64(m_retryBaseDelayMs) << qBound(0, attempt - 1, 16);
    const qint64 capped = qMin<qint64>(full, 60000);
    const qint64 half = capped / 2;
    return half + QRandomGenerator::global()->bounded(half + 1);
}

void RequestScheduler::retryLater(const JobPtr &job, qint64 delayMs)
{
    QTimer::singleShot(m_pacer->realMs(delayMs), Qt::PreciseTimer, this, [this, job] {
        if (job->cancelled || !m_live.contains(job->serial))
            return;
        m_queue.push_front(job);
        dispatch();
        emitActivity();
    });
}

void RequestScheduler::pauseFor(qint64 milliseconds)
{
    const qint64 ms = qBound<qint64>(0, milliseconds, qint64(m_maxPauseSeconds) * 1000 + 60000);
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(ms);
    if (isPaused() && until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    m_resumeTimer->start(m_pacer->realMs(ms));
    Q_EMIT pausedUntilChanged(m_pausedUntil);
    if (ms > qint64(announceAfterSeconds()) * 1000)
        Q_EMIT longWaitStarted(m_pausedUntil);
}

void RequestScheduler::resume()
{
    if (!isPaused())
        return;
    m_pausedUntil = QDateTime();
    Q_EMIT pausedUntilChanged(pausedUntil()); // a long job's own wait may go on
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
