// `fivetran-admin history` and `undo` end to end: the binary as a process against an
// in-process sandbox, journalling into the test's own XDG data directory. What history lists
// and its filters and files; --verify catching an edited and a deleted record; undo --last and
// by id, --dry-run, a lossy undo said on stderr; a process killed between the two records of an
// entry settled by the next one; two processes writing one journal at once.
#include "adminprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::AdminRun;

namespace {

const QString kJames = u"keen_walnut"_s; // Production Snowflake as Manage Destination
const QString kHannah = u"frosty_paddle"_s;

QByteArray plan(const QJsonArray &changes)
{
    return QJsonDocument(QJsonObject { { u"changes"_s, changes } }).toJson();
}

QJsonObject removeFrom(const QString &user, const QString &group)
{
    return { { u"op"_s, u"delete_user_membership_in_group"_s },
             { u"user_id"_s, user },
             { u"group_id"_s, group } };
}

} // namespace

class TestJournalCommands : public QObject
{
    Q_OBJECT

    fttest::AdminProcess m_admin;

    AdminRun admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_admin.run(arguments, input);
    }

    // Runs one SQL statement on the journal's file, as someone tampering with it would.
    bool tamper(const QString &statement)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_admin.journalPath());
            ok = db.open() && QSqlQuery(db).exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        return ok;
    }

private Q_SLOTS:
    void init()
    {
        m_admin.start();
        QVERIFY(m_admin.sandbox().isListening());
    }

    void historyListsWhatWasDoneWithFilters()
    {
        QVERIFY(admin({ u"call"_s, u"delete_user_membership_in_group"_s, u"user_id="_s + kJames,
                        u"group_id=warm_harbor"_s })
                    .exitCode
                == 0);
        QCOMPARE(admin({ u"apply"_s, u"-"_s },
                       plan({ QJsonObject { { u"op"_s, u"modify_user"_s },
                                            { u"user_id"_s, kHannah },
                                            { u"given_name"_s, u"Hanna"_s } } }))
                     .exitCode,
                 0);
        const AdminRun all = admin({ u"history"_s });
        QCOMPARE(all.exitCode, 0);
        const QJsonArray entries = all.array();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        for (const QString &field :
             { u"id"_s, u"batch"_s, u"time"_s, u"op"_s, u"user_id"_s, u"email"_s, u"target_id"_s,
               u"params"_s, u"before"_s, u"after"_s, u"outcome"_s, u"message"_s })
            QVERIFY2(first.contains(field), qPrintable(field));
        QCOMPARE(first.value(u"op"_s).toString(), u"delete_user_membership_in_group"_s);
        QCOMPARE(first.value(u"user_id"_s).toString(), kJames);
        QCOMPARE(first.value(u"email"_s).toString(), u"james.walker@example.com"_s);
        QCOMPARE(first.value(u"target_id"_s).toString(), u"warm_harbor"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(first.value(u"before"_s).toObject().value(u"role"_s).toString(),
                 u"Manage Destination"_s);
        QVERIFY(!first.value(u"after"_s).toObject().value(u"member"_s).toBool());
        QVERIFY(entries.at(0).toObject().value(u"id"_s).toInteger()
                < entries.at(1).toObject().value(u"id"_s).toInteger()); // newest last

        const AdminRun hers = admin({ u"history"_s, u"--user"_s, u"HANNAH.MUELLER@example.com"_s });
        QCOMPARE(hers.array().size(), 1);
        QCOMPARE(admin({ u"history"_s, u"--user"_s, kJames }).array().size(), 1);
        QCOMPARE(admin({ u"history"_s, u"--since"_s, u"2999-01-01"_s }).array().size(), 0);
        QCOMPARE(admin({ u"history"_s, u"--since"_s, u"yesterday-ish"_s }).exitCode, 2);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"history.csv"_s);
        QCOMPARE(admin({ u"history"_s, u"--output"_s, csv }).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(
            lines.at(0).startsWith("id,batch,time,op,user_id,email,target_id,params,before,after,"
                                   "outcome,message"));
        const QString json = dir.filePath(u"history.json"_s);
        QCOMPARE(admin({ u"history"_s, u"-o"_s, json }).exitCode, 0);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array().size(), 2);
        QVERIFY(admin({ u"history"_s, u"--help"_s }).out.contains("--verify"));
    }

    void verifyCatchesAnEditedAndADeletedRecord()
    {
        for (const QString &group : { u"warm_harbor"_s })
            QCOMPARE(admin({ u"apply"_s, u"-"_s }, plan({ removeFrom(kJames, group) })).exitCode,
                     0);
        QCOMPARE(
            admin({ u"call"_s, u"delete_user_membership_in_account"_s, u"user_id=candid_atlas"_s })
                .exitCode,
            0);
        const AdminRun intact = admin({ u"history"_s, u"--verify"_s });
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(intact.err.contains("intact: 4 record(s)"));

        QVERIFY(tamper(u"UPDATE journal SET outcome = 'failed' WHERE id = 2"_s));
        const AdminRun edited = admin({ u"history"_s, u"--verify"_s });
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.err.contains("entry 1:"), edited.err.constData());
        QVERIFY(tamper(u"UPDATE journal SET outcome = 'applied' WHERE id = 2"_s));
        QCOMPARE(admin({ u"history"_s, u"--verify"_s }).exitCode, 0); // as it was

        QVERIFY(tamper(u"DELETE FROM journal WHERE id = 3"_s));
        const AdminRun deleted = admin({ u"history"_s, u"--verify"_s });
        QCOMPARE(deleted.exitCode, 1);
        QVERIFY2(deleted.err.contains("entry 3:") && deleted.err.contains("deleted or changed"),
                 deleted.err.constData());
    }

    void undoLastAndByIdAndDryRun()
    {
        QCOMPARE(
            admin({ u"apply"_s, u"-"_s }, plan({ removeFrom(kJames, u"warm_harbor"_s) })).exitCode,
            0);
        QVERIFY(m_admin.store().groupMemberships(kJames).isEmpty());
        m_admin.sandbox().server().resetStats();
        const AdminRun dry = admin({ u"undo"_s, u"--last"_s, u"--dry-run"_s });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("Give James Walker the role Manage Destination in Production "
                                  "Snowflake"),
                 dry.out.constData());
        QCOMPARE(m_admin.writesHandled(), 0);

        const AdminRun undone = admin({ u"undo"_s, u"--last"_s });
        QCOMPARE(undone.exitCode, 0);
        QVERIFY(undone.err.contains("Undo: remove James Walker from Production Snowflake"));
        QCOMPARE(undone.lines().size(), 1);
        QCOMPARE(m_admin.store().groupMemberships(kJames).size(), 1);
        QCOMPARE(m_admin.store().groupMemberships(kJames).constFirst().role,
                 u"Manage Destination"_s);
        // Nothing left: the undo itself is no batch to undo.
        const AdminRun nothing = admin({ u"undo"_s, u"--last"_s });
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains("nothing to undo"));

        // By id: the first entry again is already undone.
        QCOMPARE(admin({ u"undo"_s, u"1"_s }).exitCode, 1);
        QCOMPARE(admin({ u"undo"_s, u"4711"_s }).exitCode, 2);
        QCOMPARE(admin({ u"undo"_s }).exitCode, 2);
    }

    void aLossyUndoSaysWhatCannotComeBack()
    {
        QCOMPARE(admin({ u"call"_s, u"delete_user"_s, u"user_id="_s + kHannah }).exitCode, 0);
        QVERIFY(!m_admin.store().user(kHannah));
        const AdminRun undone = admin({ u"undo"_s, u"--last"_s });
        QCOMPARE(undone.exitCode, 0);
        QVERIFY2(undone.err.contains("cannot come back:") && undone.err.contains("new id"),
                 undone.err.constData());
        const auto *back = m_admin.store().userByEmail(u"hannah.mueller@example.com"_s);
        QVERIFY(back);
        QCOMPARE(back->familyName, u"Müller"_s);
        QCOMPARE(m_admin.store().groupMemberships(back->id).size(), 1);
        QCOMPARE(m_admin.store().connectionMemberships(back->id).size(), 1);
    }

    void aKilledProcessIsSettledByTheNextOne()
    {
        // The answer comes late; the process is killed once the sandbox has made the change,
        // after the journal's first record and before its second.
        m_admin.sandbox().server().setWriteLatencyMs(30000);
        const QProcessEnvironment env = m_admin.environment();
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FT_ADMIN_BINARY),
                      { u"call"_s, u"delete_user_membership_in_group"_s, u"user_id="_s + kJames,
                        u"group_id=warm_harbor"_s });
        QVERIFY(QTest::qWaitFor([&] { return m_admin.store().groupMemberships(kJames).isEmpty(); },
                                20000));
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        m_admin.sandbox().server().setWriteLatencyMs(0);

        const AdminRun next = admin({ u"history"_s });
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.err.contains("was made (the program had stopped before it heard)"),
                 next.err.constData());
        const QJsonObject entry = next.array().first().toObject();
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"applied"_s);
        QVERIFY(entry.value(u"settled"_s).toBool());
        QCOMPARE(admin({ u"history"_s, u"--verify"_s }).exitCode, 0);
    }

    void twoProcessesOnOneJournal()
    {
        // Two plans applied at the same moment by two processes into one file.
        ftsandbox::SandboxOptions options;
        options.users = 60;
        options.groups = 4;
        options.connections = 4;
        options.membershipsPerUser = 0;
        options.latencyMs = 5;
        m_admin.start(options);
        const auto &users = m_admin.store().users();
        QJsonArray left, right;
        for (int i = 1; i < 41; ++i) {
            (i % 2 ? left : right)
                .append(QJsonObject { { u"op"_s, u"add_user_membership_in_group"_s },
                                      { u"user_id"_s, users.at(i).id },
                                      { u"group_id"_s, m_admin.store().groups().at(0).id },
                                      { u"role"_s, u"View Destination"_s } });
        }
        QList<QProcess *> processes;
        for (const QJsonArray &changes : { left, right }) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(m_admin.environment());
            p->start(QStringLiteral(FT_ADMIN_BINARY), { u"apply"_s, u"-"_s });
            p->write(plan(changes));
            p->closeWriteChannel();
            processes.append(p);
        }
        for (QProcess *p : processes) {
            QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const AdminRun history = admin({ u"history"_s });
        QCOMPARE(history.array().size(), 40);
        const AdminRun verify = admin({ u"history"_s, u"--verify"_s });
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.err.contains("80 record(s)"));
    }
};

QTEST_GUILESS_MAIN(TestJournalCommands)
#include "tst_journalcommands.moc"
