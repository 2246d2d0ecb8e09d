// The scheduler and the hourly budget against the sandbox's rolling window: a long job larger
// than the budget waits for the window instead of meeting 429s, a person's request still goes
// while it waits, and a Retry-After of an hour is waited out (on the sandbox's sped-up clock)
// and the job goes on where it was, no request sent twice.
#include "apiclient.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ftapi::ApiClient;
using ftapi::ApiResult;
using ftapi::RequestScheduler;
using fttest::TestSandbox;

namespace {

struct Job
{
    int done = 0;
    int failed = 0;
    QStringList errors;
};

// `count` role lists through `client`, all with `context` (paced or not).
void listRoles(ApiClient *client, QObject *context, int count, Job *job)
{
    for (int i = 0; i < count; ++i) {
        client->listRoles(context, [job](const ApiResult<QVector<ftapi::Role>> &r) {
            ++job->done;
            if (!r) {
                ++job->failed;
                job->errors.append(r.error().toString());
            }
        });
    }
}

int stat(TestSandbox &sandbox, const QString &name)
{
    return sandbox.server().stats().value(name).toInt();
}

int handledRoles(TestSandbox &sandbox)
{
    return sandbox.server().stats().value(u"handled"_s).toObject().value(u"GET /roles"_s).toInt();
}

} // namespace

class TestBudgetPacing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    void open(int hourlyLimit, int windowSeconds, double timeScale)
    {
        m_sandbox = std::make_unique<TestSandbox>();
        QVERIFY(m_sandbox->isListening());
        m_sandbox->server().setHourlyLimit(hourlyLimit, windowSeconds, timeScale);
        const ftsandbox::SandboxOptions &options = m_sandbox->server().options();
        m_client =
            std::make_unique<ApiClient>(&m_sandbox->manager(), m_sandbox->server().baseUrl(),
                                        ftapi::Credentials { options.apiKey, options.apiSecret });
        RequestScheduler *scheduler = m_client->scheduler();
        scheduler->setMaxInFlight(4);
        scheduler->setRetryBaseDelay(1);
        scheduler->setTimeScale(timeScale);
        scheduler->budget()->setWindowSeconds(windowSeconds);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    // 70 requests against a budget of 40 in a window of 3 s: 36 go (4 stay for others), the
    // rest as the first ones leave the window; no 429, none sent twice, and the wait is shown.
    void aJobLargerThanTheBudgetWaitsForTheWindow()
    {
        open(40, 3, 1);
        RequestScheduler *scheduler = m_client->scheduler();
        QObject job;
        scheduler->pace(&job);
        QSignalSpy paused(scheduler, &RequestScheduler::pausedUntilChanged);
        QSignalSpy budget(scheduler, &RequestScheduler::rateLimitChanged);
        bool sawBudgetWait = false;
        connect(scheduler, &RequestScheduler::pausedUntilChanged, this,
                [&sawBudgetWait, scheduler](const QDateTime &until) {
                    if (until.isValid()
                        && scheduler->pauseReason() == RequestScheduler::PauseReason::HourlyBudget)
                        sawBudgetWait = true;
                });
        Job result;
        listRoles(m_client.get(), &job, 70, &result);
        QTRY_COMPARE_WITH_TIMEOUT(result.done, 70, 30000);
        QVERIFY2(result.failed == 0, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(stat(*m_sandbox, u"responses_429"_s), 0);
        QCOMPARE(handledRoles(*m_sandbox), 70);
        QVERIFY(sawBudgetWait);
        QVERIFY(!scheduler->pausedUntil().isValid()); // and it is over
        QVERIFY(budget.size() > 0);
        QCOMPARE(scheduler->rateLimit(), 40);
    }

    // While a long job waits for the budget, a person's request uses the reserve.
    void aPersonsRequestPassesAWaitingJob()
    {
        open(20, 30, 1);
        RequestScheduler *scheduler = m_client->scheduler();
        QObject job;
        scheduler->pace(&job);
        Job background;
        listRoles(m_client.get(), &job, 40, &background);
        // 16 go, the 4 of the reserve stay.
        QTRY_COMPARE_WITH_TIMEOUT(background.done, 16, 10000);
        QCOMPARE(scheduler->pauseReason(), RequestScheduler::PauseReason::HourlyBudget);
        const int before = background.done;
        QCOMPARE(scheduler->queued(), 40 - before);
        QCOMPARE(scheduler->inFlight(), 0);
        Job person;
        QObject dialog;
        listRoles(m_client.get(), &dialog, 1, &person);
        QTRY_COMPARE(person.done, 1);
        QCOMPARE(person.failed, 0);
        QCOMPARE(background.done, before); // the job still waits
        QCOMPARE(scheduler->pauseReason(), RequestScheduler::PauseReason::HourlyBudget);
        m_client->cancelAll();
        QTRY_COMPARE(background.done, 40);
    }

    // The account's other scripts spent the whole budget: the job's first request meets one
    // 429 asking for an hour, which is announced and waited out (the sandbox's hour lasts
    // 3.6 s, and the scheduler takes the service's seconds as that much shorter); then the
    // job goes on. One request at a time until the first answer, so only one meets the 429.
    void aRetryAfterOfAnHourPausesAndResumes()
    {
        open(30, 3600, 1000);
        m_sandbox->server().spendHourlyBudget(30);
        RequestScheduler *scheduler = m_client->scheduler();
        QObject job;
        scheduler->pace(&job);
        QSignalSpy announced(scheduler, &RequestScheduler::longWaitStarted);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Job result;
        listRoles(m_client.get(), &job, 20, &result);
        QVERIFY(announced.wait(10000));
        const QDateTime until = announced.at(0).at(0).toDateTime();
        QVERIFY2(until >= before.addSecs(3500), qPrintable(until.toString(Qt::ISODate)));
        QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(3601));
        QCOMPARE(scheduler->pauseReason(), RequestScheduler::PauseReason::ServiceAsked);
        QCOMPARE(result.done, 0);
        QTRY_COMPARE_WITH_TIMEOUT(result.done, 20, 30000);
        QVERIFY2(result.failed == 0, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(stat(*m_sandbox, u"responses_429"_s), 1);
        QCOMPARE(handledRoles(*m_sandbox), 20); // none twice
        QCOMPARE(stat(*m_sandbox, u"requests_total"_s), 21);
        QVERIFY(!scheduler->pausedUntil().isValid());
    }

    // Without the budget's headers (a server that never says) nothing is paced.
    void aServerThatNeverSaysIsNotPaced()
    {
        open(0, 3600, 1);
        RequestScheduler *scheduler = m_client->scheduler();
        QObject job;
        scheduler->pace(&job);
        Job result;
        listRoles(m_client.get(), &job, 30, &result);
        QTRY_COMPARE_WITH_TIMEOUT(result.done, 30, 30000);
        QCOMPARE(result.failed, 0);
        QVERIFY(!scheduler->budget()->isKnown());
        QCOMPARE(scheduler->rateLimitRemaining(), -1);
        QVERIFY(scheduler->averageAnswerMs() >= 0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetPacing)
#include "tst_budgetpacing.moc"
