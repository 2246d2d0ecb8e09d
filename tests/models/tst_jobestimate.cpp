// What a long job says it will cost before it starts: the issue's own sentence, the rounding
// of counts and times, a job beyond the budget, the JSON of `audit --estimate`, and the
// requests an audit makes counted from the account size (checked against a sandbox's audit).
#include "apiclient.h"
#include "auditcollector.h"
#include "auditcost.h"
#include "auditfixture.h"
#include "jobestimate.h"

#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftapi::RequestBudget;
using ftmodels::AuditCost;
using ftmodels::JobEstimate;

namespace {

JobEstimate made(int requests, qint64 ms, int left, int limit, bool beyond = false, int windows = 1,
                 qint64 windowMs = 3'600'000)
{
    JobEstimate estimate;
    estimate.forecast.requests = requests;
    estimate.forecast.ms = ms;
    estimate.forecast.left = left;
    estimate.forecast.limit = limit;
    estimate.forecast.beyondBudget = beyond;
    estimate.forecast.windows = windows;
    estimate.forecast.windowMs = windowMs;
    return estimate;
}

} // namespace

class TestJobEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysTheIssuesSentence()
    {
        QCOMPARE(made(4123, 70'400, 15'870, 20'000).text(),
                 u"about 4,100 requests, about 1 min 10 s; 15,870 of 20,000 left this hour."_s);
    }

    void roughCounts_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(7) << u"about 7"_s;
        QTest::newRow("hundreds") << qint64(1'234 - 1'000 + 100) << u"about 330"_s;
        QTest::newRow("thousands") << qint64(4'149) << u"about 4,100"_s;
        QTest::newRow("rounds up") << qint64(4'150) << u"about 4,200"_s;
        QTest::newRow("large") << qint64(100'501) << u"about 100,000"_s;
    }
    void roughCounts()
    {
        QFETCH(qint64, count);
        QFETCH(QString, text);
        QCOMPARE(JobEstimate::roughCount(count), text);
    }

    void roughDurations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("instant") << qint64(300) << u"less than a second"_s;
        QTest::newRow("seconds") << qint64(12'400) << u"about 12 s"_s;
        QTest::newRow("whole minutes") << qint64(119'000) << u"about 2 min"_s;
        QTest::newRow("minutes and tens") << qint64(70'400) << u"about 1 min 10 s"_s;
        QTest::newRow("hours") << qint64(3'900'000) << u"about 1 h 5 min"_s;
        QTest::newRow("whole hours") << qint64(7'200'000) << u"about 2 h"_s;
    }
    void roughDurations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(JobEstimate::roughDuration(ms), text);
    }

    void beyondTheBudgetSaysItTakesLonger()
    {
        const JobEstimate hour = made(30'000, 4'000'000, 15'870, 20'000, true, 2);
        QVERIFY(hour.beyondBudget());
        QVERIFY2(hour.text().contains(u"longer than an hour"_s), qPrintable(hour.text()));
        const JobEstimate shortWindow = made(90, 5000, 30, 40, true, 3, 2000);
        QVERIFY2(shortWindow.text().contains(u"left in its window of 2 seconds"_s),
                 qPrintable(shortWindow.text()));
        QVERIFY2(shortWindow.text().contains(u"longer than 2 seconds"_s),
                 qPrintable(shortWindow.text()));
        QVERIFY(!made(10, 100, 30, 40).text().contains(u"longer"_s));
    }

    void unknownsAreLeftOut()
    {
        // No answer time yet and a server that never said its budget: only the count.
        const JobEstimate bare = made(1, -1, -1, -1);
        QCOMPARE(bare.text(), u"1 request."_s);
        const QJsonObject json = bare.toJson();
        QVERIFY(json.value(u"seconds"_s).isNull());
        QVERIFY(json.value(u"budget_remaining"_s).isNull());
        QVERIFY(json.value(u"budget_limit"_s).isNull());
        QCOMPARE(json.value(u"requests"_s).toInt(), 1);
        QCOMPARE(json.value(u"beyond_budget"_s).toBool(), false);
    }

    void jsonCarriesEveryFigure()
    {
        const QJsonObject json = made(30'000, 4'012'340, 15'870, 20'000, true, 2).toJson();
        QCOMPARE(json.value(u"requests"_s).toInt(), 30'000);
        QCOMPARE(json.value(u"seconds"_s).toDouble(), 4012.3);
        QCOMPARE(json.value(u"budget_remaining"_s).toInt(), 15'870);
        QCOMPARE(json.value(u"budget_limit"_s).toInt(), 20'000);
        QCOMPARE(json.value(u"beyond_budget"_s).toBool(), true);
        QCOMPARE(json.value(u"windows"_s).toInt(), 2);
        QCOMPARE(json.value(u"window_seconds"_s).toDouble(), 3600.0);
    }

    void auditCostCountsLikeTheCollector()
    {
        QCOMPARE(AuditCost::requests(0, -1, -1), 1 + 1 + 1 + 1);
        QCOMPARE(AuditCost::requests(2500, 4, 3, 1000), 1 + 1 + 4 + 1 + 9 + 3 + 5000);
        QCOMPARE(AuditCost::requests(-5, -1, -1, 0), 4); // nonsense in, no nonsense out
        QCOMPARE(AuditCost::requests(2'000'000'000, 0, 0), 2'000'000'000);
    }

    // The count against a real audit of a sandbox account with teams: the same number.
    void auditCostMatchesAnAudit()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(45, 3, 8, 2);
        options.teams = 4;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        QObject owner;
        ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
        ftmodels::AuditCollector audit(client);
        QSignalSpy finished(&audit, &ftmodels::AuditCollector::finished);
        audit.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
        const int expected = AuditCost::requests(45, 3, 4, client->pageLimit());
        QCOMPARE(expected, fttest::minimumAuditRequests(sandbox.store()));
        QCOMPARE(int(audit.result().requests), expected);
    }
};

QTEST_GUILESS_MAIN(TestJobEstimate)
#include "tst_jobestimate.moc"
