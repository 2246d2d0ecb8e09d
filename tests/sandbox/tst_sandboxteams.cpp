// The sandbox's teams: GET /teams and each team's users, groups and connections (both
// spellings) match the store and page like every list; generated teams are deterministic and
// leave the rest of a generated account as it was; the demo account has a few; an unknown
// team is NotFound_Team; the routes can be refused with 404 or 403 for clients that must cope
// without teams.

#include "sandboxjson.h"
#include "sandboxseeder.h"
#include "testsandbox.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ftsandbox::SandboxMembership;
using ftsandbox::SandboxOptions;
using ftsandbox::SandboxSeeder;
using ftsandbox::SandboxStore;
using ftsandbox::TeamsAnswer;
using fttest::HttpResult;
using fttest::TestSandbox;

namespace {

SandboxOptions withTeams(int teams, quint32 seed = 5)
{
    SandboxOptions options;
    options.users = 80;
    options.groups = 6;
    options.connections = 30;
    options.teams = teams;
    options.seed = seed;
    return options;
}

// Users, groups, connections and memberships as the API writes them: all but the teams.
QByteArray dumpWithoutTeams(const SandboxStore &store)
{
    QByteArray out;
    for (const auto &user : store.users()) {
        ftsandbox::SandboxJson::appendUser(out, user);
        for (const auto &m : store.groupMemberships(user.id))
            ftsandbox::SandboxJson::appendMembership(out, m);
        for (const auto &m : store.connectionMemberships(user.id))
            ftsandbox::SandboxJson::appendMembership(out, m);
    }
    for (const auto &group : store.groups())
        ftsandbox::SandboxJson::appendGroup(out, group);
    for (const auto &connection : store.connections())
        ftsandbox::SandboxJson::appendConnection(out, connection);
    return out;
}

QByteArray dumpTeams(const SandboxStore &store)
{
    QByteArray out;
    for (const auto &team : store.teams().list()) {
        ftsandbox::SandboxJson::appendTeam(out, team);
        for (const auto &member : store.teams().members(team.id))
            ftsandbox::SandboxJson::appendTeamMember(out, member);
        for (const auto &grant : store.teams().groups(team.id))
            ftsandbox::SandboxJson::appendMembership(out, grant);
        for (const auto &grant : store.teams().connections(team.id))
            ftsandbox::SandboxJson::appendMembership(out, grant);
        out += '\n';
    }
    return out;
}

void compareGrants(const QJsonArray &items, const QVector<SandboxMembership> &expected)
{
    QCOMPARE(items.size(), expected.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(u"id"_s).toString(), expected.at(i).id);
        QCOMPARE(item.value(u"role"_s).toString(), expected.at(i).role);
        QCOMPARE(item.value(u"created_at"_s).toString(), expected.at(i).createdAt);
    }
}

} // namespace

class TestSandboxTeams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamsMatchTheStore_data();
    void teamsMatchTheStore();
    void generatedTeamsAreDeterministic();
    void teamsLeaveTheRestOfTheAccountAlone();
    void generatedTeamsAreConsistent();
    void demoAccountHasTeams();
    void unknownTeamIsNotFound();
    void cursorsBelongToOneList();
    void routesCanBeRefused_data();
    void routesCanBeRefused();
    void refusalFromTheOptions();
    void deletedUserLeavesTeams();
    void statsNameTheTeamRoutes();
};

void TestSandboxTeams::teamsMatchTheStore_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("limit 1000") << 1000;
    QTest::newRow("limit 2") << 2;
}

void TestSandboxTeams::teamsMatchTheStore()
{
    QFETCH(int, limit);
    TestSandbox sandbox(withTeams(9));
    QVERIFY(sandbox.isListening());
    const SandboxStore &store = sandbox.store();
    QCOMPARE(store.teams().list().size(), 9);

    int pages = 0;
    const QJsonArray teams = sandbox.getAll(u"/teams"_s, limit, &pages);
    QCOMPARE(teams.size(), store.teams().list().size());
    QCOMPARE(pages, qMax(1, int((teams.size() + limit - 1) / limit)));
    bool someRole = false;
    bool someMembers = false;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const QJsonObject team = teams.at(i).toObject();
        const ftsandbox::SandboxTeam &expected = store.teams().list().at(i);
        QCOMPARE(team.value(u"id"_s).toString(), expected.id);
        QCOMPARE(team.value(u"name"_s).toString(), expected.name);
        QCOMPARE(team.value(u"description"_s).toString(), expected.description);
        QVERIFY(team.contains(u"role"_s));
        if (expected.role) {
            QCOMPARE(team.value(u"role"_s).toString(), *expected.role);
            someRole = true;
        } else {
            QVERIFY(team.value(u"role"_s).isNull());
        }

        const QString base = u"/teams/"_s + expected.id;
        const QJsonArray users = sandbox.getAll(base + u"/users"_s, limit);
        const auto members = store.teams().members(expected.id);
        QCOMPARE(users.size(), members.size());
        someMembers = someMembers || !members.isEmpty();
        for (qsizetype m = 0; m < users.size(); ++m) {
            QCOMPARE(users.at(m).toObject().value(u"user_id"_s).toString(), members.at(m).userId);
            QCOMPARE(users.at(m).toObject().value(u"role"_s).toString(), members.at(m).role);
        }
        compareGrants(sandbox.getAll(base + u"/groups"_s, limit),
                      store.teams().groups(expected.id));
        const auto connections = store.teams().connections(expected.id);
        compareGrants(sandbox.getAll(base + u"/connections"_s, limit), connections);
        compareGrants(sandbox.getAll(base + u"/connectors"_s, limit), connections);
    }
    QVERIFY(someRole);
    QVERIFY(someMembers);
}

void TestSandboxTeams::generatedTeamsAreDeterministic()
{
    SandboxStore a;
    SandboxStore b;
    SandboxSeeder::seed(a, withTeams(20, 11));
    SandboxSeeder::seed(b, withTeams(20, 11));
    QCOMPARE(dumpTeams(a), dumpTeams(b));
    QVERIFY(!dumpTeams(a).isEmpty());
    SandboxStore c;
    SandboxSeeder::seed(c, withTeams(20, 12));
    QVERIFY(dumpTeams(a) != dumpTeams(c));
}

void TestSandboxTeams::teamsLeaveTheRestOfTheAccountAlone()
{
    // A generated account is byte-for-byte what it was before teams existed.
    SandboxStore without;
    SandboxStore with;
    SandboxSeeder::seed(without, withTeams(0));
    SandboxSeeder::seed(with, withTeams(15));
    QVERIFY(without.teams().list().isEmpty());
    QCOMPARE(with.teams().list().size(), 15);
    QCOMPARE(dumpWithoutTeams(with), dumpWithoutTeams(without));
}

void TestSandboxTeams::generatedTeamsAreConsistent()
{
    SandboxStore store;
    SandboxSeeder::seed(store, withTeams(60, 3));
    QSet<QString> ids;
    QSet<QString> names;
    int withRole = 0;
    int groupGrants = 0;
    int connectionGrants = 0;
    for (const auto &team : store.teams().list()) {
        QVERIFY(!ids.contains(team.id));
        QVERIFY(!store.user(team.id) && !store.group(team.id) && !store.connection(team.id));
        ids.insert(team.id);
        QVERIFY(!names.contains(team.name));
        names.insert(team.name);
        if (team.role) {
            ++withRole;
            const ftsandbox::SandboxRole *role = store.role(*team.role);
            QVERIFY2(role && role->scope.contains(u"ACCOUNT"_s), qPrintable(*team.role));
        }
        QSet<QString> members;
        for (const auto &member : store.teams().members(team.id)) {
            QVERIFY(store.user(member.userId));
            QVERIFY(!members.contains(member.userId));
            members.insert(member.userId);
            QVERIFY(member.role == "Team Member"_L1 || member.role == "Team Manager"_L1);
        }
        for (const auto &grant : store.teams().groups(team.id)) {
            QVERIFY(store.group(grant.id));
            QVERIFY(store.role(grant.role)->scope.contains(u"DESTINATION"_s));
            ++groupGrants;
        }
        for (const auto &grant : store.teams().connections(team.id)) {
            QVERIFY(store.connection(grant.id));
            QVERIFY(store.role(grant.role)->scope.contains(u"CONNECTOR"_s));
            ++connectionGrants;
        }
    }
    // A realistic mix: most teams without an account role, some with; grants of both kinds.
    QVERIFY2(withRole > 5 && withRole < 45, qPrintable(QString::number(withRole)));
    QVERIFY(groupGrants > 10);
    QVERIFY(connectionGrants > 10);
}

void TestSandboxTeams::demoAccountHasTeams()
{
    SandboxStore store;
    SandboxSeeder::seed(store, SandboxOptions {});
    const auto &teams = store.teams().list();
    QVERIFY(teams.size() >= 3);
    bool accountRole = false;
    bool empty = false;
    bool legacy = false;
    bool custom = false;
    for (const auto &team : teams) {
        accountRole = accountRole || team.role.has_value();
        const auto members = store.teams().members(team.id);
        empty = empty || members.isEmpty();
        for (const auto &member : members)
            QVERIFY2(store.user(member.userId), qPrintable(member.userId));
        for (const auto &grant :
             store.teams().groups(team.id) + store.teams().connections(team.id)) {
            QVERIFY(store.group(grant.id) || store.connection(grant.id));
            const ftsandbox::SandboxRole *role = store.role(grant.role);
            QVERIFY(role);
            legacy = legacy || role->isDeprecated;
            custom = custom || role->isCustom;
        }
    }
    QVERIFY(accountRole);
    QVERIFY(empty);
    QVERIFY(legacy);
    QVERIFY(custom);
    // Someone is in two teams.
    bool twoTeams = false;
    for (const auto &user : store.users())
        twoTeams = twoTeams || store.teams().teamsOf(user.id).size() >= 2;
    QVERIFY(twoTeams);
}

void TestSandboxTeams::unknownTeamIsNotFound()
{
    TestSandbox sandbox(withTeams(2));
    for (const QString &list : { u"users"_s, u"groups"_s, u"connections"_s, u"connectors"_s }) {
        const HttpResult r = sandbox.get(u"/teams/no_such_team/"_s + list);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"NotFound_Team"_s);
        QVERIFY(r.message().contains(u"no_such_team"_s));
    }
    QCOMPARE(sandbox.get(u"/teams/x/members"_s).status, 404);
    QCOMPARE(sandbox.request("POST", u"/teams"_s, QJsonObject {}).status, 405);
}

void TestSandboxTeams::cursorsBelongToOneList()
{
    TestSandbox sandbox(withTeams(0));
    ftsandbox::SandboxTeam a;
    a.name = u"A"_s;
    ftsandbox::SandboxTeam b;
    b.name = u"B"_s;
    const QString first = sandbox.store().addTeam(a).id;
    const QString second = sandbox.store().addTeam(b).id;
    for (int i = 0; i < 3; ++i) {
        sandbox.store().addTeamMember(first, sandbox.store().users().at(i).id, u"Team Member"_s);
        sandbox.store().addTeamMember(second, sandbox.store().users().at(i).id, u"Team Member"_s);
    }
    const HttpResult page = sandbox.get(u"/teams/%1/users?limit=1"_s.arg(first));
    QCOMPARE(page.status, 200);
    const QString cursor = page.nextCursor().toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(sandbox.get(u"/teams/%1/users?limit=1&cursor=%2"_s.arg(first, cursor)).status, 200);
    QCOMPARE(sandbox.get(u"/teams/%1/users?limit=1&cursor=%2"_s.arg(second, cursor)).status, 400);
    QCOMPARE(sandbox.get(u"/teams?limit=1&cursor=%1"_s.arg(cursor)).status, 400);
    QCOMPARE(sandbox.get(u"/teams?limit=0"_s).status, 400);
}

void TestSandboxTeams::routesCanBeRefused_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("404") << int(TeamsAnswer::NotFound) << 404 << u"NotFound"_s;
    QTest::newRow("403") << int(TeamsAnswer::Forbidden) << 403 << u"Forbidden"_s;
}

void TestSandboxTeams::routesCanBeRefused()
{
    QFETCH(int, answer);
    QFETCH(int, status);
    QFETCH(QString, code);
    TestSandbox sandbox(withTeams(3));
    const QString team = sandbox.store().teams().list().constFirst().id;
    sandbox.server().setTeamsAnswer(TeamsAnswer(answer));
    for (const QString &path :
         { u"/teams"_s, u"/teams/%1/users"_s.arg(team), u"/teams/%1/groups"_s.arg(team),
           u"/teams/%1/connections"_s.arg(team) }) {
        const HttpResult r = sandbox.get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(!r.message().isEmpty());
    }
    // Everything else is served as before, and the credentials are still checked first.
    QCOMPARE(sandbox.get(u"/users?limit=1"_s).status, 200);
    QCOMPARE(sandbox.get(u"/groups"_s).status, 200);
    const HttpResult anonymous =
        fttest::sendRequest(sandbox.manager(), "GET", sandbox.url(u"/teams"_s));
    QCOMPARE(anonymous.status, 401);
    sandbox.server().setTeamsAnswer(TeamsAnswer::Served);
    QCOMPARE(sandbox.get(u"/teams"_s).status, 200);
}

void TestSandboxTeams::refusalFromTheOptions()
{
    SandboxOptions options;
    options.teamsAnswer = TeamsAnswer::NotFound;
    TestSandbox sandbox(options);
    QVERIFY(!sandbox.store().teams().list().isEmpty()); // the demo has teams, but hides them
    const HttpResult r = sandbox.get(u"/teams"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"NotFound"_s);
}

void TestSandboxTeams::deletedUserLeavesTeams()
{
    TestSandbox sandbox(withTeams(0));
    ftsandbox::SandboxTeam team;
    team.name = u"Leavers"_s;
    const QString teamId = sandbox.store().addTeam(team).id;
    const QString stays = sandbox.store().users().at(1).id;
    const QString goes = sandbox.store().users().at(2).id;
    sandbox.store().addTeamMember(teamId, stays, u"Team Manager"_s);
    sandbox.store().addTeamMember(teamId, goes, u"Team Member"_s);
    QCOMPARE(sandbox.getAll(u"/teams/%1/users"_s.arg(teamId)).size(), 2);
    QCOMPARE(sandbox.request("DELETE", u"/users/"_s + goes).status, 200);
    const QJsonArray users = sandbox.getAll(u"/teams/%1/users"_s.arg(teamId));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(u"user_id"_s).toString(), stays);
}

void TestSandboxTeams::statsNameTheTeamRoutes()
{
    TestSandbox sandbox(withTeams(2));
    const QString team = sandbox.store().teams().list().constFirst().id;
    sandbox.server().resetStats();
    QCOMPARE(sandbox.get(u"/teams"_s).status, 200);
    QCOMPARE(sandbox.get(u"/teams/%1/users"_s.arg(team)).status, 200);
    QCOMPARE(sandbox.get(u"/teams/%1/connectors"_s.arg(team)).status, 200);
    const QJsonObject requests = sandbox.server().stats().value(u"requests"_s).toObject();
    QCOMPARE(requests.value(u"GET /teams"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /teams/{teamId}/users"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /teams/{teamId}/connectors"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxTeams)
#include "tst_sandboxteams.moc"
