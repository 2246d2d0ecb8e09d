#include "apiclient.h"
#include "requestlog.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// The --verbose log: what it says about each attempt, and that no secret ever reaches it.
class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsEveryAttemptWithoutSecrets()
    {
        ftsandbox::SandboxOptions options;
        options.apiKey = u"visible-key"_s;
        options.apiSecret = u"TopSecret-42-xyz"_s;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        ftapi::ApiClient client(&sandbox.manager(), sandbox.server().baseUrl(),
                                { options.apiKey, options.apiSecret });
        client.scheduler()->setRetryBaseDelay(1);
        QStringList lines;
        // No addSecret(): the format itself must keep the secret out.
        auto *log = new ftapi::RequestLog(client.scheduler(), &client);
        log->setSink([&lines](const QString &line) { lines.append(line); });

        bool done = false;
        client.listRoles(this, [&done](const auto &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"GET "_s), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(sandbox.server().baseUrl().toString() + u"/roles"_s));
        QVERIFY(lines.first().contains(u"-> 200"_s));
        QVERIFY(lines.first().contains(u"attempt 1"_s));
        QVERIFY(lines.first().contains(u" ms"_s));

        // Failures, retries and a refused key are logged too.
        sandbox.server().setFailRate(1.0);
        done = false;
        client.getUser(u"nobody"_s, this, [&done](const auto &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        sandbox.server().setFailRate(0);
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.last().contains(u"attempt %1"_s.arg(client.scheduler()->maxAttempts())));
        QVERIFY(lines.last().contains(u"-> 50"_s));

        client.setCredentials({ options.apiKey, u"wrong-Secret-77"_s });
        done = false;
        client.createUser({ u"a@b.co"_s, u"A"_s, u"B"_s, {}, {}, {} }, this,
                          [&done](const auto &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(lines.last().startsWith(u"[api] POST "_s));
        QVERIFY(lines.last().contains(u"-> 401"_s));

        const QString all = lines.join(u'\n');
        const QByteArray token =
            QString(options.apiKey + u':' + options.apiSecret).toUtf8().toBase64();
        QVERIFY(!all.contains(options.apiSecret));
        QVERIFY(!all.contains(u"wrong-Secret-77"_s));
        QVERIFY(!all.contains(QString::fromLatin1(token)));
        QVERIFY(all.contains(u"Authorization: <redacted>"_s));
    }

    void registeredSecretsAreMasked()
    {
        QNetworkAccessManager manager;
        ftapi::RequestScheduler scheduler(&manager);
        ftapi::RequestLog log(&scheduler);
        log.addSecret(u"hunter2-secret"_s);
        ftapi::RequestScheduler::Attempt attempt;
        attempt.verb = "GET";
        attempt.url = QUrl(u"https://api.example/v1/users/hunter2-secret"_s);
        attempt.attempt = 2;
        attempt.error = u"Connection refused"_s;
        const QString line = log.format(attempt);
        QVERIFY(!line.contains(u"hunter2-secret"_s));
        QVERIFY(line.contains(u"no answer (Connection refused)"_s));
        QVERIFY(line.contains(u"attempt 2"_s));
    }

    void urlsAreRedacted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hidden");
        QTest::addColumn<QString>("kept");
        QTest::newRow("user info")
            << u"https://key:pass-word@api.example/v1"_s << u"pass-word"_s << u"api.example/v1"_s;
        QTest::newRow("secret query") << u"https://api.example/v1/x?api_secret=abc123&limit=5"_s
                                      << u"abc123"_s << u"limit=5"_s;
        QTest::newRow("token query") << u"https://api.example/v1/x?access_token=tok987"_s
                                     << u"tok987"_s << u"access_token"_s;
        QTest::newRow("cursor kept") << u"https://api.example/v1/users?cursor=eyJza2lwIjoxfQ"_s
                                     << u"\u0000"_s << u"cursor=eyJza2lwIjoxfQ"_s;
    }

    void urlsAreRedacted()
    {
        QFETCH(QString, url);
        QFETCH(QString, hidden);
        QFETCH(QString, kept);
        const QString redacted = ftapi::RequestLog::redactUrl(QUrl(url));
        QVERIFY2(!redacted.contains(hidden), qPrintable(redacted));
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
