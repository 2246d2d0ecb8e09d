// `fivetran-admin apply` end to end: the built binary as a process against an in-process
// sandbox (the fixed demo account). Help with the format, bad plan files (exit 2, naming the
// entry), --dry-run (words, problems, cost; no write), applying with one JSON line per change,
// a second apply that sends nothing, a refused plan, a change the service refuses (exit 1).
#include "adminprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::AdminRun;

namespace {

const QString kJames = u"keen_walnut"_s; // no account role; Production Snowflake (Manage)
const QString kHannah = u"frosty_paddle"_s; // no account role; Analytics Warehouse (View)
const QString kPriya = u"candid_atlas"_s; // Account Analyst
const QString kOlivia = u"nozzle_eat"_s; // Account Administrator
const QString kMarcus = u"decorum_mantle"_s; // Account Administrator

QByteArray planJson(const QJsonArray &changes)
{
    return QJsonDocument(QJsonObject { { u"changes"_s, changes } }).toJson();
}

// Invite Ann with a destination by e-mail, move James to View, name Priya's phone away,
// give Hannah a connection.
QJsonArray goodChanges()
{
    return QJsonArray {
        QJsonObject { { u"op"_s, u"create_user"_s },
                      { u"email"_s, u"ann.lee@example.com"_s },
                      { u"given_name"_s, u"Ann"_s },
                      { u"family_name"_s, u"Lee"_s },
                      { u"role"_s, u"Account Reviewer"_s } },
        QJsonObject { { u"op"_s, u"add_user_membership_in_group"_s },
                      { u"email"_s, u"ann.lee@example.com"_s },
                      { u"group_id"_s, u"warm_harbor"_s },
                      { u"role"_s, u"View Destination"_s } },
        QJsonObject { { u"op"_s, u"update_user_membership_in_group"_s },
                      { u"user_id"_s, kJames },
                      { u"group_id"_s, u"warm_harbor"_s },
                      { u"role"_s, u"View Destination"_s } },
        QJsonObject {
            { u"op"_s, u"modify_user"_s }, { u"user_id"_s, kPriya }, { u"phone"_s, QJsonValue() } },
        QJsonObject { { u"op"_s, u"add_user_membership_in_connector"_s },
                      { u"email"_s, u"HANNAH.MUELLER@example.com"_s },
                      { u"connection_id"_s, u"placid_otter"_s },
                      { u"role"_s, u"View Connection"_s } },
    };
}

} // namespace

class TestApplyCommand : public QObject
{
    Q_OBJECT

    fttest::AdminProcess m_admin;
    QTemporaryDir m_dir;

    QString write(const QByteArray &json, const QString &name = u"plan.json"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(json);
        return path;
    }

    AdminRun apply(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_admin.run(QStringList { u"apply"_s } + arguments, input);
    }

private Q_SLOTS:
    void init()
    {
        m_admin.start();
        QVERIFY(m_admin.sandbox().isListening());
        QVERIFY(m_dir.isValid());
    }

    void helpShowsTheFormatWithAnExample()
    {
        const AdminRun help = apply({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("{\"changes\": ["));
        QVERIFY(help.out.contains("\"op\": \"create_user\""));
        QVERIFY(help.out.contains("--dry-run"));
        QVERIFY(help.out.contains("already_in_effect"));
        const AdminRun general = m_admin.run({ u"--help"_s });
        QVERIFY(general.out.contains("apply PLAN.json"));
    }

    void badPlanFilesNameTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("{\"changes\": [") << u"not valid JSON"_s;
        QTest::newRow("unknown op") << planJson(
            { QJsonObject { { u"op"_s, u"delete_user"_s }, { u"user_id"_s, kJames } },
              QJsonObject { { u"op"_s, u"suspend_user"_s }, { u"user_id"_s, kJames } } })
                                    << u"changes[1]: unknown op \"suspend_user\""_s;
        QTest::newRow("missing role")
            << planJson({ QJsonObject { { u"op"_s, u"add_user_membership_in_group"_s },
                                        { u"user_id"_s, kJames },
                                        { u"group_id"_s, u"g"_s } } })
            << u"changes[0]: add_user_membership_in_group needs \"role\""_s;
    }

    void badPlanFilesNameTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        m_admin.sandbox().server().resetStats();
        const AdminRun r = apply({ write(json) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(words), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_admin.sandbox().server().stats().value(u"requests_total"_s).toInt(), 0);
    }

    void usageErrors()
    {
        QCOMPARE(apply({}).exitCode, 2);
        QCOMPARE(apply({ write(planJson(goodChanges())), u"--concurrency"_s, u"0"_s }).exitCode, 2);
        QCOMPARE(apply({ write(planJson(goodChanges())), u"--frobnicate"_s }).exitCode, 2);
        QCOMPARE(apply({ m_dir.filePath(u"missing.json"_s) }).exitCode, 2);
    }

    void dryRunSaysEverythingAndSendsNoWrite()
    {
        m_admin.sandbox().server().resetStats();
        const AdminRun r = apply({ write(planJson(goodChanges())), u"--dry-run"_s });
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Plan: 5 change(s), 5 request(s) to send."_s), r.out.constData());
        QVERIFY(out.contains(u"Invite Ann Lee (ann.lee@example.com) with the account role "
                             u"Account Reviewer"_s));
        QVERIFY(out.contains(u"Change James Walker's role in Production Snowflake to View "
                             u"Destination"_s));
        QVERIFY(
            out.contains(u"Give Hannah Müller the role View Connection in app_db (postgres)"_s));
        QVERIFY(out.contains(u"Check: 0 error(s), 0 warning(s)."_s));
        QCOMPARE(m_admin.writesHandled(), 0);
        QVERIFY(m_admin.sandbox().server().stats().value(u"requests_total"_s).toInt() > 0);
        QVERIFY(!m_admin.store().userByEmail(u"ann.lee@example.com"_s));

        // With an error: said, and exit 1; still nothing written.
        QJsonArray bad = goodChanges();
        bad.append(QJsonObject { { u"op"_s, u"delete_user"_s }, { u"user_id"_s, kOlivia } });
        bad.append(QJsonObject { { u"op"_s, u"delete_user"_s }, { u"user_id"_s, kMarcus } });
        const AdminRun refused = apply({ write(planJson(bad)), u"--dry-run"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("would have no Account Administrator"),
                 refused.out.constData());
        QVERIFY(refused.out.contains("Check: 1 error(s)"));
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void appliesThenSendsNothingTheSecondTime()
    {
        const QString path = write(planJson(goodChanges()));
        const AdminRun r = apply({ path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QVector<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).value(u"index"_s).toInt(), i);
            QCOMPARE(lines.at(i).value(u"outcome"_s).toString(), u"applied"_s);
            QVERIFY(!lines.at(i).value(u"message"_s).toString().isEmpty());
        }
        QCOMPARE(lines.at(0).value(u"op"_s).toString(), u"create_user"_s);
        QCOMPARE(lines.at(4).value(u"op"_s).toString(), u"add_user_membership_in_connector"_s);
        const auto *ann = m_admin.store().userByEmail(u"ann.lee@example.com"_s);
        QVERIFY(ann);
        QCOMPARE(lines.at(0).value(u"user_id"_s).toString(), ann->id);
        QCOMPARE(m_admin.store().groupMemberships(ann->id).size(), 1);
        QCOMPARE(m_admin.store().groupMemberships(kJames).constFirst().role, u"View Destination"_s);
        QVERIFY(!m_admin.store().user(kPriya)->phone);
        QCOMPARE(m_admin.store().connectionMemberships(kHannah).size(), 2);

        m_admin.sandbox().server().resetStats();
        const AdminRun again = apply({ path });
        QCOMPARE(again.exitCode, 0);
        for (const QJsonObject &line : again.lines())
            QCOMPARE(line.value(u"outcome"_s).toString(), u"already_in_effect"_s);
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void planFromStandardInput()
    {
        const QByteArray json = planJson({ QJsonObject {
            { u"op"_s, u"delete_user_membership_in_account"_s }, { u"user_id"_s, kPriya } } });
        const AdminRun r = apply({ u"-"_s }, json);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines().size(), 1);
        QVERIFY(!m_admin.store().user(kPriya)->role);
    }

    void refusedPlanSendsNothing()
    {
        QJsonArray changes = goodChanges();
        // Hannah is in Analytics Warehouse as View Destination: adding her again as Edit is an
        // error the check finds.
        changes.append(QJsonObject { { u"op"_s, u"add_user_membership_in_group"_s },
                                     { u"user_id"_s, kHannah },
                                     { u"group_id"_s, u"quiet_summit"_s },
                                     { u"role"_s, u"Edit Destination"_s } });
        m_admin.sandbox().server().resetStats();
        const AdminRun r = apply({ write(planJson(changes)) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("already a member"), r.err.constData());
        QVERIFY(r.err.contains("nothing was sent"));
        QCOMPARE(m_admin.writesHandled(), 0);
    }

    void aChangeTheServiceRefusesFails()
    {
        // The check does not know the service's length limits; the service refuses (400).
        const QJsonArray changes {
            QJsonObject { { u"op"_s, u"modify_user"_s },
                          { u"user_id"_s, kJames },
                          { u"given_name"_s, QString(300, u'J') } },
            QJsonObject { { u"op"_s, u"delete_user_membership_in_connector"_s },
                          { u"user_id"_s, kJames },
                          { u"connector_id"_s, u"placid_otter"_s } },
        };
        const AdminRun r = apply({ write(planJson(changes)) });
        QCOMPARE(r.exitCode, 1);
        const QVector<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(lines.at(1).value(u"outcome"_s).toString(), u"applied"_s);
        QVERIFY2(r.err.contains("change 1 of 2 (modify_user): failed"), r.err.constData());
        QVERIFY(r.err.contains("given_name"));
        QVERIFY(m_admin.store().connectionMemberships(kJames).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApplyCommand)
#include "tst_applycommand.moc"
