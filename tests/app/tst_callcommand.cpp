// `fivetran-admin call` end to end: the built binary run with QProcess against an in-process
// sandbox (credentials in the environment), every operation, exit codes 0, 1 and 2.
#include "adminprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = fttest::AdminRun;

int requestsOf(const QJsonObject &stats, const QString &route)
{
    return stats.value(u"requests"_s).toObject().value(route).toInt();
}

} // namespace

class TestCallCommand : public QObject
{
    Q_OBJECT

private:
    fttest::AdminProcess m_admin;

    void start(const ftsandbox::SandboxOptions &options) { m_admin.start(options); }

    Run run(const QStringList &arguments, bool withCredentials = true, bool withUrl = true)
    {
        return m_admin.run(arguments, {}, withCredentials, withUrl);
    }

    Run call(const QStringList &arguments) { return run(QStringList { u"call"_s } + arguments); }

    ftsandbox::SandboxStore &store() { return m_admin.store(); }

    QString plainUser()
    {
        for (const auto &u : store().users()) {
            if (u.role != u"Account Administrator"_s && !store().groupMemberships(u.id).isEmpty()
                && !store().connectionMemberships(u.id).isEmpty())
                return u.id;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options;
        options.users = 40;
        options.groups = 4;
        options.connections = 12;
        options.membershipsPerUser = 4;
        start(options);
        QVERIFY(m_admin.sandbox().isListening());
    }

    void versionAndHelp()
    {
        const Run version = run({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("fivetran-admin "));
        const Run help = run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("call OPERATION"));
        QVERIFY(help.out.contains("--lang LANG")); // every option the console takes is listed
        const Run callHelp = call({ u"--help"_s });
        QCOMPARE(callHelp.exitCode, 0);
        QVERIFY(callHelp.out.contains("get_user_memberships_in_connectors"));
        QVERIFY(callHelp.out.contains("list_connections group_id=..."));
    }

    void listAllUsersMergesEveryPage()
    {
        ftsandbox::SandboxOptions options;
        options.users = 1234;
        options.membershipsPerUser = 0;
        start(options);
        m_admin.sandbox().server().resetStats();
        const Run r = call({ u"list_all_users"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = r.array();
        QCOMPARE(users.size(), store().users().size());
        for (qsizetype i = 0; i < users.size(); ++i)
            QCOMPARE(users.at(i).toObject().value(u"id"_s).toString(), store().users().at(i).id);
        QCOMPARE(requestsOf(m_admin.sandbox().server().stats(), u"GET /users"_s), 2);
    }

    void cursorOrLimitPrintsThePageAsSent()
    {
        const Run first = call({ u"list_all_users"_s, u"limit=5"_s });
        QCOMPARE(first.exitCode, 0);
        const QJsonObject page = first.object();
        QCOMPARE(page.value(u"items"_s).toArray().size(), 5);
        const QString cursor = page.value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const Run second = call({ u"list_all_users"_s, u"cursor="_s + cursor, u"limit=1000"_s });
        QCOMPARE(second.exitCode, 0);
        const QJsonArray rest = second.object().value(u"items"_s).toArray();
        QCOMPARE(rest.size(), store().users().size() - 5);
        QCOMPARE(rest.first().toObject().value(u"id"_s).toString(), store().users().at(5).id);
        QVERIFY(second.object().value(u"next_cursor"_s).toString().isEmpty());
    }

    void usersLifecycle()
    {
        const Run created =
            call({ u"create_user"_s, u"email=call.test@example.com"_s, u"given_name=Call"_s,
                   u"family_name=Test"_s, u"role=Account Reviewer"_s, u"phone=+1 555 0101"_s });
        QCOMPARE(created.exitCode, 0);
        const QString id = created.object().value(u"id"_s).toString();
        const ftsandbox::SandboxUser *stored = store().user(id);
        QVERIFY(stored);
        QCOMPARE(stored->email, u"call.test@example.com"_s);
        QCOMPARE(stored->phone, std::optional<QString>(u"+1 555 0101"_s));

        const Run details = call({ u"user_details"_s, u"user_id="_s + id });
        QCOMPARE(details.exitCode, 0);
        QCOMPARE(details.object().value(u"email"_s).toString(), stored->email);

        const Run modified = call(
            { u"modify_user"_s, u"user_id="_s + id, u"phone=null"_s, u"given_name=Renamed"_s });
        QCOMPARE(modified.exitCode, 0);
        QVERIFY(modified.object().value(u"phone"_s).isNull());
        QVERIFY(!store().user(id)->phone.has_value());
        QCOMPARE(store().user(id)->givenName, u"Renamed"_s);

        const Run noRole = call({ u"delete_user_membership_in_account"_s, u"user_id="_s + id });
        QCOMPARE(noRole.exitCode, 0);
        QVERIFY(!store().user(id)->role.has_value());

        const Run deleted = call({ u"delete_user"_s, u"user_id="_s + id });
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(!store().user(id));

        const Run gone = call({ u"user_details"_s, u"user_id="_s + id });
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains("NotFound_User"));
        QVERIFY(gone.err.contains(id.toUtf8()));
        QVERIFY(gone.out.isEmpty());
    }

    void membershipLifecycle_data()
    {
        QTest::addColumn<QString>("noun"); // group / connector
        QTest::addColumn<QString>("param"); // group_id / connector_id / connection_id
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("otherRole");
        QTest::newRow("group") << u"group"_s << u"group_id"_s << u"View Destination"_s
                               << u"Manage Destination"_s;
        QTest::newRow("connector")
            << u"connector"_s << u"connector_id"_s << u"View Connection"_s << u"Edit Connection"_s;
        QTest::newRow("connection_id alias") << u"connector"_s << u"connection_id"_s
                                             << u"View Connection"_s << u"Manage Connection"_s;
    }

    void membershipLifecycle()
    {
        QFETCH(QString, noun);
        QFETCH(QString, param);
        QFETCH(QString, role);
        QFETCH(QString, otherRole);
        const bool group = noun == u"group"_s;
        const auto kind =
            group ? ftsandbox::MembershipKind::Group : ftsandbox::MembershipKind::Connection;
        const QString user = plainUser();
        QVERIFY(!user.isEmpty());
        const QString u = u"user_id="_s + user;

        const Run list = call({ u"get_user_memberships_in_"_s + noun + u"s"_s, u });
        QCOMPARE(list.exitCode, 0);
        const auto truth = store().memberships(kind, user);
        QCOMPARE(list.array().size(), truth.size());
        QCOMPARE(list.array().first().toObject().value(u"id"_s).toString(), truth.first().id);

        QStringList free;
        if (group)
            for (const auto &g : store().groups())
                free.append(g.id);
        else
            for (const auto &c : store().connections())
                free.append(c.id);
        for (const auto &m : truth)
            free.removeAll(m.id);
        QVERIFY(!free.isEmpty());
        const QString target = param + u"="_s + free.first();

        const Run added =
            call({ u"add_user_membership_in_"_s + noun, u, target, u"role="_s + role });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(u"id"_s).toString(), free.first());
        ftsandbox::SandboxMembership m;
        QVERIFY(!store().findMembership(kind, user, free.first(), &m).isError());

        const Run twice =
            call({ u"add_user_membership_in_"_s + noun, u, target, u"role="_s + role });
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("409"));

        const Run one = call({ u"get_user_membership_in_"_s + noun, u, target });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.object().value(u"role"_s).toString(), role);

        const Run updated =
            call({ u"update_user_membership_in_"_s + noun, u, target, u"role="_s + otherRole });
        QCOMPARE(updated.exitCode, 0);
        QVERIFY(!store().findMembership(kind, user, free.first(), &m).isError());
        QCOMPARE(m.role, otherRole);

        const Run removed = call({ u"delete_user_membership_in_"_s + noun, u, target });
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(store().findMembership(kind, user, free.first(), &m).isError());

        const Run again = call({ u"delete_user_membership_in_"_s + noun, u, target });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("404"));
    }

    void lookUps()
    {
        const Run roles = call({ u"list_roles"_s });
        QCOMPARE(roles.exitCode, 0);
        QCOMPARE(roles.array().size(), store().roles().size());
        QCOMPARE(roles.array().first().toObject().value(u"name"_s).toString(),
                 store().roles().first().name);

        const Run groups = call({ u"list_groups"_s });
        QCOMPARE(groups.exitCode, 0);
        QCOMPARE(groups.array().size(), store().groups().size());

        const QString g = store().groups().first().id;
        const Run connections = call({ u"list_connections"_s, u"group_id="_s + g });
        QCOMPARE(connections.exitCode, 0);
        QCOMPARE(connections.array().size(), store().connectionsOfGroup(g).size());

        const Run unknown = call({ u"list_connections"_s, u"group_id=nowhere"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("NotFound_Group"));
    }

    void connectorsSpelling()
    {
        m_admin.sandbox().server().resetStats();
        const Run r = call({ u"get_user_memberships_in_connectors"_s, u"user_id="_s + plainUser(),
                             u"--connectors"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(requestsOf(m_admin.sandbox().server().stats(), u"GET /users/{id}/connectors"_s),
                 1);
        QCOMPARE(requestsOf(m_admin.sandbox().server().stats(), u"GET /users/{id}/connections"_s),
                 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no operation") << QStringList { u"call"_s };
        QTest::newRow("unknown operation") << QStringList { u"call"_s, u"list_everything"_s };
        QTest::newRow("missing user_id") << QStringList { u"call"_s, u"user_details"_s };
        QTest::newRow("missing role") << QStringList { u"call"_s, u"add_user_membership_in_group"_s,
                                                       u"user_id=a"_s, u"group_id=b"_s };
        QTest::newRow("unknown parameter")
            << QStringList { u"call"_s, u"user_details"_s, u"user_id=a"_s, u"colour=blue"_s };
        QTest::newRow("not name=value") << QStringList { u"call"_s, u"user_details"_s, u"a"_s };
        QTest::newRow("twice") << QStringList { u"call"_s, u"user_details"_s, u"user_id=a"_s,
                                                u"user_id=b"_s };
        QTest::newRow("bad limit")
            << QStringList { u"call"_s, u"list_all_users"_s, u"limit=5000"_s };
        QTest::newRow("nothing to modify")
            << QStringList { u"call"_s, u"modify_user"_s, u"user_id=a"_s };
        QTest::newRow("null role")
            << QStringList { u"call"_s, u"modify_user"_s, u"user_id=a"_s, u"role=null"_s };
        QTest::newRow("unknown option")
            << QStringList { u"call"_s, u"list_roles"_s, u"--colour"_s };
        QTest::newRow("secret on the command line")
            << QStringList { u"call"_s, u"list_roles"_s, u"--api-secret"_s, u"x"_s };
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        m_admin.sandbox().server().resetStats();
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Usage:"));
        QCOMPARE(m_admin.sandbox().server().stats().value(u"requests_total"_s).toInt(), 0);
    }

    void connectionProblems()
    {
        const Run insecure =
            run({ u"call"_s, u"list_roles"_s, u"--api-url"_s, u"http://api.example.com/v1"_s });
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(insecure.err.contains("http://"));

        const Run noCredentials = run({ u"call"_s, u"list_roles"_s }, false);
        QCOMPARE(noCredentials.exitCode, 2);
        QVERIFY(noCredentials.err.contains("FIVETRAN_APIKEY"));

        const Run wrong = run({ u"call"_s, u"list_roles"_s, u"--api-url"_s,
                                m_admin.sandbox().server().baseUrl().toString() },
                              true, false);
        QCOMPARE(wrong.exitCode, 0); // --api-url instead of the environment works too

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const Run unreachable = run(
            { u"call"_s, u"list_roles"_s, u"--api-url"_s, u"http://127.0.0.1:%1/v1"_s.arg(port) },
            true, false);
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(!unreachable.err.isEmpty());
    }

    void wrongCredentialsAreAnApiError()
    {
        m_admin.setSecret(u"not-the-secret"_s);
        const Run r = call({ u"list_roles"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("401"));
    }

    void demoAccount()
    {
        const Run users = run({ u"call"_s, u"list_all_users"_s, u"--demo"_s }, false, false);
        QCOMPARE(users.exitCode, 0);
        QCOMPARE(users.array().size(), 200);
        const Run groups = run({ u"--demo"_s, u"call"_s, u"list_groups"_s }, false, false);
        QCOMPARE(groups.exitCode, 0);
        QCOMPARE(groups.array().size(), 10);
        int connections = 0;
        for (const QJsonValue &g : groups.array()) {
            const Run c = run({ u"call"_s, u"list_connections"_s, u"--demo"_s,
                                u"group_id="_s + g.toObject().value(u"id"_s).toString() },
                              false, false);
            QCOMPARE(c.exitCode, 0);
            connections += int(c.array().size());
        }
        // Each run starts its own demo sandbox, seeded alike: the ids carry over.
        QCOMPARE(connections, 60);
    }
};

QTEST_GUILESS_MAIN(TestCallCommand)
#include "tst_callcommand.moc"
