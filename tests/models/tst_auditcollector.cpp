#include "apiclient.h"
#include "auditcollector.h"
#include "auditexporter.h"
#include "auditfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AuditCollector;
using ftmodels::AuditExporter;
using ftmodels::AuditResult;

namespace {

QVector<QStringList> exported(const AuditResult &result)
{
    QVector<QStringList> rows;
    for (const ftmodels::AuditRow &row : result.rows)
        rows.append(AuditExporter::csvValues(row));
    return rows;
}

// Compares row by row, so a failure names the first row that differs.
void compareRows(const QVector<QStringList> &actual, const QVector<QStringList> &expected)
{
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

bool runToEnd(AuditCollector &audit, int timeoutMs = 60000)
{
    QSignalSpy finished(&audit, &AuditCollector::finished);
    audit.start();
    return finished.count() == 1 || finished.wait(timeoutMs);
}

qint64 requestsSeen(fttest::TestSandbox &sandbox)
{
    return qint64(sandbox.server().stats().value(u"requests_total"_s).toDouble());
}

} // namespace

class TestAuditCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsEveryAccessWithTheFewestRequests();
    void pagesEveryList();
    void completeUnderThirtyPercentFailures();
    void reportsWhatStillFails();
    void honoursRateLimits();
    void cancelEndsIncomplete();
    void restartDiscardsTheOldRun();
    void progressCountsUsers();
    void teamsAreReadWithTheFewestRequests_data();
    void teamsAreReadWithTheFewestRequests();
    void completesWithoutTeams_data();
    void completesWithoutTeams();
    void failedTeamListIsMissing();
    void sameRowsAtEveryCap_data();
    void sameRowsAtEveryCap();
    void cancelledMidwayKeepsWhatArrived();
};

void TestAuditCollector::collectsEveryAccessWithTheFewestRequests()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(60, 5, 20, 4));
    QVERIFY(sandbox.isListening());
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    audit.setNow(fttest::auditNow());
    sandbox.server().resetStats();

    QVERIFY(runToEnd(audit));
    const AuditResult &result = audit.result();
    QVERIFY2(result.isComplete(), qPrintable(result.missing.join(u'\n')));
    QCOMPARE(result.userCount, int(sandbox.store().users().size()));
    QCOMPARE(result.generatedAt, fttest::auditNow());
    compareRows(exported(result), fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));

    const int minimum = fttest::minimumAuditRequests(sandbox.store());
    QCOMPARE(requestsSeen(sandbox), qint64(minimum));
    QCOMPARE(result.requests, quint64(minimum));
    QVERIFY(!result.roles.isEmpty());
}

void TestAuditCollector::pagesEveryList()
{
    // Small pages: users, groups, connections and memberships all take several pages.
    fttest::TestSandbox sandbox(fttest::generatedAccount(23, 7, 30, 9));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    const int limit = 3;
    client->setPageLimit(limit);
    AuditCollector audit(client);
    audit.setNow(fttest::auditNow());
    sandbox.server().resetStats();

    QVERIFY(runToEnd(audit));
    QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
    compareRows(exported(audit.result()),
                fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
    QCOMPARE(requestsSeen(sandbox), qint64(fttest::minimumAuditRequests(sandbox.store(), limit)));
}

void TestAuditCollector::completeUnderThirtyPercentFailures()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(120, 6, 25, 5));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    sandbox.server().setFailRate(0.3);
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    audit.setNow(fttest::auditNow());

    QVERIFY(runToEnd(audit, 120000));
    QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
    compareRows(exported(audit.result()),
                fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
    QVERIFY(sandbox.server().stats().value(u"failures_injected"_s).toInt() > 0);
    QVERIFY(audit.result().requests > quint64(fttest::minimumAuditRequests(sandbox.store())));
}

void TestAuditCollector::reportsWhatStillFails()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(12, 2, 4, 2));
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxAttempts(1);
    AuditCollector audit(client);
    audit.setMaxRounds(0);
    // Once the users are known, every request fails: their membership lists are missing.
    connect(&audit, &AuditCollector::progressChanged, &sandbox.server(),
            [&sandbox](int, int total) {
                if (total > 0)
                    sandbox.server().setFailRate(1.0);
            });

    QVERIFY(runToEnd(audit));
    const AuditResult &result = audit.result();
    QVERIFY(!result.isComplete());
    QVERIFY(!result.cancelled);
    QVERIFY(!result.missing.isEmpty());
    const QString missing = result.missing.join(u'\n');
    // Every user whose lists are missing is named, by e-mail.
    for (const ftsandbox::SandboxUser &user : sandbox.store().users()) {
        if (!audit.data().destinationMemberships.contains(user.id))
            QVERIFY2(missing.contains(user.email), qPrintable(missing));
    }
    QVERIFY(audit.usersDone() < audit.usersTotal());
    // Still one account row per user: what did arrive is shown.
    QCOMPARE(audit.usersTotal(), int(sandbox.store().users().size()));
    QVERIFY(result.rows.size() >= sandbox.store().users().size());
}

void TestAuditCollector::honoursRateLimits()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(30, 3, 8, 3));
    sandbox.server().setRateLimit(25);
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    audit.setNow(fttest::auditNow());
    QSignalSpy paused(&audit, &AuditCollector::pausedUntilChanged);

    QVERIFY(runToEnd(audit, 120000));
    QVERIFY2(audit.result().isComplete(), qPrintable(audit.result().missing.join(u'\n')));
    compareRows(exported(audit.result()),
                fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
    QVERIFY(sandbox.server().stats().value(u"responses_429"_s).toInt() > 0);
    bool sawPause = false;
    for (const QList<QVariant> &args : std::as_const(paused))
        sawPause = sawPause || args.at(0).toDateTime().isValid();
    QVERIFY(sawPause);
    QVERIFY(!audit.pausedUntil().isValid());
}

void TestAuditCollector::cancelEndsIncomplete()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(80, 3, 8, 3));
    sandbox.server().setLatencyMs(30);
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    QSignalSpy finished(&audit, &AuditCollector::finished);
    QSignalSpy progress(&audit, &AuditCollector::progressChanged);
    audit.start();
    QVERIFY(audit.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(audit.usersDone() > 0, 20000);
    audit.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!audit.isRunning());
    QVERIFY(audit.result().cancelled);
    QVERIFY(!audit.result().isComplete());
    QVERIFY(audit.usersDone() < int(sandbox.store().users().size()));
    // Late answers of the cancelled run change nothing.
    const int rows = int(audit.result().rows.size());
    const int progressBefore = int(progress.count());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(int(audit.result().rows.size()), rows);
    QCOMPARE(int(progress.count()), progressBefore);
}

void TestAuditCollector::restartDiscardsTheOldRun()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(25, 3, 8, 3));
    sandbox.server().setLatencyMs(10);
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    audit.setNow(fttest::auditNow());
    QSignalSpy finished(&audit, &AuditCollector::finished);
    audit.start();
    QTRY_VERIFY_WITH_TIMEOUT(audit.usersTotal() > 0, 20000);
    audit.start();
    QVERIFY(finished.wait(60000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(audit.result().isComplete());
    compareRows(exported(audit.result()),
                fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
}

void TestAuditCollector::progressCountsUsers()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(40, 3, 8, 3));
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    QSignalSpy progress(&audit, &AuditCollector::progressChanged);
    QSignalSpy requests(&audit, &AuditCollector::requestsChanged);
    QVERIFY(runToEnd(audit));
    QVERIFY(progress.count() > 2);
    int lastDone = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const int done = args.at(0).toInt();
        QVERIFY(done >= lastDone); // never goes back
        QVERIFY(done <= args.at(1).toInt());
        lastDone = done;
    }
    QCOMPARE(progress.last().at(0).toInt(), int(sandbox.store().users().size()));
    QCOMPARE(progress.last().at(1).toInt(), int(sandbox.store().users().size()));
    QCOMPARE(requests.last().at(0).toULongLong(), audit.result().requests);
    QCOMPARE(audit.usersDone(), audit.usersTotal());
}

// The effective rows of a result in the fixture's CSV shape.
QVector<QStringList> effectiveCsv(const AuditResult &result)
{
    QVector<QStringList> rows;
    for (const ftmodels::EffectiveRow &row : result.effective.rows())
        rows.append(AuditExporter::effectiveCsvValues(result.effective, row));
    return rows;
}

QVector<QStringList> expectedEffectiveCsv(const ftsandbox::SandboxStore &store, bool withTeams)
{
    QVector<QStringList> rows;
    for (const fttest::ExpectedReach &r : fttest::expectedEffectiveRows(store, withTeams))
        rows.append(fttest::expectedEffectiveCsv(r));
    return rows;
}

void TestAuditCollector::teamsAreReadWithTheFewestRequests_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("limit 1000") << 1000;
    QTest::newRow("limit 2") << 2;
}

void TestAuditCollector::teamsAreReadWithTheFewestRequests()
{
    QFETCH(int, limit);
    ftsandbox::SandboxOptions options = fttest::generatedAccount(50, 4, 15, 3);
    options.teams = 7;
    fttest::TestSandbox sandbox(options);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->setPageLimit(limit);
    AuditCollector audit(client);
    audit.setNow(fttest::auditNow());
    sandbox.server().resetStats();

    QVERIFY(runToEnd(audit));
    const AuditResult &result = audit.result();
    QVERIFY2(result.isComplete(), qPrintable(result.missing.join(u'\n')));
    QVERIFY(result.teamsRead);
    QVERIFY(result.teamsProblem.isEmpty());
    compareRows(exported(result), fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
    compareRows(effectiveCsv(result), expectedEffectiveCsv(sandbox.store(), true));
    QCOMPARE(requestsSeen(sandbox), qint64(fttest::minimumAuditRequests(sandbox.store(), limit)));
    QCOMPARE(audit.data().teams.size(), sandbox.store().teams().list().size());
}

void TestAuditCollector::completesWithoutTeams_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("status");
    QTest::newRow("404 NotFound") << int(ftsandbox::TeamsAnswer::NotFound) << 404;
    QTest::newRow("403") << int(ftsandbox::TeamsAnswer::Forbidden) << 403;
}

void TestAuditCollector::completesWithoutTeams()
{
    QFETCH(int, answer);
    QFETCH(int, status);
    ftsandbox::SandboxOptions options = fttest::generatedAccount(40, 4, 12, 3);
    options.teams = 6;
    fttest::TestSandbox sandbox(options);
    sandbox.server().setTeamsAnswer(ftsandbox::TeamsAnswer(answer));
    QObject owner;
    AuditCollector audit(fttest::newClient(sandbox, &owner));
    audit.setNow(fttest::auditNow());
    sandbox.server().resetStats();

    QVERIFY(runToEnd(audit));
    const AuditResult &result = audit.result();
    QVERIFY2(result.isComplete(), qPrintable(result.missing.join(u'\n')));
    QVERIFY(!result.teamsRead);
    QVERIFY(!result.teamsProblem.isEmpty());
    QVERIFY(audit.data().teams.isEmpty());
    // Everything but what teams grant, with one request to /teams and no retry.
    compareRows(exported(result),
                fttest::expectedAuditRows(sandbox.store(), fttest::auditNow(), false));
    compareRows(effectiveCsv(result), expectedEffectiveCsv(sandbox.store(), false));
    QCOMPARE(requestsSeen(sandbox),
             qint64(fttest::minimumAuditRequests(sandbox.store(), 1000, false)));
    const QJsonObject answered = sandbox.server().stats().value(u"status"_s).toObject();
    QCOMPARE(answered.value(QString::number(status)).toInt(), 1);
}

void TestAuditCollector::failedTeamListIsMissing()
{
    // A team that is listed but whose members cannot be read makes the audit incomplete: who
    // is in it, and so what it grants, is not known.
    ftsandbox::SandboxOptions options = fttest::generatedAccount(10, 2, 4, 2);
    options.teams = 3;
    fttest::TestSandbox sandbox(options);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxAttempts(1);
    AuditCollector audit(client);
    audit.setMaxRounds(0);
    const ftsandbox::SandboxTeam first = sandbox.store().teams().list().constFirst();
    // Once the teams are listed, every request fails: the teams' own lists never arrive.
    connect(client->scheduler(), &ftapi::RequestScheduler::requestSent, &sandbox.server(),
            [&sandbox] {
                if (sandbox.server()
                        .stats()
                        .value(u"requests"_s)
                        .toObject()
                        .value(u"GET /teams"_s)
                        .toInt()
                    > 0)
                    sandbox.server().setFailRate(1.0);
            });
    QVERIFY(runToEnd(audit));
    QVERIFY(!audit.result().isComplete());
    const QString missing = audit.result().missing.join(u'\n');
    QVERIFY2(missing.contains(first.name), qPrintable(missing));
}

void TestAuditCollector::sameRowsAtEveryCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("1 in flight") << 1 << 2;
    QTest::newRow("3 in flight") << 3 << 5;
    QTest::newRow("8 in flight") << 8 << 3;
    QTest::newRow("32 in flight") << 32 << 5;
    QTest::newRow("32 in flight, no latency") << 32 << 0;
}

void TestAuditCollector::sameRowsAtEveryCap()
{
    // The answers come in another order at every cap: the rows built as they arrive must be
    // the ones the whole data gives, and people are built while the run goes on.
    QFETCH(int, cap);
    QFETCH(int, latencyMs);
    ftsandbox::SandboxOptions options = fttest::generatedAccount(60, 5, 18, 4);
    options.teams = 5;
    fttest::TestSandbox sandbox(options);
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    sandbox.server().setLatencyMs(latencyMs);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxInFlight(cap);
    client->setPageLimit(25); // several pages of users, each with its membership lists
    AuditCollector audit(client);
    audit.setNow(fttest::auditNow());
    int assembledWhileRunning = 0;
    connect(&audit, &AuditCollector::progressChanged, this, [&audit, &assembledWhileRunning] {
        assembledWhileRunning = qMax(assembledWhileRunning, audit.peopleAssembled());
    });
    sandbox.server().resetStats();

    QVERIFY(runToEnd(audit));
    const AuditResult &result = audit.result();
    QVERIFY2(result.isComplete(), qPrintable(result.missing.join(u'\n')));
    compareRows(exported(result), fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()));
    compareRows(effectiveCsv(result), expectedEffectiveCsv(sandbox.store(), true));
    QCOMPARE(requestsSeen(sandbox), qint64(fttest::minimumAuditRequests(sandbox.store(), 25)));
    if (latencyMs > 0) // with answers to wait for, the event loop has turns to build people in
        QVERIFY(assembledWhileRunning > 0);
    QCOMPARE(audit.peopleAssembled(), 0);
}

void TestAuditCollector::cancelledMidwayKeepsWhatArrived()
{
    // Cancelled with some people built already and some not: the result is what the data
    // that arrived gives, as if it had all been built at the end.
    ftsandbox::SandboxOptions options = fttest::generatedAccount(80, 4, 12, 3);
    options.teams = 4;
    fttest::TestSandbox sandbox(options);
    sandbox.server().setLatencyMs(10);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxInFlight(2);
    AuditCollector audit(client);
    audit.setNow(fttest::auditNow());
    audit.start();
    QTRY_VERIFY_WITH_TIMEOUT(audit.peopleAssembled() > 3, 20000);
    audit.cancel();
    const AuditResult &result = audit.result();
    QVERIFY(result.cancelled);
    QVERIFY(audit.usersDone() < int(sandbox.store().users().size()));
    const QVector<ftmodels::AuditRow> expected =
        ftmodels::AuditBuilder::build(audit.data(), fttest::auditNow());
    QCOMPARE(result.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(result.rows.at(i) == expected.at(i), qPrintable(u"row %1"_s.arg(i)));
    const ftmodels::EffectiveAccess effective =
        ftmodels::EffectiveAccess::build(audit.data(), fttest::auditNow());
    QVector<QStringList> expectedEffective;
    for (const ftmodels::EffectiveRow &row : effective.rows())
        expectedEffective.append(AuditExporter::effectiveCsvValues(effective, row));
    compareRows(effectiveCsv(result), expectedEffective);
}

QTEST_GUILESS_MAIN(TestAuditCollector)
#include "tst_auditcollector.moc"
