#include "../models/modelfixture.h"
#include "sandboxstore.h"
#include "session.h"
#include "usersmodel.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Failure drills against the sandbox's injection: a 30% failure rate, dropped connections,
// a rate limit of 5 requests a second, and a server that stops answering. Through all of
// them: no crash, no POST sent twice, and after a refresh the users the window shows are the
// server's users.
class TestFailDrills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(60));
        QVERIFY(m_sandbox->isListening());
        m_client = fttest::newClient(*m_sandbox, &m_owner);
        m_client->scheduler()->setTransferTimeout(3000);
        m_session = std::make_unique<ftmodels::Session>(
            m_client, ftmodels::AccountInfo { u"Drill"_s, m_sandbox->server().baseUrl(), false });
        m_errors = 0;
        connect(m_session.get(), &ftmodels::Session::errorOccurred, this, [this] { ++m_errors; });
    }

    void cleanup()
    {
        m_session.reset();
        delete m_client;
        m_client = nullptr;
        m_sandbox.reset();
    }

    void failureRateThirtyPercent()
    {
        m_sandbox->server().setFailRate(0.3);
        drill(u"fail"_s, 20);
        // An injected 500/503 never acts, so no invite can exist twice or be half-made.
        QVERIFY(m_sandbox->server().stats().value(u"failures_injected"_s).toInt() > 0);
    }

    void droppedConnections()
    {
        m_sandbox->server().setDropRate(0.3);
        drill(u"drop"_s, 20);
        QVERIFY(m_sandbox->server().stats().value(u"drops_injected"_s).toInt() > 0);
    }

    void rateLimitFivePerSecond()
    {
        m_sandbox->server().setRateLimit(5);
        const Outcome outcome = drill(u"rate"_s, 12);
        // A 429 is a refusal: the scheduler waits and sends again, and every invite lands.
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(outcome.succeeded, 12);
        QVERIFY(m_sandbox->server().stats().value(u"responses_429"_s).toInt() > 0);
    }

    void serverStopsAnswering()
    {
        QVERIFY(startSession());
        m_sandbox->server().setHang(true);
        m_client->scheduler()->setTransferTimeout(500);
        const int before = m_errors;
        m_session->refresh();
        std::optional<bool> invited;
        m_client->createUser(
            newUser(u"hang"_s, 0), this,
            [&invited](const ftapi::ApiResult<ftapi::User> &result) { invited = bool(result); });
        // Timeouts end the calls: the window is told and is not left busy.
        QTRY_VERIFY_WITH_TIMEOUT(invited.has_value(), 20000);
        QCOMPARE(*invited, false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 20000);
        QVERIFY(m_errors > before);
        QCOMPARE(postCount(), 1);

        m_sandbox->server().setHang(false);
        m_client->scheduler()->setTransferTimeout(3000);
        QVERIFY(settle());
        compareWithServer();
        QVERIFY(!m_sandbox->store().userByEmail(u"hang-0@drill.example"_s));
    }

private:
    struct Outcome
    {
        int succeeded = 0;
        int failed = 0;
    };

    static ftapi::NewUser newUser(const QString &tag, int i)
    {
        return { u"%1-%2@drill.example"_s.arg(tag).arg(i),
                 u"Drill"_s,
                 u"User %1"_s.arg(i),
                 {},
                 {},
                 u"Account Reviewer"_s };
    }

    bool startSession()
    {
        QSignalSpy loaded(m_session.get(), &ftmodels::Session::usersLoaded);
        m_session->start();
        return loaded.wait(20000) && QTest::qWaitFor([&] { return !m_session->isBusy(); }, 20000);
    }

    int postCount() const
    {
        return m_sandbox->server()
            .stats()
            .value(u"requests"_s)
            .toObject()
            .value(u"POST /users"_s)
            .toInt();
    }

    int refusals() const { return m_sandbox->server().stats().value(u"responses_429"_s).toInt(); }

    // Refreshes until one refresh goes through without an error, as a person pressing Retry
    // would; false when twenty refreshes could not get through.
    bool settle()
    {
        for (int round = 0; round < 20; ++round) {
            const int before = m_errors;
            QSignalSpy loaded(m_session.get(), &ftmodels::Session::usersLoaded);
            m_session->refresh();
            if (!QTest::qWaitFor([&] { return !m_session->isBusy(); }, 30000))
                return false;
            if (m_errors == before && !loaded.isEmpty())
                return true;
        }
        return false;
    }

    void compareWithServer()
    {
        QVector<ftapi::User> shown = m_session->users()->users();
        QVector<ftsandbox::SandboxUser> truth = m_sandbox->store().users();
        QCOMPARE(shown.size(), truth.size());
        std::sort(shown.begin(), shown.end(),
                  [](const ftapi::User &a, const ftapi::User &b) { return a.id < b.id; });
        std::sort(truth.begin(), truth.end(),
                  [](const ftsandbox::SandboxUser &a, const ftsandbox::SandboxUser &b) {
                      return a.id < b.id;
                  });
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown.at(i).id, truth.at(i).id);
            QCOMPARE(shown.at(i).email, truth.at(i).email);
            QCOMPARE(shown.at(i).givenName, truth.at(i).givenName);
            QCOMPARE(shown.at(i).familyName, truth.at(i).familyName);
            QCOMPARE(shown.at(i).role, truth.at(i).role);
        }
    }

    // Loads, invites `count` users, renames a few and deletes a few while the fault is on,
    // then refreshes until clean and compares.
    Outcome drill(const QString &tag, int count)
    {
        Outcome outcome;
        startSession(); // may end in errors under injection; settle() repairs
        // Invites alone first, so every 429 in this phase answered a POST.
        const int postsBefore = postCount();
        const int refusedBefore = refusals();
        int answered = 0;
        for (int i = 0; i < count; ++i) {
            m_client->createUser(
                newUser(tag, i), this,
                [this, &outcome, &answered](const ftapi::ApiResult<ftapi::User> &result) {
                    ++answered;
                    if (result) {
                        ++outcome.succeeded;
                        m_session->upsertUser(result.value());
                    } else {
                        ++outcome.failed;
                    }
                });
        }
        if (!QTest::qWaitFor([&] { return answered == count; }, 120000)) {
            qWarning("drill: not every invite was answered");
            return outcome;
        }
        // No invite went out twice: one POST per call, plus only the ones the server refused
        // with 429 without acting, whatever the transport did.
        [&] {
            QCOMPARE(postCount() - postsBefore - (refusals() - refusedBefore), count);
        }();
        for (int i = 0; i < count; ++i) {
            const QString email = newUser(tag, i).email;
            const auto matches = std::count_if(
                m_sandbox->store().users().cbegin(), m_sandbox->store().users().cend(),
                [&email](const ftsandbox::SandboxUser &u) {
                    return u.email.compare(email, Qt::CaseInsensitive) == 0;
                });
            [&] {
                QVERIFY2(matches <= 1, qPrintable(email));
            }();
        }

        // Then renames and deletions (idempotent: retried on failure).
        const QVector<ftsandbox::SandboxUser> seeded = m_sandbox->store().users();
        answered = 0;
        int changes = 0;
        for (int i = 0; i < 6 && i < seeded.size(); ++i) {
            const QString id = seeded.at(i).id;
            if (i % 2 == 0) {
                ++changes;
                ftapi::UserUpdate update;
                update.givenName = u"Renamed %1"_s.arg(i);
                m_client->modifyUser(id, update, this,
                                     [this, &answered](const ftapi::ApiResult<ftapi::User> &r) {
                                         ++answered;
                                         if (r)
                                             m_session->upsertUser(r.value());
                                     });
            } else if (seeded.at(i).role != u"Account Administrator"_s) {
                ++changes;
                m_client->deleteUser(id, this,
                                     [this, &answered, id](const ftapi::ApiResult<void> &r) {
                                         ++answered;
                                         if (r)
                                             m_session->removeUser(id);
                                     });
            }
        }
        if (!QTest::qWaitFor([&] { return answered == changes; }, 120000)) {
            qWarning("drill: not every change was answered");
            return outcome;
        }

        // With the fault still on, refreshing converges on the server's state.
        [&] {
            QVERIFY(settle());
        }();
        compareWithServer();
        return outcome;
    }

    QObject m_owner;
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    ftapi::ApiClient *m_client = nullptr;
    std::unique_ptr<ftmodels::Session> m_session;
    int m_errors = 0;
};

QTEST_MAIN(TestFailDrills)
#include "tst_faildrills.moc"
