#pragma once

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <map>

class QSocketNotifier;
class QTimer;

namespace ftsandbox {

// Runs callbacks at their deadlines, to the microsecond where the system allows it. QTimer
// counts whole milliseconds from when it is started, so an answer due 20 ms after its
// request arrived left up to 1.2 ms late (the work of answering, then the rounding): a
// sandbox told to answer in 20 ms answered in 20.5 on average. On Linux one timerfd, armed
// for the earliest deadline, wakes the event loop when it is due; elsewhere a precise QTimer,
// rounded up to the millisecond, does. Callbacks due at the same time run in the order they
// were scheduled; all run on the clock's thread.
class SandboxClock : public QObject
{
    Q_OBJECT

public:
    explicit SandboxClock(QObject *parent = nullptr);
    ~SandboxClock() override;

    void at(const QDeadlineTimer &deadline, std::function<void()> callback);
    int pending() const { return int(m_due.size()); }

private:
    void runDue();
    void arm();

    std::multimap<qint64, std::function<void()>> m_due; // deadline in ns of the monotonic clock
    int m_timerFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_fallback = nullptr;
};

} // namespace ftsandbox
