// `fivetran-admin audit` saving snapshots, `snapshots` listing them and `diff` comparing them,
// end to end: the binary as a process against an in-process sandbox, its storage in the test's
// own XDG data directory. Between two audits the sandbox is changed through the API (an
// invitation, a deletion, an account role change, a grant added, one removed, one changed in
// role), and the diff must list exactly those changes and the effective consequences a
// brute-force reading of the sandbox finds; the same as CSV and as a PDF report; `now` against
// the latest snapshot; and every usage error.
#include "adminprocess.h"
#include "effectivefixture.h"
#include "pdftext.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::AdminRun;

namespace {

QString key(const QJsonObject &c)
{
    QStringList parts { c.value(u"change"_s).toString(), c.value(u"user_id"_s).toString() };
    for (const QString &field :
         { u"kind"_s, u"target_id"_s, u"old_role"_s, u"new_role"_s, u"old_level"_s, u"new_level"_s,
           u"old_status"_s, u"new_status"_s }) {
        const QJsonValue v = c.value(field);
        parts.append(v.isUndefined() ? u"-"_s : v.isNull() ? u"null"_s : v.toString());
    }
    return parts.join(u'|');
}

QHash<QString, QString> levels(const QVector<fttest::ExpectedReach> &rows)
{
    QHash<QString, QString> byKey;
    for (const fttest::ExpectedReach &r : rows)
        byKey.insert(r.userId + u'|' + r.kind + u'|' + r.targetId, r.level);
    return byKey;
}

// The effective changes between two brute-force readings, keyed as key() keys a change.
QStringList effectiveChanges(const QVector<fttest::ExpectedReach> &before,
                             const QVector<fttest::ExpectedReach> &after)
{
    const QHash<QString, QString> old = levels(before);
    const QHash<QString, QString> now = levels(after);
    QStringList changes;
    auto line = [](const QString &change, const QString &k, const QString &from,
                   const QString &to) {
        const QStringList p = k.split(u'|');
        return QStringList { change, p[0], p[1], p[2], u"-"_s, u"-"_s, from, to, u"-"_s, u"-"_s }
            .join(u'|');
    };
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            changes.append(line(u"effective_lost"_s, it.key(), it.value(), u"-"_s));
        else if (now.value(it.key()) != it.value())
            changes.append(
                line(u"effective_level_changed"_s, it.key(), it.value(), now.value(it.key())));
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key()))
            changes.append(line(u"effective_gained"_s, it.key(), u"-"_s, it.value()));
    }
    return changes;
}

} // namespace

class TestSnapshotCommands : public QObject
{
    Q_OBJECT

    fttest::AdminProcess m_admin;

    AdminRun admin(const QStringList &arguments) { return m_admin.run(arguments); }
    QString file(const QString &name) const { return m_admin.dataDir() + u'/' + name; }
    ftsandbox::SandboxStore &store() { return m_admin.store(); }

    QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_admin.start();
        QVERIFY(m_admin.sandbox().isListening());
    }

    void diffListsExactlyWhatChanged()
    {
        const AdminRun first = admin({ u"audit"_s });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains("saved as snapshot 1"), first.err.constData());
        const QVector<fttest::ExpectedReach> before = fttest::expectedEffectiveRows(store(), true);

        // People to change, chosen from the account as it is.
        QString removed, promoted, granted, revoked, revokedGroup, rerolled, rerolledConnection;
        QString oldConnectionRole, addedGroup, oldRemovedRole, removedGroupRole;
        for (const ftsandbox::SandboxUser &u : store().users()) {
            const bool admin = u.role == u"Account Administrator"_s;
            const auto groups = store().groupMemberships(u.id);
            const auto connections = store().connectionMemberships(u.id);
            if (removed.isEmpty() && !admin && !groups.isEmpty()) {
                removed = u.id;
                oldRemovedRole = u.role.value_or(QString());
            } else if (promoted.isEmpty() && !admin && u.role) {
                promoted = u.id;
            } else if (revoked.isEmpty() && !groups.isEmpty()) {
                revoked = u.id;
                revokedGroup = groups.first().id;
                removedGroupRole = groups.first().role;
            } else if (rerolled.isEmpty() && !connections.isEmpty()) {
                rerolled = u.id;
                rerolledConnection = connections.first().id;
                oldConnectionRole = connections.first().role;
            } else if (granted.isEmpty() && u.id != removed) {
                for (const ftsandbox::SandboxGroup &g : store().groups()) {
                    bool member = false;
                    for (const auto &m : groups)
                        member = member || m.id == g.id;
                    if (!member) {
                        granted = u.id;
                        addedGroup = g.id;
                        break;
                    }
                }
            }
        }
        QVERIFY(!removed.isEmpty() && !promoted.isEmpty() && !revoked.isEmpty()
                && !rerolled.isEmpty() && !granted.isEmpty());
        const QString newRole = oldConnectionRole == u"View Connection"_s ? u"Manage Connection"_s
                                                                          : u"View Connection"_s;
        QStringList expected;
        auto call = [this](const QStringList &args) {
            const AdminRun r = admin(QStringList { u"call"_s } + args);
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return r.exitCode == 0;
        };
        QVERIFY(call({ u"create_user"_s, u"email=new.hire@example.com"_s, u"given_name=New"_s,
                       u"family_name=Hire"_s, u"role=Account Reviewer"_s }));
        const QString hired = store().userByEmail(u"new.hire@example.com"_s)->id;
        expected << u"user_added|%1|-|-|-|Account Reviewer|-|-|-|invitation_pending"_s.arg(hired);

        const auto removedGroups = store().groupMemberships(removed);
        const auto removedConnections = store().connectionMemberships(removed);
        const bool removedActive = store().user(removed)->active;
        QVERIFY(call({ u"delete_user"_s, u"user_id="_s + removed }));
        expected << u"user_removed|%1|-|-|%2|-|-|-|%3|-"_s.arg(
            removed, oldRemovedRole.isEmpty() ? u"null"_s : oldRemovedRole,
            removedActive ? u"active"_s : u"suspended"_s);
        for (const auto &m : removedGroups)
            expected << u"grant_removed|%1|destination|%2|%3|-|-|-|-|-"_s.arg(removed, m.id,
                                                                              m.role);
        for (const auto &m : removedConnections)
            expected << u"grant_removed|%1|connection|%2|%3|-|-|-|-|-"_s.arg(removed, m.id, m.role);

        const QString oldPromotedRole = store().user(promoted)->role.value_or(QString());
        QVERIFY(
            call({ u"modify_user"_s, u"user_id="_s + promoted, u"role=Account Administrator"_s }));
        expected << u"account_role_changed|%1|account|-|%2|Account Administrator|-|-|-|-"_s.arg(
            promoted, oldPromotedRole);

        QVERIFY(call({ u"add_user_membership_in_group"_s, u"user_id="_s + granted,
                       u"group_id="_s + addedGroup, u"role=View Destination"_s }));
        expected << u"grant_added|%1|destination|%2|-|View Destination|-|-|-|-"_s.arg(granted,
                                                                                      addedGroup);
        QVERIFY(call({ u"delete_user_membership_in_group"_s, u"user_id="_s + revoked,
                       u"group_id="_s + revokedGroup }));
        expected << u"grant_removed|%1|destination|%2|%3|-|-|-|-|-"_s.arg(revoked, revokedGroup,
                                                                          removedGroupRole);
        QVERIFY(call({ u"update_user_membership_in_connector"_s, u"user_id="_s + rerolled,
                       u"connector_id="_s + rerolledConnection, u"role="_s + newRole }));
        expected << u"grant_role_changed|%1|connection|%2|%3|%4|-|-|-|-"_s.arg(
            rerolled, rerolledConnection, oldConnectionRole, newRole);

        const AdminRun second = admin({ u"audit"_s, u"--output"_s, file(u"audit.csv"_s) });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), second.err.constData()); // quiet with --output
        QCOMPARE(admin({ u"snapshots"_s }).array().size(), 2);
        const QStringList effective =
            effectiveChanges(before, fttest::expectedEffectiveRows(store(), true));
        QVERIFY(!effective.isEmpty());
        expected += effective;

        // Default: previous against latest.
        const AdminRun diff = admin({ u"diff"_s, u"--output"_s, file(u"diff.json"_s) });
        QCOMPARE(diff.exitCode, 0);
        const QJsonObject json = readJson(file(u"diff.json"_s));
        QCOMPARE(json.value(u"old"_s).toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(json.value(u"new"_s).toObject().value(u"id"_s).toInt(), 2);
        QCOMPARE(json.value(u"new"_s).toObject().value(u"users"_s).toInt(),
                 int(store().users().size()));
        const QJsonArray changes = json.value(u"changes"_s).toArray();
        QStringList actual;
        for (const QJsonValue &c : changes) {
            actual.append(key(c.toObject()));
            QVERIFY(!c.toObject().value(u"email"_s).toString().isEmpty());
            if (c.toObject().value(u"change"_s).toString().startsWith(u"effective"_s))
                QVERIFY(!c.toObject().value(u"via"_s).toArray().isEmpty());
        }
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        actual.sort();
        QCOMPARE(actual, sortedExpected);

        // The same changes as CSV, one row each, the fields as columns.
        QCOMPARE(admin({ u"diff"_s, u"1"_s, u"2"_s, u"-o"_s, file(u"diff.csv"_s) }).exitCode, 0);
        QFile csv(file(u"diff.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("change,user_id,email,kind,target_id,target_name,old_role,new_role,"
                            "old_level,new_level,old_status,new_status,via"));
        QCOMPARE(lines.size() - 2, changes.size()); // header, then a final empty split

        // The report.
        QCOMPARE(
            admin({ u"diff"_s, u"previous"_s, u"latest"_s, u"--output"_s, file(u"review.pdf"_s) })
                .exitCode,
            0);
        QFile pdf(file(u"review.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const fttest::PdfText text = fttest::PdfText::read(pdf.readAll());
        QVERIFY(text.pages() >= 1);
        QVERIFY2(text.text().contains(u"Person added: 1"_s), qPrintable(text.text().left(2000)));
        QVERIFY(text.text().contains(u"Person removed: 1"_s));
        QVERIFY(text.text().contains(u"Account role changed: 1"_s));
        QVERIFY(text.text().contains(u"Grant role changed: 1"_s));

        // The list.
        const AdminRun list = admin({ u"snapshots"_s });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray snapshots = list.array();
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(snapshots[0].toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(snapshots[1].toObject().value(u"users"_s).toInt(), int(store().users().size()));
        for (const QString &field : { u"id"_s, u"time"_s, u"users"_s, u"grants"_s, u"label"_s })
            QVERIFY(snapshots[0].toObject().contains(field));
        QCOMPARE(admin({ u"snapshots"_s, u"--output"_s, file(u"list.json"_s) }).exitCode, 0);
        QVERIFY(QFile::exists(file(u"list.json"_s)));
    }

    void nowAgainstLatest()
    {
        QCOMPARE(admin({ u"audit"_s }).exitCode, 0);
        // Nothing changed: no change.
        AdminRun same = admin({ u"diff"_s, u"latest"_s, u"now"_s });
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.object().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(same.object().value(u"new"_s).toObject().value(u"id"_s).toString(), u"now"_s);

        QString who;
        for (const ftsandbox::SandboxUser &u : store().users()) {
            if (u.role == u"Account Reviewer"_s) {
                who = u.id;
                break;
            }
        }
        QVERIFY(!who.isEmpty());
        QVERIFY(
            admin({ u"call"_s, u"modify_user"_s, u"user_id="_s + who, u"role=Account Analyst"_s })
                .exitCode
            == 0);
        const AdminRun changed = admin({ u"diff"_s, u"latest"_s, u"now"_s });
        QCOMPARE(changed.exitCode, 0);
        const QJsonArray changes = changed.object().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1); // Reviewer and Analyst both give View everywhere
        QCOMPARE(
            key(changes[0].toObject()),
            u"account_role_changed|%1|account|-|Account Reviewer|Account Analyst|-|-|-|-"_s.arg(
                who));
        // diff's fresh audit is not saved.
        QCOMPARE(admin({ u"snapshots"_s }).array().size(), 1);
    }

    void noSaveAndMistakes()
    {
        QCOMPARE(admin({ u"audit"_s, u"--no-save"_s, u"-o"_s, file(u"a.csv"_s) }).exitCode, 0);
        QCOMPARE(admin({ u"snapshots"_s }).array().size(), 0);
        // Nothing to compare yet.
        AdminRun r = admin({ u"diff"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no snapshot"));
        QCOMPARE(admin({ u"audit"_s }).exitCode, 0);
        r = admin({ u"diff"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("only one snapshot"));
        QCOMPARE(admin({ u"diff"_s, u"99"_s, u"latest"_s }).exitCode, 2);
        QCOMPARE(admin({ u"diff"_s, u"yesterday"_s }).exitCode, 2);
        QCOMPARE(admin({ u"diff"_s, u"now"_s, u"now"_s }).exitCode, 2);
        QCOMPARE(admin({ u"diff"_s, u"1"_s, u"1"_s, u"1"_s }).exitCode, 2);
        QCOMPARE(admin({ u"diff"_s, u"-o"_s, file(u"d.txt"_s) }).exitCode, 2);
        QCOMPARE(admin({ u"diff"_s, u"--everything"_s }).exitCode, 2);
        QCOMPARE(admin({ u"snapshots"_s, u"-o"_s, file(u"l.csv"_s) }).exitCode, 2);
        QCOMPARE(admin({ u"snapshots"_s, u"extra"_s }).exitCode, 2);
        QCOMPARE(admin({ u"audit"_s, u"--no-save"_s }).exitCode, 2);
        // The same snapshot against itself is no change.
        r = admin({ u"diff"_s, u"1"_s, u"1"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(u"changes"_s).toArray().size(), 0);
        for (const QString &command : { u"diff"_s, u"snapshots"_s }) {
            const AdminRun help = admin({ command, u"--help"_s });
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("Example"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCommands)
#include "tst_snapshotcommands.moc"
