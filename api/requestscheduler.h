#pragma once

#include "budgetpacer.h"
#include "concurrencylimit.h"
#include "replyinterpreter.h"
#include "requestbudget.h"

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
// The account's hourly budget (RequestBudget) is read from every answer; a long job's requests
// (those of a context given to pace(), as BulkRunner does) wait while going on would leave less
// than the budget's reserve, and go on as the window gives requests back, so a job larger than
// the budget spreads over the window instead of meeting a storm of 429s. Other requests (a
// person's clicks) may use the reserve.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    // Why requests wait (pausedUntil()): the service asked (a 429, Retry-After), or a long
    // job waits for the hourly budget to come back.
    enum class PauseReason { None, ServiceAsked, HourlyBudget };
    Q_ENUM(PauseReason)

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
    // Idle: no byte for this long; default 30000.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = qMax(1, milliseconds); }
    int deadline() const { return m_deadlineMs; }
    // A request's whole time in flight, its retries included, whatever trickles in; restarted
    // when the server asks for a wait (429, Retry-After). Default 60000.
    void setDeadline(int milliseconds) { m_deadlineMs = qMax(1, milliseconds); }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    // An answer is cut off past this; default 64 MiB.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = qMax<qint64>(1, bytes); }
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); } // default 3
    int retryBaseDelay() const { return m_retryBaseDelayMs; }
    // First backoff, doubled each time; default 500.
    void setRetryBaseDelay(int milliseconds) { m_retryBaseDelayMs = qMax(0, milliseconds); }
    int maxPause() const { return m_maxPauseSeconds; }
    // The longest Retry-After honoured, default 3600 (the service's rolling hour); a longer
    // one fails the request at once.
    void setMaxPause(int seconds) { m_maxPauseSeconds = qMax(0, seconds); }
    int defaultPause() const { return m_defaultPauseSeconds; }
    // A 429 without Retry-After, default 2.
    void setDefaultPause(int seconds) { m_defaultPauseSeconds = qMax(0, seconds); }
    int maxRateLimitRetries() const { return m_maxRateLimitRetries; }
    // 429s one request may meet, default 10.
    void setMaxRateLimitRetries(int count) { m_maxRateLimitRetries = qMax(0, count); }

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

    // The service asked for a wait: nothing is sent until it ends.
    bool isPaused() const { return m_pausedUntil.isValid(); }
    // The end of the wait people should see: the service's, else a long job's wait for the
    // budget (waits under a second or two are not shown); invalid when running.
    QDateTime pausedUntil() const;
    PauseReason pauseReason() const;
    // Whole seconds left of a pause that ends at `until`, rounded up, so a countdown never
    // reads 0 while requests still wait; 0 once it is over or when `until` is invalid.
    static int secondsLeft(const QDateTime &until);
    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    quint64 requestsSent() const { return m_requestsSent; } // attempts, retries included

    // The requests submitted with `context` belong to a long job (an audit, a plan's reads):
    // they are paced by the budget. Until `context` is destroyed.
    void pace(QObject *context) { m_pacer->pace(context); }
    // The account's hourly budget as far as this client knows it; window and reserve can be set.
    RequestBudget *budget() { return m_pacer->budget(); }
    const RequestBudget *budget() const { return m_pacer->budget(); }
    // What a job of `requests` costs now (the budget, the cap in use, the answer time).
    RequestBudget::Forecast forecast(int requests) const;
    // How long the service takes to answer: a moving average over the answers so far (each
    // new one weighs a tenth), in milliseconds; negative before the first answer.
    double averageAnswerMs() const { return m_pacer->averageAnswerMs(); }
    // What is left of the hourly budget now and the limit, as the service last said them
    // (what is left is carried forward over the requests sent since); -1 while it never said.
    int rateLimitRemaining() const { return m_pacer->remaining(); }
    int rateLimit() const { return m_pacer->budget()->limit(); }
    QDateTime rateLimitSeenAt() const { return m_pacer->seenAt(); } // invalid: never said

    // How many of the service's seconds pass in one second here (default 1): only for a
    // sandbox whose clock runs as much faster (tests): every wait the scheduler takes (a
    // Retry-After, a backoff, the budget's) then lasts 1/scale as long. The times it reports
    // (pausedUntil) stay in the service's seconds.
    double timeScale() const { return m_pacer->timeScale(); }
    void setTimeScale(double scale) { m_pacer->setTimeScale(scale); }

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
    // An answer said what is left of the hourly budget (X-Rate-Limit-Remaining), or a 429
    // said it is spent; `limit` is -1 while the service never said it.
    void rateLimitChanged(int remaining, int limit);

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void dispatch();
    JobPtr takeNext(qint64 *heldUntilMs, bool *probed);
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
    Next afterRateLimit(const JobPtr &job, RawReply &raw, bool nothingLeft);
    void stop(const JobPtr &job, ApiError::Stop why);
    void retryLater(const JobPtr &job, qint64 delayMs);
    void pauseFor(qint64 milliseconds);
    void resume();
    void complete(const JobPtr &job, const RawReply &reply);
    void cancelJobs(const QList<JobPtr> &jobs);
    void ensureManagers();
    qint64 backoffDelay(int attempt) const;
    void emitActivity();

    QVector<QNetworkAccessManager *> m_managers; // [0] is the injected one
    QVector<int> m_managerLoad;
    ManagerFactory m_factory;
    std::deque<JobPtr> m_queue;
    QHash<quint64, JobPtr> m_live; // by job serial: queued, waiting to retry, or in flight
    QTimer *m_resumeTimer = nullptr;
    QDateTime m_pausedUntil;
    BudgetPacer *m_pacer = nullptr; // the hourly budget, long jobs' holds, the clock
    Ticket m_nextTicket = 1;
    quint64 m_nextSerial = 1;
    quint64 m_requestsSent = 0;
    int m_inFlight = 0;
    int m_pacedInFlight = 0; // of them, a long job's
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
};

} // namespace ftapi
