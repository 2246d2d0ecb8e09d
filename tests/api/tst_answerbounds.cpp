// Answers that would eat all memory: a chunked body that never ends, 300 MB with the length
// announced, 300 MB chunked without one. Each must end in a clear error while it arrives, and
// this process (client and server both) must stay far below 300 MB at its peak. A binary of
// its own, so the peak (VmHWM) is these tests' alone.
#include "apiclient.h"
#include "apitestutil.h"
#include "hostileserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using fttest::waitFor;
using Mode = HostileServer::Mode;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A line of /proc/self/status in kB ("VmHWM", the peak resident size; "VmRSS", the current).
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestAnswerBounds : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    qint64 m_startKb = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_startKb = statusKb("VmHWM");
        QVERIFY(m_startKb > 0);
    }

    void hugeAnswersAreStoppedWhileTheyArrive_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("readsAlmostNothing"); // a length over the bound is refused at once
        QTest::newRow("endless chunked stream") << int(Mode::EndlessStream) << false;
        QTest::newRow("300 MB, length announced") << int(Mode::HugeBody) << true;
        QTest::newRow("300 MB chunked") << int(Mode::HugeChunkedBody) << false;
    }

    void hugeAnswersAreStoppedWhileTheyArrive()
    {
        QFETCH(int, mode);
        QFETCH(bool, readsAlmostNothing);
        HostileServer hostile;
        QVERIFY(hostile.listen());
        hostile.setMode(Mode(mode));
        ApiClient client(&m_nam, hostile.baseUrl(), Credentials { u"key"_s, u"secret"_s });
        const auto r =
            waitFor<QVector<User>>([&](auto d) { return client.listUsers(this, d); }, 120000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(r.error().stop, ApiError::Stop::AnswerTooLarge);
        QCOMPARE(r.error().limit, 64 * kMiB);
        QVERIFY2(r.error().userText().contains(u"64 MB"_s), qPrintable(r.error().userText()));
        QCOMPARE(hostile.arrived("GET"), 1); // not asked again
        const qint64 sent = hostile.streamedBytes();
        if (readsAlmostNothing)
            QVERIFY2(sent < 64 * kMiB, qPrintable(QString::number(sent)));
        else
            QVERIFY2(sent > 64 * kMiB, qPrintable(QString::number(sent))); // it did try
        QVERIFY(sent < 300 * kMiB);
        const qint64 peakKb = statusKb("VmHWM");
        qInfo("server sent %lld MB; peak memory of this process %lld MB (%lld MB at start)",
              sent / kMiB, peakKb / 1024, m_startKb / 1024);
        QVERIFY2(peakKb < 300 * 1024, qPrintable(QString::number(peakKb)));
    }

    // Many answers in a row: nothing of them stays behind.
    void memoryStaysFlat()
    {
        HostileServer hostile;
        QVERIFY(hostile.listen());
        hostile.setMode(Mode::EndlessStream);
        ApiClient client(&m_nam, hostile.baseUrl(), Credentials { u"key"_s, u"secret"_s });
        qint64 afterFirstKb = 0;
        for (int i = 0; i < 4; ++i) {
            const auto r =
                waitFor<QVector<Role>>([&](auto d) { return client.listRoles(this, d); }, 120000);
            QCOMPARE(r.error().stop, ApiError::Stop::AnswerTooLarge);
            if (i == 0)
                afterFirstKb = statusKb("VmRSS");
        }
        const qint64 nowKb = statusKb("VmRSS");
        qInfo("resident after the first endless answer %lld MB, after the fourth %lld MB; "
              "peak %lld MB; %lld MB streamed",
              afterFirstKb / 1024, nowKb / 1024, statusKb("VmHWM") / 1024,
              hostile.streamedBytes() / kMiB);
        QVERIFY(hostile.streamedBytes() > 4 * 64 * kMiB);
        QVERIFY2(nowKb < afterFirstKb + 64 * 1024, qPrintable(QString::number(nowKb)));
        QVERIFY(statusKb("VmHWM") < 300 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestAnswerBounds)
#include "tst_answerbounds.moc"
