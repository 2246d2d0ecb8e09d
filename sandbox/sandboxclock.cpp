#include "sandboxclock.h"

#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace ftsandbox {

SandboxClock::SandboxClock(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    // QDeadlineTimer reads CLOCK_MONOTONIC on Linux: its deadlines are this timer's.
    m_timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd >= 0) {
        m_notifier = new QSocketNotifier(qintptr(m_timerFd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;
            [[maybe_unused]] const auto read = ::read(m_timerFd, &expirations, sizeof expirations);
            runDue();
        });
        return;
    }
#endif
    m_fallback = new QTimer(this);
    m_fallback->setSingleShot(true);
    m_fallback->setTimerType(Qt::PreciseTimer);
    connect(m_fallback, &QTimer::timeout, this, &SandboxClock::runDue);
}

SandboxClock::~SandboxClock()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        delete m_notifier;
        ::close(m_timerFd);
    }
#endif
}

void SandboxClock::at(const QDeadlineTimer &deadline, std::function<void()> callback)
{
    const qint64 due = deadline.deadlineNSecs();
    const bool earliest = m_due.empty() || due < m_due.begin()->first;
    m_due.emplace(due, std::move(callback)); // after any others due at the same time
    if (earliest)
        arm();
}

void SandboxClock::runDue()
{
    // A callback may schedule another: one already due runs in this round, a later one
    // when it is due.
    const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    while (!m_due.empty() && m_due.begin()->first <= now) {
        std::function<void()> callback = std::move(m_due.begin()->second);
        m_due.erase(m_due.begin());
        callback();
    }
    arm();
}

void SandboxClock::arm()
{
    if (m_due.empty()) {
        if (m_fallback)
            m_fallback->stop();
        return;
    }
    const qint64 due = m_due.begin()->first;
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        itimerspec spec {};
        // A zero value would disarm the timer: one nanosecond is already past, so it fires.
        const qint64 at = qMax<qint64>(1, due);
        spec.it_value.tv_sec = time_t(at / 1'000'000'000);
        spec.it_value.tv_nsec = long(at % 1'000'000'000);
        ::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
        return;
    }
#endif
    const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    m_fallback->start(int(qMax<qint64>(0, (due - now + 999'999) / 1'000'000)));
}

} // namespace ftsandbox
