// ApiClient when things go wrong, over loopback: hostile bodies and route quirks from a
// scripted server; failures, drops, rate limits and hangs injected into the sandbox.
#include "apiclient.h"
#include "apitestutil.h"
#include "scriptedhttpserver.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using fttest::waitFor;
using Response = ScriptedHttpServer::Response;

namespace {

const QByteArray kUser = R"({"id":"u1","email":"a@b.co","given_name":"A","family_name":"B"})";

QByteArray envelope(const QByteArray &data)
{
    return R"({"code":"Success","data":)" + data + "}";
}

int requestsOf(const QJsonObject &stats, const QString &route)
{
    return stats.value(u"requests"_s).toObject().value(route).toInt();
}

} // namespace

class TestApiClientFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    void useScripted()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_client =
            std::make_unique<ApiClient>(m_nam.get(), QUrl(QString::fromLatin1(m_server->baseUrl())),
                                        Credentials { u"the-key"_s, u"the-secret"_s });
        m_client->scheduler()->setRetryBaseDelay(10);
    }

    void script(std::function<Response(const ScriptedHttpServer::Request &)> handler)
    {
        m_server->setHandler(std::move(handler));
    }

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
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        useScripted();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_nam.reset();
    }

    void headersFollowTheContract()
    {
        script([](const ScriptedHttpServer::Request &r) {
            if (r.method == "DELETE")
                return Response::json(200, R"({"code":"Success","message":"deleted"})");
            return Response::json(r.method == "POST" ? 201 : 200, envelope(kUser));
        });
        FT_VERIFY_OK(waitFor<User>([&](auto d) { return m_client->getUser(u"u1"_s, this, d); }));
        NewUser n;
        n.email = u"a@b.co"_s;
        FT_VERIFY_OK(waitFor<User>([&](auto d) { return m_client->createUser(n, this, d); }));
        UserUpdate u;
        u.clearPicture();
        FT_VERIFY_OK(
            waitFor<User>([&](auto d) { return m_client->modifyUser(u"u1"_s, u, this, d); }));
        FT_VERIFY_OK(waitFor<void>([&](auto d) { return m_client->deleteUser(u"u1"_s, this, d); }));

        const QByteArray auth = "Basic " + QByteArray("the-key:the-secret").toBase64();
        QCOMPARE(m_server->requests().size(), 4);
        for (const auto &r : m_server->requests()) {
            QCOMPARE(r.headers.value("authorization"), auth);
            QCOMPARE(r.headers.value("accept"), QByteArray("application/json"));
            QVERIFY(r.headers.value("user-agent").startsWith("fivetran-admin/"));
            const bool hasBody = r.method == "POST" || r.method == "PATCH";
            QCOMPARE(r.headers.value("content-type").startsWith("application/json"), hasBody);
        }
        QCOMPARE(m_server->requests().at(2).body, QByteArray(R"({"picture":null})"));
    }

    void hostileBodiesEndInParseErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html page") << 200 << QByteArray("<!DOCTYPE html><html>Maintenance</html>");
        QTest::newRow("truncated json")
            << 200 << QByteArray("{\"code\":\"Success\",\"data\":{\"id\":\"u");
        QTest::newRow("empty") << 200 << QByteArray();
        QTest::newRow("data missing") << 200 << QByteArray(R"({"code":"Success"})");
        QTest::newRow("data null") << 200 << QByteArray(R"({"code":"Success","data":null})");
        QTest::newRow("data array") << 200 << envelope("[1]");
        QTest::newRow("id number") << 200 << envelope(R"({"id":5,"email":"e"})");
        QTest::newRow("flag text") << 200 << envelope(R"({"id":"u","email":"e","active":"yes"})");
        QTest::newRow("bare array") << 200 << QByteArray("[]");
        QTest::newRow("201 garbage") << 201 << QByteArray("ok");
    }

    void hostileBodiesEndInParseErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        script([=](const ScriptedHttpServer::Request &) { return Response::json(status, body); });
        const auto r = waitFor<User>([&](auto d) { return m_client->getUser(u"u1"_s, this, d); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(m_server->count("GET"), 1); // a bad body is not retried
    }

    void hostileListsEndInParseErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("items missing") << envelope(R"({"next_cursor":null})");
        QTest::newRow("items not objects") << envelope(R"({"items":["u1","u2"]})");
        QTest::newRow("one bad user") << envelope("{\"items\":[" + kUser + R"(,{"id":"x"}]})");
        QTest::newRow("cursor number")
            << envelope("{\"items\":[" + kUser + R"(],"next_cursor":3})");
        QTest::newRow("items text") << envelope(R"({"items":"none"})");
    }

    void hostileListsEndInParseErrors()
    {
        QFETCH(QByteArray, body);
        script([=](const ScriptedHttpServer::Request &) { return Response::json(200, body); });
        int pages = 0;
        const auto r = waitFor<void>([&](auto d) {
            return m_client->listUsersPaged(
                this, [&](const QVector<User> &) { ++pages; }, d);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(pages, 0); // nothing half-read was handed over
    }

    void deleteMayAnswerWithoutBody()
    {
        script([](const ScriptedHttpServer::Request &r) {
            Response resp = Response::json(r.path.endsWith("/role") ? 200 : 204, {});
            return resp;
        });
        FT_VERIFY_OK(waitFor<void>([&](auto d) { return m_client->deleteUser(u"u1"_s, this, d); }));
        FT_VERIFY_OK(
            waitFor<void>([&](auto d) { return m_client->removeAccountRole(u"u1"_s, this, d); }));
        // ...but a GET that answers nothing is an error.
        const auto r = waitFor<Membership>([&](auto d) {
            return m_client->getMembership(MembershipKind::Group, u"u1"_s, u"g1"_s, this, d);
        });
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    }

    void transferCutShortIsRetriedThenFails()
    {
        script([](const ScriptedHttpServer::Request &) {
            Response r = Response::json(200, envelope(kUser));
            r.mode = Response::Mode::Truncate;
            r.truncateAt = 20;
            return r;
        });
        const auto r = waitFor<User>([&](auto d) { return m_client->getUser(u"u1"_s, this, d); });
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY(m_server->count("GET") >= m_client->scheduler()->maxAttempts());
    }

    // Never followed (the key would go along), and said as what it is, not "could not reach".
    void redirectToAnotherHostIsNamed_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("another host") << QByteArray("http://127.0.0.2:9/v1/users/u1");
        QTest::newRow("another port") << QByteArray("http://127.0.0.1:9/v1/users/u1");
    }

    void redirectToAnotherHostIsNamed()
    {
        QFETCH(QByteArray, location);
        script([location](const ScriptedHttpServer::Request &) {
            Response r = Response::json(302, {});
            r.headers.append({ "Location", location });
            return r;
        });
        const auto r =
            waitFor<void>([&](auto d) { return m_client->deleteUser(u"u1"_s, this, d); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().stop, ApiError::Stop::RedirectRefused);
        QCOMPARE(r.error().subject, QString::fromLatin1(location));
        QVERIFY2(r.error().userText().contains(u"redirected"_s), qPrintable(r.error().userText()));
        QVERIFY(!r.error().userText().contains(u"Could not reach"_s));
        QVERIFY(!r.error().effectUnknown()); // the service pointed elsewhere instead of acting
        QCOMPARE(m_server->requests().size(), 1);
    }

    void repeatedCursorEnds()
    {
        int page = 0;
        script([&page](const ScriptedHttpServer::Request &) {
            // New users on every page, the same cursor every time.
            const QByteArray user = QByteArray(kUser).replace(
                "\"u1\"", QByteArray("\"u" + QByteArray::number(++page) + '"'));
            return Response::json(200,
                                  envelope("{\"items\":[" + user + R"(],"next_cursor":"again"})"));
        });
        const auto r = waitFor<QVector<User>>([&](auto d) { return m_client->listUsers(this, d); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(r.error().stop, ApiError::Stop::RepeatedCursor);
        QCOMPARE(m_server->count("GET"), 2);
    }

    void cursorAndIdsAreEncoded()
    {
        script([](const ScriptedHttpServer::Request &r) {
            if (r.query.contains("cursor="))
                return Response::json(200, envelope(R"({"items":[]})"));
            return Response::json(
                200, envelope("{\"items\":[" + kUser + R"(],"next_cursor":"a+b/c=="})"));
        });
        FT_VERIFY_OK(waitFor<QVector<User>>([&](auto d) { return m_client->listUsers(this, d); }));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).query, QByteArray("limit=1000"));
        QCOMPARE(m_server->requests().at(1).query, QByteArray("limit=1000&cursor=a%2Bb%2Fc%3D%3D"));

        waitFor<User>([&](auto d) { return m_client->getUser(u"a/b?c d#é"_s, this, d); });
        QCOMPARE(m_server->requests().last().path, QByteArray("/v1/users/a%2Fb%3Fc%20d%23%C3%A9"));
    }

    void connectorRouteFallsBackOnRouteNotFound()
    {
        script([](const ScriptedHttpServer::Request &r) {
            if (r.path.contains("/connections"))
                return Response::json(404, R"({"code":"NotFound","message":"No such route"})");
            return Response::json(200,
                                  envelope(R"({"items":[{"id":"c1","role":"View Connection"}]})"));
        });
        QSignalSpy changed(m_client.get(), &ApiClient::connectorRouteChanged);
        const auto r = waitFor<QVector<Membership>>([&](auto d) {
            return m_client->listMemberships(MembershipKind::Connection, u"u1"_s, this, d);
        });
        FT_VERIFY_OK(r);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(m_client->connectorRoute(), ApiClient::ConnectorRoute::Connectors);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_server->count("GET", "/connections"), 1);
        QCOMPARE(m_server->count("GET", "/connectors"), 1);
        // Remembered: the next call goes straight to /connectors.
        FT_VERIFY_OK(waitFor<QVector<Membership>>([&](auto d) {
            return m_client->listMemberships(MembershipKind::Connection, u"u1"_s, this, d);
        }));
        QCOMPARE(m_server->count("GET", "/connections"), 1);
    }

    void resourceNotFoundDoesNotFallBack()
    {
        script([](const ScriptedHttpServer::Request &) {
            return Response::json(404, R"({"code":"NotFound_User","message":"no user"})");
        });
        const auto r = waitFor<QVector<Membership>>([&](auto d) {
            return m_client->listMemberships(MembershipKind::Connection, u"u1"_s, this, d);
        });
        QCOMPARE(r.error().code, u"NotFound_User"_s);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_client->connectorRoute(), ApiClient::ConnectorRoute::Connections);

        m_client->setConnectorRouteFallback(false);
        script([](const ScriptedHttpServer::Request &) {
            return Response::json(404, R"({"code":"NotFound","message":"No such route"})");
        });
        const auto off = waitFor<QVector<Membership>>([&](auto d) {
            return m_client->listMemberships(MembershipKind::Connection, u"u1"_s, this, d);
        });
        QCOMPARE(off.error().httpStatus, 404);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void insecureAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api.fivetran.com/v1"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/v1"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/v1"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1234/v1"_s << true;
        QTest::newRow("http remote") << u"http://api.fivetran.com/v1"_s << false;
        QTest::newRow("http private") << u"http://10.0.0.5/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://api.fivetran.com/v1"_s << false;
        QTest::newRow("no host") << u"https:///v1"_s << false;
        QTest::newRow("credentials in url") << u"https://k:s@api.fivetran.com/v1"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }

    void insecureAddressesAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(ApiClient::checkBaseUrl(QUrl(url)).isEmpty(), accepted);
        if (accepted)
            return;
        ApiClient client(m_nam.get(), QUrl(url), Credentials { u"k"_s, u"s"_s });
        const auto r = waitFor<QVector<User>>([&](auto d) { return client.listUsers(this, d); });
        QCOMPARE(r.error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(client.scheduler()->requestsSent(), quint64(0));
    }

    void cancelAPagedListBetweenPages()
    {
        script([](const ScriptedHttpServer::Request &r) {
            if (r.query.contains("cursor="))
                return Response::hang();
            return Response::json(200,
                                  envelope("{\"items\":[" + kUser + R"(],"next_cursor":"p2"})"));
        });
        int pages = 0;
        ApiClient::CallId call = 0;
        const auto r = waitFor<void>([&](auto d) {
            call = m_client->listUsersPaged(
                this, [&](const QVector<User> &) { ++pages; }, d);
            connect(m_server.get(), &ScriptedHttpServer::requestArrived, this, [&] {
                if (m_server->hanging() == 1)
                    m_client->cancel(call);
            });
            return call;
        });
        QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(pages, 1);
    }

    void closedReceiverNeverHearsBack()
    {
        script([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        auto *dialog = new QObject;
        int calls = 0;
        m_client->getUser(u"u1"_s, dialog, [&](const ApiResult<User> &) { ++calls; });
        m_client->listUsers(dialog, [&](const ApiResult<QVector<User>> &) { ++calls; });
        QTRY_COMPARE(m_server->hanging(), 2);
        delete dialog;
        m_server->releaseHanging(Response::json(200, envelope(kUser)));
        QTRY_COMPARE(m_client->scheduler()->inFlight(), 0);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    // ---- faults injected into the sandbox

    void neverAnsweringSandboxTimesOut()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        client->scheduler()->setTransferTimeout(400);
        sandbox.server().setHang(true);
        const auto r = waitFor<QVector<Role>>([&](auto d) { return client->listRoles(this, d); });
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QVERIFY(!r.error().userText().isEmpty());
    }

    void refusedConnectionIsKnownUnsent()
    {
        // A port nobody listens on: the write cannot have reached a server.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client(m_nam.get(), QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)),
                         Credentials { u"k"_s, u"s"_s });
        client.scheduler()->setRetryBaseDelay(1);
        const auto r = waitFor<void>([&](auto d) { return client.deleteUser(u"u1"_s, this, d); });
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY(r.error().unsent);
        QVERIFY(!r.error().effectUnknown());

        // A dropped answer is another matter: the server may have acted.
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto sandboxClient = clientFor(sandbox);
        sandbox.server().setDropRate(1.0);
        NewUser n { u"drop@example.com"_s, u"Drop"_s, u"Ped"_s, {}, {}, {} };
        const auto dropped =
            waitFor<User>([&](auto d) { return sandboxClient->createUser(n, this, d); });
        QCOMPARE(dropped.error().kind, ApiError::Kind::Network);
        QVERIFY(!dropped.error().unsent);
        QVERIFY(dropped.error().effectUnknown());
    }

    void getRetriedThroughFailuresAndDrops()
    {
        ftsandbox::SandboxOptions options;
        options.users = 300;
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        client->setPageLimit(50);
        client->scheduler()->setMaxAttempts(12); // 0.6^12: a failed page would be a fluke
        sandbox.server().setFailRate(0.4);
        sandbox.server().setDropRate(0.2);
        const auto r = waitFor<QVector<User>>([&](auto d) { return client->listUsers(this, d); });
        FT_VERIFY_OK(r);
        QCOMPARE(r.value().size(), sandbox.store().users().size());
        for (qsizetype i = 0; i < r.value().size(); ++i)
            QCOMPARE(r.value().at(i).id, sandbox.store().users().at(i).id);
        const QJsonObject stats = sandbox.server().stats();
        QVERIFY(stats.value(u"failures_injected"_s).toInt() > 0);
        QVERIFY(stats.value(u"drops_injected"_s).toInt() > 0);
        QVERIFY(requestsOf(stats, u"GET /users"_s) > 6);
    }

    void postIsNeverRepeated()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        const qsizetype before = sandbox.store().users().size();
        NewUser n;
        n.email = u"once@example.com"_s;
        n.givenName = u"Once"_s;
        n.familyName = u"Only"_s;

        sandbox.server().setFailRate(1.0);
        const auto failed = waitFor<User>([&](auto d) { return client->createUser(n, this, d); });
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().httpStatus >= 500);
        QCOMPARE(requestsOf(sandbox.server().stats(), u"POST /users"_s), 1);

        sandbox.server().setFailRate(0);
        sandbox.server().setDropRate(1.0);
        sandbox.server().resetStats();
        const auto dropped = waitFor<User>([&](auto d) { return client->createUser(n, this, d); });
        QCOMPARE(dropped.error().kind, ApiError::Kind::Network);
        QCOMPARE(requestsOf(sandbox.server().stats(), u"POST /users"_s), 1);
        // Whether the server acted before the drop is unknown to the client; it must not have
        // acted twice.
        QVERIFY(sandbox.store().users().size() <= before + 1);

        sandbox.server().setDropRate(0);
        const auto g = sandbox.store().groups().first();
        const auto u = sandbox.store().users().first();
        sandbox.server().setFailRate(1.0);
        sandbox.server().resetStats();
        const auto membership = waitFor<Membership>([&](auto d) {
            return client->addMembership(MembershipKind::Group, u.id, g.id, u"View Destination"_s,
                                         this, d);
        });
        QVERIFY(!membership.ok());
        QCOMPARE(requestsOf(sandbox.server().stats(), u"POST /users/{id}/groups"_s), 1);
    }

    void rateLimitIsHonoured()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        auto client = clientFor(sandbox);
        sandbox.server().setRateLimit(10);
        QSignalSpy paused(client->scheduler(), &RequestScheduler::pausedUntilChanged);
        const QString id = sandbox.store().users().first().id;
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 40; ++i) {
            client->getUser(id, this, [&](const ApiResult<User> &r) { r ? ++ok : ++failed; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 40, 60000);
        QCOMPARE(failed, 0);
        const QJsonObject stats = sandbox.server().stats();
        QVERIFY(stats.value(u"responses_429"_s).toInt() > 0);
        QVERIFY(paused.size() >= 2); // paused, then running again
        QVERIFY(paused.first().at(0).toDateTime().isValid());
        QVERIFY(!paused.last().at(0).toDateTime().isValid());
        QVERIFY(stats.value(u"peak_in_flight"_s).toInt() <= client->scheduler()->maxInFlight());
    }
};

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclientfaults.moc"
