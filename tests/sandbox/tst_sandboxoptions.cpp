// parseSandboxCommandLine(): every flag of fivetran-sandbox, both spellings of a value,
// credentials from the environment, and the refusals that make the executable exit 2.

#include "sandboxoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftsandbox::parseSandboxCommandLine;
using ftsandbox::SandboxCommandLine;
using ftsandbox::SandboxOptions;
using ftsandbox::TeamsAnswer;

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFlagsGiveDefaults();
    void everyFlagReachesItsField();
    void equalsSpellingWorks();
    void environmentSuppliesCredentials();
    void flagsOverrideEnvironment();
    void helpIsRecognised();
    void refusals_data();
    void refusals();
};

void TestSandboxOptions::noFlagsGiveDefaults()
{
    const SandboxCommandLine parsed = parseSandboxCommandLine({});
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(!parsed.helpRequested);
    const SandboxOptions defaults;
    QCOMPARE(parsed.port, quint16(0));
    QCOMPARE(parsed.options.apiKey, defaults.apiKey);
    QCOMPARE(parsed.options.apiSecret, defaults.apiSecret);
    QCOMPARE(parsed.options.users, -1);
    QCOMPARE(parsed.options.seed, defaults.seed);
    QCOMPARE(parsed.options.latencyMs, 0);
    QCOMPARE(parsed.options.rateLimit, 0.0);
    QCOMPARE(parsed.options.hourlyLimit, 0);
    QCOMPARE(parsed.options.windowSeconds, 3600);
    QCOMPARE(parsed.options.timeScale, 1.0);
}

void TestSandboxOptions::everyFlagReachesItsField()
{
    const SandboxCommandLine parsed = parseSandboxCommandLine({ u"--port"_s,
                                                                u"8123"_s,
                                                                u"--api-key"_s,
                                                                u"k"_s,
                                                                u"--api-secret"_s,
                                                                u"s"_s,
                                                                u"--seed"_s,
                                                                u"4000000000"_s,
                                                                u"--users"_s,
                                                                u"50000"_s,
                                                                u"--groups"_s,
                                                                u"10"_s,
                                                                u"--connections"_s,
                                                                u"60"_s,
                                                                u"--memberships-per-user"_s,
                                                                u"5"_s,
                                                                u"--latency-ms"_s,
                                                                u"50"_s,
                                                                u"--rate-limit"_s,
                                                                u"12.5"_s,
                                                                u"--fail-rate"_s,
                                                                u"0.25"_s,
                                                                u"--drop-rate"_s,
                                                                u"0.1"_s,
                                                                u"--hourly-limit"_s,
                                                                u"20000"_s,
                                                                u"--window-seconds"_s,
                                                                u"5"_s,
                                                                u"--time-scale"_s,
                                                                u"1000"_s,
                                                                u"--teams"_s,
                                                                u"17"_s,
                                                                u"--teams-forbidden"_s });
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.port, quint16(8123));
    QCOMPARE(parsed.options.apiKey, u"k"_s);
    QCOMPARE(parsed.options.apiSecret, u"s"_s);
    QCOMPARE(parsed.options.seed, 4000000000u);
    QCOMPARE(parsed.options.users, 50000);
    QCOMPARE(parsed.options.groups, 10);
    QCOMPARE(parsed.options.connections, 60);
    QCOMPARE(parsed.options.membershipsPerUser, 5);
    QCOMPARE(parsed.options.latencyMs, 50);
    QCOMPARE(parsed.options.rateLimit, 12.5);
    QCOMPARE(parsed.options.failRate, 0.25);
    QCOMPARE(parsed.options.dropRate, 0.1);
    QCOMPARE(parsed.options.hourlyLimit, 20000);
    QCOMPARE(parsed.options.windowSeconds, 5);
    QCOMPARE(parsed.options.timeScale, 1000.0);
    QCOMPARE(parsed.options.teams, 17);
    QCOMPARE(parsed.options.teamsAnswer, TeamsAnswer::Forbidden);
    const SandboxCommandLine notFound = parseSandboxCommandLine({ u"--teams-not-found"_s });
    QVERIFY(notFound.error.isEmpty());
    QCOMPARE(notFound.options.teamsAnswer, TeamsAnswer::NotFound);
    QCOMPARE(notFound.options.teams, 0);
}

void TestSandboxOptions::equalsSpellingWorks()
{
    const SandboxCommandLine parsed =
        parseSandboxCommandLine({ u"--users=12"_s, u"--latency-ms=7"_s, u"--port=0"_s });
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.options.users, 12);
    QCOMPARE(parsed.options.latencyMs, 7);
}

void TestSandboxOptions::environmentSuppliesCredentials()
{
    const SandboxCommandLine parsed = parseSandboxCommandLine({}, u"env-key"_s, u"env-secret"_s);
    QCOMPARE(parsed.options.apiKey, u"env-key"_s);
    QCOMPARE(parsed.options.apiSecret, u"env-secret"_s);
}

void TestSandboxOptions::flagsOverrideEnvironment()
{
    const SandboxCommandLine parsed =
        parseSandboxCommandLine({ u"--api-key"_s, u"flag"_s }, u"env-key"_s, u"env-secret"_s);
    QCOMPARE(parsed.options.apiKey, u"flag"_s);
    QCOMPARE(parsed.options.apiSecret, u"env-secret"_s);
}

void TestSandboxOptions::helpIsRecognised()
{
    QVERIFY(parseSandboxCommandLine({ u"--help"_s }).helpRequested);
    QVERIFY(parseSandboxCommandLine({ u"--users"_s, u"3"_s, u"--help"_s }).helpRequested);
    QVERIFY(ftsandbox::sandboxUsage().contains(u"--memberships-per-user"_s));
}

void TestSandboxOptions::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown flag") << QStringList { u"--colour"_s } << u"colour"_s;
    QTest::newRow("port text") << QStringList { u"--port"_s, u"http"_s } << u"port"_s;
    QTest::newRow("port range") << QStringList { u"--port"_s, u"65536"_s } << u"port"_s;
    QTest::newRow("seed negative") << QStringList { u"--seed"_s, u"-1"_s } << u"seed"_s;
    QTest::newRow("seed too big") << QStringList { u"--seed"_s, u"4294967296"_s } << u"seed"_s;
    QTest::newRow("users too many") << QStringList { u"--users"_s, u"5000000"_s } << u"users"_s;
    QTest::newRow("groups fraction") << QStringList { u"--groups"_s, u"2.5"_s } << u"groups"_s;
    QTest::newRow("connections text")
        << QStringList { u"--connections"_s, u"x"_s } << u"connections"_s;
    QTest::newRow("memberships huge")
        << QStringList { u"--memberships-per-user"_s, u"1000"_s } << u"memberships-per-user"_s;
    QTest::newRow("latency negative")
        << QStringList { u"--latency-ms"_s, u"-5"_s } << u"latency-ms"_s;
    QTest::newRow("rate limit nan")
        << QStringList { u"--rate-limit"_s, u"nan"_s } << u"rate-limit"_s;
    QTest::newRow("fail rate 2") << QStringList { u"--fail-rate"_s, u"2"_s } << u"fail-rate"_s;
    QTest::newRow("drop rate inf") << QStringList { u"--drop-rate"_s, u"inf"_s } << u"drop-rate"_s;
    QTest::newRow("hourly limit negative")
        << QStringList { u"--hourly-limit"_s, u"-1"_s } << u"hourly-limit"_s;
    QTest::newRow("hourly limit fraction")
        << QStringList { u"--hourly-limit"_s, u"2.5"_s } << u"hourly-limit"_s;
    QTest::newRow("window zero") << QStringList { u"--window-seconds"_s, u"0"_s }
                                 << u"window-seconds"_s;
    QTest::newRow("time scale below one")
        << QStringList { u"--time-scale"_s, u"0.5"_s } << u"time-scale"_s;
    QTest::newRow("empty secret") << QStringList { u"--api-secret="_s } << u"secret"_s;
    QTest::newRow("positional") << QStringList { u"serve"_s } << u"serve"_s;
    QTest::newRow("missing value") << QStringList { u"--users"_s } << u"users"_s;
    QTest::newRow("teams negative") << QStringList { u"--teams"_s, u"-2"_s } << u"teams"_s;
    QTest::newRow("teams both refusals")
        << QStringList { u"--teams-not-found"_s, u"--teams-forbidden"_s } << u"exclude"_s;
}

void TestSandboxOptions::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const SandboxCommandLine parsed = parseSandboxCommandLine(arguments);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY2(parsed.error.contains(mentioned), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
