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
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
