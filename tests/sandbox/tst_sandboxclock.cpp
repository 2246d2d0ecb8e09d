// The sandbox's answer clock: callbacks run at their deadlines, never before, in deadline
// order (and in the order scheduled when two are due together), including one scheduled by
// another callback and one whose deadline has already passed.
#include "sandboxclock.h"

#include <QSignalSpy>
#include <QTest>

#include <vector>

using ftsandbox::SandboxClock;

class TestSandboxClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInDeadlineOrderAndNeverEarly()
    {
        SandboxClock clock;
        const QDeadlineTimer start = QDeadlineTimer::current(Qt::PreciseTimer);
        std::vector<int> order;
        std::vector<bool> early;
        auto schedule = [&](int name, qint64 ms) {
            const QDeadlineTimer due = start + ms;
            clock.at(due, [&order, &early, name, due] {
                order.push_back(name);
                early.push_back(!due.hasExpired());
            });
        };
        schedule(3, 60);
        schedule(1, 20);
        schedule(2, 40);
        schedule(4, 40); // due with 2: after it
        schedule(0, -5); // already past: at the next turn of the loop
        QCOMPARE(clock.pending(), 5);
        QTRY_COMPARE(order.size(), size_t(5));
        QCOMPARE(order, (std::vector<int> { 0, 1, 2, 4, 3 }));
        QCOMPARE(early, std::vector<bool>(5, false));
        QCOMPARE(clock.pending(), 0);
    }

    void aCallbackMayScheduleOneDueBeforeTheNext()
    {
        SandboxClock clock;
        std::vector<int> order;
        const QDeadlineTimer start = QDeadlineTimer::current(Qt::PreciseTimer);
        clock.at(start + 200, [&order] { order.push_back(2); });
        clock.at(start + 10, [&] {
            order.push_back(0);
            // Sooner than the one already waiting: the clock is armed again for it.
            clock.at(QDeadlineTimer::current(Qt::PreciseTimer) + 20,
                     [&order] { order.push_back(1); });
        });
        QTRY_COMPARE(order.size(), size_t(3));
        QCOMPARE(order, (std::vector<int> { 0, 1, 2 }));
    }
};

QTEST_GUILESS_MAIN(TestSandboxClock)
#include "tst_sandboxclock.moc"
