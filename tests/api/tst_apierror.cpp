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
        QVERIFY(e.userText().contains(u"42 seconds"_s));
        QVERIFY(e.isRetryable());
        e.retryAfter = 1; // not "1 seconds"
        QVERIFY2(e.userText().contains(u"Try again in 1 second."_s), qPrintable(e.userText()));
    }

    void durationsHaveProperPlurals_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << qint64(0) << u"0 seconds"_s;
        QTest::newRow("1") << qint64(1) << u"1 second"_s;
        QTest::newRow("45") << qint64(45) << u"45 seconds"_s;
        QTest::newRow("119") << qint64(119) << u"119 seconds"_s;
        QTest::newRow("120") << qint64(120) << u"2 minutes"_s;
        QTest::newRow("3599") << qint64(3599) << u"59 minutes"_s;
        QTest::newRow("3600") << qint64(3600) << u"1 hour"_s;
        QTest::newRow("86399") << qint64(86399) << u"23 hours"_s;
        QTest::newRow("2 days") << qint64(2 * 86400) << u"2 days"_s;
        QTest::newRow("999999") << qint64(999999) << u"11 days"_s;
    }

    void durationsHaveProperPlurals()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::durationText(seconds), expected);
    }

    // Each of the client's bounds is said in its own words, with the bound in them.
    void stopsAreSaidInPlainWords_data()
    {
        using Stop = ApiError::Stop;
        QTest::addColumn<int>("stop");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("silence") << int(Stop::Silence) << qint64(30) << QString()
                                 << u"nothing arrived for 30 seconds"_s;
        QTest::newRow("deadline") << int(Stop::Deadline) << qint64(60) << QString()
                                  << u"within 60 seconds"_s;
        QTest::newRow("too large")
            << int(Stop::AnswerTooLarge) << qint64(64) * 1024 * 1024 << QString() << u"64 MB"_s;
        QTest::newRow("pages") << int(Stop::TooManyPages) << qint64(2000) << QString()
                               << u"more than 2000"_s;
        QTest::newRow("cursor") << int(Stop::RepeatedCursor) << qint64(0) << QString()
                                << u"never end"_s;
        QTest::newRow("duplicate")
            << int(Stop::DuplicateId) << qint64(0) << u"u-42"_s << u"\"u-42\" twice"_s;
        QTest::newRow("wait") << int(Stop::WaitTooLong) << qint64(999999) << QString()
                              << u"wait 11 days"_s;
        QTest::newRow("unreadable")
            << int(Stop::WaitUnreadable) << qint64(0) << QString() << u"asked to wait"_s;
        QTest::newRow("redirect") << int(Stop::RedirectRefused) << qint64(0)
                                  << u"https://evil.example/v1"_s << u"evil.example"_s;
    }

    void stopsAreSaidInPlainWords()
    {
        QFETCH(int, stop);
        QFETCH(qint64, limit);
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        ApiError e = ApiError::make(ApiError::Kind::Parse, u"server words"_s);
        e.stop = ApiError::Stop(stop);
        e.limit = limit;
        e.subject = subject;
        QVERIFY2(e.userText().contains(expected), qPrintable(e.userText()));
        QVERIFY(!e.userText().contains(u"server words"_s)); // the bound explains it
        QCOMPARE(e.stopText(false), e.userText()); // no translator here: the same English
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
        // A redirect is a whole answer: the service did not act, it pointed elsewhere.
        ApiError redirected = ApiError::make(ApiError::Kind::Network, {}, 302);
        redirected.stop = ApiError::Stop::RedirectRefused;
        QVERIFY(!redirected.effectUnknown());
        ApiError trickled = ApiError::make(ApiError::Kind::Timeout, {}, 200);
        trickled.stop = ApiError::Stop::Deadline;
        QVERIFY(trickled.effectUnknown());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
