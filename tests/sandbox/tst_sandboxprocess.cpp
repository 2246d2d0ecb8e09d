// The fivetran-sandbox executable as scripts and benchmarks use it: flags, LISTENING <port>,
// credentials from the environment, exit codes, and 2,500 users in three requests.

#include "testhttp.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::HttpResult;

namespace {

const QString kExecutable = QString::fromLocal8Bit(FT_SANDBOX_EXECUTABLE);

// A started sandbox process; stopped (by its own pid) when this goes out of scope.
class SandboxProcess
{
public:
    explicit SandboxProcess(
        const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(kExecutable, arguments);
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits for "LISTENING <port>" and returns the port, 0 if it never came.
    quint16 waitForPort()
    {
        QByteArray output;
        for (int attempt = 0; attempt < 100 && !output.contains('\n'); ++attempt) {
            if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
                break;
            output += m_process.readAllStandardOutput();
        }
        const QList<QByteArray> words = output.trimmed().split(' ');
        if (words.size() != 2 || words.at(0) != "LISTENING")
            return 0;
        return quint16(words.at(1).toUInt());
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

QUrl url(quint16 port, const QString &path)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesTwentyFiveHundredUsersInThreeRequests();
    void credentialsFromEnvironment();
    void credentialsFromFlagsWinOverEnvironment();
    void helpExitsZero();
    void badFlagsExitTwo_data();
    void badFlagsExitTwo();
};

void TestSandboxProcess::servesTwentyFiveHundredUsersInThreeRequests()
{
    SandboxProcess sandbox({ u"--port"_s, u"0"_s, u"--users"_s, u"2500"_s });
    const quint16 port = sandbox.waitForPort();
    QVERIFY(port != 0);

    QNetworkAccessManager manager;
    const QByteArray auth = fttest::basicAuthorization(u"sandbox-key"_s, u"sandbox-secret"_s);
    QSet<QString> ids;
    QString cursor;
    int requests = 0;
    do {
        QString path = u"/v1/users?limit=1000"_s;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + cursor;
        const HttpResult page = fttest::sendRequest(manager, "GET", url(port, path), {}, auth);
        ++requests;
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.items())
            ids.insert(item.toObject().value(u"id"_s).toString());
        cursor = page.nextCursor().toString();
    } while (!cursor.isEmpty() && requests < 10);
    QCOMPARE(requests, 3);
    QCOMPARE(ids.size(), 2500);

    const HttpResult stats = fttest::sendRequest(manager, "GET", url(port, u"/__stats"_s));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json.value(u"requests_total"_s).toInt(), 3);
    QCOMPARE(stats.json.value(u"requests"_s).toObject().value(u"GET /users"_s).toInt(), 3);
    QCOMPARE(stats.json.value(u"status"_s).toObject().value(u"200"_s).toInt(), 3);
}

void TestSandboxProcess::credentialsFromEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, u"env-key"_s);
    environment.insert(u"FIVETRAN_APISECRET"_s, u"env-secret"_s);
    SandboxProcess sandbox({ u"--port"_s, u"0"_s }, environment);
    const quint16 port = sandbox.waitForPort();
    QVERIFY(port != 0);
    QNetworkAccessManager manager;
    QCOMPARE(fttest::sendRequest(manager, "GET", url(port, u"/v1/roles"_s), {},
                                 fttest::basicAuthorization(u"env-key"_s, u"env-secret"_s))
                 .status,
             200);
    QCOMPARE(fttest::sendRequest(manager, "GET", url(port, u"/v1/roles"_s), {},
                                 fttest::basicAuthorization(u"sandbox-key"_s, u"sandbox-secret"_s))
                 .status,
             401);
}

void TestSandboxProcess::credentialsFromFlagsWinOverEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, u"env-key"_s);
    environment.insert(u"FIVETRAN_APISECRET"_s, u"env-secret"_s);
    SandboxProcess sandbox(
        { u"--port"_s, u"0"_s, u"--api-key"_s, u"flag-key"_s, u"--api-secret=flag-secret"_s },
        environment);
    const quint16 port = sandbox.waitForPort();
    QVERIFY(port != 0);
    QNetworkAccessManager manager;
    QCOMPARE(fttest::sendRequest(manager, "GET", url(port, u"/users"_s), {},
                                 fttest::basicAuthorization(u"flag-key"_s, u"flag-secret"_s))
                 .status,
             200);
}

void TestSandboxProcess::helpExitsZero()
{
    QProcess process;
    process.start(kExecutable, { u"--help"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray usage = process.readAllStandardOutput();
    for (const char *flag :
         { "--port", "--api-key", "--api-secret", "--seed", "--users", "--groups", "--connections",
           "--memberships-per-user", "--latency-ms", "--rate-limit", "--fail-rate", "--drop-rate" })
        QVERIFY2(usage.contains(flag), flag);
}

void TestSandboxProcess::badFlagsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown flag") << QStringList { u"--bogus"_s };
    QTest::newRow("users not a number") << QStringList { u"--users"_s, u"many"_s };
    QTest::newRow("negative users") << QStringList { u"--users"_s, u"-3"_s };
    QTest::newRow("port too big") << QStringList { u"--port"_s, u"70000"_s };
    QTest::newRow("fail rate above 1") << QStringList { u"--fail-rate"_s, u"1.5"_s };
    QTest::newRow("drop rate not a number") << QStringList { u"--drop-rate"_s, u"often"_s };
    QTest::newRow("rate limit negative") << QStringList { u"--rate-limit"_s, u"-1"_s };
    QTest::newRow("missing value") << QStringList { u"--seed"_s };
    QTest::newRow("positional") << QStringList { u"extra"_s };
    QTest::newRow("empty key") << QStringList { u"--api-key"_s, QString() };
}

void TestSandboxProcess::badFlagsExitTwo()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(kExecutable, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
