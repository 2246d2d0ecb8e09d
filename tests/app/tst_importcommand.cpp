// `fivetran-admin import` end to end: the built binary as a process against an in-process
// sandbox (the fixed demo account). Help with the columns; files that cannot be imported
// (exit 2, nothing asked of the server); --dry-run (every error with its line, the plan, no
// write); an import whose rows invite new people and give an existing one what they lack,
// then a second import of the same file that sends nothing; an error means nothing is sent;
// --skip-invalid applies the valid rows; ";" with a byte-order mark from standard input; a
// lockout found by the plan's check lands on its row.
#include "adminprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::AdminRun;

namespace {

const QString kJames = u"keen_walnut"_s; // no account role; Production Snowflake (Manage)

// Two new people with memberships by name and by id, and James, who lacks a role and a
// connection.
const QByteArray kGoodFile =
    "email,given_name,family_name,role,destinations,connections\r\n"
    "ann.lee@example.com,Ann,Lee,Account Reviewer,\"Production Snowflake=View "
    "Destination;quiet_summit=Edit Destination\",app_db=View Connection\r\n"
    "ben.ito@example.com,Ben,Ito,,Finance Redshift=View Destination,\r\n"
    "James.Walker@example.com,,,Account Reviewer,Production Snowflake=Manage "
    "Destination,hubspot=View Connection\r\n";

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

    fttest::AdminProcess m_admin;
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes, const QString &name = u"people.csv"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    AdminRun import(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_admin.run(QStringList { u"import"_s } + arguments, input);
    }

    int requests() { return m_admin.sandbox().server().stats().value(u"requests_total"_s).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_admin.start();
        QVERIFY(m_admin.sandbox().isListening());
        QVERIFY(m_dir.isValid());
    }

    void helpShowsTheColumns()
    {
        const AdminRun help = import({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        for (const char *word : { "email", "given_name", "family_name", "destinations",
                                  "connections", "TARGET=ROLE", "--skip-invalid", "--dry-run" })
            QVERIFY2(help.out.contains(word), word);
        const AdminRun general = m_admin.run({ u"--help"_s });
        QVERIFY(general.out.contains("import FILE.csv"));
    }

    void usageErrors()
    {
        QCOMPARE(import({}).exitCode, 2);
        QCOMPARE(import({ write(kGoodFile), u"--frobnicate"_s }).exitCode, 2);
        QCOMPARE(import({ m_dir.filePath(u"missing.csv"_s) }).exitCode, 2);
        QCOMPARE(import({ write(kGoodFile), write(kGoodFile, u"b.csv"_s) }).exitCode, 2);
    }

    void filesThatCannotBeImported_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown column")
            << QByteArray("email,given_name,surname\nann@example.com,Ann,Lee\n")
            << u"Unknown column(s) in the header: surname"_s;
        QTest::newRow("no header") << QByteArray("ann@example.com,Ann,Lee\n") << u"header row"_s;
        QTest::newRow("quote left open")
            << QByteArray("email,given_name\nann@example.com,\"Ann\n") << u"line 2"_s;
        QTest::newRow("not UTF-8") << QByteArray("email,given_name\nann@example.com,M\xfc\n")
                                   << u"line 2: This line is not UTF-8"_s;
    }

    void filesThatCannotBeImported()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, words);
        m_admin.sandbox().server().resetStats();
        const AdminRun r = import({ write(file) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(words), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(requests(), 0);
    }

    void dryRunSaysEverythingAndSendsNoWrite()
    {
        m_admin.sandbox().server().resetStats();
        const AdminRun r = import({ write(kGoodFile), u"--dry-run"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"3 row(s), 3 valid, 0 with errors; 8 change(s)."_s),
                 r.out.constData());
        QVERIFY(out.contains(u"Invite Ann Lee (ann.lee@example.com) with the account role "
                             u"Account Reviewer"_s));
        QVERIFY2(out.contains(u"Plan: 8 change(s), 8 request(s) to send."_s), r.out.constData());
        QCOMPARE(m_admin.writesHandled(), 0);
        QVERIFY(!m_admin.store().userByEmail(u"ann.lee@example.com"_s));

        // Errors, each with the line of the file; exit 1; still nothing written.
        const QByteArray bad = kGoodFile
            + "not-an-email,Cid,Roe,,,\r\n"
              "dan@example.com,Dan,Oak,Account Boss,,\r\n"
              "eve@example.com,Eve,,,,\r\n";
        const AdminRun refused = import({ write(bad), u"--dry-run"_s });
        QCOMPARE(refused.exitCode, 1);
        const QString words = QString::fromUtf8(refused.out);
        QVERIFY2(words.contains(u"error: line 5 (not-an-email): “not-an-email” is not an e-mail"_s),
                 refused.out.constData());
        QVERIFY(words.contains(u"error: line 6 (dan@example.com): There is no role named "
                               u"“Account Boss”."_s));
        QVERIFY(words.contains(u"error: line 7 (eve@example.com)"_s));
        QVERIFY(words.contains(u"Plan: 8 change(s)"_s)); // the valid rows' plan, shown
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void importsThenSendsNothingTheSecondTime()
    {
        const QString path = write(kGoodFile);
        const AdminRun r = import({ path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QVector<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 8);
        for (const QJsonObject &line : lines)
            QCOMPARE(line.value(u"outcome"_s).toString(), u"applied"_s);
        // As apply prints them, with the line of the file and the person.
        QCOMPARE(lines.at(0).value(u"op"_s).toString(), u"create_user"_s);
        QCOMPARE(lines.at(0).value(u"line"_s).toInt(), 2);
        QCOMPARE(lines.at(0).value(u"email"_s).toString(), u"ann.lee@example.com"_s);
        QCOMPARE(lines.at(7).value(u"line"_s).toInt(), 4);

        const auto *ann = m_admin.store().userByEmail(u"ann.lee@example.com"_s);
        QVERIFY(ann);
        QCOMPARE(ann->role, std::optional<QString>(u"Account Reviewer"_s));
        QCOMPARE(m_admin.store().groupMemberships(ann->id).size(), 2);
        QCOMPARE(m_admin.store().connectionMemberships(ann->id).size(), 1);
        QVERIFY(m_admin.store().userByEmail(u"ben.ito@example.com"_s));
        // James: no second invitation; the role and the connection he lacked. His destination
        // was there with this role already, so it sent nothing.
        QCOMPARE(m_admin.store().user(kJames)->role, std::optional<QString>(u"Account Reviewer"_s));
        QCOMPARE(m_admin.store().connectionMemberships(kJames).size(), 2);

        m_admin.sandbox().server().resetStats();
        const AdminRun again = import({ path });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.lines().isEmpty());
        QVERIFY2(again.err.contains("3 valid, 0 with errors; 0 change(s)"), again.err.constData());
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void anErrorMeansNothingIsSent()
    {
        const QByteArray file = kGoodFile + "ann.lee@example.com,Ann,Lee,,,\r\n";
        m_admin.sandbox().server().resetStats();
        const AdminRun r = import({ write(file) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("line 2 (ann.lee@example.com): The same e-mail is on line(s) 5"),
                 r.err.constData());
        QVERIFY(r.err.contains("line 5 (ann.lee@example.com)"));
        QVERIFY(r.err.contains("Nothing was sent"));
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void skipInvalidAppliesTheValidRows()
    {
        const QByteArray file = kGoodFile
            + "carl@example.com,Carl,Nye,,Nowhere=View Destination,\r\n"
              "dora@example.com,Dora,Fox,Account Reviewer,,\r\n";
        const AdminRun r = import({ write(file), u"--skip-invalid"_s });
        QCOMPARE(r.exitCode, 1); // a row was left out
        QVERIFY2(r.err.contains("line 5 (carl@example.com): There is no destination named "
                                "“Nowhere”"),
                 r.err.constData());
        QVERIFY(r.err.contains("1 row(s) with errors were not imported"));
        QCOMPARE(r.lines().size(), 9);
        QVERIFY(m_admin.store().userByEmail(u"dora@example.com"_s));
        QVERIFY(m_admin.store().userByEmail(u"ann.lee@example.com"_s));
        QVERIFY(!m_admin.store().userByEmail(u"carl@example.com"_s));
    }

    void semicolonsWithByteOrderMarkFromStandardInput()
    {
        const QByteArray file = "\xEF\xBB\xBF"
                                "EMAIL;Given_Name;Family_Name;Destinations\n"
                                "ann.lee@example.com;Ann;Lee;\"Production Snowflake=View "
                                "Destination;Marketing BigQuery=View Destination\"\n";
        const AdminRun r = import({ u"-"_s }, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines().size(), 3);
        const auto *ann = m_admin.store().userByEmail(u"ann.lee@example.com"_s);
        QVERIFY(ann);
        QVERIFY(!ann->role);
        QCOMPARE(m_admin.store().groupMemberships(ann->id).size(), 2);
    }

    void lockoutLandsOnItsRow()
    {
        // The demo account has two Account Administrators; a file demoting both is refused on
        // the line that would leave none.
        const QByteArray file = "email,role\n"
                                "olivia.bennett@example.com,Account Reviewer\n"
                                "marcus.chen@example.com,Account Reviewer\n";
        m_admin.sandbox().server().resetStats();
        const AdminRun r = import({ write(file) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 3 (marcus.chen@example.com)"), r.err.constData());
        QVERIFY(r.err.contains("no Account Administrator"));
        QVERIFY(!r.err.contains("line 2 (olivia"));
        QCOMPARE(m_admin.writesHandled(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
