// RequestScheduler over loopback against a scripted server: retries, 429 pauses, timeouts and
// the deadline, bounded answers, writes never sent twice, the in-flight cap and how it adapts,
// cancellation.
#include "concurrencylimit.h"
#include "requestscheduler.h"
#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
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
        // As ApiClient sends them: PATCH with a body, DELETE without.
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
        QCOMPARE(m_scheduler->currentLimit(), 8);
        QCOMPARE(m_scheduler->maxAttempts(), 3);
        RequestScheduler fresh(m_nam.get());
        QCOMPARE(fresh.transferTimeout(), 30000);
        QCOMPARE(fresh.deadline(), 60000);
        QCOMPARE(fresh.maxAnswerBytes(), qint64(64) * 1024 * 1024);
        QCOMPARE(fresh.maxPause(), 3600); // the service's rolling hour
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

    void retryAfterBeyondTheBoundFailsAtOnce()
    {
        m_scheduler->setMaxPause(1);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "86400");
        });
        QSignalSpy paused(m_scheduler.get(), &RequestScheduler::pausedUntilChanged);
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.stop, ApiError::Stop::WaitTooLong);
        QCOMPARE(outcome->reply.limit, qint64(86400));
        QCOMPARE(m_server->count("GET"), 1); // not sent again
        QCOMPARE(paused.size(), 0); // and nobody waits for it
    }

    // A Retry-After of up to an hour is waited out, and a long one is announced with its end.
    void longWaitIsAnnouncedWhenItStarts()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "3600");
        });
        QSignalSpy announced(m_scheduler.get(), &RequestScheduler::longWaitStarted);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto outcome = submit();
        QVERIFY(announced.wait(5000));
        const QDateTime until = announced.at(0).at(0).toDateTime();
        QVERIFY(until >= before.addSecs(3600));
        QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(3601));
        QCOMPARE(m_scheduler->pausedUntil(), until);
        QCOMPARE(outcome->calls, 0); // still waiting
        m_scheduler->cancelAll();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Cancelled);

        // A short wait is not worth a notice (a fresh scheduler: this one waits an hour).
        m_scheduler = std::make_unique<RequestScheduler>(m_nam.get());
        QSignalSpy quiet(m_scheduler.get(), &RequestScheduler::longWaitStarted);
        m_server->setHandler([](const ScriptedHttpServer::Request &r) {
            return r.headers.contains("x-again")
                ? Response::json(200, R"({"code":"Success"})")
                : withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "1");
        });
        QSignalSpy paused(m_scheduler.get(), &RequestScheduler::pausedUntilChanged);
        auto shortOne = submit();
        QVERIFY(paused.wait(5000));
        m_scheduler->cancelAll();
        QTRY_COMPARE(shortOne->calls, 1);
        QCOMPARE(quiet.size(), 0);
    }

    void unreadableRetryAfterFailsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("words") << QByteArray("soon");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("broken date") << QByteArray("Fri, 32 Foo 2024 25:00:00 GMT");
    }

    void unreadableRetryAfterFailsAtOnce()
    {
        QFETCH(QByteArray, value);
        m_server->setHandler([value](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), value);
        });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.stop, ApiError::Stop::WaitUnreadable);
        QCOMPARE(m_server->count("GET"), 1);
        const ApiError error = interpretReply(outcome->reply, false).error();
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QVERIFY2(error.userText().contains(u"wait"_s), qPrintable(error.userText()));
    }

    // "Retry-After: 0" is no licence to hammer: every refusal waits a growing backoff.
    void retryAfterZeroStillBacksOff()
    {
        m_scheduler->setRetryBaseDelay(40);
        m_scheduler->setMaxRateLimitRetries(3);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return withRetryAfter(Response::json(429, R"({"code":"TooManyRequests"})"), "0");
        });
        QList<RequestScheduler::Attempt> attempts;
        connect(m_scheduler.get(), &RequestScheduler::attemptFinished, this,
                [&attempts](const RequestScheduler::Attempt &a) { attempts.append(a); });
        auto outcome = submit();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->reply.httpStatus, 429);
        QCOMPARE(attempts.size(), 4);
        // Equal jitter: the n-th wait lies within [base * 2^(n-1) / 2, base * 2^(n-1)].
        for (int i = 0; i < 3; ++i) {
            const qint64 full = qint64(40) << i;
            QVERIFY2(attempts.at(i).nextInMs >= full / 2 && attempts.at(i).nextInMs <= full,
                     qPrintable(QString::number(attempts.at(i).nextInMs)));
        }
        QCOMPARE(attempts.last().nextInMs, qint64(-1));
        // Every send has its own number in the log, 429s included.
        for (int i = 0; i < attempts.size(); ++i)
            QCOMPARE(attempts.at(i).attempt, i + 1);
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
        QList<RequestScheduler::Attempt> attempts;
        connect(m_scheduler.get(), &RequestScheduler::attemptFinished, this,
                [&attempts](const RequestScheduler::Attempt &a) { attempts.append(a); });
        auto outcome = submit();
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Timeout);
        QCOMPARE(outcome->reply.stop, ApiError::Stop::Silence);
        QCOMPARE(m_server->count("GET"), m_scheduler->maxAttempts()); // a read is asked again
        // The log says what happened, not Qt's "Operation canceled".
        QVERIFY(!attempts.isEmpty());
        for (const auto &a : std::as_const(attempts)) {
            QVERIFY2(a.error.contains(u"timed out"_s), qPrintable(a.error));
            QVERIFY(!a.error.contains(u"canceled"_s, Qt::CaseInsensitive));
        }
    }

    // A body that trickles in never trips the idle timeout; the deadline ends it all the same.
    void trickledAnswerEndsAtTheDeadline()
    {
        m_scheduler->setTransferTimeout(1000);
        m_scheduler->setDeadline(1500);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            Response r = Response::stream(R"({"code":"Success","data":)", 100000, false);
            r.trickleMs = 50;
            return r;
        });
        auto outcome = submit();
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->reply.transport, RawReply::Transport::Timeout);
        QCOMPARE(outcome->reply.stop, ApiError::Stop::Deadline);
        QCOMPARE(m_server->count("GET"), 1); // the deadline covers the retries too
        QVERIFY(m_server->streamedBytes() > 0); // bytes did trickle in
    }

    void answersAreBoundedWhileTheyArrive_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("length announced") << false;
        QTest::newRow("chunked") << true;
    }

    void answersAreBoundedWhileTheyArrive()
    {
        QFETCH(bool, chunked);
        m_scheduler->setMaxAnswerBytes(100000);
        m_server->setHandler([chunked](const ScriptedHttpServer::Request &) {
            return Response::stream(R"({"code":"Success","data":)", 10000000, chunked);
        });
        auto outcome = submit();
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->reply.stop, ApiError::Stop::AnswerTooLarge);
        QCOMPARE(outcome->reply.limit, qint64(100000));
        QVERIFY(outcome->reply.body.isEmpty());
        QCOMPARE(m_server->count("GET"), 1); // the same server would send it again
        QVERIFY(m_server->streamedBytes() < 10000000); // stopped before the end
        const ApiError error = interpretReply(outcome->reply, false).error();
        QCOMPARE(error.kind, ApiError::Kind::Parse);
        QCOMPARE(error.stop, ApiError::Stop::AnswerTooLarge);
    }

    // Qt resends a request by itself when the connection drops before the answer, and so did
    // the scheduler for PATCH and DELETE: a done DELETE then looked like a 404.
    void lostAnswersOfWritesAreNeverResent_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("hang");
        for (const char *verb : { "POST", "PATCH", "DELETE" }) {
            QTest::addRow("%s dropped", verb) << QByteArray(verb) << false;
            QTest::addRow("%s timed out", verb) << QByteArray(verb) << true;
        }
    }

    void lostAnswersOfWritesAreNeverResent()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, hang);
        m_scheduler->setTransferTimeout(300);
        m_server->setHandler([hang](const ScriptedHttpServer::Request &) {
            return hang ? Response::hang() : Response::drop();
        });
        // First over a connection already open and kept alive, where Qt resends by itself.
        auto warm = submit("GET");
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Response::json(200, R"({"code":"Success"})");
        });
        QTRY_COMPARE(warm->calls, 1);
        m_server->setHandler([hang](const ScriptedHttpServer::Request &) {
            return hang ? Response::hang() : Response::drop();
        });
        auto outcome = submit(verb);
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(m_server->count(verb), 1);
        const ApiError error = interpretReply(outcome->reply, verb == "DELETE").error();
        QVERIFY2(error.effectUnknown(), qPrintable(error.toString()));
        QVERIFY(!error.unsent);
    }

    void refusedConnectionsAreRetriedForWritesToo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(u"http://127.0.0.1:%1/v1/users/u1"_s.arg(probe.serverPort()));
        probe.close();
        QList<RequestScheduler::Attempt> attempts;
        connect(m_scheduler.get(), &RequestScheduler::attemptFinished, this,
                [&attempts](const RequestScheduler::Attempt &a) { attempts.append(a); });
        int calls = 0;
        RawReply reply;
        m_scheduler->submit(m_scheduler->newTicket(), QNetworkRequest(closed), "DELETE", {}, true,
                            this, [&](const RawReply &r) {
                                ++calls;
                                reply = r;
                            });
        QTRY_COMPARE(calls, 1);
        QVERIFY(reply.unsent);
        QCOMPARE(attempts.size(), m_scheduler->maxAttempts());
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
    // as last said, less this client's requests since; a header that is not a whole number
    // changes nothing of what is known.
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

        // What is left is carried forward over this client's requests since (the budget's
        // reading, RequestBudget): each one that said nothing readable costs one.
        int sentSince = 0;
        for (const QByteArray &hostile :
             { QByteArray("lots"), QByteArray("-5"), QByteArray("99999999999999"), QByteArray() }) {
            remaining = hostile;
            auto next = submit();
            QTRY_COMPARE(next->calls, 1);
            ++sentSince;
            QCOMPARE(m_scheduler->rateLimitRemaining(), 1234 - sentSince);
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

    // The cap drops below what was out when the server refused, and grows back one step after
    // a long run of answers without a refusal.
    void concurrencyLimitAdapts()
    {
        ConcurrencyLimit limit;
        limit.setCeiling(8);
        QCOMPARE(limit.current(), 8);
        QVERIFY(limit.refused(8)); // the eighth at once was one too many
        QCOMPARE(limit.current(), 7);
        QVERIFY(limit.refused(3)); // so was a third, from the same burst
        QCOMPARE(limit.current(), 2);
        QVERIFY(!limit.refused(6)); // says nothing new
        QCOMPARE(limit.current(), 2);
        for (int i = 1; i < ConcurrencyLimit::kAnswersPerStep * 2; ++i)
            QVERIFY(!limit.answered());
        QVERIFY(limit.answered());
        QCOMPARE(limit.current(), 3);
        QVERIFY(limit.refused(3)); // the probe was one too many
        QCOMPARE(limit.current(), 2);
        QVERIFY(limit.refused(1));
        QCOMPARE(limit.current(), 1);
        QVERIFY(!limit.refused(1)); // never below one
        QCOMPARE(limit.current(), 1);
        for (int step = 1; step < 8; ++step) {
            for (int i = 0; i < ConcurrencyLimit::kAnswersPerStep * step; ++i)
                limit.answered();
        }
        QCOMPARE(limit.current(), 8);
        QVERIFY(!limit.answered()); // not above the ceiling
    }

    // Against a server that admits two at once and refuses more with 429 (no Retry-After),
    // the scheduler settles at two in flight instead of storming it.
    void schedulerSettlesAtTheServersLimit()
    {
        m_scheduler->setRetryBaseDelay(20);
        QList<int> limits;
        connect(m_scheduler.get(), &RequestScheduler::concurrencyChanged, this,
                [&limits](int limit) { limits.append(limit); });
        m_server->setHandler([this](const ScriptedHttpServer::Request &) {
            if (m_server->hanging() >= 2)
                return Response::json(429,
                                      R"({"code":"TooManyRequests","message":"Too many at once"})");
            return Response::hang();
        });
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 40; ++i)
            outcomes.append(submit());
        int released = 0;
        while (released < 40) {
            QTRY_VERIFY(m_server->hanging() > 0);
            released += m_server->hanging();
            m_server->releaseHanging(Response::json(200, R"({"code":"Success"})"));
        }
        for (const auto &o : outcomes) {
            QTRY_COMPARE(o->calls, 1);
            QCOMPARE(o->reply.httpStatus, 200);
        }
        QVERIFY(!limits.isEmpty());
        QCOMPARE(m_scheduler->currentLimit(), 2); // what the server admits
        QCOMPARE(m_server->peakHanging(), 2);
        const int refused = m_server->count("GET") - 40;
        QVERIFY2(refused <= 8, qPrintable(QString::number(refused))); // the first burst only
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
