// Fault and load injection of the sandbox: latency that overlaps requests instead of queueing
// them, keep-alive, the rate limit with 429 and Retry-After, injected 500/503, connections cut
// mid-answer, hanging, and that a refused or failed write never takes effect.

#include "testsandbox.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using fttest::HttpResult;
using fttest::TestSandbox;

namespace {

QJsonObject invite(int n)
{
    return { { u"email"_s, u"injected%1@example.com"_s.arg(n) },
             { u"given_name"_s, u"In"_s },
             { u"family_name"_s, u"Jected"_s } };
}

int statsValue(TestSandbox &sandbox, const QString &name)
{
    return sandbox.server().stats().value(name).toInt();
}

} // namespace

class TestSandboxInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyOverlapsRequests();
    void answersOnOneConnectionKeepTheirOrder();
    void keepAliveReusesConnections();
    void rateLimitAnswers429WithRetryAfter();
    void hourlyLimitCountsEveryAnswer();
    void hourlyLimitRefusesWithTheWaitForTheOldest();
    void hourlyLimitRollsOverOnItsOwnClock();
    void perSecondRefusalsCostNoBudget();
    void failRateAnswers500Or503AndChangesNothing();
    void partialFailRateMixesOutcomes();
    void dropRateCutsAnswersAndChangesNothing();
    void loseRateCarriesOutThenLosesTheAnswer();
    void hangNeverAnswersUntilTurnedOff();
    void commandLineOptionsApplyAtStart();
};

void TestSandboxInjection::latencyOverlapsRequests()
{
    TestSandbox sandbox;
    sandbox.server().setLatencyMs(200);
    // One QNetworkAccessManager opens at most 6 connections to a host: use three.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < 3; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 18; ++i) {
        QNetworkRequest request(sandbox.url(u"/users?limit=2"_s));
        request.setRawHeader("Authorization", sandbox.authorization());
        replies.append(managers.at(i % 3)->get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    const QJsonObject stats = sandbox.server().stats();
    QCOMPARE(stats.value(u"requests_total"_s).toInt(), 18);
    // Requests were answered while others waited: more than one in flight, more than one
    // manager's worth of connections in use.
    QVERIFY2(stats.value(u"peak_in_flight"_s).toInt() > 6,
             qPrintable(QString::number(stats.value(u"peak_in_flight"_s).toInt())));
    QCOMPARE(stats.value(u"in_flight"_s).toInt(), 0);
}

void TestSandboxInjection::answersOnOneConnectionKeepTheirOrder()
{
    // HTTP/1.1 pipelining puts several requests on one connection before any answer; the
    // answers must come back in request order even though each waits on its own timer.
    TestSandbox sandbox;
    sandbox.server().setLatencyMs(50);
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    const auto &users = sandbox.store().users();
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(sandbox.url(u"/users/"_s + users.at(i).id));
        request.setRawHeader("Authorization", sandbox.authorization());
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        replies.append(manager.get(request));
    }
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(json.value(u"data"_s).toObject().value(u"id"_s).toString(), users.at(i).id);
        reply->deleteLater();
    }
}

void TestSandboxInjection::keepAliveReusesConnections()
{
    TestSandbox sandbox;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(sandbox.get(u"/users?limit=1"_s).status, 200);
    QCOMPARE(statsValue(sandbox, u"requests_total"_s), 20);
    QCOMPARE(statsValue(sandbox, u"connections_opened"_s), 1);
}

void TestSandboxInjection::rateLimitAnswers429WithRetryAfter()
{
    TestSandbox sandbox;
    sandbox.server().setRateLimit(2); // a burst of 2, then 2 per second
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const HttpResult result = sandbox.get(u"/users?limit=1"_s);
        if (result.status == 200) {
            ++ok;
            continue;
        }
        QCOMPARE(result.status, 429);
        QCOMPARE(result.code(), u"TooManyRequests"_s);
        bool isInteger = false;
        const int retryAfter = result.header("Retry-After").toInt(&isInteger);
        QVERIFY(isInteger);
        QVERIFY(retryAfter >= 1);
        ++limited;
    }
    QVERIFY(ok >= 2);
    QVERIFY(limited >= 1);
    QCOMPARE(ok + limited, 10);
    const QJsonObject stats = sandbox.server().stats();
    QCOMPARE(stats.value(u"responses_429"_s).toInt(), limited);
    QCOMPARE(stats.value(u"status"_s).toObject().value(u"429"_s).toInt(), limited);
    QCOMPARE(stats.value(u"requests"_s).toObject().value(u"GET /users"_s).toInt(), 10);

    // A refused write does not happen.
    const qsizetype users = sandbox.store().users().size();
    sandbox.server().setRateLimit(0.001);
    sandbox.get(u"/roles"_s); // takes the one token of the new bucket
    const HttpResult refused = sandbox.request("POST", u"/users"_s, invite(1));
    QCOMPARE(refused.status, 429);
    QCOMPARE(sandbox.store().users().size(), users);
    sandbox.server().setRateLimit(0);
    QCOMPARE(sandbox.request("POST", u"/users"_s, invite(1)).status, 201);
}

// Fivetran's hourly budget: every answer says the limit and what is left, errors included.
void TestSandboxInjection::hourlyLimitCountsEveryAnswer()
{
    TestSandbox sandbox;
    QCOMPARE(sandbox.get(u"/users?limit=1"_s).header("X-Rate-Limit"), QByteArray()); // off
    sandbox.server().setHourlyLimit(6);
    const QString paths[] = { u"/users?limit=1"_s, u"/roles"_s, u"/users/nobody"_s,
                              u"/no/such/route"_s };
    int expected = 6;
    for (const QString &path : paths) {
        const HttpResult result = sandbox.get(path);
        QVERIFY(result.status == 200 || result.status == 404);
        QCOMPARE(result.header("X-Rate-Limit"), QByteArray("6"));
        QCOMPARE(result.header("X-Rate-Limit-Remaining"), QByteArray::number(--expected));
    }
    // A 401 counts too: the service counts calls, not successes.
    const HttpResult unauthorized =
        fttest::sendRequest(sandbox.manager(), "GET", sandbox.url(u"/users"_s), {},
                            fttest::basicAuthorization(u"wrong"_s, u"key"_s), 10000);
    QCOMPARE(unauthorized.status, 401);
    QCOMPARE(unauthorized.header("X-Rate-Limit-Remaining"), QByteArray::number(--expected));
    QCOMPARE(sandbox.server().hourlyBudgetRemaining(), expected);
    const QJsonObject hourly = sandbox.server().stats().value(u"hourly_limit"_s).toObject();
    QCOMPARE(hourly.value(u"limit"_s).toInt(), 6);
    QCOMPARE(hourly.value(u"window_seconds"_s).toInt(), 3600);
    QCOMPARE(hourly.value(u"remaining"_s).toInt(), expected);
}

void TestSandboxInjection::hourlyLimitRefusesWithTheWaitForTheOldest()
{
    TestSandbox sandbox;
    sandbox.server().setHourlyLimit(3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sandbox.get(u"/roles"_s).status, 200);
    const HttpResult refused = sandbox.get(u"/roles"_s);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.code(), u"TooManyRequests"_s);
    QVERIFY2(refused.message().contains(u"Max 3 api calls allowed in one-hour rolling"_s),
             qPrintable(refused.message()));
    QCOMPARE(refused.header("X-Rate-Limit"), QByteArray("3"));
    QCOMPARE(refused.header("X-Rate-Limit-Remaining"), QByteArray("0"));
    // Whole seconds until the first of the three leaves the hour: all of it, give or take
    // the time these requests took.
    bool isInteger = false;
    const int retryAfter = refused.header("Retry-After").toInt(&isInteger);
    QVERIFY(isInteger);
    QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, refused.header("Retry-After").constData());
    // Refused requests use none of the budget, and nothing was done for them.
    QCOMPARE(sandbox.get(u"/roles"_s).status, 429);
    const QJsonObject stats = sandbox.server().stats();
    QCOMPARE(stats.value(u"responses_429_hourly"_s).toInt(), 2);
    QCOMPARE(stats.value(u"handled"_s).toObject().value(u"GET /roles"_s).toInt(), 3);
    QCOMPARE(sandbox.server().hourlyBudgetRemaining(), 0);

    // A short window says its own length in the message.
    sandbox.server().setHourlyLimit(1, 30);
    QCOMPARE(sandbox.get(u"/roles"_s).status, 200);
    const HttpResult shortWindow = sandbox.get(u"/roles"_s);
    QCOMPARE(shortWindow.status, 429);
    QVERIFY2(shortWindow.message().contains(u"30 seconds"_s), qPrintable(shortWindow.message()));
    QVERIFY(shortWindow.header("Retry-After").toInt() <= 30);
}

// With its clock a thousand times as fast, the hour passes in 3.6 s: what was spent comes back
// as it leaves the window.
void TestSandboxInjection::hourlyLimitRollsOverOnItsOwnClock()
{
    TestSandbox sandbox;
    sandbox.server().setHourlyLimit(4, 3600, 1000);
    sandbox.server().spendHourlyBudget(3); // the account's other scripts
    const HttpResult last = sandbox.get(u"/roles"_s);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("X-Rate-Limit-Remaining"), QByteArray("0"));
    const HttpResult refused = sandbox.get(u"/roles"_s);
    QCOMPARE(refused.status, 429);
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 3000 && retryAfter <= 3600, refused.header("Retry-After").constData());
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server().hourlyBudgetRemaining(), 4, 10000);
    QCOMPARE(sandbox.get(u"/roles"_s).header("X-Rate-Limit-Remaining"), QByteArray("3"));
}

void TestSandboxInjection::perSecondRefusalsCostNoBudget()
{
    TestSandbox sandbox;
    sandbox.server().setHourlyLimit(100);
    sandbox.server().setRateLimit(1); // one a second after a burst of one
    int admitted = 0;
    int refused = 0;
    for (int i = 0; i < 5; ++i) {
        const HttpResult result = sandbox.get(u"/roles"_s);
        if (result.status == 200) {
            ++admitted;
            continue;
        }
        QCOMPARE(result.status, 429);
        // Not the hourly budget: what is left of it is said as it is.
        QCOMPARE(result.header("X-Rate-Limit-Remaining"), QByteArray::number(100 - admitted));
        ++refused;
    }
    QVERIFY(refused >= 1);
    QCOMPARE(sandbox.server().hourlyBudgetRemaining(), 100 - admitted);
    QCOMPARE(sandbox.server().stats().value(u"responses_429_hourly"_s).toInt(), 0);
}

void TestSandboxInjection::failRateAnswers500Or503AndChangesNothing()
{
    TestSandbox sandbox;
    sandbox.server().setFailRate(1.0);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const HttpResult result = sandbox.get(u"/users"_s);
        QVERIFY(result.status == 500 || result.status == 503);
        QCOMPARE(result.code(),
                 result.status == 500 ? u"InternalServerError"_s : u"ServiceUnavailable"_s);
        statuses.insert(result.status);
    }
    QCOMPARE(statuses.size(), 2); // both kinds occur
    const qsizetype users = sandbox.store().users().size();
    const QString userId = sandbox.store().users().constFirst().id;
    QVERIFY(sandbox.request("POST", u"/users"_s, invite(2)).status >= 500);
    QVERIFY(sandbox.request("DELETE", u"/users/"_s + userId).status >= 500);
    QCOMPARE(sandbox.store().users().size(), users);
    QVERIFY(sandbox.store().user(userId));
    QCOMPARE(statsValue(sandbox, u"failures_injected"_s), 14);

    sandbox.server().setFailRate(0);
    QCOMPARE(sandbox.get(u"/users"_s).status, 200);
}

void TestSandboxInjection::partialFailRateMixesOutcomes()
{
    TestSandbox sandbox;
    sandbox.server().setFailRate(0.5);
    int failed = 0;
    int succeeded = 0;
    for (int i = 0; i < 60; ++i) {
        const int status = sandbox.get(u"/roles?limit=1"_s).status;
        QVERIFY(status == 200 || status == 500 || status == 503);
        (status == 200 ? succeeded : failed)++;
    }
    QVERIFY(failed > 0);
    QVERIFY(succeeded > 0);
    QCOMPARE(statsValue(sandbox, u"failures_injected"_s), failed);
}

void TestSandboxInjection::dropRateCutsAnswersAndChangesNothing()
{
    TestSandbox sandbox;
    sandbox.server().setDropRate(1.0);
    const HttpResult read = sandbox.get(u"/users"_s);
    QVERIFY(read.finished);
    QVERIFY2(read.error != QNetworkReply::NoError, qPrintable(read.errorString));
    const qsizetype users = sandbox.store().users().size();
    const HttpResult write = sandbox.request("POST", u"/users"_s, invite(3));
    QVERIFY(write.error != QNetworkReply::NoError);
    QCOMPARE(sandbox.store().users().size(), users);
    // QNetworkAccessManager itself re-sends a request whose answer was cut off (up to twice,
    // depending on how the close arrives), so each client request is one to three drops.
    const int drops = statsValue(sandbox, u"drops_injected"_s);
    QVERIFY2(drops >= 2 && drops <= 6, qPrintable(QString::number(drops)));
    QCOMPARE(statsValue(sandbox, u"requests_total"_s), drops);
    QTRY_COMPARE(statsValue(sandbox, u"in_flight"_s), 0);

    sandbox.server().setDropRate(0);
    const HttpResult after = sandbox.get(u"/users"_s);
    QCOMPARE(after.error, QNetworkReply::NoError);
    QCOMPARE(after.status, 200);
}

void TestSandboxInjection::loseRateCarriesOutThenLosesTheAnswer()
{
    TestSandbox sandbox;
    sandbox.server().setLoseRate(1.0);
    const qsizetype users = sandbox.store().users().size();
    // One raw request on its own connection: no client library may send it again.
    const QByteArray body = fttest::toJson(invite(7));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                 + sandbox.authorization() + "\r\nContent-Type: application/json\r\n"
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.constData());
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray announced = answer.mid(answer.indexOf("Content-Length: ") + 16);
    const qsizetype length = announced.left(announced.indexOf('\r')).toLongLong();
    QVERIFY2(answer.size() - headerEnd - 4 < length, "the body should be cut short");
    // ... and yet the user was created.
    QCOMPARE(sandbox.store().users().size(), users + 1);
    QVERIFY(sandbox.store().userByEmail(u"injected7@example.com"_s));
    QCOMPARE(statsValue(sandbox, u"answers_lost"_s), 1);
    QCOMPARE(
        sandbox.server().stats().value(u"handled"_s).toObject().value(u"POST /users"_s).toInt(), 1);
}

void TestSandboxInjection::hangNeverAnswersUntilTurnedOff()
{
    TestSandbox sandbox;
    sandbox.server().setHang(true);
    const HttpResult hung = sandbox.request("GET", u"/users"_s, {}, 300);
    QVERIFY(!hung.finished);
    QCOMPARE(hung.status, 0);
    QCOMPARE(statsValue(sandbox, u"requests_total"_s), 1);
    // The client gave up; the server forgets the request once the connection is gone.
    QTRY_COMPARE(statsValue(sandbox, u"in_flight"_s), 0);

    sandbox.server().setHang(false);
    QCOMPARE(sandbox.get(u"/users"_s).status, 200);
}

void TestSandboxInjection::commandLineOptionsApplyAtStart()
{
    ftsandbox::SandboxOptions options;
    options.failRate = 1.0;
    TestSandbox failing(options);
    QVERIFY(failing.get(u"/users"_s).status >= 500);

    options = {};
    options.dropRate = 1.0;
    TestSandbox dropping(options);
    QVERIFY(dropping.get(u"/users"_s).error != QNetworkReply::NoError);

    options = {};
    options.rateLimit = 1;
    TestSandbox limited(options);
    QCOMPARE(limited.get(u"/users"_s).status, 200);
    QCOMPARE(limited.get(u"/users"_s).status, 429);
}

QTEST_GUILESS_MAIN(TestSandboxInjection)
#include "tst_sandboxinjection.moc"
