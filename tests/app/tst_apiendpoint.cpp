// ApiEndpoint owns the console's one client: opening again replaces it (the old one is deleted,
// not left behind), and the client it holds talks to the server it was opened with.
#include "apiendpoint.h"
#include "commandline.h"
#include "testsandbox.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment credentialsOf(fttest::TestSandbox &sandbox)
{
    QProcessEnvironment environment;
    environment.insert(u"FIVETRAN_APIKEY"_s, sandbox.server().options().apiKey);
    environment.insert(u"FIVETRAN_APISECRET"_s, sandbox.server().options().apiSecret);
    return environment;
}

// One GET /users through the endpoint's client: the number of people, or -1 on an error.
int usersSeen(ftapi::ApiClient *client)
{
    int seen = -2;
    QObject context;
    client->listUsers(&context, [&seen](const ftapi::ApiResult<QVector<ftapi::User>> &result) {
        seen = result ? static_cast<int>(result.value().size()) : -1;
    });
    if (!QTest::qWaitFor([&seen] { return seen != -2; }, 10000))
        return -3;
    return seen;
}

// Opens `endpoint` at the sandbox's URL with its key and secret from the environment, as
// `--api-url URL` would; `line` keeps that URL for a later openWith().
bool openAt(ftapp::ApiEndpoint &endpoint, ftapp::CommandLine &line, fttest::TestSandbox &sandbox,
            QString *error)
{
    line.apiUrl = sandbox.server().baseUrl().toString();
    return endpoint.open(line, credentialsOf(sandbox), error);
}

} // namespace

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingAgainReplacesTheClient()
    {
        ftsandbox::SandboxOptions options;
        options.users = 7;
        fttest::TestSandbox first(options);
        options.users = 3;
        fttest::TestSandbox second(options);
        QVERIFY(first.isListening() && second.isListening());

        ftapp::ApiEndpoint endpoint;
        ftapp::CommandLine line;
        QString error;
        QVERIFY2(openAt(endpoint, line, first, &error), qPrintable(error));
        QPointer<ftapi::ApiClient> before = endpoint.client();
        QVERIFY(before);
        QCOMPARE(usersSeen(endpoint.client()), 7);

        QVERIFY2(openAt(endpoint, line, second, &error), qPrintable(error));
        QVERIFY(before.isNull()); // deleted, not leaked beside the new one
        QCOMPARE(endpoint.url(), second.server().baseUrl());
        QCOMPARE(usersSeen(endpoint.client()), 3);

        before = endpoint.client();
        const ftapi::Credentials credentials { first.server().options().apiKey,
                                               first.server().options().apiSecret };
        QVERIFY2(endpoint.openWith(first.server().baseUrl(), credentials, line, &error),
                 qPrintable(error));
        QVERIFY(before.isNull());
        QCOMPARE(usersSeen(endpoint.client()), 7);
    }

    void theDemoReplacesAClientToo()
    {
        fttest::TestSandbox other;
        QVERIFY(other.isListening());
        ftapp::ApiEndpoint endpoint;
        ftapp::CommandLine line;
        QString error;
        QVERIFY2(openAt(endpoint, line, other, &error), qPrintable(error));
        QPointer<ftapi::ApiClient> before = endpoint.client();

        ftapp::CommandLine demo;
        demo.demo = true;
        QVERIFY2(endpoint.open(demo, {}, &error), qPrintable(error));
        QVERIFY(before.isNull());
        QVERIFY(endpoint.isDemo());
        QCOMPARE(usersSeen(endpoint.client()), ftapp::ApiEndpoint::kDemoUsers);
    }

    void aRefusedUrlKeepsTheClientThereIs()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        ftapp::ApiEndpoint endpoint;
        ftapp::CommandLine line;
        QString error;
        QVERIFY2(openAt(endpoint, line, sandbox, &error), qPrintable(error));
        QPointer<ftapi::ApiClient> before = endpoint.client();
        const ftapi::Credentials credentials { u"k"_s, u"s"_s };
        QVERIFY(
            !endpoint.openWith(QUrl(u"http://api.example.com/v1"_s), credentials, line, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(endpoint.client(), before.data());
        QVERIFY(usersSeen(endpoint.client()) > 0);
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
