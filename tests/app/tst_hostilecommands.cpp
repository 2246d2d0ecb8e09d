// The headless commands against a server that misbehaves on purpose (HostileServer in front of
// the sandbox), the built binary run as a process whose stderr is not a terminal: the audit
// under a server's concurrency cap of two, the audit against a server that never answers, a
// Retry-After of eleven days, a wait announced with its end, an error that echoes the secret.
#include "../models/auditfixture.h"
#include "adminprocess.h"
#include "apiclient.h"
#include "auditcollector.h"
#include "hostileserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Mode = HostileServer::Mode;

namespace {

// What a run printed, and how long it took (printed, never asserted).
struct Run : fttest::AdminRun
{
    qint64 ms = 0;
};

} // namespace

class TestHostileCommands : public QObject
{
    Q_OBJECT

private:
    fttest::AdminProcess m_admin;
    std::unique_ptr<HostileServer> m_hostile;
    QTemporaryDir m_dir;

    void start(const ftsandbox::SandboxOptions &options, Mode mode)
    {
        m_admin.start(options);
        QVERIFY(m_admin.sandbox().isListening());
        m_hostile = std::make_unique<HostileServer>(m_admin.sandbox().server().baseUrl());
        QVERIFY(m_hostile->listen());
        m_hostile->setMode(mode);
    }

    QString key() { return m_admin.sandbox().server().options().apiKey; }
    QString secret() { return m_admin.sandbox().server().options().apiSecret; }

    // The binary against the hostile server (the sandbox behind it).
    Run run(const QStringList &arguments)
    {
        QProcessEnvironment url;
        url.insert(u"FIVETRAN_API_URL"_s, m_hostile->baseUrl().toString());
        QElapsedTimer clock;
        clock.start();
        Run r;
        static_cast<fttest::AdminRun &>(r) = m_admin.run(arguments, {}, true, true, url);
        r.ms = clock.elapsed();
        return r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { m_hostile.reset(); }

    // A server that admits two requests at once and refuses more with 429: the audit at the
    // default in-flight cap (8) finds the limit instead of storming it. The times are printed
    // (bench_hostile_audit measures them); the test holds the counts.
    void auditUnderAConcurrencyCapOfTwo()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(150, 4, 12, 3);
        options.latencyMs = 5;
        start(options, Mode::ConcurrencyCap);
        m_hostile->setConcurrencyCap(2);

        const Run two =
            run({ u"audit"_s, u"--concurrency"_s, u"2"_s, u"--output"_s, path(u"two.csv"_s) });
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(m_hostile->refused(), 0);
        const int atTwo = m_hostile->arrived("GET");

        m_hostile = std::make_unique<HostileServer>(m_admin.sandbox().server().baseUrl());
        QVERIFY(m_hostile->listen());
        m_hostile->setMode(Mode::ConcurrencyCap);
        m_hostile->setConcurrencyCap(2);
        const Run adaptive = run({ u"audit"_s, u"--output"_s, path(u"default.csv"_s) });
        QVERIFY2(adaptive.exitCode == 0, adaptive.err.constData());
        const int sent = m_hostile->arrived("GET");
        const int refused = m_hostile->refused();
        qInfo("--concurrency 2: %d requests in %lld ms; default cap: %d requests, %d answered 429 "
              "(%.1f%%), in %lld ms (%.2f x)",
              atTwo, two.ms, sent, refused, 100.0 * refused / sent, adaptive.ms,
              double(adaptive.ms) / double(qMax<qint64>(1, two.ms)));
        QVERIFY2(refused * 10 < sent, qPrintable(u"%1 of %2"_s.arg(refused).arg(sent)));
        QCOMPARE(sent - refused, atTwo); // every refusal was asked again, nothing else
        QCOMPARE(m_hostile->peakForwarding(), 2);
        QFile a(path(u"two.csv"_s));
        QFile b(path(u"default.csv"_s));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    // Nothing ever comes back: the audit gives up within the deadline (60 s) and says so,
    // although stderr is no terminal.
    void auditAgainstAServerThatNeverAnswers()
    {
        start({}, Mode::NeverAnswer);
        const Run r = run({ u"audit"_s, u"--output"_s, path(u"never.csv"_s) });
        QCOMPARE(r.exitCode, 1);
        qInfo("gave up after %lld ms: %s", r.ms, r.err.constData());
        QVERIFY2(r.err.contains("did not answer in time"), r.err.constData());
        QVERIFY2(r.err.contains("within 60 seconds"), r.err.constData());
        QVERIFY(r.err.contains("Page 1 of the list of users"));
        QVERIFY(!QFile::exists(path(u"never.csv"_s)));
        // Each list it starts with (users, roles, destinations, teams) was tried within its
        // deadline, and not queued again after it.
        QVERIFY2(m_hostile->arrived("GET") <= 4 * 2,
                 qPrintable(QString::number(m_hostile->arrived("GET"))));
    }

    // An id listed twice: the audit names it and writes nothing, where it used to merge the
    // two silently (and hide one's access).
    void auditWithADuplicateUserIsIncomplete()
    {
        start(fttest::generatedAccount(30, 2, 4, 2), Mode::Forward);
        QNetworkAccessManager manager;
        ftapi::ApiClient client(&manager, m_hostile->baseUrl(), { key(), secret() });
        client.setPageLimit(10);
        ftmodels::AuditCollector audit(&client);
        // The first page as it is; every later page of the users ends with the first user.
        QObject::connect(&audit, &ftmodels::AuditCollector::progressChanged, this,
                         [this](int, int total) {
                             if (total > 0)
                                 m_hostile->setMode(Mode::DuplicateIds);
                         });
        QSignalSpy finished(&audit, &ftmodels::AuditCollector::finished);
        audit.start();
        QVERIFY(finished.wait(60000));
        const QString first = m_hostile->firstListedId("/v1/users");
        const QString missing = audit.result().missing.join(u'\n');
        qInfo("first listed %s; missing: %s", qPrintable(first), qPrintable(missing));
        QVERIFY(!audit.result().isComplete());
        QVERIFY2(missing.contains(u"\"%1\" twice"_s.arg(first)), qPrintable(missing));

        QVERIFY2(missing.contains(u"The list of users: "_s), qPrintable(missing)); // across pages

        // The command, on a server that repeats within the first page already.
        m_hostile = std::make_unique<HostileServer>(m_admin.sandbox().server().baseUrl());
        QVERIFY(m_hostile->listen());
        m_hostile->setMode(Mode::DuplicateIds);
        const Run r = run({ u"audit"_s, u"--output"_s, path(u"twice.csv"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"\"%1\" twice"_s.arg(m_hostile->firstListedId("/v1/users")).toUtf8()),
            r.err.constData());
        QVERIFY(!QFile::exists(path(u"twice.csv"_s)));
    }

    void retryAfterOfElevenDaysIsSaidAtOnce()
    {
        start({}, Mode::RetryAfter);
        m_hostile->setRetryAfter("999999");
        const Run r = run({ u"call"_s, u"list_roles"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("asked to wait 11 days"), r.err.constData());
        QCOMPARE(m_hostile->arrived("GET"), 1);
    }

    void honouredWaitIsAnnouncedOnStderr()
    {
        start({}, Mode::RetryAfter);
        m_hostile->setRetryAfter("6");
        m_hostile->setMisbehaviourCount(1);
        const Run r = run({ u"call"_s, u"list_roles"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("fivetran-admin call: the Fivetran service asked to wait; waiting "
                                "6 seconds, until "),
                 r.err.constData());
        QVERIFY(r.out.contains("Account Administrator"));
        QCOMPARE(m_hostile->arrived("GET"), 2);
    }

    void echoedSecretIsNotPrinted()
    {
        start({}, Mode::EchoAuthorization);
        const Run r = run({ u"call"_s, u"list_all_users"_s, u"--verbose"_s });
        QCOMPARE(r.exitCode, 1); // not -3: the secret is in neither output
        QVERIFY2(r.err.contains("<redacted>"), r.err.constData());
        const QByteArray pair = key().toUtf8() + ':' + secret().toUtf8();
        for (const QByteArray &form :
             { key().toUtf8(), secret().toUtf8(), pair, pair.toBase64() }) {
            QVERIFY2(!r.err.contains(form), r.err.constData());
            QVERIFY(!r.out.contains(form));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCommands)
#include "tst_hostilecommands.moc"
