// ApiClient::listUsersPaged() against the in-process sandbox over loopback HTTP: each page is
// read (JSON and users) on a worker of parsePool() and handed over on the client's thread, in
// order and whole; a cancel, the receiver's end or the client's own end while a page is being
// read hands nothing over and reaches nothing that is gone.
#include "apiclient.h"
#include "apitestutil.h"
#include "testsandbox.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ftapi;

namespace {

// A pool of one thread that waits until open(): a page handed to it waits as well, so a test
// can act while the client has the answer and the page is not read yet.
class HeldPool
{
public:
    HeldPool()
    {
        m_pool.setMaxThreadCount(1);
        m_pool.start([this] { m_gate.acquire(); });
    }
    ~HeldPool() { open(); }
    void open()
    {
        if (!m_open) {
            m_open = true;
            m_gate.release();
        }
    }
    QThreadPool *pool() { return &m_pool; }

private:
    QSemaphore m_gate; // declared first: the pool (which waits for its work) goes before it
    QThreadPool m_pool;
    bool m_open = false;
};

// What one listUsersPaged() call handed over, and on which thread.
struct Delivery
{
    int pages = 0;
    QStringList ids;
    bool offThread = false; // a callback ran on another thread than the test's
    int doneCalls = 0;
    std::optional<ApiResult<void>> outcome;
};

} // namespace

class TestApiClientPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    int m_answers = 0; // answers the scheduler handed to the client

    ApiClient::CallId list(QObject *context, Delivery *delivery)
    {
        return m_client->listUsersPaged(
            context,
            [this, delivery](QVector<User> &&page) {
                delivery->offThread |= QThread::currentThread() != thread();
                ++delivery->pages;
                for (const User &user : std::as_const(page))
                    delivery->ids.append(user.id);
            },
            [this, delivery](const ApiResult<void> &outcome) {
                delivery->offThread |= QThread::currentThread() != thread();
                ++delivery->doneCalls;
                delivery->outcome = outcome;
            });
    }

    int usersRequests() const
    {
        return m_sandbox->server()
            .stats()
            .value(u"requests"_s)
            .toObject()
            .value(u"GET /users"_s)
            .toInt();
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options;
        options.users = 45;
        options.groups = 2;
        options.connections = 4;
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_sandbox->server().baseUrl(),
                                               Credentials { options.apiKey, options.apiSecret });
        m_client->setPageLimit(10);
        m_answers = 0;
        connect(m_client->scheduler(), &RequestScheduler::attemptFinished, this,
                [this] { ++m_answers; });
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    // The answer is in, and still nothing is handed over until the pool has read the page;
    // then every page comes, in the server's order, on the test's thread.
    void pagesAreReadInThePool()
    {
        HeldPool held;
        m_client->setParsePool(held.pool());
        QCOMPARE(m_client->parsePool(), held.pool());
        Delivery delivery;
        list(this, &delivery);
        QTRY_COMPARE(m_answers, 1);
        QCoreApplication::processEvents();
        QCOMPARE(delivery.pages, 0);
        QCOMPARE(delivery.doneCalls, 0);
        QCOMPARE(m_answers, 1); // the next page is asked for once this one is handed over

        held.open();
        QTRY_COMPARE(delivery.doneCalls, 1);
        FT_VERIFY_OK(*delivery.outcome);
        QCOMPARE(delivery.pages, 5);
        QVERIFY(!delivery.offThread);
        const auto &users = m_sandbox->store().users();
        QCOMPARE(delivery.ids.size(), users.size());
        for (qsizetype i = 0; i < users.size(); ++i)
            QCOMPARE(delivery.ids.at(i), users.at(i).id);
        QCOMPARE(usersRequests(), 5);
    }

    void theDefaultPoolIsTheGlobalOne()
    {
        QCOMPARE(m_client->parsePool(), QThreadPool::globalInstance());
        Delivery delivery;
        list(this, &delivery);
        QTRY_COMPARE(delivery.doneCalls, 1);
        FT_VERIFY_OK(*delivery.outcome);
        QCOMPARE(delivery.ids.size(), m_sandbox->store().users().size());
        m_client->setParsePool(nullptr); // back to the default
        QCOMPARE(m_client->parsePool(), QThreadPool::globalInstance());
    }

    // Cancelled while its first page is read: the page is not handed over, no second page is
    // asked for, and the callback says Cancelled, once.
    void cancelWhileAPageIsRead()
    {
        HeldPool held;
        m_client->setParsePool(held.pool());
        Delivery delivery;
        const ApiClient::CallId call = list(this, &delivery);
        QTRY_COMPARE(m_answers, 1);
        m_client->cancel(call);
        held.open();
        QTRY_COMPARE(delivery.doneCalls, 1);
        QVERIFY(!delivery.outcome->ok());
        QCOMPARE(delivery.outcome->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(held.pool()->waitForDone(30000));
        QCoreApplication::processEvents();
        QCOMPARE(delivery.doneCalls, 1);
        QCOMPARE(delivery.pages, 0);
        QCOMPARE(usersRequests(), 1);
        QVERIFY(!delivery.offThread);
    }

    // The client is deleted while a page is read: the worker finishes with what it was handed,
    // nothing is delivered, nothing reaches the deleted client (AddressSanitizer would see it).
    void clientDeletedWhileAPageIsRead()
    {
        HeldPool held;
        m_client->setParsePool(held.pool());
        Delivery delivery;
        list(this, &delivery);
        QTRY_COMPARE(m_answers, 1);
        m_client.reset();
        held.open();
        QVERIFY(held.pool()->waitForDone(30000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(delivery.pages, 0);
        QCOMPARE(delivery.doneCalls, 0);

        // The same machinery still works for a client made afterwards.
        m_client =
            std::make_unique<ApiClient>(m_nam.get(), m_sandbox->server().baseUrl(),
                                        Credentials { m_sandbox->server().options().apiKey,
                                                      m_sandbox->server().options().apiSecret });
        Delivery again;
        list(this, &again);
        QTRY_COMPARE(again.doneCalls, 1);
        FT_VERIFY_OK(*again.outcome);
        QCOMPARE(again.ids.size(), m_sandbox->store().users().size());
    }

    // The receiver goes while a page is read: no callback reaches it, and the client goes on
    // serving others.
    void receiverDeletedWhileAPageIsRead()
    {
        HeldPool held;
        m_client->setParsePool(held.pool());
        Delivery delivery;
        auto receiver = std::make_unique<QObject>();
        list(receiver.get(), &delivery);
        QTRY_COMPARE(m_answers, 1);
        receiver.reset();
        held.open();
        QVERIFY(held.pool()->waitForDone(30000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(delivery.pages, 0);
        QCOMPARE(delivery.doneCalls, 0);
        QCOMPARE(usersRequests(), 1);

        Delivery other;
        list(this, &other);
        QTRY_COMPARE(other.doneCalls, 1);
        FT_VERIFY_OK(*other.outcome);
        QCOMPARE(other.ids.size(), m_sandbox->store().users().size());
    }
};

QTEST_GUILESS_MAIN(TestApiClientPaging)
#include "tst_apiclientpaging.moc"
