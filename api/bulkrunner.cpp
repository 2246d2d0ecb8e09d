#include "bulkrunner.h"

#include <QTimer>

namespace ftapi {

namespace {

// A retryable failure goes round again, unless one of the scheduler's bounds ended it: a
// request that used its whole deadline, an answer too large, a wait longer than the hour. Asking
// again would hold the job for as long once more and end the same way.
bool isWorthRequeueing(const ApiError &error)
{
    return error.isRetryable()
        && (error.stop == ApiError::Stop::None || error.stop == ApiError::Stop::Silence);
}

} // namespace

BulkRunner::BulkRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(new QObject(this))
{
    if (client)
        connect(client, &QObject::destroyed, this, &BulkRunner::onClientDestroyed);
}

BulkRunner::~BulkRunner()
{
    ApiClient *client = m_client.data();
    if (m_running && client) {
        for (const Entry &entry : m_tasks) {
            if (entry.running)
                client->cancel(entry.call);
        }
    }
}

int BulkRunner::add(const QString &label, Task task)
{
    return insert(label, std::move(task), false);
}

int BulkRunner::addFirst(const QString &label, Task task)
{
    return insert(label, std::move(task), true);
}

int BulkRunner::insert(const QString &label, Task task, bool first)
{
    Entry entry;
    entry.label = label;
    entry.task = std::move(task);
    m_tasks.push_back(std::move(entry));
    const int index = static_cast<int>(m_tasks.size()) - 1;
    ApiClient *client = m_client.data();
    if (!m_paced && client && total() > kPacedAfterTasks) {
        // A long job now: its requests wait for the hourly budget rather than run into the
        // limit; the few before may use the reserve as a click would.
        client->scheduler()->pace(m_context);
        m_paced = true;
    }
    if (first) // after the other first ones, in the order they came
        m_pending.insert(m_pending.begin() + m_firstPending++, index);
    else
        m_pending.push_back(index);
    if (m_running) {
        Q_EMIT progress(m_done, total());
        pump();
    }
    return index;
}

int BulkRunner::window() const
{
    if (m_window > 0)
        return m_window;
    const ApiClient *client = m_client.data();
    return client ? 2 * client->scheduler()->maxInFlight() : 0;
}

void BulkRunner::setWindow(int tasks)
{
    m_window = qMax(0, tasks);
}

void BulkRunner::setMaxRounds(int rounds)
{
    m_maxRounds = qMax(0, rounds);
}

void BulkRunner::setRequeueDelay(int milliseconds)
{
    m_requeueDelayMs = qMax(0, milliseconds);
}

void BulkRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT progress(m_done, total());
    pump();
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    // Replacing the context drops every late answer of this run at once.
    delete m_context;
    m_context = new QObject(this);
    m_paced = false;
    ApiClient *client = m_client.data();
    for (Entry &entry : m_tasks) {
        if (entry.running) {
            if (client)
                client->cancel(entry.call);
            entry.running = false;
        }
    }
    m_pending.clear();
    m_firstPending = 0;
    m_active = 0;
    m_waiting = 0; // their timers died with the old context
    finish(true);
}

void BulkRunner::onClientDestroyed()
{
    // Its calls died with it and will never answer: the job ends here, as a cancel would end it.
    cancel();
}

void BulkRunner::pump()
{
    while (m_running && m_client && m_active < window() && !m_pending.empty()) {
        const int index = m_pending.front();
        m_pending.pop_front();
        if (m_firstPending > 0)
            --m_firstPending;
        Entry &entry = m_tasks[static_cast<size_t>(index)];
        entry.running = true;
        ++entry.tries;
        ++m_active;
        // ApiClient never answers synchronously, but a task might; onTaskFinished copes.
        const ApiClient::CallId call =
            entry.task(m_context, [this, index](const ApiResult<void> &outcome) {
                onTaskFinished(index, outcome);
            });
        Entry &again = m_tasks[static_cast<size_t>(index)];
        if (again.running)
            again.call = call;
    }
    if (m_running && m_active == 0 && m_pending.empty() && m_waiting == 0)
        finish(false);
}

void BulkRunner::onTaskFinished(int index, const ApiResult<void> &outcome)
{
    if (index < 0 || static_cast<size_t>(index) >= m_tasks.size())
        return;
    Entry &entry = m_tasks[static_cast<size_t>(index)];
    if (!entry.running) // finished twice, or after cancel
        return;
    entry.running = false;
    entry.call = 0;
    --m_active;
    if (outcome) {
        ++m_done;
        ++m_succeeded;
    } else if (isWorthRequeueing(outcome.error()) && entry.tries <= m_maxRounds) {
        Q_EMIT taskRequeued(index, outcome.error());
        requeue(index);
    } else {
        ++m_done;
        m_failures.append(Failure { index, entry.label, outcome.error() });
    }
    Q_EMIT progress(m_done, total());
    pump();
}

void BulkRunner::requeue(int index)
{
    // Back of the queue, and not at once: by the time it comes round the trouble may have
    // passed.
    const int tries = m_tasks[static_cast<size_t>(index)].tries;
    const int delay = qMin(m_requeueDelayMs * tries, 30000);
    ++m_waiting;
    QTimer::singleShot(delay, m_context, [this, index] {
        --m_waiting;
        m_pending.push_back(index);
        pump();
    });
}

void BulkRunner::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(cancelled);
}

} // namespace ftapi
