// RequestBudget on its own: what it reads from the headers, how it carries what is left over
// the requests since, when a long job's next request may go, and what a job will cost.
#include "requestbudget.h"

#include <QTest>

using ftapi::RequestBudget;

namespace {

constexpr qint64 kHour = 3600 * 1000;

// Sends `count` requests at `atMs`, returning the last one's serial.
quint64 send(RequestBudget &budget, int count, qint64 atMs)
{
    quint64 serial = 0;
    for (int i = 0; i < count; ++i)
        serial = budget.noteSent(atMs);
    return serial;
}

} // namespace

class TestRequestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUntilAnAnswerSays()
    {
        RequestBudget budget;
        QVERIFY(!budget.isKnown());
        QCOMPARE(budget.remaining(0), -1);
        const quint64 serial = send(budget, 5, 0);
        QCOMPARE(budget.nextPacedSendAt(10, 8), qint64(10)); // nothing to pace by
        // An answer without the headers says nothing.
        QVERIFY(!budget.noteAnswer(serial, {}, {}, 20));
        QVERIFY(!budget.isKnown());
        const RequestBudget::Forecast f = budget.forecast(100, 20, 8, 4, 10.0);
        QCOMPARE(f.left, -1);
        QVERIFY(!f.beyondBudget);
        QCOMPARE(f.ms, qint64(25 * 10)); // 100 at 4 at once, 10 ms each
    }

    void readsBothHeadersAndIgnoresNonsense()
    {
        RequestBudget budget;
        const quint64 serial = send(budget, 1, 0);
        QVERIFY(budget.noteAnswer(serial, "20000", " 15870 ", 5));
        QVERIFY(budget.isKnown());
        QCOMPARE(budget.limit(), 20000);
        QCOMPARE(budget.reported(), 15870);
        QCOMPARE(budget.remaining(5), 15870);
        // Words, fractions and negative numbers are not read as a budget.
        const quint64 next = send(budget, 1, 6);
        for (const QByteArray &bad : { QByteArray("lots"), QByteArray("1.5"), QByteArray("-3") })
            QVERIFY(!budget.noteAnswer(next, "x", bad, 7));
        QCOMPARE(budget.limit(), 20000);
        QCOMPARE(budget.reported(), 15870);
        QCOMPARE(budget.remaining(7), 15869); // the request since used one
    }

    // Requests sent after the one whose answer said it use the budget; this client's own
    // requests give it back as they leave the window; an older answer says less than a newer.
    void carriesWhatIsLeftForward()
    {
        RequestBudget budget;
        send(budget, 10, 0); // this client's, an hour ago
        const quint64 said = send(budget, 1, 1000);
        QVERIFY(budget.noteAnswer(said, "100", "50", 1100));
        send(budget, 5, 2000);
        QCOMPARE(budget.remaining(2000), 45);
        // The ten of time 0 leave the window at one hour.
        QCOMPARE(budget.remaining(kHour - 1), 45);
        QCOMPARE(budget.remaining(kHour), 55);
        // A late answer to a request sent before `said` changes nothing.
        QVERIFY(budget.noteAnswer(said - 3, "100", "90", kHour));
        QCOMPARE(budget.remaining(kHour), 55);
        // `said` itself leaves the window an hour after it was sent.
        QCOMPARE(budget.remaining(1000 + kHour), 56);
        // An hour after its answer, the window has passed over all that it counted: only
        // this client's requests since are known to use it, others' use is over.
        QCOMPARE(budget.remaining(1100 + kHour), 100 - 5);
        QCOMPARE(budget.remaining(2000 + kHour), 100);
    }

    // The service counts a request from when it arrived, somewhere before its answer: a
    // request counts as gone only a window after it was sent plus the longest answer time.
    void slowAnswersWidenTheMargin()
    {
        RequestBudget budget;
        const quint64 first = send(budget, 1, 0);
        QVERIFY(budget.noteAnswer(first, "10", "9", 300, 300));
        send(budget, 5, 400);
        QCOMPARE(budget.remaining(500), 4);
        QCOMPARE(budget.remaining(kHour + 299), 4);
        QCOMPARE(budget.remaining(kHour + 300), 10 - 5); // the answer came an hour ago
        QCOMPARE(budget.nextPacedSendAt(kHour + 300, 5), kHour + 400 + 300);
    }

    void aShortWindowRollsOverSooner()
    {
        RequestBudget budget;
        budget.setWindowSeconds(4);
        QCOMPARE(budget.windowMs(), qint64(4000));
        const quint64 serial = send(budget, 10, 0);
        QVERIFY(budget.noteAnswer(serial, "10", "0", 10));
        QCOMPARE(budget.remaining(3999), 0);
        QCOMPARE(budget.remaining(4000), 10);
    }

    void reserveIsAFiftiethOrTheCap()
    {
        RequestBudget budget;
        QCOMPARE(budget.reserve(8), 8);
        const quint64 serial = send(budget, 1, 0);
        budget.noteAnswer(serial, "20000", "19999", 1);
        QCOMPARE(budget.reserve(8), 400);
        QCOMPARE(budget.reserve(600), 600);
        budget.setReserve(3);
        QCOMPARE(budget.reserve(600), 3);
        budget.setReserve(-1);
        QCOMPARE(budget.reserve(600), 600);
    }

    // A long job goes while more than the reserve is left, then waits exactly until its own
    // oldest requests leave the window.
    void pacedRequestsWaitForTheWindow()
    {
        RequestBudget budget;
        const int reserve = 5;
        quint64 last = 0;
        for (int i = 0; i < 15; ++i) {
            QVERIFY(budget.nextPacedSendAt(i * 10, reserve) <= i * 10);
            last = budget.noteSent(i * 10);
            budget.noteAnswer(last, "20", QByteArray::number(20 - 1 - i), i * 10 + 5);
        }
        QCOMPARE(budget.remaining(200), 5);
        // The first request (time 0) is the one that makes six left again.
        QCOMPARE(budget.nextPacedSendAt(200, reserve), kHour);
        QCOMPARE(budget.remaining(kHour), 6);
        QVERIFY(budget.nextPacedSendAt(kHour, reserve) <= kHour);
    }

    // When others spent the budget, nothing of this client's comes back; it asks again now and
    // then (a probe), but never below half the reserve.
    void othersSpendingIsProbedNowAndThen()
    {
        RequestBudget budget;
        const quint64 serial = send(budget, 1, 0);
        budget.noteAnswer(serial, "1000", "6", 10); // 993 used by others
        const int reserve = 8;
        const qint64 probe = budget.nextPacedSendAt(20, reserve);
        QVERIFY(probe > 20);
        QVERIFY(probe <= 10 + kHour / 60);
        budget.notePacedProbe(probe);
        const quint64 asked = budget.noteSent(probe);
        budget.noteAnswer(asked, "1000", "3", probe + 5); // still spent, and less now
        // Three left: under half the reserve, so no more probes: it waits until the window
        // has passed over what that answer counted.
        QCOMPARE(budget.nextPacedSendAt(probe + 10, reserve), probe + 5 + kHour);
    }

    // A 429 says nothing is left; when its Retry-After has passed one request tries.
    void exhaustionWaitsForItsRetryAfter()
    {
        RequestBudget budget;
        send(budget, 3, 0);
        budget.noteExhausted(kHour, 100);
        QCOMPARE(budget.remaining(100), 0);
        QCOMPARE(budget.reported(), 0);
        const qint64 at = budget.nextPacedSendAt(200, 8);
        QCOMPARE(at, kHour);
        budget.notePacedProbe(kHour);
        const quint64 serial = budget.noteSent(kHour);
        budget.noteAnswer(serial, "20", "19", kHour + 5);
        QVERIFY(budget.nextPacedSendAt(kHour + 6, 8) <= kHour + 6);
    }

    void forecastFitsOrSpansWindows()
    {
        RequestBudget budget;
        const quint64 serial = send(budget, 1, 0);
        budget.noteAnswer(serial, "20000", "15870", 1);
        // Fits: requests x answer time / in flight.
        RequestBudget::Forecast fits = budget.forecast(4100, 1, 400, 6, 100.0);
        QCOMPARE(fits.left, 15870);
        QCOMPARE(fits.limit, 20000);
        QVERIFY(!fits.beyondBudget);
        QCOMPARE(fits.windows, 1);
        QCOMPARE(fits.ms, qint64(684 * 100)); // ceil(4100 / 6) rounds of 100 ms
        // 30,000: 15,470 now, the rest in the next window.
        RequestBudget::Forecast beyond = budget.forecast(30000, 1, 400, 6, 100.0);
        QVERIFY(beyond.beyondBudget);
        QCOMPARE(beyond.windows, 2);
        QVERIFY(beyond.ms > kHour);
        QVERIFY(beyond.ms < 2 * kHour);
        // 60,000: three more windows.
        QCOMPARE(budget.forecast(60000, 1, 400, 6, 100.0).windows, 4);
        // No answer time yet: the time is unknown unless windows alone make it.
        QCOMPARE(budget.forecast(10, 1, 400, 6, -1).ms, qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
