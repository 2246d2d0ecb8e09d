// What came off the wire -> ApiResult: envelopes, error bodies, HTML pages, truncation.
#include "replyinterpreter.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftapi;

namespace {

RawReply completed(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    RawReply r;
    r.transport = RawReply::Transport::Completed;
    r.httpStatus = status;
    r.body = body;
    r.retryAfter = retryAfter;
    return r;
}

} // namespace

class TestReplyInterpreter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successEnvelope()
    {
        const auto r = interpretReply(
            completed(200, R"({"code":"Success","message":"ok","data":{"id":"a"}})"), false);
        QVERIFY(r.ok());
        QCOMPARE(r.value().httpStatus, 200);
        QCOMPARE(r.value().code, u"Success"_s);
        QCOMPARE(r.value().message, u"ok"_s);
        QCOMPARE(r.value().data.toObject().value(u"id"_s).toString(), u"a"_s);
    }

    void successWithoutData()
    {
        const auto r = interpretReply(
            completed(200, R"({"code":"Success","message":"User has been deleted"})"), true);
        QVERIFY(r.ok());
        QVERIFY(r.value().data.isUndefined());
        QCOMPARE(r.value().message, u"User has been deleted"_s);
    }

    void noContent()
    {
        QVERIFY(interpretReply(completed(204, {}), false).ok());
        QVERIFY(interpretReply(completed(204, {}), true).ok());
        QVERIFY(interpretReply(completed(200, " \r\n"), true).ok());
        const auto empty = interpretReply(completed(200, {}), false);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, ApiError::Kind::Parse);
    }

    void hostileSuccessBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("truncated") << QByteArray(R"({"code":"Success","data":{"items":[{"id":)");
        QTest::newRow("array") << QByteArray(R"([{"code":"Success"}])");
        QTest::newRow("string") << QByteArray(R"("Success")");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("code number") << QByteArray(R"({"code":1,"data":{}})");
        QTest::newRow("message object") << QByteArray(R"({"message":{},"data":{}})");
        QTest::newRow("nul bytes") << QByteArray("{\"code\":\0\"x\"}", 13);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01garbage", 11);
    }

    void hostileSuccessBodies()
    {
        QFETCH(QByteArray, body);
        const auto r = interpretReply(completed(200, body), true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(r.error().httpStatus, 200);
    }

    void errorEnvelope()
    {
        const auto r = interpretReply(
            completed(
                404,
                "{\"code\":\"NotFound_User\",\"message\":\"User with id 'abc' doesn't exist\"}"),
            false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().code, u"NotFound_User"_s);
        QCOMPARE(r.error().message, u"User with id 'abc' doesn't exist"_s);
        QCOMPARE(r.error().userText(), u"User with id 'abc' doesn't exist"_s);
        QVERIFY(!isRouteNotFound(r.error()));
    }

    void htmlErrorPageIsNotShown()
    {
        const auto r = interpretReply(
            completed(502, "<html><head><title>502 Bad Gateway</title></head></html>"), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 502);
        QVERIFY(r.error().code.isEmpty());
        QVERIFY(!r.error().userText().contains(u"<html>"_s));
        QVERIFY(r.error().userText().contains(u"502"_s));
        QVERIFY(r.error().isRetryable());
    }

    void routeNotFound()
    {
        const auto bare = interpretReply(completed(404, "Not Found"), false);
        QVERIFY(isRouteNotFound(bare.error()));
        const auto generic =
            interpretReply(completed(404, R"({"code":"NotFound","message":"No route"})"), false);
        QVERIFY(isRouteNotFound(generic.error()));
        const auto resource = interpretReply(
            completed(404, R"({"code":"NotFound_Connector","message":"gone"})"), false);
        QVERIFY(!isRouteNotFound(resource.error()));
        const auto other = interpretReply(completed(400, "Not Found"), false);
        QVERIFY(!isRouteNotFound(other.error()));
    }

    void rateLimited()
    {
        const auto r = interpretReply(
            completed(429, R"({"code":"TooManyRequests","message":"Slow down"})", "7"), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(r.error().retryAfter, 7);
        QCOMPARE(r.error().code, u"TooManyRequests"_s);
        QVERIFY(r.error().isRetryable());
    }

    void transportFailures()
    {
        RawReply timeout;
        timeout.transport = RawReply::Transport::Timeout;
        QCOMPARE(interpretReply(timeout, false).error().kind, ApiError::Kind::Timeout);
        RawReply network;
        network.transport = RawReply::Transport::Network;
        network.networkError = u"Connection closed"_s;
        const auto n = interpretReply(network, false);
        QCOMPARE(n.error().kind, ApiError::Kind::Network);
        QCOMPARE(n.error().message, u"Connection closed"_s);
        RawReply cancelled;
        cancelled.transport = RawReply::Transport::Cancelled;
        QCOMPARE(interpretReply(cancelled, false).error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(interpretReply(completed(0, "{}"), false).error().kind, ApiError::Kind::Network);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("", now), -1);
        QCOMPARE(parseRetryAfter("  ", now), -1);
        QCOMPARE(parseRetryAfter("0", now), 0);
        QCOMPARE(parseRetryAfter(" 30 ", now), 30);
        QCOMPARE(parseRetryAfter("-5", now), -1);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("99999999999999999999", now), -1);
        QCOMPARE(parseRetryAfter("Fri, 01 Mar 2024 12:00:45 GMT", now), 45);
        QCOMPARE(parseRetryAfter("Fri, 01 Mar 2024 11:00:00 GMT", now), 0);
        QVERIFY(parseRetryAfter("999999999", now) > 0);
    }
};

QTEST_GUILESS_MAIN(TestReplyInterpreter)
#include "tst_replyinterpreter.moc"
