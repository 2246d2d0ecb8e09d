// ApiError: plain-word texts for people, retry classification for logic.
#include "apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftapi;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverMessageWins()
    {
        const ApiError e = ApiError::make(ApiError::Kind::Http, u"Email already exists"_s, 409,
                                          u"Conflict_User"_s);
        QCOMPARE(e.userText(), u"Email already exists"_s);
        QVERIFY(e.toString().contains(u"409"_s));
        QVERIFY(e.toString().contains(u"Conflict_User"_s));
        QVERIFY(!e.isRetryable());
    }

    void plainWordsWithoutServerMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << int(ApiError::Kind::Http) << 401 << u"API key"_s;
        QTest::newRow("403") << int(ApiError::Kind::Http) << 403 << u"not allowed"_s;
        QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << u"no longer exists"_s;
        QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << u"Try again"_s;
        QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << u"Could not reach"_s;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << u"in time"_s;
        QTest::newRow("parse") << int(ApiError::Kind::Parse) << 200 << u"could not read"_s;
        QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled) << 0 << u"Cancelled"_s;
    }

    void plainWordsWithoutServerMessage()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const ApiError e = ApiError::make(static_cast<ApiError::Kind>(kind), {}, status);
        QVERIFY2(e.userText().contains(expected), qPrintable(e.userText()));
    }

    void rateLimitedSaysHowLong()
    {
        ApiError e = ApiError::make(ApiError::Kind::RateLimited, {}, 429);
        e.retryAfter = 42;
        QVERIFY(e.userText().contains(u"42"_s));
        QVERIFY(e.isRetryable());
    }

    void retryable()
    {
        for (int status : { 500, 502, 503, 504, 429 })
            QVERIFY(ApiError::make(ApiError::Kind::Http, {}, status).isRetryable());
        for (int status : { 400, 401, 403, 404, 405, 409 })
            QVERIFY(!ApiError::make(ApiError::Kind::Http, {}, status).isRetryable());
        QVERIFY(ApiError::make(ApiError::Kind::Network, {}).isRetryable());
        QVERIFY(ApiError::make(ApiError::Kind::Timeout, {}).isRetryable());
        QVERIFY(!ApiError::make(ApiError::Kind::Parse, {}).isRetryable());
        QVERIFY(!ApiError::make(ApiError::Kind::Cancelled, {}).isRetryable());
        QVERIFY(!ApiError::make(ApiError::Kind::InvalidRequest, {}).isRetryable());
    }

    void problemFromStatusAndCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("problem");
        using P = ApiError::Problem;
        QTest::newRow("user") << 404 << u"NotFound_User"_s << u""_s << int(P::UserNotFound);
        QTest::newRow("group") << 404 << u"NotFound_Group"_s << u""_s << int(P::GroupNotFound);
        QTest::newRow("connector")
            << 404 << u"NotFound_Connector"_s << u""_s << int(P::ConnectionNotFound);
        QTest::newRow("connection")
            << 404 << u"NotFound_Connection"_s << u""_s << int(P::ConnectionNotFound);
        QTest::newRow("membership")
            << 404 << u"NotFound_Membership"_s << u""_s << int(P::MembershipNotFound);
        QTest::newRow("route") << 404 << u"NotFound"_s << u""_s << int(P::RouteNotFound);
        QTest::newRow("other 404") << 404 << u"NotFound_Team"_s << u""_s << int(P::NotFound);
        QTest::newRow("duplicate") << 409 << u"AlreadyExists"_s << u""_s << int(P::AlreadyExists);
        QTest::newRow("duplicate in words")
            << 409 << u""_s << u"User with email 'a@b.co' already exists"_s
            << int(P::AlreadyExists);
        QTest::newRow("last admin")
            << 409 << u"LastAccountAdministrator"_s << u""_s << int(P::LastAccountAdministrator);
        QTest::newRow("last admin in words")
            << 400 << u"InvalidInput"_s
            << u"Cannot remove the last Account Administrator of the account"_s
            << int(P::LastAccountAdministrator);
        QTest::newRow("conflict") << 409 << u"Conflict"_s << u""_s << int(P::Conflict);
        QTest::newRow("input") << 400 << u"InvalidInput"_s << u""_s << int(P::InvalidInput);
        QTest::newRow("401") << 401 << u""_s << u""_s << int(P::Unauthorized);
        QTest::newRow("403") << 403 << u""_s << u""_s << int(P::Forbidden);
        QTest::newRow("503") << 503 << u""_s << u""_s << int(P::ServerError);
        QTest::newRow("405") << 405 << u""_s << u""_s << int(P::OtherRefusal);
    }

    void problemFromStatusAndCode()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, problem);
        const ApiError e = ApiError::make(ApiError::Kind::Http, message, status, code);
        QCOMPARE(int(e.problem()), problem);
        QCOMPARE(e.isNotFound(), status == 404);
        QCOMPARE(int(ApiError::make(ApiError::Kind::Timeout, {}).problem()),
                 int(ApiError::Problem::None));
    }

    void effectUnknownOnlyWhenTheAnswerIsMissing()
    {
        QVERIFY(ApiError::make(ApiError::Kind::Timeout, {}).effectUnknown());
        ApiError dropped = ApiError::make(ApiError::Kind::Network, u"closed"_s);
        QVERIFY(dropped.effectUnknown());
        dropped.unsent = true; // connection refused: the server never saw it
        QVERIFY(!dropped.effectUnknown());
        QVERIFY(ApiError::make(ApiError::Kind::Parse, {}, 201).effectUnknown());
        QVERIFY(!ApiError::make(ApiError::Kind::Parse, {}, 404).effectUnknown());
        QVERIFY(ApiError::make(ApiError::Kind::Http, {}, 500).effectUnknown());
        for (int status : { 400, 404, 409 })
            QVERIFY(!ApiError::make(ApiError::Kind::Http, {}, status).effectUnknown());
        QVERIFY(!ApiError::make(ApiError::Kind::RateLimited, {}, 429).effectUnknown());
        QVERIFY(!ApiError::make(ApiError::Kind::Cancelled, {}).effectUnknown());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
