// RequestScheduler over loopback against a scripted server: retries, 429 pauses, timeouts,
// the in-flight cap, cancellation.
#include "requestscheduler.h"
#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using Response = ScriptedHttpServer::Response;

namespace {

// Collects the outcome of one submitted request.
struct Outcome
{
    int calls = 0;
    RawReply reply;
};

Response withRetryAfter(Response r, const QByteArray &seconds)
{
    r.headers.append(qMakePair(QByteArray("Retry-After"), seconds));
    return r;
}

} // namespace

class TestRequestScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestScheduler> m_scheduler;

    QNetworkRequest request(const QByteArray &path = "/v1/users") const
    {
        return QNetworkRequest(QUrl(QString::fromLatin1(
            "http://127.0.0.1:" + QByteArray::number(m_server->port()) + path)));
    }

    std::shared_ptr<Outcome> submit(const QByteArray &verb = "GET", QObject *context = nullptr,
                                    RequestScheduler::Ticket ticket = 0,
                                    const QByteArray &path = "/v1/users")
    {
        auto outcome = std::make_shared<Outcome>();
        const bool idempotent = verb != "POST";
        m_scheduler->submit(ticket ? ticket : m_scheduler->newTicket(), request(path), verb,
                            verb == "POST" ? QByteArray("{}") : QByteArray(), idempotent,
                            context ? context : this, [outcome](const RawReply &reply) {
                                ++outcome->calls;
                                outcome->reply = reply;
                            });
        return outcome;
    }

private Q_SLOTS:
    // What every 429 countdown shows: whole seconds, rounded up, never 0 while waiting.
    void secondsLeftOfAPause()
    {
        using ftapi::RequestScheduler;
        QCOMPARE(RequestScheduler::secondsLeft(QDateTime()), 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RequestScheduler::secondsLeft(now.addSecs(-5)), 0);
        QCOMPARE(RequestScheduler::secondsLeft(now.addMSecs(60500)), 61);
        const int soon = RequestScheduler::secondsLeft(now.addMSecs(900));
        QVERIFY2(soon == 1, qPrintable(QString::number(soon))); // 1 while any wait is left
    }

    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_scheduler = std::make_unique<RequestScheduler>(m_nam.get());
        m_scheduler->setRetryBaseDelay(20);
        m_scheduler->setTransferTimeout(5000);
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_nam.reset();
        m_server.reset();
    }

    void defaults()
    {
        QCOMPARE(m_scheduler->maxInFlight(), 8);
        QCOMPARE(m_scheduler->maxAttempts(), 3);
        QCOMPARE(RequestScheduler(m_nam.get()).transferTimeout(), 30000);
        QVERIFY(m_scheduler->maxPause() > 0 && m_scheduler->maxPause() <= 300);
    }

    void getRetriedThroughServerErrors_data()
    {
        QTest::addColumn<int>("status");
        for (int status : { 500, 502, 503, 504 })
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

    void getRetriedThroughServerErrors()
    {
        QFETCH(int, status);
        int seen = 0;
        m_server->setHandler([&seen, status](const ScriptedHttpServer::Request &) {
            return ++seen < 3 ? Response::json(status, R"({"code":"Oops","message":"x"})")
                              : Response::json(200, R"({"code":"Success","data":{}})");
        });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 200);
        QCOMPARE(m_server->count("GET"), 3);
        QCOMPARE(m_scheduler->requestsSent(), quint64(3));
    }

    void givesUpAfterMaxAttempts()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Response::json(503, R"({"code":"Unavailable","message":"down"})");
        });
        auto outcome = submit("DELETE");
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 503);
        QCOMPARE(m_server->count("DELETE"), m_scheduler->maxAttempts());

        m_scheduler->setMaxAttempts(5);
        auto five = submit("PATCH");
        QTRY_COMPARE(five->calls, 1);
        QCOMPARE(m_server->count("PATCH"), 5);
    }

    void clientErrorsAreNotRetried()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Response::json(404, R"({"code":"NotFound_User","message":"no"})");
        });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 404);
        QCOMPARE(m_server->count("GET"), 1);
    }

    void getRetriedThroughDroppedConnections()
    {
        int seen = 0;
        m_server->setHandler([&seen](const ScriptedHttpServer::Request &) {
            if (++seen == 1)
                return Response::drop();
            if (seen == 2) {
                Response r = Response::json(200, R"({"code":"Success","data":{"items":[]}})");
                r.mode = Response::Mode::Truncate;
                r.truncateAt = 10;
                return r;
            }
            return Response::json(200, R"({"code":"Success","data":{}})");
        });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Completed);
        QCOMPARE(outcome->reply.httpStatus, 200);
        QVERIFY(m_server->count("GET") >= 3);
    }

    void postNotRetriedAfterServerError()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Response::json(503, R"({"code":"Unavailable","message":"down"})");
        });
        auto outcome = submit("POST");
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 503);
        QCOMPARE(m_server->count("POST"), 1);
    }

    void postNotRetriedAfterDrop()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::drop(); });
        auto outcome = submit("POST");
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Network);
        QCOMPARE(m_server->count("POST"), 1);
    }

    void postResentAfter429BecauseNothingHappened()
    {
        int seen = 0;
        m_server->setHandler([&seen](const ScriptedHttpServer::Request &) {
            return ++seen == 1 ? withRetryAfter(
                       Response::json(429, R"({"code":"TooManyRequests","message":"slow"})"), "1")
                               : Response::json(201, R"({"code":"Success","data":{}})");
        });
        auto outcome = submit("POST");
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->reply.httpStatus, 201);
        QCOMPARE(m_server->count("POST"), 2);
    }

    void pauseHoldsTheWholeQueue()
    {
        m_scheduler->setMaxInFlight(1);
        int seen = 0;
        m_server->setHandler([&seen](const ScriptedHttpServer::Request &) {
            return ++seen == 1 ? withRetryAfter(
                       Response::json(429, R"({"code":"TooManyRequests","message":"slow"})"), "1")
                               : Response::json(200, R"({"code":"Success","data":{}})");
        });
        QSignalSpy paused(m_scheduler.get(), &RequestScheduler::pausedUntilChanged);
        int sentWhenPaused = -1;
        int sentWhenResumed = -1;
        connect(m_scheduler.get(), &RequestScheduler::pausedUntilChanged, this,
                [&](const QDateTime &until) {
                    (until.isValid() ? sentWhenPaused : sentWhenResumed) =
                        static_cast<int>(m_server->requests().size());
                });
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 4; ++i)
            outcomes.append(submit());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.last()->calls, 1, 10000);
        for (const auto &o : outcomes)
            QCOMPARE(o->reply.httpStatus, 200);
        QCOMPARE(paused.size(), 2);
        QVERIFY(paused.at(0).at(0).toDateTime().isValid());
        QVERIFY(!paused.at(1).at(0).toDateTime().isValid());
        QCOMPARE(sentWhenPaused, 1);
        QCOMPARE(sentWhenResumed, sentWhenPaused); // nothing left while paused
        QCOMPARE(m_server->count("GET"), 5);
        QVERIFY(!m_scheduler->isPaused());
    }

    void retryAfterIsBounded()
    {
        m_scheduler->setMaxPause(1);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "86400");
        });
        QSignalSpy paused(m_scheduler.get(), &RequestScheduler::pausedUntilChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto outcome = submit();
        QVERIFY(paused.wait(5000));
        const QDateTime until = paused.at(0).at(0).toDateTime();
        QVERIFY(until.isValid());
        QVERIFY(until <= before.addSecs(3)); // bounded by maxPause, not a day
        QCOMPARE(m_scheduler->pausedUntil(), until);
        m_scheduler->cancelAll();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Cancelled);
    }

    void endlessRateLimitEndsInAnError()
    {
        m_scheduler->setMaxRateLimitRetries(2);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "0");
        });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 429);
        QCOMPARE(m_server->count("GET"), 3);
    }

    void neverAnsweringServerTimesOut()
    {
        m_scheduler->setTransferTimeout(300);
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        auto outcome = submit();
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Timeout);
    }

    void inFlightCapIsReachedAndHonoured_data()
    {
        QTest::addColumn<int>("cap");
        QTest::newRow("3") << 3;
        QTest::newRow("default 8, above one manager's 6") << 8;
        QTest::newRow("13") << 13;
    }

    void inFlightCapIsReachedAndHonoured()
    {
        QFETCH(int, cap);
        if (cap != 8)
            m_scheduler->setMaxInFlight(cap);
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 2 * cap + 3; ++i)
            outcomes.append(submit());
        QTRY_COMPARE(m_server->hanging(), cap);
        QCOMPARE(m_scheduler->inFlight(), cap);
        QCOMPARE(m_scheduler->queued(), cap + 3);
        // Answer in waves until everything is done; the server never sees more than the cap.
        while (outcomes.last()->calls == 0 || m_server->hanging() > 0) {
            m_server->releaseHanging(Response::json(200, R"({"code":"Success"})"));
            QTest::qWait(20);
        }
        for (const auto &o : outcomes)
            QCOMPARE(o->calls, 1);
        QCOMPARE(m_server->peakHanging(), cap);
        QCOMPARE(m_scheduler->inFlight(), 0);
    }

    void cancelOneCall()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &r) {
            return r.path.endsWith("/slow") ? Response::hang()
                                            : Response::json(200, R"({"code":"Success"})");
        });
        const RequestScheduler::Ticket slowTicket = m_scheduler->newTicket();
        auto slow = submit("GET", nullptr, slowTicket, "/v1/slow");
        auto fast = submit("GET", nullptr, 0, "/v1/fast");
        QTRY_COMPARE(m_server->hanging(), 1);
        m_scheduler->cancel(slowTicket);
        QCOMPARE(slow->calls, 0); // reported on the next turn, not inside cancel()
        QTRY_COMPARE(slow->calls, 1);
        QCOMPARE(slow->reply.transport, RawReply::Transport::Cancelled);
        QTRY_COMPARE(fast->calls, 1);
        QCOMPARE(fast->reply.httpStatus, 200);
        QTRY_COMPARE(m_scheduler->inFlight(), 0);
    }

    void cancelAllCalls()
    {
        m_scheduler->setMaxInFlight(2);
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 5; ++i)
            outcomes.append(submit());
        QTRY_COMPARE(m_server->hanging(), 2);
        m_scheduler->cancelAll();
        for (const auto &o : outcomes) {
            QTRY_COMPARE(o->calls, 1);
            QCOMPARE(o->reply.transport, RawReply::Transport::Cancelled);
        }
        QCOMPARE(m_server->count("GET"), 2);
        QCOMPARE(m_scheduler->queued(), 0);
    }

    void destroyedContextNeverHearsBack()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        auto *context = new QObject;
        auto outcome = submit("GET", context);
        QTRY_COMPARE(m_server->hanging(), 1);
        delete context;
        m_server->releaseHanging(Response::json(200, R"({"code":"Success"})"));
        QTRY_COMPARE(m_scheduler->inFlight(), 0);
        QTest::qWait(50);
        QCOMPARE(outcome->calls, 0);

        // Queued behind a full cap: never even sent.
        m_scheduler->setMaxInFlight(1);
        auto first = submit();
        auto *gone = new QObject;
        auto second = submit("GET", gone);
        QTRY_COMPARE(m_server->hanging(), 1);
        delete gone;
        m_server->releaseHanging(Response::json(200, R"({"code":"Success"})"));
        QTRY_COMPARE(first->calls, 1);
        QTRY_COMPARE(m_scheduler->inFlight(), 0);
        QCOMPARE(second->calls, 0);
        QCOMPARE(m_server->count("GET"), 2);
    }

    void destroyingTheSchedulerIsQuiet()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return Response::hang(); });
        auto outcome = submit();
        QTRY_COMPARE(m_server->hanging(), 1);
        m_scheduler.reset();
        QTest::qWait(50);
        QCOMPARE(outcome->calls, 0);
    }

    void progressSignals()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Response::json(200, R"({"code":"Success"})");
        });
        QSignalSpy sent(m_scheduler.get(), &RequestScheduler::requestSent);
        auto a = submit();
        auto b = submit();
        QTRY_COMPARE(b->calls, 1);
        QTRY_COMPARE(a->calls, 1);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().at(0).toULongLong(), quint64(2));
    }

    // The budget the service announces is read from any answer that carries it, and exposed
    // as last said; a header that is not a whole number changes nothing.
    void rateLimitHeadersAndAnswerTime()
    {
        QCOMPARE(m_scheduler->rateLimitRemaining(), -1);
        QCOMPARE(m_scheduler->rateLimit(), -1);
        QVERIFY(!m_scheduler->rateLimitSeenAt().isValid());
        QVERIFY(m_scheduler->averageAnswerMs() < 0);
        QByteArray remaining = "1234";
        QByteArray limit = "20000";
        m_server->setHandler([&](const ScriptedHttpServer::Request &) {
            Response r = Response::json(200, R"({"code":"Success","data":{}})");
            if (!remaining.isNull())
                r.headers.append(qMakePair(QByteArray("X-Rate-Limit-Remaining"), remaining));
            if (!limit.isNull())
                r.headers.append(qMakePair(QByteArray("X-Rate-Limit"), limit));
            return r;
        });
        QSignalSpy changed(m_scheduler.get(), &RequestScheduler::rateLimitChanged);
        auto first = submit();
        QTRY_COMPARE(first->calls, 1);
        QCOMPARE(m_scheduler->rateLimitRemaining(), 1234);
        QCOMPARE(m_scheduler->rateLimit(), 20000);
        QVERIFY(m_scheduler->rateLimitSeenAt().isValid());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1234);
        QVERIFY(m_scheduler->averageAnswerMs() >= 0);

        for (const QByteArray &hostile :
             { QByteArray("lots"), QByteArray("-5"), QByteArray("99999999999999"), QByteArray() }) {
            remaining = hostile;
            auto next = submit();
            QTRY_COMPARE(next->calls, 1);
            QCOMPARE(m_scheduler->rateLimitRemaining(), 1234);
        }
        QCOMPARE(changed.size(), 1);

        // Only the remaining count said: the limit stays what it was.
        remaining = "17";
        limit = QByteArray();
        auto last = submit();
        QTRY_COMPARE(last->calls, 1);
        QCOMPARE(m_scheduler->rateLimitRemaining(), 17);
        QCOMPARE(m_scheduler->rateLimit(), 20000);
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
