#pragma once

#include "concurrencylimit.h"
#include "replyinterpreter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ftapi {

// Sends requests politely and never trusts the server to behave: at most maxInFlight() at once
// (spread over several QNetworkAccessManagers, since one opens only 6 HTTP/1.1 connections per
// host), lowered for a while when the server refuses requests for being too many at once
// (ConcurrencyLimit); an idle timeout and an overall deadline on each request, whatever
// trickles in; answers bounded in size while they arrive; bounded retries with exponential
// backoff and jitter. A 429 is waited out: with Retry-After (up to maxPause(), the service's
// rolling hour) or when it is about the hourly budget the whole queue pauses; otherwise only
// the refused request backs off. A longer or unreadable Retry-After fails at once. Any wait
// longer than announceAfterSeconds() is announced with its end (longWaitStarted).
// Writes (POST, PATCH, DELETE) are never resent when their answer was lost (a drop, a
// timeout), by Qt or by the scheduler: the caller learns the effect is unknown. A PATCH or
// DELETE is resent after a 429, a refused connection or a 5xx answer; a POST only after a 429
// or a refused connection: each proves the server did not act.
// Requests are grouped by ticket so a multi-page call cancels as one.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    // What one attempt did, for the --verbose request log (RequestLog). Carries no header.
    struct Attempt
    {
        QByteArray verb;
        QUrl url;
        int attempt = 0; // 1 for the first try; every send counts, after a 429 too
        int httpStatus = 0; // 0 when no answer arrived
        QString error; // why no whole answer arrived, in English; empty otherwise
        qint64 elapsedMs = 0;
        qint64 nextInMs = -1; // when it goes again; -1: it does not, this was the outcome
    };
    using Handler = std::function<void(const RawReply &)>;
    using ManagerFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    // `manager` is used first; extra managers are created as children when maxInFlight > 6.
    explicit RequestScheduler(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~RequestScheduler() override;

    // How the extra managers are made (default: a plain QNetworkAccessManager).
    void setManagerFactory(ManagerFactory factory);

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count); // at least 1, default 8
    // The cap in use now: maxInFlight(), or less after the server refused requests for being
    // too many at once.
    int currentLimit() const { return m_limit.current(); }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setTransferTimeout(int milliseconds); // idle: no byte for this long; default 30000
    int deadline() const { return m_deadlineMs; }
    // A request's whole time in flight, its retries included, whatever trickles in; restarted
    // when the server asks for a wait (429, Retry-After). Default 60000.
    void setDeadline(int milliseconds);
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    void setMaxAnswerBytes(qint64 bytes); // an answer is cut off past this; default 64 MiB
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts); // per request, default 3
    int retryBaseDelay() const { return m_retryBaseDelayMs; }
    void setRetryBaseDelay(int milliseconds); // first backoff, doubled each time; default 500
    int maxPause() const { return m_maxPauseSeconds; }
    // The longest Retry-After honoured, default 3600 (the service's rolling hour); a longer
    // one fails the request at once.
    void setMaxPause(int seconds);
    int defaultPause() const { return m_defaultPauseSeconds; }
    void setDefaultPause(int seconds); // a 429 without Retry-After, default 2
    int maxRateLimitRetries() const { return m_maxRateLimitRetries; }
    void setMaxRateLimitRetries(int count); // 429s one request may meet, default 10

    Ticket newTicket();

    // Queues one request. `done` runs once (unless `context` is destroyed first) with the final
    // outcome, after any retries; a cancelled request reports Transport::Cancelled on the next
    // event-loop turn.
    void submit(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb,
                const QByteArray &body, bool idempotent, QObject *context, Handler done);

    void cancel(Ticket ticket); // queued, waiting or in flight
    // False while every request of `ticket` still waits and none of its attempts can have
    // been acted on (none left, or each met a 429 or a refused connection): cancelling it then
    // certainly changes nothing on the server. False too once the ticket is over.
    bool mayHaveReachedServer(Ticket ticket) const;
    void cancelAll();

    bool isPaused() const { return m_pausedUntil.isValid(); }
    QDateTime pausedUntil() const { return m_pausedUntil; } // invalid when running
    // Whole seconds left of a pause that ends at `until`, rounded up, so a countdown never
    // reads 0 while requests still wait; 0 once it is over or when `until` is invalid.
    static int secondsLeft(const QDateTime &until);
    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    quint64 requestsSent() const { return m_requestsSent; } // attempts, retries included

    // How long the service takes to answer: a moving average over the answers so far (each
    // new one weighs a tenth), in milliseconds; negative before the first answer. What an
    // estimate of a plan's time starts from.
    double averageAnswerMs() const { return m_averageAnswerMs; }
    // What the service last said of its hourly budget (X-Rate-Limit-Remaining and
    // X-Rate-Limit); -1 while it never said. Read only: nothing here plans by them.
    int rateLimitRemaining() const { return m_rateLimitRemaining; }
    int rateLimit() const { return m_rateLimit; }
    QDateTime rateLimitSeenAt() const { return m_rateLimitSeenAt; } // invalid: never said

    // Waits longer than this are announced (longWaitStarted); shorter ones pass unremarked.
    static constexpr int announceAfterSeconds() { return 5; }

Q_SIGNALS:
    void pausedUntilChanged(const QDateTime &until); // invalid: running again
    void requestSent(quint64 total); // after each attempt leaves
    void activityChanged(int inFlight, int queued);
    void attemptFinished(const ftapi::RequestScheduler::Attempt &attempt);
    // A wait longer than announceAfterSeconds() starts now and ends at `until` (also a
    // pausedUntilChanged): for a notice on stderr or in the window.
    void longWaitStarted(const QDateTime &until);
    // currentLimit() changed: the server refused requests for being too many at once, or
    // enough answers came back without a refusal to try one more.
    void concurrencyChanged(int limit);
    void rateLimitChanged(int remaining, int limit); // an answer carried X-Rate-Limit-Remaining

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void dispatch();
    void start(const JobPtr &job);
    void onFinished(const JobPtr &job);
    // What happens after an attempt: sent again in delayMs (the whole queue waiting with it, or
    // only this request), or, with delayMs < 0, reported as it is.
    struct Next
    {
        qint64 delayMs = -1;
        bool wholeQueue = false;
    };
    Next afterFailure(const JobPtr &job, const RawReply &raw, int networkError);
    Next afterRateLimit(const JobPtr &job, RawReply &raw);
    void stop(const JobPtr &job, ApiError::Stop why);
    void retryLater(const JobPtr &job, qint64 delayMs);
    void pauseFor(qint64 milliseconds);
    void resume();
    void complete(const JobPtr &job, const RawReply &reply);
    void cancelJobs(const QList<JobPtr> &jobs);
    void ensureManagers();
    qint64 backoffDelay(int attempt) const;
    void emitActivity();
    void noteAnswer(QNetworkReply *reply, qint64 elapsedMs);

    QVector<QNetworkAccessManager *> m_managers; // [0] is the injected one
    QVector<int> m_managerLoad;
    ManagerFactory m_factory;
    std::deque<JobPtr> m_queue;
    QHash<quint64, JobPtr> m_live; // by job serial: queued, waiting to retry, or in flight
    QTimer *m_resumeTimer = nullptr;
    QDateTime m_pausedUntil;
    Ticket m_nextTicket = 1;
    quint64 m_nextSerial = 1;
    quint64 m_requestsSent = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 8;
    ConcurrencyLimit m_limit;
    int m_transferTimeoutMs = 30000;
    int m_deadlineMs = 60000;
    qint64 m_maxAnswerBytes = qint64(64) * 1024 * 1024;
    int m_maxAttempts = 3;
    int m_retryBaseDelayMs = 500;
    int m_maxPauseSeconds = 3600;
    int m_defaultPauseSeconds = 2;
    int m_maxRateLimitRetries = 10;
    double m_averageAnswerMs = -1;
    int m_rateLimitRemaining = -1;
    int m_rateLimit = -1;
    QDateTime m_rateLimitSeenAt;
};

} // namespace ftapi
