// ApiClient against a server that misbehaves on purpose (tests/support/hostileserver.h), most
// of the time in front of the sandbox: an error message that echoes the Authorization header,
// a new cursor on every page, duplicate ids, answers lost after POST/PATCH/DELETE, a cap of two
// requests at once, long and malformed Retry-After, a redirect to another host.
#include "apiclient.h"
#include "apitestutil.h"
#include "hostileserver.h"
#include "requestlog.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using fttest::waitFor;
using Mode = HostileServer::Mode;

namespace {

const QString kKey = u"hostile-test-key-4711"_s;
const QString kSecret = u"Hostile-Secret-0815-xyz"_s;

int requestsOf(const QJsonObject &stats, const QString &route)
{
    return stats.value(u"requests"_s).toObject().value(route).toInt();
}

// Every form a credential could take in a message.
QStringList secretForms()
{
    const QByteArray pair = kKey.toUtf8() + ':' + kSecret.toUtf8();
    return { kKey, kSecret, QString::fromUtf8(pair), QString::fromLatin1(pair.toBase64()) };
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<HostileServer> m_hostile;
    std::unique_ptr<ApiClient> m_client;

    void start(Mode mode, const ftsandbox::SandboxOptions &base = {})
    {
        ftsandbox::SandboxOptions options = base;
        options.apiKey = kKey;
        options.apiSecret = kSecret;
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
        m_hostile = std::make_unique<HostileServer>(m_sandbox->server().baseUrl());
        QVERIFY(m_hostile->listen());
        m_hostile->setMode(mode);
        m_client = std::make_unique<ApiClient>(&m_sandbox->manager(), m_hostile->baseUrl(),
                                               Credentials { kKey, kSecret });
        m_client->scheduler()->setRetryBaseDelay(10);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_hostile.reset();
        m_sandbox.reset();
    }

    // A proxy that repeats the request's headers in its error: the key, the secret and the
    // Authorization value must appear nowhere a person or a log could see them.
    void echoedSecretAppearsNowhere()
    {
        start(Mode::EchoAuthorization);
        QStringList lines;
        auto *log = new RequestLog(m_client->scheduler(), m_client.get());
        log->setSink([&lines](const QString &line) { lines.append(line); });
        const auto r = waitFor<User>([&](auto d) { return m_client->getUser(u"u1"_s, this, d); });
        QVERIFY(!r.ok());
        const ApiError &error = r.error();
        QCOMPARE(error.httpStatus, 400);
        QVERIFY2(error.message.contains(SecretMask::mask()), qPrintable(error.message));
        const QString shown =
            error.message + error.code + error.subject + error.userText() + error.toString();
        for (const QString &form : secretForms())
            QVERIFY2(!shown.contains(form) && !lines.join(u'\n').contains(form),
                     qPrintable(form + u" in: "_s + shown));
        QCOMPARE(m_hostile->arrived("GET"), 1);
        // The request itself did carry it: the mask is no accident of an empty header.
        QVERIFY(m_hostile->wire().requests().first().headers.value("authorization").size() > 10);
    }

    // The default bound (2,000 pages) against a server with a fresh cursor on every page.
    void endlessCursorsEndAtTheBound()
    {
        start(Mode::EndlessCursors);
        QCOMPARE(m_client->maxPages(), 2000);
        const auto r =
            waitFor<QVector<User>>([&](auto d) { return m_client->listUsers(this, d); }, 120000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().stop == ApiError::Stop::TooManyPages, qPrintable(r.error().toString()));
        QCOMPARE(r.error().limit, qint64(2000));
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QCOMPARE(m_hostile->arrived("GET"), 2000);
        QVERIFY2(r.error().userText().contains(u"2000"_s), qPrintable(r.error().userText()));

        // The paged and the generic calls stop the same way.
        m_client->setMaxPages(30);
        int pages = 0;
        const auto paged = waitFor<void>([&](auto d) {
            return m_client->listUsersPaged(
                this, [&pages](const QVector<User> &) { ++pages; }, d);
        });
        QVERIFY(!paged.ok());
        QCOMPARE(paged.error().stop, ApiError::Stop::TooManyPages);
        QCOMPARE(pages, 30);
        const auto generic = waitFor<QJsonArray>(
            [&](auto d) { return m_client->sendAllPages(ApiRequest::get(u"/groups"_s), this, d); });
        QVERIFY(!generic.ok());
        QCOMPARE(generic.error().stop, ApiError::Stop::TooManyPages);
    }

    void duplicateIdsAreAServerError()
    {
        start(Mode::DuplicateIds);
        const QString first = m_sandbox->store().users().first().id;
        const auto all =
            waitFor<QVector<User>>([&](auto d) { return m_client->listUsers(this, d); });
        QVERIFY(!all.ok());
        QCOMPARE(all.error().stop, ApiError::Stop::DuplicateId);
        QCOMPARE(all.error().subject, first);
        QVERIFY(all.error().userText().contains(first));

        int pages = 0;
        const auto paged = waitFor<void>([&](auto d) {
            return m_client->listUsersPaged(
                this, [&pages](const QVector<User> &) { ++pages; }, d);
        });
        QVERIFY(!paged.ok());
        QCOMPARE(paged.error().stop, ApiError::Stop::DuplicateId);
        QCOMPARE(pages, 0); // nothing of a wrong page is handed over

        const auto one =
            waitFor<Page<User>>([&](auto d) { return m_client->listUsersPage({}, 100, this, d); });
        QVERIFY(!one.ok());
        QCOMPARE(one.error().stop, ApiError::Stop::DuplicateId);

        // Any list: the groups come back with that user appended, so the id repeats only if
        // the server hands out a group under it; a list of their own repeats within itself.
        m_hostile = std::make_unique<HostileServer>(m_sandbox->server().baseUrl());
        QVERIFY(m_hostile->listen());
        m_hostile->setMode(Mode::DuplicateIds);
        m_client->setBaseUrl(m_hostile->baseUrl());
        const auto groups =
            waitFor<QVector<Group>>([&](auto d) { return m_client->listGroups(this, d); });
        QVERIFY(!groups.ok());
        QCOMPARE(groups.error().stop, ApiError::Stop::DuplicateId);
    }

    // The same id on two pages: the first page was handed over, the list still fails.
    void duplicateIdAcrossPages()
    {
        ftsandbox::SandboxOptions options;
        options.users = 30;
        start(Mode::Forward, options);
        const QString victim = m_sandbox->store().users().first().id;
        m_client->setPageLimit(10);
        int pages = 0;
        QSet<QString> seen;
        const auto r = waitFor<void>([&](auto d) {
            return m_client->listUsersPaged(
                this,
                [&](const QVector<User> &users) {
                    ++pages;
                    for (const User &u : users)
                        seen.insert(u.id);
                    if (pages == 1)
                        m_hostile->setMode(Mode::DuplicateIds); // page 2 repeats page 1's first
                },
                d);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().stop, ApiError::Stop::DuplicateId);
        QCOMPARE(pages, 1);
        QVERIFY(seen.contains(victim));
    }

    // The connection drops after the service acted: exactly one request reached it, and the
    // caller learns that the effect is unknown (not "failed", not a second write).
    void lostAnswersAfterWrites_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("POST /users") << u"invite"_s;
        QTest::newRow("PATCH /users/{id}") << u"modify"_s;
        QTest::newRow("DELETE /users/{id}") << u"delete"_s;
        QTest::newRow("POST /users/{id}/groups") << u"add membership"_s;
        QTest::newRow("PATCH /users/{id}/groups/{id}") << u"update membership"_s;
        QTest::newRow("DELETE /users/{id}/groups/{id}") << u"delete membership"_s;
    }

    void lostAnswersAfterWrites()
    {
        QFETCH(QString, operation);
        ftsandbox::SandboxOptions options;
        options.users = 5;
        start(Mode::LoseWriteAnswers, options);
        ftsandbox::SandboxStore &store = m_sandbox->store();
        const QString userId = store.users().at(1).id;
        const QString groupId = store.groups().first().id;
        // Warm the connections first: Qt resends on its own over a kept-alive one.
        FT_VERIFY_OK(waitFor<User>([&](auto d) { return m_client->getUser(userId, this, d); }));
        m_sandbox->server().resetStats();

        ApiError error;
        QByteArray method;
        QString route;
        auto fail = [&error](const auto &r) {
            QVERIFY(!r.ok());
            error = r.error();
        };
        if (operation == u"invite"_s) {
            method = "POST";
            route = u"POST /users"_s;
            const NewUser n { u"lost@example.com"_s, u"Lost"_s, u"Answer"_s, {}, {}, {} };
            fail(waitFor<User>([&](auto d) { return m_client->createUser(n, this, d); }));
            QVERIFY(store.userByEmail(u"lost@example.com"_s)); // it did happen
        } else if (operation == u"modify"_s) {
            method = "PATCH";
            route = u"PATCH /users/{id}"_s;
            UserUpdate u;
            u.givenName = u"Changed"_s;
            fail(waitFor<User>([&](auto d) { return m_client->modifyUser(userId, u, this, d); }));
            QCOMPARE(store.user(userId)->givenName, u"Changed"_s);
        } else if (operation == u"delete"_s) {
            method = "DELETE";
            route = u"DELETE /users/{id}"_s;
            fail(waitFor<void>([&](auto d) { return m_client->deleteUser(userId, this, d); }));
            QVERIFY(!store.user(userId));
        } else {
            const bool add = operation == u"add membership"_s;
            if (!add) {
                m_hostile->setMode(Mode::Forward);
                FT_VERIFY_OK(waitFor<Membership>([&](auto d) {
                    return m_client->addMembership(MembershipKind::Group, userId, groupId,
                                                   u"Destination Reviewer"_s, this, d);
                }));
                m_hostile->setMode(Mode::LoseWriteAnswers);
                m_sandbox->server().resetStats();
            }
            if (add) {
                method = "POST";
                route = u"POST /users/{id}/groups"_s;
                fail(waitFor<Membership>([&](auto d) {
                    return m_client->addMembership(MembershipKind::Group, userId, groupId,
                                                   u"Destination Reviewer"_s, this, d);
                }));
            } else if (operation == u"update membership"_s) {
                method = "PATCH";
                route = u"PATCH /users/{id}/groups/{groupId}"_s;
                fail(waitFor<void>([&](auto d) {
                    return m_client->updateMembership(MembershipKind::Group, userId, groupId,
                                                      u"Destination Administrator"_s, this, d);
                }));
            } else {
                method = "DELETE";
                route = u"DELETE /users/{id}/groups/{groupId}"_s;
                fail(waitFor<void>([&](auto d) {
                    return m_client->deleteMembership(MembershipKind::Group, userId, groupId, this,
                                                      d);
                }));
            }
        }
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.effectUnknown(), qPrintable(error.toString()));
        QVERIFY(!error.unsent);
        QCOMPARE(m_hostile->arrived(method), 1);
        const QJsonObject stats = m_sandbox->server().stats();
        QVERIFY2(requestsOf(stats, route) == 1,
                 QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
    }

    // A server that admits two requests at once and answers 429 above that: the client
    // settles at two, so refusals stay a small share of what it sends.
    void concurrencyCapOfTwo()
    {
        ftsandbox::SandboxOptions options;
        options.users = 50;
        options.latencyMs = 5;
        start(Mode::ConcurrencyCap, options);
        m_hostile->setConcurrencyCap(2);
        const QString id = m_sandbox->store().users().first().id;
        int ok = 0;
        int failed = 0;
        const int calls = 300;
        for (int i = 0; i < calls; ++i)
            m_client->getUser(id, this, [&](const ApiResult<User> &r) { r ? ++ok : ++failed; });
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, calls, 120000);
        QCOMPARE(failed, 0);
        const int sent = int(m_client->scheduler()->requestsSent());
        const int refused = m_hostile->refused();
        qInfo("%d calls: %d requests sent, %d answered 429 (%.1f%%), in-flight cap now %d", calls,
              sent, refused, 100.0 * refused / sent, m_client->scheduler()->currentLimit());
        QCOMPARE(sent, calls + refused);
        QVERIFY2(refused * 10 < sent, qPrintable(QString::number(refused)));
        QCOMPARE(m_hostile->peakForwarding(), 2);
        QVERIFY(m_client->scheduler()->currentLimit() <= 3);
    }

    // The 429 with a wait the console will not honour is a failure at once, in words.
    void longRetryAfterIsSaidAtOnce_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("said");
        QTest::newRow("999999 s") << QByteArray("999999") << u"11 days"_s;
        const QDateTime nextYear = QDateTime::currentDateTimeUtc().addDays(365);
        QTest::newRow("a date a year ahead")
            << QLocale::c().toString(nextYear, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
            << u"days"_s;
        QTest::newRow("3601 s") << QByteArray("3601") << u"1 hour"_s;
    }

    void longRetryAfterIsSaidAtOnce()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, said);
        start(Mode::RetryAfter);
        m_hostile->setRetryAfter(value);
        QSignalSpy paused(m_client->scheduler(), &RequestScheduler::pausedUntilChanged);
        const auto r = waitFor<QVector<Role>>([&](auto d) { return m_client->listRoles(this, d); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(r.error().stop, ApiError::Stop::WaitTooLong);
        QVERIFY2(r.error().userText().contains(said), qPrintable(r.error().userText()));
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"one-hour rolling"_s)); // the server's words too
        QCOMPARE(m_hostile->arrived("GET"), 1);
        QCOMPARE(paused.size(), 0);
    }

    void malformedRetryAfterIsSaidAtOnce()
    {
        start(Mode::RetryAfter);
        m_hostile->setRetryAfter("in a little while");
        const auto r = waitFor<QVector<Role>>([&](auto d) { return m_client->listRoles(this, d); });
        QCOMPARE(r.error().stop, ApiError::Stop::WaitUnreadable);
        QCOMPARE(m_hostile->arrived("GET"), 1);
    }

    // A Retry-After the console does honour: the wait is announced, then the call goes through.
    void honouredWaitIsAnnouncedThenDone()
    {
        start(Mode::RetryAfter);
        m_hostile->setRetryAfter("6");
        m_hostile->setMisbehaviourCount(1);
        QSignalSpy announced(m_client->scheduler(), &RequestScheduler::longWaitStarted);
        const auto r = waitFor<QVector<Role>>([&](auto d) { return m_client->listRoles(this, d); });
        FT_VERIFY_OK(r);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(m_hostile->arrived("GET"), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
