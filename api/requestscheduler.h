#pragma once

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

// Sends requests politely: at most maxInFlight() at once (spread over several
// QNetworkAccessManagers, since one opens only 6 HTTP/1.1 connections per host), a transfer
// timeout on each, bounded retries with exponential backoff and jitter for idempotent requests
// (500/502/503/504 and dropped connections), and on 429 the whole queue pauses for Retry-After
// (bounded by maxPause()) before resuming. A POST is resent only after a 429 or a refused
// connection: both prove the server did not act on it.
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
        int attempt = 0; // 1 for the first try
        int httpStatus = 0; // 0 when no answer arrived
        QString error; // the transport's words when it failed; empty otherwise
        qint64 elapsedMs = 0;
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
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setTransferTimeout(int milliseconds); // default 30000
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts); // per request, default 3
    int retryBaseDelay() const { return m_retryBaseDelayMs; }
    void setRetryBaseDelay(int milliseconds); // first backoff, doubled each time; default 500
    int maxPause() const { return m_maxPauseSeconds; }
    void setMaxPause(int seconds); // bound on a Retry-After pause, default 120
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

Q_SIGNALS:
    void pausedUntilChanged(const QDateTime &until); // invalid: running again
    void requestSent(quint64 total); // after each attempt leaves
    void activityChanged(int inFlight, int queued);
    void attemptFinished(const ftapi::RequestScheduler::Attempt &attempt);
    void rateLimitChanged(int remaining, int limit); // an answer carried X-Rate-Limit-Remaining

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void dispatch();
    void start(const JobPtr &job);
    void onFinished(const JobPtr &job);
    void retryLater(const JobPtr &job, int delayMs);
    void pauseFor(int seconds);
    void resume();
    void complete(const JobPtr &job, const RawReply &reply);
    void cancelJobs(const QList<JobPtr> &jobs);
    void ensureManagers();
    int backoffDelay(int attempt) const;
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
    int m_transferTimeoutMs = 30000;
    int m_maxAttempts = 3;
    int m_retryBaseDelayMs = 500;
    int m_maxPauseSeconds = 120;
    int m_defaultPauseSeconds = 2;
    int m_maxRateLimitRetries = 10;
    double m_averageAnswerMs = -1;
    int m_rateLimitRemaining = -1;
    int m_rateLimit = -1;
    QDateTime m_rateLimitSeenAt;
};

} // namespace ftapi
