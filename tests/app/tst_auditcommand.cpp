// `fivetran-admin audit` end to end: the built binary run with QProcess against an in-process
// sandbox, the CSV compared row by row with the sandbox's own data, JSON against CSV, the
// concurrency cap seen by the server, exit codes 0, 1 and 2; and the command linked in-process
// for what needs a fixed clock, a terminal, or a change to the data in the middle of a run.
#include "../models/auditfixture.h"
#include "auditcommand.h"
#include "auditexporter.h"
#include "commandline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVector<QStringList> csvRows(const QString &path)
{
    bool ok = false;
    QVector<QStringList> records = fttest::parseCsv(readFile(path), &ok);
    if (!ok || records.isEmpty())
        return {};
    records.removeFirst(); // the header
    return records;
}

void compareRows(const QVector<QStringList> &actual, const QVector<QStringList> &expected)
{
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

} // namespace

class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_secret;

    QProcessEnvironment environment(bool rightSecret = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FIVETRAN_APIKEY"_s, m_sandbox->server().options().apiKey);
        env.insert(u"FIVETRAN_APISECRET"_s, rightSecret ? m_secret : u"wrong"_s);
        env.insert(u"FIVETRAN_API_URL"_s, m_sandbox->server().baseUrl().toString());
        // Snapshots go to this test's own directory, never the developer's.
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return env;
    }

    Run run(const QStringList &arguments, bool rightSecret = true)
    {
        QProcess process;
        process.setProcessEnvironment(environment(rightSecret));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(FT_ADMIN_BINARY), arguments);
        Run r;
        // The sandbox answers from this process's event loop, so wait with it running.
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        if (r.out.contains(m_secret.toUtf8()) || r.err.contains(m_secret.toUtf8()))
            r.exitCode = -3; // the secret never shows
        return r;
    }

    // The command linked in: a fixed "now", a pretend terminal, streams into strings.
    int runInProcess(const QStringList &arguments, QString *out, QString *err,
                     bool terminal = false)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        ftapp::AuditCommand command(outStream, errStream);
        command.setShowProgress(terminal);
        command.setNow(fttest::auditNow());
        const ftapp::CommandLine line =
            ftapp::CommandLine::parse(QStringList { u"fivetran-admin"_s, u"audit"_s } + arguments);
        if (!line.error.isEmpty()) {
            *err = line.error;
            return ftapp::ExitUsage;
        }
        return command.run(line, environment());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh sandbox whose account has teams, with the same credentials.
    void useTeams(int teams)
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(70, 5, 20, 4);
        options.apiKey = m_sandbox->server().options().apiKey;
        options.apiSecret = m_secret;
        options.teams = teams;
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
    }

    QVector<QStringList> expectedEffective(bool withTeams = true) const
    {
        QVector<QStringList> rows;
        for (const fttest::ExpectedReach &r :
             fttest::expectedEffectiveRows(m_sandbox->store(), withTeams))
            rows.append(fttest::expectedEffectiveCsv(r));
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ftsandbox::SandboxOptions options = fttest::generatedAccount(70, 5, 20, 4);
        m_secret = u"s3cr3t-%1"_s.arg(QRandomGenerator::global()->generate());
        options.apiKey = u"key-%1"_s.arg(QRandomGenerator::global()->generate());
        options.apiSecret = m_secret;
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
    }

    void cleanup() { m_sandbox.reset(); }

    void csvMatchesTheSandbox()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        fttest::seedHygieneCases(m_sandbox->store(), now);
        m_sandbox->server().resetStats();
        const QString file = path(u"audit.csv"_s);
        const Run r = run({ u"audit"_s, u"--output"_s, file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress: stderr is not a terminal
        compareRows(csvRows(file), fttest::expectedAuditRows(m_sandbox->store(), now));
        const int requests = m_sandbox->server().stats().value(u"requests_total"_s).toInt();
        QCOMPARE(requests, fttest::minimumAuditRequests(m_sandbox->store()));
    }

    // Only the people list is read: the estimate follows from it, with the budget the
    // service said on that answer, and nothing else is sent.
    void estimateSendsNoMembershipRequest()
    {
        m_sandbox->server().setHourlyLimit(500);
        m_sandbox->server().spendHourlyBudget(100);
        m_sandbox->server().resetStats();
        const Run r = run({ u"audit"_s, u"--estimate"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = m_sandbox->server().stats();
        QCOMPARE(stats.value(u"requests_total"_s).toInt(), 1);
        QCOMPARE(stats.value(u"handled"_s).toObject().keys(), QStringList { u"GET /users"_s });
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(json.value(u"users"_s).toInt(), 70);
        // Two membership lists a person, one page of people, roles, destinations and teams.
        QCOMPARE(json.value(u"requests"_s).toInt(), 2 * 70 + 1 + 3);
        QCOMPARE(json.value(u"budget_limit"_s).toInt(), 500);
        QCOMPARE(json.value(u"budget_remaining"_s).toInt(), 500 - 100 - 1);
        QCOMPARE(json.value(u"beyond_budget"_s).toBool(), false);
        QCOMPARE(json.value(u"windows"_s).toInt(), 1);
        QCOMPARE(json.value(u"window_seconds"_s).toDouble(), 3600.0);
        QVERIFY(json.value(u"seconds"_s).toDouble() >= 0);
        QVERIFY2(r.err.contains("about 140 requests"), r.err.constData());
        QVERIFY2(r.err.contains("399 of 500 left this hour"), r.err.constData());
    }

    void estimateSaysWhenTheAuditOutlastsTheHour()
    {
        m_sandbox->server().setHourlyLimit(120);
        const Run r = run({ u"audit"_s, u"--estimate"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"budget_remaining"_s).toInt(), 119);
        QCOMPARE(json.value(u"beyond_budget"_s).toBool(), true);
        QCOMPARE(json.value(u"windows"_s).toInt(), 2);
        QVERIFY(json.value(u"seconds"_s).toDouble() >= 3600);
        QVERIFY2(r.err.contains("longer than an hour"), r.err.constData());
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(), 1);
    }

    void jsonHasTheSameRowsAsCsv()
    {
        fttest::seedHygieneCases(m_sandbox->store(), QDateTime::currentDateTimeUtc());
        const QString csv = path(u"same.csv"_s);
        const QString json = path(u"same.json"_s);
        QCOMPARE(run({ u"audit"_s, u"--output="_s + csv }).exitCode, 0);
        QCOMPARE(run({ u"audit"_s, u"-o"_s, json }).exitCode, 0);
        const QVector<QStringList> rows = csvRows(csv);
        QVERIFY(!rows.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QVERIFY(root.value(u"complete"_s).toBool());
        const QJsonArray items = root.value(u"rows"_s).toArray();
        QCOMPARE(items.size(), rows.size());
        const QStringList names = ftmodels::AuditExporter::fieldNames();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QStringList fields;
            for (const QString &name : names) {
                const QJsonValue v = item.value(name);
                if (v.isArray()) {
                    QStringList parts;
                    for (const QJsonValue &p : v.toArray())
                        parts.append(p.toString());
                    fields.append(parts.join(u';'));
                } else {
                    fields.append(v.toString()); // null reads as ""
                }
            }
            QCOMPARE(fields, rows.at(i));
        }
    }

    void concurrencyCapsRequestsInFlight_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }

    void concurrencyCapsRequestsInFlight()
    {
        QFETCH(int, concurrency);
        m_sandbox->server().setLatencyMs(15);
        m_sandbox->server().resetStats();
        const Run r = run({ u"audit"_s, u"--output"_s, path(u"c.csv"_s), u"--concurrency"_s,
                            QString::number(concurrency) });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = m_sandbox->server().stats();
        QVERIFY(stats.value(u"peak_in_flight"_s).toInt() <= concurrency);
        QVERIFY(stats.value(u"peak_in_flight"_s).toInt() >= 1);
        QCOMPARE(stats.value(u"requests_total"_s).toInt(),
                 fttest::minimumAuditRequests(m_sandbox->store()));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no output, no snapshot") << QStringList { u"audit"_s, u"--no-save"_s };
        QTest::newRow("output without a file") << QStringList { u"audit"_s, u"--output"_s };
        QTest::newRow("wrong extension")
            << QStringList { u"audit"_s, u"--output"_s, u"OUT/a.txt"_s };
        QTest::newRow("no folder")
            << QStringList { u"audit"_s, u"--output"_s, u"OUT/missing/dir/a.csv"_s };
        QTest::newRow("concurrency zero")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"--concurrency"_s, u"0"_s };
        QTest::newRow("concurrency too high")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"--concurrency=65"_s };
        QTest::newRow("concurrency not a number")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"--concurrency"_s, u"many"_s };
        QTest::newRow("unknown option")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"--everything"_s };
        QTest::newRow("stray argument")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"extra"_s };
        QTest::newRow("output twice")
            << QStringList { u"audit"_s, u"-o"_s, u"OUT/a.csv"_s, u"-o"_s, u"OUT/b.csv"_s };
        QTest::newRow("estimate writes nothing")
            << QStringList { u"audit"_s, u"--estimate"_s, u"-o"_s, u"OUT/a.csv"_s };
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        for (QString &argument : arguments)
            argument.replace(u"OUT"_s, m_dir.path());
        m_sandbox->server().resetStats();
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("audit"));
        QVERIFY(!QFile::exists(path(u"a.csv"_s)));
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(), 0);
    }

    void helpExitsZero()
    {
        const Run r = run({ u"audit"_s, u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--output"));
        QVERIFY(r.out.contains("--concurrency"));
        QVERIFY(r.out.contains("--effective"));
    }

    void refusedCredentialsExitOne()
    {
        const QString file = path(u"refused.csv"_s);
        const Run r = run({ u"audit"_s, u"--output"_s, file }, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("incomplete"));
        QVERIFY(!QFile::exists(file));
    }

    void completeUnderThirtyPercentFailures()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        fttest::seedHygieneCases(m_sandbox->store(), now);
        m_sandbox->server().setFailRate(0.3);
        const QString file = path(u"flaky.csv"_s);
        const Run r = run({ u"audit"_s, u"--output"_s, file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_sandbox->server().stats().value(u"failures_injected"_s).toInt() > 0);
        compareRows(csvRows(file), fttest::expectedAuditRows(m_sandbox->store(), now));
    }

    void partialAuditIsNotWritten()
    {
        // Users deleted while the audit runs: their membership lists answer 404 for good.
        m_sandbox->server().setLatencyMs(5);
        QStringList deleted;
        QTimer watch;
        watch.setInterval(1);
        connect(&watch, &QTimer::timeout, this, [&] {
            const QJsonObject requests =
                m_sandbox->server().stats().value(u"requests"_s).toObject();
            bool membershipsStarted = false;
            for (auto it = requests.begin(); it != requests.end(); ++it)
                membershipsStarted = membershipsStarted || it.key().endsWith(u"/groups"_s);
            if (!membershipsStarted || !deleted.isEmpty())
                return;
            const auto &users = m_sandbox->store().users();
            for (qsizetype i = users.size() - 3; i < users.size(); ++i)
                deleted.append(users.at(i).email);
            for (const QString &email : std::as_const(deleted))
                m_sandbox->store().deleteUser(m_sandbox->store().userByEmail(email)->id);
            watch.stop();
        });
        watch.start();
        const QString file = path(u"partial.json"_s);
        QString out;
        QString err;
        const int code =
            runInProcess({ u"--output"_s, file, u"--concurrency"_s, u"1"_s }, &out, &err);
        QCOMPARE(code, 1);
        QCOMPARE(deleted.size(), 3);
        QVERIFY(!QFile::exists(file));
        QVERIFY2(err.contains(u"incomplete"_s), qPrintable(err));
        for (const QString &email : std::as_const(deleted))
            QVERIFY2(err.contains(email), qPrintable(err));
    }

    void progressOnlyOnATerminal()
    {
        fttest::seedHygieneCases(m_sandbox->store(), fttest::auditNow());
        const QString file = path(u"progress.csv"_s);
        QString out;
        QString err;
        QCOMPARE(runInProcess({ u"--output"_s, file }, &out, &err, true), 0);
        const QString users = QLocale().toString(m_sandbox->store().users().size());
        QVERIFY2(err.contains(u"Users %1 of %1"_s.arg(users)), qPrintable(err));
        QVERIFY(err.contains(u"requests"_s));
        QVERIFY(err.contains(u'\r'));
        QVERIFY(!err.contains(m_secret));
        // With a fixed clock the rows are exactly the store's.
        compareRows(csvRows(file),
                    fttest::expectedAuditRows(m_sandbox->store(), fttest::auditNow()));

        out.clear();
        err.clear();
        QCOMPARE(runInProcess({ u"--output"_s, file }, &out, &err, false), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void effectiveCsvMatchesTheSandbox()
    {
        useTeams(9);
        fttest::seedHygieneCases(m_sandbox->store(), QDateTime::currentDateTimeUtc());
        m_sandbox->server().resetStats();
        const QString file = path(u"effective.csv"_s);
        const Run r = run({ u"audit"_s, u"--effective"_s, u"--output"_s, file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine(),
                 QByteArray("user_id,email,kind,target_id,target_name,level,via\r\n"));
        // Every row and its reasons, against the sandbox's own data read independently.
        const QVector<QStringList> expected = expectedEffective();
        compareRows(csvRows(file), expected);
        int teamRows = 0;
        for (const QStringList &row : expected)
            teamRows += row.at(6).contains(u"team:"_s) ? 1 : 0;
        QVERIFY(teamRows > 10);
        // The direct audit's requests plus the teams' lists, nothing more.
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(),
                 fttest::minimumAuditRequests(m_sandbox->store()));
        QVERIFY(m_sandbox->server()
                    .stats()
                    .value(u"requests"_s)
                    .toObject()
                    .value(u"GET /teams/{teamId}/users"_s)
                    .toInt()
                == int(m_sandbox->store().teams().list().size()));
    }

    void effectiveJsonHasTheSameRows()
    {
        useTeams(6);
        const QString csv = path(u"effective.csv"_s);
        const QString json = path(u"effective.json"_s);
        QCOMPARE(run({ u"audit"_s, u"--effective"_s, u"--output"_s, csv }).exitCode, 0);
        QCOMPARE(run({ u"audit"_s, u"-o"_s, json, u"--effective"_s }).exitCode, 0);
        const QVector<QStringList> rows = csvRows(csv);
        QVERIFY(!rows.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QVERIFY(root.value(u"complete"_s).toBool());
        QCOMPARE(root.value(u"teams_read"_s).toBool(false), true);
        const QJsonArray items = root.value(u"rows"_s).toArray();
        QCOMPARE(items.size(), rows.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QStringList fields;
            for (const QString &name : { u"user_id"_s, u"email"_s, u"kind"_s, u"target_id"_s,
                                         u"target_name"_s, u"level"_s })
                fields.append(item.value(name).toString());
            QStringList via;
            for (const QJsonValue &v : item.value(u"via"_s).toArray()) {
                const QJsonObject o = v.toObject();
                const QString id = o.contains(u"team_id"_s) ? o.value(u"team_id"_s).toString()
                                                            : o.value(u"group_id"_s).toString();
                via.append(o.value(u"path"_s).toString() + u':' + o.value(u"role"_s).toString()
                           + (id.isEmpty() ? QString() : u':' + id));
            }
            fields.append(via.join(u';'));
            QCOMPARE(fields, rows.at(i));
        }
    }

    void serverWithoutTeams_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("file");
        QTest::newRow("404, effective JSON")
            << int(ftsandbox::TeamsAnswer::NotFound) << u"x.json"_s;
        QTest::newRow("403, effective CSV") << int(ftsandbox::TeamsAnswer::Forbidden) << u"x.csv"_s;
    }

    void serverWithoutTeams()
    {
        QFETCH(int, answer);
        QFETCH(QString, file);
        useTeams(5);
        m_sandbox->server().setTeamsAnswer(ftsandbox::TeamsAnswer(answer));
        m_sandbox->server().resetStats();
        const QString out = path(file);
        const Run r = run({ u"audit"_s, u"--effective"_s, u"--output"_s, out });
        // The audit completes, is written, and says what it could not read.
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("teams could not be read"), r.err.constData());
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(),
                 fttest::minimumAuditRequests(m_sandbox->store(), 1000, false));
        if (file.endsWith(u".json"_s)) {
            const QJsonObject root = QJsonDocument::fromJson(readFile(out)).object();
            QVERIFY(root.value(u"complete"_s).toBool());
            QVERIFY(root.contains(u"teams_read"_s));
            QCOMPARE(root.value(u"teams_read"_s).toBool(true), false);
            QCOMPARE(root.value(u"rows"_s).toArray().size(), expectedEffective(false).size());
        } else {
            compareRows(csvRows(out), expectedEffective(false));
        }
        // The direct audit says so too.
        const Run direct = run({ u"audit"_s, u"--output"_s, path(u"direct.csv"_s) });
        QCOMPARE(direct.exitCode, 0);
        QVERIFY(direct.err.contains("teams could not be read"));
    }

    void demoAccount()
    {
        const QString file = path(u"demo.json"_s);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"FIVETRAN_APIKEY"_s);
        env.remove(u"FIVETRAN_APISECRET"_s);
        env.remove(u"FIVETRAN_API_URL"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FT_ADMIN_BINARY),
                      { u"audit"_s, u"--demo"_s, u"--output"_s, file });
        QVERIFY(process.waitForFinished(120000)); // nothing in this process needs to run
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
        QVERIFY(root.value(u"complete"_s).toBool());
        QVERIFY(root.value(u"users"_s).toInt() > 0);
        QVERIFY(root.value(u"rows"_s).toArray().size() >= root.value(u"users"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
