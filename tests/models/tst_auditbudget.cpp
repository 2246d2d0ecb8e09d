// The audit against the account's hourly request budget (the sandbox's rolling window, made
// short): an audit larger than the budget says beforehand that it outlasts the window, then
// completes with every row, meets at most one 429 and sends no request twice; an audit whose
// budget others spent waits out a Retry-After of an hour (the sandbox's clock sped up, not a
// sleep here) and goes on where it was, the few look-ups it started with asked once more.
#include "apiclient.h"
#include "auditcollector.h"
#include "auditcost.h"
#include "auditexporter.h"
#include "auditfixture.h"
#include "jobestimate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftapi::RequestScheduler;
using ftmodels::AuditCollector;
using ftmodels::AuditCost;
using ftmodels::JobEstimate;

namespace {

int stat(fttest::TestSandbox &sandbox, const QString &name)
{
    return sandbox.server().stats().value(name).toInt();
}

QVector<QStringList> exported(const ftmodels::AuditResult &result)
{
    QVector<QStringList> rows;
    for (const ftmodels::AuditRow &row : result.rows)
        rows.append(ftmodels::AuditExporter::csvValues(row));
    return rows;
}

} // namespace

class TestAuditBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAuditLargerThanTheBudgetSpreadsOverTheWindow()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(40, 3, 8, 2));
        QVERIFY(sandbox.isListening());
        sandbox.server().setHourlyLimit(50, 3);
        QObject owner;
        ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
        RequestScheduler *scheduler = client->scheduler();
        scheduler->setMaxInFlight(4);
        scheduler->budget()->setWindowSeconds(3);

        // What the console knows before it offers the audit: the people list's answer said
        // the budget.
        int users = 0;
        bool listed = false;
        client->listUsersPaged(
            &owner, [&users](const QVector<ftapi::User> &page) { users += int(page.size()); },
            [&listed](const ftapi::ApiResult<void> &r) { listed = bool(r); });
        QTRY_VERIFY(listed);
        QCOMPARE(users, 40);
        QCOMPARE(scheduler->rateLimit(), 50);
        const int cost = AuditCost::requests(users, 3, 0, client->pageLimit());
        QCOMPARE(cost, fttest::minimumAuditRequests(sandbox.store()));
        const JobEstimate estimate = JobEstimate::of(*scheduler, cost);
        QVERIFY(estimate.beyondBudget());
        QVERIFY(estimate.forecast.windows >= 2);
        QVERIFY2(estimate.text().contains(u"longer than 3 seconds"_s), qPrintable(estimate.text()));
        QVERIFY(estimate.milliseconds() >= 3000);

        sandbox.server().resetStats();
        AuditCollector audit(client);
        audit.setNow(fttest::auditNow());
        bool sawBudgetWait = false;
        connect(&audit, &AuditCollector::pausedUntilChanged, this,
                [&sawBudgetWait, scheduler](const QDateTime &until) {
                    sawBudgetWait = sawBudgetWait
                        || (until.isValid()
                            && scheduler->pauseReason()
                                == RequestScheduler::PauseReason::HourlyBudget);
                });
        QSignalSpy finished(&audit, &AuditCollector::finished);
        audit.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
        const QVector<QStringList> expected =
            fttest::expectedAuditRows(sandbox.store(), fttest::auditNow());
        QCOMPARE(exported(audit.result()), expected);
        const int refused = stat(sandbox, u"responses_429"_s);
        QVERIFY2(refused <= 1, qPrintable(QString::number(refused)));
        QCOMPARE(stat(sandbox, u"requests_total"_s) - refused, cost); // none twice
        QVERIFY(sawBudgetWait);
        QVERIFY(!audit.pausedUntil().isValid());
    }

    void anAuditWaitsOutARetryAfterOfAnHour()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(10, 2, 4, 2));
        QVERIFY(sandbox.isListening());
        sandbox.server().setHourlyLimit(40, 3600, 1000); // its hour lasts 3.6 s
        sandbox.server().spendHourlyBudget(40); // the account's own scripts spent it
        QObject owner;
        ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
        RequestScheduler *scheduler = client->scheduler();
        scheduler->setTimeScale(1000);
        sandbox.server().resetStats();

        AuditCollector audit(client);
        audit.setNow(fttest::auditNow());
        QSignalSpy announced(scheduler, &RequestScheduler::longWaitStarted);
        QSignalSpy finished(&audit, &AuditCollector::finished);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        audit.start();
        QVERIFY(announced.wait(10000));
        const QDateTime until = announced.at(0).at(0).toDateTime();
        QVERIFY2(until >= before.addSecs(3500), qPrintable(until.toString(Qt::ISODate)));
        QVERIFY(audit.pausedUntil().isValid());
        QVERIFY(audit.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
        QCOMPARE(exported(audit.result()),
                 fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
        // Only the look-ups it starts with go before the first answer (roles, destinations,
        // teams, the first page of people): each meets the 429 once. The wait ends when the
        // service's does, not before (a coarse timer once ended it up to 5% early and met
        // the 429 again), so nothing else is refused, and nothing is sent twice.
        const int refused = stat(sandbox, u"responses_429"_s);
        QVERIFY2(refused >= 1 && refused <= 4, qPrintable(QString::number(refused)));
        QCOMPARE(stat(sandbox, u"requests_total"_s) - refused,
                 fttest::minimumAuditRequests(sandbox.store()));
        QVERIFY(!audit.pausedUntil().isValid());
    }
};

QTEST_GUILESS_MAIN(TestAuditBudget)
#include "tst_auditbudget.moc"
