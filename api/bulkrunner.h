#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <deque>

namespace ftapi {

// Runs a long job of many calls (an audit, a bulk change) through an ApiClient: a window of
// tasks at a time, and tasks that failed with a retryable error (network, timeout, 429, 5xx)
// after the scheduler's own attempts are queued again at the back, up to maxRounds() more
// times, after a growing delay. At the end only what still fails is reported (API.md "Limits
// and failures"). A task must call `finish` exactly once, or the job never ends. Once it has
// more than kPacedAfterTasks tasks its requests are paced by the hourly budget
// (RequestScheduler::pace): a job that needs more than is left waits for the window to give
// requests back instead of meeting 429s, while a job of a few requests goes like a click.
//
//   runner.add(u"groups of "_s + id, [=](QObject *ctx, BulkRunner::Finish finish) {
//       return client->listMemberships(MembershipKind::Group, id, ctx,
//           [=](const ApiResult<QVector<Membership>> &r) { if (r) keep(r.value());
//                                                          finish(outcomeOf(r)); });
//   });
//   runner.start();
// Tasks may be added while the runner runs (e.g. once the user list has arrived).
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    using Finish = std::function<void(const ApiResult<void> &outcome)>;
    // Issues the task's call with `context` and calls `finish` once from its callback.
    using Task = std::function<ApiClient::CallId(QObject *context, Finish finish)>;

    struct Failure
    {
        int task = -1;
        QString label;
        ApiError error;
    };

    static constexpr int kPacedAfterTasks = 16;

    explicit BulkRunner(ApiClient *client, QObject *parent = nullptr);
    ~BulkRunner() override;

    int add(const QString &label, Task task); // returns the task's index
    // Queued before every task that waits to start: a look-up that other work depends on.
    int addFirst(const QString &label, Task task);

    int window() const; // tasks started at once; default twice the scheduler's cap
    void setWindow(int tasks);
    int maxRounds() const { return m_maxRounds; }
    void setMaxRounds(int rounds); // extra tries per task after its first, default 5
    int requeueDelay() const { return m_requeueDelayMs; }
    // Wait before a failed task is queued again, times its number of tries (bounded at 30 s),
    // so a server that is down for a while is not asked again at once. Default 1000 ms.
    void setRequeueDelay(int milliseconds);

    void start();
    void cancel(); // stops issuing, cancels what runs, finishes with cancelled = true

    bool isRunning() const { return m_running; }
    int total() const { return static_cast<int>(m_tasks.size()); }
    int done() const { return m_done; } // succeeded or given up
    int succeeded() const { return m_succeeded; }
    QVector<Failure> failures() const { return m_failures; }

Q_SIGNALS:
    void progress(int done, int total);
    void taskRequeued(int task, const ftapi::ApiError &error);
    void finished(bool cancelled);

private:
    struct Entry
    {
        QString label;
        Task task;
        int tries = 0;
        ApiClient::CallId call = 0;
        bool running = false;
    };

    int insert(const QString &label, Task task, bool first);
    void pump();
    void onTaskFinished(int index, const ApiResult<void> &outcome);
    void finish(bool cancelled);
    void requeue(int index);

    void onClientDestroyed();

    // Not owned: a client deleted before the runner ends the job (cancelled) rather than being
    // asked to cancel its calls from a dangling pointer.
    QPointer<ApiClient> m_client;
    QObject *m_context = nullptr; // parent of every callback; replaced on cancel
    std::vector<Entry> m_tasks;
    std::deque<int> m_pending;
    int m_firstPending = 0; // the tasks at the front of m_pending that were added first
    QVector<Failure> m_failures;
    int m_window = 0;
    int m_maxRounds = 5;
    int m_active = 0;
    int m_waiting = 0; // failed tasks waiting out their requeue delay
    int m_requeueDelayMs = 1000;
    int m_done = 0;
    int m_succeeded = 0;
    bool m_running = false;
    bool m_paced = false; // the scheduler paces m_context
};

} // namespace ftapi
