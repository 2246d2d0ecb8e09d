// AccessGraph and EffectiveAccess: who reaches what, at which level and by which paths, on
// small accounts made by hand (every path of API.md's table, legacy and unknown roles, teams,
// the combination and the redundant-grant test), then on generated accounts with teams and
// injected oddities compared with a brute-force computation (effectivefixture.h).
#include "accessgraph.h"
#include "auditfixture.h"
#include "effectiveaccess.h"
#include "sandboxseeder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ftmodels::AccessGraph;
using ftmodels::AccessLevel;
using ftmodels::AccessPath;
using ftmodels::AccessPerson;
using ftmodels::AuditKind;
using ftmodels::EffectiveAccess;
using ftsandbox::SandboxMembership;
using ftsandbox::SandboxStore;
using Via = AccessPath::Via;

namespace {

// A small account: destinations g1 (connections c1, c2) and g2 (c3).
struct Account
{
    SandboxStore store;

    Account()
    {
        store.clear();
        for (const char *id : { "g1", "g2" })
            store.addGroup(
                { QString::fromLatin1(id), u"Group "_s + QString::fromLatin1(id), {}, 0 });
        const QPair<const char *, const char *> connections[] = { { "c1", "g1" },
                                                                  { "c2", "g1" },
                                                                  { "c3", "g2" } };
        for (const auto &[id, group] : connections) {
            ftsandbox::SandboxConnection c;
            c.id = QString::fromLatin1(id);
            c.groupId = QString::fromLatin1(group);
            c.service = u"postgres"_s;
            c.schema = u"schema_"_s + c.id;
            store.addConnection(c);
        }
    }

    QString user(const QString &id, const QString &accountRole = {})
    {
        ftsandbox::SandboxUser u;
        u.id = id;
        u.email = id + u"@example.com"_s;
        u.givenName = id;
        u.familyName = u"Test"_s;
        if (!accountRole.isEmpty())
            u.role = accountRole;
        return store.addUser(u).id;
    }
    void group(const QString &user, const QString &id, const QString &role)
    {
        store.addGroupMembership(user, SandboxMembership { id, role, {}, 0 });
    }
    void connection(const QString &user, const QString &id, const QString &role)
    {
        store.addConnectionMembership(user, SandboxMembership { id, role, {}, 0 });
    }
    QString team(const QString &id, const QString &accountRole = {})
    {
        ftsandbox::SandboxTeam t;
        t.id = id;
        t.name = u"Team "_s + id;
        if (!accountRole.isEmpty())
            t.role = accountRole;
        return store.addTeam(t).id;
    }

    ftmodels::AuditData data() const { return fttest::auditDataFromStore(store); }
    AccessGraph graph() const { return EffectiveAccess::graphOf(data()); }
    AccessPerson person(const QString &userId) const
    {
        const ftmodels::AuditData d = data();
        for (const ftapi::User &u : d.users) {
            if (u.id == userId)
                return EffectiveAccess::personOf(d, u);
        }
        return {};
    }
};

// "kind:id" -> reached, for compact assertions.
QHash<QString, AccessGraph::Reached> reachOf(const Account &account, const QString &userId)
{
    const AccessGraph graph = account.graph();
    QHash<QString, AccessGraph::Reached> out;
    for (const AccessGraph::Reached &r : graph.reach(account.person(userId))) {
        const AccessGraph::Target &t = graph.targets().at(r.target);
        out.insert(ftmodels::Audit::kindKey(t.kind) + u':' + t.id, r);
    }
    return out;
}

AccessPath path(Via via, AccessLevel level, const QString &role, const QString &group = {},
                const QString &team = {})
{
    return AccessPath { via, level, role, group, team };
}

// The graph's answer in the fixture's shape, for comparison with the brute force.
QVector<fttest::ExpectedReach> computed(const ftmodels::AuditData &data)
{
    const EffectiveAccess access = EffectiveAccess::build(data, fttest::auditNow());
    QVector<fttest::ExpectedReach> rows;
    for (const ftmodels::EffectiveRow &row : access.rows()) {
        const EffectiveAccess::Person &person = access.personOf(row);
        const AccessGraph::Target &target = access.targetOf(row);
        fttest::ExpectedReach r;
        r.userId = person.access.userId;
        r.email = person.email;
        r.kind = ftmodels::Audit::kindKey(target.kind);
        r.targetId = target.id;
        r.targetName = target.name;
        r.level = ftmodels::AccessRules::levelKey(row.level);
        const QVector<AccessPath> paths = access.paths(row);
        for (const AccessPath &p : paths)
            r.via.append({ AccessPath::viaKey(p.via), p.role, p.groupId, p.teamId,
                           ftmodels::AccessRules::levelKey(p.level) });
        r.redundantDirect = row.flags.testFlag(ftmodels::AuditFlag::RedundantGrant);
        r.deprecatedRole = row.flags.testFlag(ftmodels::AuditFlag::DeprecatedRole);
        rows.append(r);
        // The stored summary agrees with the paths asked for again.
        if (row.vias != AccessGraph::viaMask(paths) || row.level != AccessGraph::levelOf(paths))
            r.level = u"inconsistent"_s;
    }
    return rows;
}

QString describe(const fttest::ExpectedReach &r)
{
    return fttest::expectedEffectiveCsv(r).join(u" | "_s)
        + (r.redundantDirect ? u" [redundant]"_s : QString())
        + (r.deprecatedRole ? u" [deprecated]"_s : QString());
}

} // namespace

class TestAccessGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountRolesReachEverything();
    void destinationRoleReachesItsConnections();
    void connectionRoleReachesOnlyIt();
    void rolesThatReachNothing();
    void legacyNamesReachLikeTheirSuccessors();
    void teamsGiveTheirRoles();
    void highestLevelWinsAndEveryPathIsKept();
    void unknownPathsAreNotUnderstated();
    void redundantGrants();
    void missingTargetsAndDuplicates();
    void targetsInExportOrder();
    void effectiveRowsCarryFlags();
    void randomAccountsMatchBruteForce();
};

void TestAccessGraph::accountRolesReachEverything()
{
    Account a;
    const QString admin = a.user(u"admin"_s, u"Account Administrator"_s);
    const QString reviewer = a.user(u"reviewer"_s, u"Account Reviewer"_s);
    const QString analyst = a.user(u"analyst"_s, u"Account Analyst"_s);
    const QString custom = a.user(u"custom"_s, u"Security Auditor"_s);
    const QPair<QString, AccessLevel> cases[] = { { admin, AccessLevel::Manage },
                                                  { reviewer, AccessLevel::View },
                                                  { analyst, AccessLevel::View },
                                                  { custom, AccessLevel::Unknown } };
    for (const auto &[user, level] : cases) {
        const auto reached = reachOf(a, user);
        QCOMPARE(reached.size(), 5); // 2 destinations, 3 connections
        for (const AccessGraph::Reached &r : reached) {
            QCOMPARE(r.level, level);
            QCOMPARE(r.paths.size(), 1);
            QCOMPARE(r.paths.first().via, Via::Account);
            QCOMPARE(r.paths.first().role, a.store.user(user)->role.value());
        }
    }
}

void TestAccessGraph::destinationRoleReachesItsConnections()
{
    Account a;
    const QString user = a.user(u"member"_s);
    a.group(user, u"g1"_s, u"View Destination"_s);
    const auto reached = reachOf(a, user);
    QCOMPARE(reached.size(), 3);
    QCOMPARE(reached.value(u"destination:g1"_s).paths,
             QVector<AccessPath> { path(Via::Direct, AccessLevel::View, u"View Destination"_s) });
    for (const QString &c : { u"connection:c1"_s, u"connection:c2"_s }) {
        QCOMPARE(reached.value(c).level, AccessLevel::View);
        QCOMPARE(reached.value(c).paths,
                 QVector<AccessPath> {
                     path(Via::Destination, AccessLevel::View, u"View Destination"_s, u"g1"_s) });
    }
    QVERIFY(!reached.contains(u"connection:c3"_s));
    QVERIFY(!reached.contains(u"destination:g2"_s));
}

void TestAccessGraph::connectionRoleReachesOnlyIt()
{
    Account a;
    const QString user = a.user(u"member"_s);
    a.connection(user, u"c3"_s, u"Manage Connection"_s);
    const auto reached = reachOf(a, user);
    QCOMPARE(reached.size(), 1);
    QCOMPARE(reached.value(u"connection:c3"_s).level, AccessLevel::Manage);
    QCOMPARE(reached.value(u"connection:c3"_s).paths.first().via, Via::Direct);
}

void TestAccessGraph::rolesThatReachNothing()
{
    Account a;
    const QString billing = a.user(u"billing"_s, u"Account Billing"_s);
    const QString creator = a.user(u"creator"_s, u"Destination Creator"_s);
    a.group(creator, u"g2"_s, u"Create Connection"_s);
    const QString nobody = a.user(u"nobody"_s);
    QVERIFY(reachOf(a, billing).isEmpty());
    QVERIFY(reachOf(a, creator).isEmpty());
    QVERIFY(reachOf(a, nobody).isEmpty());
}

void TestAccessGraph::legacyNamesReachLikeTheirSuccessors()
{
    Account a;
    const QString user = a.user(u"legacy"_s);
    a.group(user, u"g2"_s, u"Destination Analyst"_s);
    a.connection(user, u"c1"_s, u"Connector Reviewer"_s);
    const auto reached = reachOf(a, user);
    QCOMPARE(reached.value(u"destination:g2"_s).level, AccessLevel::Edit);
    QCOMPARE(reached.value(u"connection:c3"_s).level, AccessLevel::Edit);
    QCOMPARE(reached.value(u"connection:c3"_s).paths.first().role, u"Destination Analyst"_s);
    QCOMPARE(reached.value(u"connection:c1"_s).level, AccessLevel::View);
}

void TestAccessGraph::teamsGiveTheirRoles()
{
    Account a;
    const QString member = a.user(u"member"_s);
    const QString manager = a.user(u"manager"_s);
    const QString outsider = a.user(u"outsider"_s);
    const QString reviewers = a.team(u"t_reviewers"_s, u"Account Reviewer"_s);
    const QString editors = a.team(u"t_editors"_s);
    a.store.addTeamMember(reviewers, member, u"Team Member"_s);
    a.store.addTeamMember(editors, member, u"Team Member"_s);
    a.store.addTeamMember(editors, manager, u"Team Manager"_s);
    a.store.addTeamGroup(editors, SandboxMembership { u"g1"_s, u"Edit Destination"_s, {}, 0 });
    a.store.addTeamConnection(editors,
                              SandboxMembership { u"c3"_s, u"Manage Connection"_s, {}, 0 });

    QVERIFY(reachOf(a, outsider).isEmpty());
    const auto managed = reachOf(a, manager);
    QCOMPARE(managed.size(), 4); // g1, c1, c2 through the destination role; c3
    QCOMPARE(managed.value(u"destination:g1"_s).paths,
             QVector<AccessPath> {
                 path(Via::Team, AccessLevel::Edit, u"Edit Destination"_s, u"g1"_s, editors) });
    QCOMPARE(managed.value(u"connection:c2"_s).paths,
             QVector<AccessPath> {
                 path(Via::Team, AccessLevel::Edit, u"Edit Destination"_s, u"g1"_s, editors) });
    QCOMPARE(managed.value(u"connection:c3"_s).paths,
             QVector<AccessPath> {
                 path(Via::Team, AccessLevel::Manage, u"Manage Connection"_s, {}, editors) });

    const auto both = reachOf(a, member);
    QCOMPARE(both.size(), 5); // the reviewers' account role reaches everything
    QCOMPARE(both.value(u"destination:g2"_s).paths,
             QVector<AccessPath> {
                 path(Via::Team, AccessLevel::View, u"Account Reviewer"_s, {}, reviewers) });
    // Teams in the order of their ids: t_editors before t_reviewers.
    QCOMPARE(both.value(u"connection:c1"_s).paths,
             (QVector<AccessPath> {
                 path(Via::Team, AccessLevel::Edit, u"Edit Destination"_s, u"g1"_s, editors),
                 path(Via::Team, AccessLevel::View, u"Account Reviewer"_s, {}, reviewers) }));
    QCOMPARE(both.value(u"connection:c1"_s).level, AccessLevel::Edit);
    const AccessGraph graph = a.graph();
    QCOMPARE(graph.teamsOf(member).size(), 2);
    QVERIFY(graph.team(editors));
    QVERIFY(!graph.team(u"nope"_s));
}

void TestAccessGraph::highestLevelWinsAndEveryPathIsKept()
{
    Account a;
    const QString user = a.user(u"many"_s, u"Account Reviewer"_s);
    a.connection(user, u"c2"_s, u"View Connection"_s);
    a.group(user, u"g1"_s, u"View Destination"_s);
    const QString team = a.team(u"t1"_s);
    a.store.addTeamMember(team, user, u"Team Member"_s);
    a.store.addTeamGroup(team, SandboxMembership { u"g1"_s, u"Edit Destination"_s, {}, 0 });
    const auto reached = reachOf(a, user);
    const AccessGraph::Reached c2 = reached.value(u"connection:c2"_s);
    QCOMPARE(c2.level, AccessLevel::Edit);
    QCOMPARE(c2.paths,
             (QVector<AccessPath> {
                 path(Via::Direct, AccessLevel::View, u"View Connection"_s),
                 path(Via::Account, AccessLevel::View, u"Account Reviewer"_s),
                 path(Via::Destination, AccessLevel::View, u"View Destination"_s, u"g1"_s),
                 path(Via::Team, AccessLevel::Edit, u"Edit Destination"_s, u"g1"_s, team) }));
    QCOMPARE(AccessGraph::viaMask(c2.paths), quint8(0x0f));
    QCOMPARE(reached.value(u"connection:c3"_s).level, AccessLevel::View); // the account role
}

void TestAccessGraph::unknownPathsAreNotUnderstated()
{
    Account a;
    const QString user = a.user(u"odd"_s, u"Account Reviewer"_s);
    a.connection(user, u"c1"_s, u"Data Steward"_s);
    a.group(user, u"g2"_s, u"Warehouse Wizard"_s); // not a role of the service at all
    const QString admin = a.user(u"admin"_s, u"Account Administrator"_s);
    a.connection(admin, u"c1"_s, u"Data Steward"_s);
    const auto reached = reachOf(a, user);
    QCOMPARE(reached.value(u"connection:c1"_s).level, AccessLevel::Unknown);
    QCOMPARE(reached.value(u"connection:c1"_s).paths.size(), 2);
    QCOMPARE(reached.value(u"destination:g2"_s).level, AccessLevel::Unknown);
    QCOMPARE(reached.value(u"connection:c3"_s).level, AccessLevel::Unknown);
    QCOMPARE(reached.value(u"connection:c2"_s).level, AccessLevel::View);
    QCOMPARE(reachOf(a, admin).value(u"connection:c1"_s).level, AccessLevel::Manage);
}

void TestAccessGraph::redundantGrants()
{
    using P = QVector<AccessPath>;
    const AccessPath directView = path(Via::Direct, AccessLevel::View, u"View Connection"_s);
    const AccessPath directEdit = path(Via::Direct, AccessLevel::Edit, u"Edit Connection"_s);
    const AccessPath directUnknown = path(Via::Direct, AccessLevel::Unknown, u"Data Steward"_s);
    const AccessPath accountView = path(Via::Account, AccessLevel::View, u"Account Reviewer"_s);
    const AccessPath accountManage =
        path(Via::Account, AccessLevel::Manage, u"Account Administrator"_s);
    const AccessPath teamEdit =
        path(Via::Team, AccessLevel::Edit, u"Edit Destination"_s, u"g"_s, u"t"_s);
    const AccessPath teamUnknown = path(Via::Team, AccessLevel::Unknown, u"X"_s, {}, u"t"_s);
    QVERIFY(AccessGraph::hasRedundantDirect(P { directView, accountView }));
    QVERIFY(AccessGraph::hasRedundantDirect(P { directEdit, teamEdit }));
    QVERIFY(AccessGraph::hasRedundantDirect(P { directEdit, accountView, teamEdit }));
    QVERIFY(AccessGraph::hasRedundantDirect(P { directEdit, accountManage }));
    QVERIFY(!AccessGraph::hasRedundantDirect(P { directEdit, accountView }));
    QVERIFY(!AccessGraph::hasRedundantDirect(P { directView }));
    QVERIFY(!AccessGraph::hasRedundantDirect(P { accountView, teamEdit }));
    QVERIFY(!AccessGraph::hasRedundantDirect(P { directUnknown, accountManage }));
    QVERIFY(!AccessGraph::hasRedundantDirect(P { directView, teamUnknown }));
}

void TestAccessGraph::missingTargetsAndDuplicates()
{
    Account a;
    const QString user = a.user(u"orphan"_s);
    a.connection(user, u"gone"_s, u"Manage Connection"_s);
    a.group(user, u"nowhere"_s, u"Manage Destination"_s);
    a.connection(user, u"c1"_s, u"Edit Connection"_s);
    a.connection(user, u"c1"_s, u"Edit Connection"_s); // a server that repeats itself
    const auto reached = reachOf(a, user);
    QCOMPARE(reached.size(), 1);
    QCOMPARE(reached.value(u"connection:c1"_s).paths.size(), 1);
}

void TestAccessGraph::targetsInExportOrder()
{
    Account a;
    a.store.addGroup({ u"a0"_s, u"Zed"_s, {}, 0 });
    const AccessGraph graph = a.graph();
    QStringList order;
    for (const AccessGraph::Target &t : graph.targets())
        order.append(ftmodels::Audit::kindKey(t.kind) + u':' + t.id);
    QCOMPARE(order,
             (QStringList { u"connection:c1"_s, u"connection:c2"_s, u"connection:c3"_s,
                            u"destination:a0"_s, u"destination:g1"_s, u"destination:g2"_s }));
    QCOMPARE(graph.targetName(AuditKind::Connection, u"c2"_s), u"schema_c2 (postgres)"_s);
    QCOMPARE(graph.targetName(AuditKind::Destination, u"a0"_s), u"Zed"_s);
    QCOMPARE(graph.targetIndex(AuditKind::Account, u"g1"_s), -1);
    QVERIFY(graph.paths(AccessPerson {}, 99).isEmpty());
}

void TestAccessGraph::effectiveRowsCarryFlags()
{
    Account a;
    const QString zed = a.user(u"zed"_s, u"Account Reviewer"_s);
    a.connection(zed, u"c1"_s, u"Connector Reviewer"_s); // legacy, and the account gives View
    const QString amy = a.user(u"amy"_s);
    a.group(amy, u"g2"_s, u"Edit Destination"_s);
    const EffectiveAccess access = EffectiveAccess::build(a.data(), fttest::auditNow());
    // People by id: amy, then zed.
    QCOMPARE(access.people().size(), 2);
    QCOMPARE(access.people().at(0).access.userId, amy);
    QCOMPARE(access.rows().size(), 2 + 5);
    const ftmodels::EffectiveRow &first = access.rows().at(0);
    QCOMPARE(access.targetOf(first).id, u"c3"_s);
    QVERIFY(first.flags.testFlag(ftmodels::AuditFlag::NoAccountRole));
    QVERIFY(!first.flags.testFlag(ftmodels::AuditFlag::RedundantGrant));
    const ftmodels::EffectiveRow &zedC1 = access.rows().at(2);
    QCOMPARE(access.personOf(zedC1).access.userId, zed);
    QCOMPARE(access.targetOf(zedC1).id, u"c1"_s);
    QVERIFY(zedC1.flags.testFlag(ftmodels::AuditFlag::RedundantGrant));
    QVERIFY(zedC1.flags.testFlag(ftmodels::AuditFlag::DeprecatedRole));
    QVERIFY(!access.rows().at(3).flags.testFlag(ftmodels::AuditFlag::RedundantGrant));
}

void TestAccessGraph::randomAccountsMatchBruteForce()
{
    const quint32 master = qEnvironmentVariableIsSet("FT_RANDOM_SEED")
        ? quint32(qEnvironmentVariableIntValue("FT_RANDOM_SEED"))
        : 20240601u;
    QRandomGenerator random(master);
    const QStringList oddRoles { u"Data Steward"_s,     u"Security Auditor"_s,
                                 u"Warehouse Wizard"_s, u"Create Connection"_s,
                                 u"Ancient Reviewer"_s, u"Loop A"_s };
    int rowsCompared = 0;
    int unknownRows = 0;
    int redundantRows = 0;
    int teamPaths = 0;
    for (int round = 0; round < 40; ++round) {
        ftsandbox::SandboxOptions options;
        options.seed = random.generate();
        options.users = random.bounded(1, 60);
        options.groups = random.bounded(0, 6);
        options.connections = options.groups == 0 ? 0 : random.bounded(0, 25);
        options.membershipsPerUser = random.bounded(0, 5);
        options.teams = random.bounded(0, 12);
        SandboxStore store;
        ftsandbox::SandboxSeeder::seed(store, options);
        // Oddities the seeder does not make: roles only GET /roles explains (a chain of
        // replacements, a loop), unknown roles, duplicates, more teams per person.
        store.addRole({ u"Ancient Reviewer"_s,
                        {},
                        { u"DESTINATION"_s, u"CONNECTOR"_s },
                        false,
                        true,
                        u"Destination Reviewer"_s });
        store.addRole({ u"Loop A"_s, {}, { u"CONNECTOR"_s }, false, true, u"Loop B"_s });
        store.addRole({ u"Loop B"_s, {}, { u"CONNECTOR"_s }, false, true, u"Loop A"_s });
        const auto users = store.users();
        for (int i = 0; i < 10 && !users.isEmpty(); ++i) {
            const QString user = users.at(random.bounded(int(users.size()))).id;
            const QString role = oddRoles.at(random.bounded(int(oddRoles.size())));
            if (!store.groups().isEmpty() && random.bounded(2) == 0) {
                const auto &g = store.groups().at(random.bounded(int(store.groups().size())));
                store.addGroupMembership(user, { g.id, role, {}, 0 });
            } else if (!store.connections().isEmpty()) {
                const auto &c =
                    store.connections().at(random.bounded(int(store.connections().size())));
                store.addConnectionMembership(user, { c.id, role, {}, 0 });
                if (random.bounded(3) == 0) // the same membership listed twice
                    store.addConnectionMembership(user, { c.id, role, {}, 0 });
            }
            if (!store.teams().list().isEmpty()) {
                const auto &team =
                    store.teams().list().at(random.bounded(int(store.teams().list().size())));
                store.addTeamMember(team.id, user, u"Team Member"_s);
            }
        }

        const QVector<fttest::ExpectedReach> expected = fttest::expectedEffectiveRows(store);
        const QVector<fttest::ExpectedReach> actual = computed(fttest::auditDataFromStore(store));
        const QString where =
            u"master seed %1, round %2 (sandbox seed %3)"_s.arg(master).arg(round).arg(
                options.seed);
        // The summary says of each target what reach()'s paths say.
        const ftmodels::AuditData data = fttest::auditDataFromStore(store);
        const AccessGraph graph = EffectiveAccess::graphOf(data);
        for (const ftapi::User &user : data.users) {
            const AccessPerson person = EffectiveAccess::personOf(data, user);
            const QVector<AccessGraph::Reached> full = graph.reach(person);
            const QVector<AccessGraph::ReachSummary> summary = graph.reachSummary(person);
            QVERIFY2(summary.size() == full.size(), qPrintable(where));
            for (qsizetype i = 0; i < full.size(); ++i) {
                const AccessGraph::Reached &r = full.at(i);
                const AccessGraph::ReachSummary &s = summary.at(i);
                const bool deprecated =
                    std::any_of(r.paths.cbegin(), r.paths.cend(), [&graph](const AccessPath &p) {
                        return graph.rules().isDeprecated(p.role);
                    });
                QVERIFY2(s.target == r.target && s.level == r.level
                             && s.vias == AccessGraph::viaMask(r.paths)
                             && s.deprecated == deprecated
                             && s.redundantDirect == AccessGraph::hasRedundantDirect(r.paths),
                         qPrintable(where + u", user "_s + user.id));
            }
        }
        for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i) {
            const QString a = describe(actual.at(i));
            const QString e = describe(expected.at(i));
            QVERIFY2(a == e, qPrintable(where + u"\n actual:   "_s + a + u"\n expected: "_s + e));
            bool levelsMatch = true;
            for (qsizetype p = 0; p < expected.at(i).via.size(); ++p)
                levelsMatch =
                    levelsMatch && actual.at(i).via.at(p).level == expected.at(i).via.at(p).level;
            QVERIFY2(levelsMatch, qPrintable(where + u": levels of the paths of "_s + e));
            unknownRows += expected.at(i).level == "unknown"_L1 ? 1 : 0;
            redundantRows += expected.at(i).redundantDirect ? 1 : 0;
            for (const fttest::ExpectedVia &v : expected.at(i).via)
                teamPaths += v.path == "team"_L1 ? 1 : 0;
        }
        QVERIFY2(actual.size() == expected.size(),
                 qPrintable(where
                            + u": %1 rows, expected %2"_s.arg(actual.size()).arg(expected.size())));
        rowsCompared += int(expected.size());
    }
    // The rounds covered what they are for.
    QVERIFY(rowsCompared > 2000);
    QVERIFY(unknownRows > 50);
    QVERIFY(redundantRows > 20);
    QVERIFY(teamPaths > 200);
    qInfo("compared %d rows (%d unknown, %d redundant direct memberships, %d team paths)",
          rowsCompared, unknownRows, redundantRows, teamPaths);
}

QTEST_GUILESS_MAIN(TestAccessGraph)
#include "tst_accessgraph.moc"
