// BulkRunner against the sandbox: a long job completes with the right data under a 30%
// failure rate, reports only what still fails, and cancels cleanly.
#include "apitestutil.h"
#include "bulkrunner.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;

namespace {

int postsSeen(const QJsonObject &stats)
{
    int posts = 0;
    const QJsonObject requests = stats.value(u"requests"_s).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key().startsWith(u"POST "_s))
            posts += it.value().toInt();
    }
    return posts;
}

} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;

    std::unique_ptr<ApiClient> clientFor(fttest::TestSandbox &sandbox)
    {
        auto client =
            std::make_unique<ApiClient>(m_nam.get(), sandbox.server().baseUrl(),
                                        Credentials { sandbox.server().options().apiKey,
                                                      sandbox.server().options().apiSecret });
        client->scheduler()->setRetryBaseDelay(10);
        return client;
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_nam.reset(); }

    void everyMembershipOf200UsersDespite30PercentFailures()
    {
        ftsandbox::SandboxOptions options;
        options.users = 200;
        options.groups = 10;
        options.connections = 60;
        options.membershipsPerUser = 4;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        sandbox.server().setFailRate(0.3);

        BulkRunner runner(client.get());
        runner.setRequeueDelay(20);
        QHash<QString, QVector<Membership>> groups;
        QHash<QString, QVector<Membership>> connections;
        QStringList userIds;
        runner.add(u"users"_s, [&](QObject *ctx, BulkRunner::Finish finish) {
            return client->listUsers(ctx, [&, finish](const ApiResult<QVector<User>> &r) {
                if (r) {
                    for (const User &u : r.value()) {
                        userIds.append(u.id);
                        for (MembershipKind kind :
                             { MembershipKind::Group, MembershipKind::Connection }) {
                            auto &into = kind == MembershipKind::Group ? groups : connections;
                            const QString id = u.id;
                            runner.add(
                                u"memberships of "_s + id,
                                [&, kind, id](QObject *c, BulkRunner::Finish f) {
                                    return client->listMemberships(
                                        kind, id, c,
                                        [&into, id, f](const ApiResult<QVector<Membership>> &m) {
                                            if (m)
                                                into.insert(id, m.value());
                                            f(outcomeOf(m));
                                        });
                                });
                        }
                    }
                }
                finish(outcomeOf(r));
            });
        });
        QSignalSpy finished(&runner, &BulkRunner::finished);
        QSignalSpy progress(&runner, &BulkRunner::progress);
        runner.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);

        QVERIFY2(runner.failures().isEmpty(),
                 qPrintable(runner.failures().value(0).error.toString()));
        QCOMPARE(runner.total(), 1 + 2 * 200);
        QCOMPARE(runner.done(), runner.total());
        QCOMPARE(runner.succeeded(), runner.total());
        QCOMPARE(progress.last().at(0).toInt(), runner.total());
        QCOMPARE(progress.last().at(1).toInt(), runner.total());

        // Compare with the truth, user by user.
        QCOMPARE(userIds.size(), 200);
        for (const auto &u : sandbox.store().users()) {
            for (MembershipKind kind : { MembershipKind::Group, MembershipKind::Connection }) {
                const auto truth = kind == MembershipKind::Group
                    ? sandbox.store().groupMemberships(u.id)
                    : sandbox.store().connectionMemberships(u.id);
                const auto &seen = kind == MembershipKind::Group ? groups : connections;
                QVERIFY(seen.contains(u.id));
                const QVector<Membership> got = seen.value(u.id);
                QCOMPARE(got.size(), truth.size());
                for (qsizetype i = 0; i < truth.size(); ++i) {
                    QCOMPARE(got.at(i).id, truth.at(i).id);
                    QCOMPARE(got.at(i).role, truth.at(i).role);
                }
            }
        }
        const QJsonObject stats = sandbox.server().stats();
        QVERIFY(stats.value(u"failures_injected"_s).toInt() > 0);
        QCOMPARE(postsSeen(stats), 0); // a read-only job never posts, let alone twice
        QVERIFY(stats.value(u"peak_in_flight"_s).toInt() <= client->scheduler()->maxInFlight());
    }

    void onlyWhatStillFailsIsReported()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        BulkRunner runner(client.get());
        runner.setRequeueDelay(20);
        const QString real = sandbox.store().users().first().id;
        for (const QString &id : { real, u"ghost_one"_s, u"ghost_two"_s }) {
            runner.add(id, [&, id](QObject *ctx, BulkRunner::Finish finish) {
                return client->getUser(
                    id, ctx, [finish](const ApiResult<User> &r) { finish(outcomeOf(r)); });
            });
        }
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(runner.succeeded(), 1);
        QCOMPARE(runner.failures().size(), 2);
        QStringList labels;
        for (const auto &f : runner.failures()) {
            labels.append(f.label);
            QCOMPARE(f.error.httpStatus, 404);
        }
        labels.sort();
        QCOMPARE(labels, (QStringList { u"ghost_one"_s, u"ghost_two"_s }));
        // A 404 is an answer, not bad luck: asked once each.
        QCOMPARE(sandbox.server()
                     .stats()
                     .value(u"requests"_s)
                     .toObject()
                     .value(u"GET /users/{id}"_s)
                     .toInt(),
                 3);
    }

    void retryableFailuresAreRequeuedAFewTimes()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        client->scheduler()->setMaxAttempts(1);
        sandbox.server().setFailRate(1.0);
        BulkRunner runner(client.get());
        runner.setRequeueDelay(20);
        runner.setMaxRounds(2);
        runner.add(u"roles"_s, [&](QObject *ctx, BulkRunner::Finish finish) {
            return client->listRoles(
                ctx, [finish](const ApiResult<QVector<Role>> &r) { finish(outcomeOf(r)); });
        });
        QSignalSpy requeued(&runner, &BulkRunner::taskRequeued);
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(requeued.size(), 2);
        QCOMPARE(runner.failures().size(), 1);
        QVERIFY(runner.failures().first().error.httpStatus >= 500);
        QCOMPARE(sandbox.server().stats().value(u"requests_total"_s).toInt(), 3);
    }

    void windowBoundsTheTasksInFlight()
    {
        ftsandbox::SandboxOptions options;
        options.users = 30;
        options.latencyMs = 30;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        BulkRunner runner(client.get());
        runner.setRequeueDelay(20);
        runner.setWindow(3);
        for (const auto &u : sandbox.store().users()) {
            const QString id = u.id;
            runner.add(id, [&, id](QObject *ctx, BulkRunner::Finish finish) {
                return client->getUser(
                    id, ctx, [finish](const ApiResult<User> &r) { finish(outcomeOf(r)); });
            });
        }
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner.succeeded(), 30);
        const int peak = sandbox.server().stats().value(u"peak_in_flight"_s).toInt();
        QVERIFY2(peak <= 3 && peak >= 1, qPrintable(QString::number(peak)));
    }

    void cancelStopsTheJob()
    {
        ftsandbox::SandboxOptions options;
        options.users = 100;
        options.latencyMs = 20;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        BulkRunner runner(client.get());
        runner.setRequeueDelay(20);
        int answered = 0;
        for (const auto &u : sandbox.store().users()) {
            const QString id = u.id;
            runner.add(id, [&, id](QObject *ctx, BulkRunner::Finish finish) {
                return client->getUser(id, ctx, [&answered, finish](const ApiResult<User> &r) {
                    ++answered;
                    finish(outcomeOf(r));
                });
            });
        }
        QSignalSpy finished(&runner, &BulkRunner::finished);
        connect(&runner, &BulkRunner::progress, this, [&runner](int done, int) {
            if (done == 10)
                runner.cancel();
        });
        runner.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!runner.isRunning());
        const int answeredAtCancel = answered;
        QTRY_COMPARE(client->scheduler()->inFlight(), 0);
        QTest::qWait(100);
        QCOMPARE(answered, answeredAtCancel); // no late answer reached a task
        QVERIFY(runner.done() < runner.total());
        QVERIFY(sandbox.server().stats().value(u"requests_total"_s).toInt() < 100);
    }
    void aClientDeletedMidJobEndsIt()
    {
        // The runner keeps a client it does not own: deleting the client while the job runs
        // ends the job as cancelled, and the runner's own end no longer reaches the client.
        ftsandbox::SandboxOptions options;
        options.users = 60;
        options.latencyMs = 20;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        auto runner = std::make_unique<BulkRunner>(client.get());
        ApiClient *raw = client.get();
        for (const auto &u : sandbox.store().users()) {
            const QString id = u.id;
            runner->add(id, [raw, id](QObject *ctx, BulkRunner::Finish finish) {
                return raw->getUser(id, ctx,
                                    [finish](const ApiResult<User> &r) { finish(outcomeOf(r)); });
            });
        }
        QSignalSpy finished(runner.get(), &BulkRunner::finished);
        runner->start();
        QTRY_VERIFY(raw->scheduler()->inFlight() > 0);
        client.reset();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!runner->isRunning());
        QVERIFY(runner->done() < runner->total());
        runner->cancel(); // nothing left to cancel, and no client to ask
        runner.reset();
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
