#include "auditbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AuditBuilder;
using ftmodels::AuditData;
using ftmodels::AuditFlag;
using ftmodels::AuditFlags;
using ftmodels::AuditKind;
using ftmodels::AuditRow;

namespace {

const QDateTime kNow(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);

ftapi::User makeUser(const QString &id, const QString &role = u"Account Reviewer"_s)
{
    ftapi::User user;
    user.id = id;
    user.email = id + u"@example.com"_s;
    user.givenName = u"Given "_s + id;
    user.familyName = u"Family"_s;
    user.verified = true;
    user.active = true;
    user.createdAt = kNow.addDays(-400);
    user.loggedInAt = kNow.addDays(-1);
    if (!role.isEmpty())
        user.role = role;
    return user;
}

ftapi::Membership membership(const QString &target, const QString &role, int daysAgo = 10)
{
    return ftapi::Membership { target, role, kNow.addDays(-daysAgo) };
}

ftapi::Role role(const QString &name, bool deprecated)
{
    ftapi::Role r;
    r.name = name;
    r.isDeprecated = deprecated;
    return r;
}

AuditData baseData()
{
    AuditData data;
    data.groups = { ftapi::Group { u"g1"_s, u"Warehouse"_s, kNow.addDays(-900) } };
    ftapi::Connection c;
    c.id = u"c1"_s;
    c.service = u"postgres"_s;
    c.schema = u"sales"_s;
    c.groupId = u"g1"_s;
    data.connections = { c };
    data.roles = { role(u"Account Reviewer"_s, false), role(u"View Destination"_s, false),
                   role(u"Destination Reviewer"_s, true), role(u"Connector Reviewer"_s, true),
                   role(u"View Connection"_s, false) };
    data.usersComplete = data.groupsComplete = data.connectionsComplete = true;
    data.rolesComplete = true;
    return data;
}

} // namespace

class TestAuditBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userFlags_data();
    void userFlags();
    void rowsInOrderWithNames();
    void userWithoutAnythingHasOneRow();
    void deprecatedRolesFlagged();
    void missingTargetsOnlyWhenListsComplete();
    void redundantGrantsFlagged();
    void userFlagsOnEveryRow();
};

void TestAuditBuilder::userFlags_data()
{
    QTest::addColumn<bool>("invited");
    QTest::addColumn<int>("createdDaysAgo");
    QTest::addColumn<int>("loginDaysAgo"); // -1: never
    QTest::addColumn<QString>("accountRole");
    QTest::addColumn<int>("expected");

    const int stale = int(AuditFlag::StaleInvitation);
    const int old = int(AuditFlag::NoRecentLogin);
    const int never = int(AuditFlag::NeverLoggedIn);
    const int noRole = int(AuditFlag::NoAccountRole);
    QTest::newRow("active, recent login") << false << 400 << 3 << u"Account Reviewer"_s << 0;
    QTest::newRow("login 89 days ago") << false << 400 << 89 << u"Account Reviewer"_s << 0;
    QTest::newRow("login 91 days ago") << false << 400 << 91 << u"Account Reviewer"_s << old;
    QTest::newRow("never logged in") << false << 400 << -1 << u"Account Reviewer"_s << never;
    QTest::newRow("invited 29 days ago") << true << 29 << -1 << u"Account Reviewer"_s << never;
    QTest::newRow("invited 31 days ago")
        << true << 31 << -1 << u"Account Reviewer"_s << (stale | never);
    QTest::newRow("no account role") << false << 400 << 3 << QString() << noRole;
    QTest::newRow("everything") << true << 100 << -1 << QString() << (stale | never | noRole);
}

void TestAuditBuilder::userFlags()
{
    QFETCH(bool, invited);
    QFETCH(int, createdDaysAgo);
    QFETCH(int, loginDaysAgo);
    QFETCH(QString, accountRole);
    QFETCH(int, expected);

    AuditData data = baseData();
    ftapi::User user = makeUser(u"u1"_s, accountRole);
    user.invited = invited;
    user.verified = !invited;
    user.createdAt = kNow.addDays(-createdDaysAgo);
    if (loginDaysAgo < 0)
        user.loggedInAt.reset();
    else
        user.loggedInAt = kNow.addDays(-loginDaysAgo);
    data.users = { user };

    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(int(rows.first().flags.toInt()), expected);
}

void TestAuditBuilder::rowsInOrderWithNames()
{
    AuditData data = baseData();
    const ftapi::User first = makeUser(u"a"_s);
    const ftapi::User second = makeUser(u"b"_s);
    data.users = { first, second };
    data.destinationMemberships.insert(u"a"_s, { membership(u"g1"_s, u"View Destination"_s, 7) });
    data.connectionMemberships.insert(u"a"_s, { membership(u"c1"_s, u"View Connection"_s, 8) });
    data.destinationMemberships.insert(u"b"_s, {});
    data.connectionMemberships.insert(u"b"_s, { membership(u"c1"_s, u"View Connection"_s, 9) });

    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).userId, first.id);
    QCOMPARE(rows.at(0).kind, AuditKind::Account);
    QCOMPARE(rows.at(0).role, *first.role);
    QCOMPARE(rows.at(0).since, first.createdAt);
    QVERIFY(rows.at(0).targetId.isEmpty());
    QCOMPARE(rows.at(0).userName, first.fullName());
    QCOMPARE(rows.at(0).email, first.email);
    QCOMPARE(rows.at(0).lastLogin, first.loggedInAt);

    QCOMPARE(rows.at(1).kind, AuditKind::Destination);
    QCOMPARE(rows.at(1).targetId, u"g1"_s);
    QCOMPARE(rows.at(1).targetName, data.groups.first().name);
    QCOMPARE(rows.at(1).since, kNow.addDays(-7));
    QCOMPARE(rows.at(2).kind, AuditKind::Connection);
    QCOMPARE(rows.at(2).targetName, data.connections.first().displayName());
    QCOMPARE(rows.at(2).role, u"View Connection"_s);

    QCOMPARE(rows.at(3).userId, second.id);
    QCOMPARE(rows.at(3).kind, AuditKind::Account);
    QCOMPARE(rows.at(4).kind, AuditKind::Connection);
    // Account Reviewers reach everything at View anyway: their View memberships add nothing.
    for (const AuditRow &row : rows)
        QCOMPARE(row.flags,
                 row.kind == AuditKind::Account ? AuditFlags()
                                                : AuditFlags(AuditFlag::RedundantGrant));
}

void TestAuditBuilder::userWithoutAnythingHasOneRow()
{
    AuditData data = baseData();
    data.users = { makeUser(u"lonely"_s, QString()) };
    data.destinationMemberships.insert(u"lonely"_s, {});
    data.connectionMemberships.insert(u"lonely"_s, {});
    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, AuditKind::Account);
    QVERIFY(rows.first().role.isEmpty());
    QVERIFY(rows.first().flags.testFlag(AuditFlag::NoAccountRole));
}

void TestAuditBuilder::deprecatedRolesFlagged()
{
    AuditData data = baseData();
    data.users = { makeUser(u"u"_s, u"Destination Reviewer"_s) }; // odd, but possible
    data.destinationMemberships.insert(u"u"_s,
                                       { membership(u"g1"_s, u"Destination Reviewer"_s),
                                         membership(u"g1"_s, u"View Destination"_s) });
    data.connectionMemberships.insert(u"u"_s, { membership(u"c1"_s, u"Connector Reviewer"_s) });
    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).flags.testFlag(AuditFlag::DeprecatedRole));
    QVERIFY(rows.at(1).flags.testFlag(AuditFlag::DeprecatedRole));
    QVERIFY(!rows.at(2).flags.testFlag(AuditFlag::DeprecatedRole));
    QVERIFY(rows.at(3).flags.testFlag(AuditFlag::DeprecatedRole));
}

void TestAuditBuilder::missingTargetsOnlyWhenListsComplete()
{
    AuditData data = baseData();
    data.users = { makeUser(u"u"_s) };
    data.destinationMemberships.insert(u"u"_s,
                                       { membership(u"gone_group"_s, u"View Destination"_s) });
    data.connectionMemberships.insert(u"u"_s,
                                      { membership(u"gone_conn"_s, u"View Connection"_s),
                                        membership(u"c1"_s, u"View Connection"_s) });
    QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(1).flags.testFlag(AuditFlag::MissingTarget));
    QVERIFY(rows.at(1).targetName.isEmpty());
    QVERIFY(rows.at(2).flags.testFlag(AuditFlag::MissingTarget));
    QVERIFY(!rows.at(3).flags.testFlag(AuditFlag::MissingTarget));

    // Lists that did not arrive whole prove nothing about what they lack.
    data.groupsComplete = false;
    data.connectionsComplete = false;
    rows = AuditBuilder::build(data, kNow);
    for (const AuditRow &row : rows)
        QVERIFY(!row.flags.testFlag(AuditFlag::MissingTarget));
    QCOMPARE(rows.at(3).targetName, data.connections.first().displayName());
}

void TestAuditBuilder::redundantGrantsFlagged()
{
    AuditData data = baseData();
    ftapi::Connection other;
    other.id = u"c2"_s;
    other.groupId = u"g2"_s;
    data.groups.append(ftapi::Group { u"g2"_s, u"Lake"_s, kNow.addDays(-90) });
    data.connections.append(other);
    data.users = { makeUser(u"analyst"_s, u"Account Analyst"_s), makeUser(u"plain"_s, QString()),
                   makeUser(u"teamed"_s, QString()) };
    // View anyway (the account role): the View membership is redundant, the Edit one is not.
    data.destinationMemberships.insert(u"analyst"_s,
                                       { membership(u"g1"_s, u"View Destination"_s) });
    data.connectionMemberships.insert(
        u"analyst"_s,
        { membership(u"c1"_s, u"Edit Connection"_s), membership(u"gone"_s, u"View Connection"_s) });
    // Manage on the destination covers its connection, not the destination itself.
    data.destinationMemberships.insert(u"plain"_s,
                                       { membership(u"g1"_s, u"Manage Destination"_s) });
    data.connectionMemberships.insert(
        u"plain"_s,
        { membership(u"c1"_s, u"Manage Connection"_s), membership(u"c2"_s, u"Data Steward"_s) });
    // A team's Edit on the destination covers a View membership of the same destination.
    ftmodels::TeamAccess team;
    team.team = ftapi::Team { u"t1"_s, u"Editors"_s, {}, std::nullopt };
    team.members = { ftapi::TeamMember { u"teamed"_s, u"Team Member"_s } };
    team.destinations = { ftapi::TeamGrant { u"g2"_s, u"Edit Destination"_s, std::nullopt } };
    data.teams = { team };
    data.teamsRead = true;
    data.destinationMemberships.insert(u"teamed"_s, { membership(u"g2"_s, u"View Destination"_s) });
    data.connectionMemberships.insert(u"teamed"_s, { membership(u"c2"_s, u"Manage Connection"_s) });

    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QHash<QString, bool> redundant;
    for (const AuditRow &row : rows) {
        if (row.kind == AuditKind::Account)
            QVERIFY(!row.flags.testFlag(AuditFlag::RedundantGrant));
        else
            redundant.insert(row.userId + u':' + row.targetId,
                             row.flags.testFlag(AuditFlag::RedundantGrant));
    }
    QCOMPARE(redundant.size(), 8);
    QVERIFY(redundant.value(u"analyst:g1"_s));
    QVERIFY(!redundant.value(u"analyst:c1"_s));
    QVERIFY(!redundant.value(u"analyst:gone"_s)); // a deleted target is flagged missing instead
    QVERIFY(!redundant.value(u"plain:g1"_s));
    QVERIFY(redundant.value(u"plain:c1"_s));
    QVERIFY(!redundant.value(u"plain:c2"_s)); // an unknown role is never called redundant
    QVERIFY(redundant.value(u"teamed:g2"_s));
    QVERIFY(!redundant.value(u"teamed:c2"_s));
}

void TestAuditBuilder::userFlagsOnEveryRow()
{
    AuditData data = baseData();
    ftapi::User user = makeUser(u"u"_s, u"Account Billing"_s); // reaches nothing by cascade
    user.loggedInAt.reset();
    data.users = { user };
    data.destinationMemberships.insert(u"u"_s, { membership(u"g1"_s, u"View Destination"_s) });
    // Edit on the connection is more than the destination's View: nothing is redundant.
    data.connectionMemberships.insert(u"u"_s, { membership(u"c1"_s, u"Edit Connection"_s) });
    const QVector<AuditRow> rows = AuditBuilder::build(data, kNow);
    QCOMPARE(rows.size(), 3);
    for (const AuditRow &row : rows)
        QCOMPARE(row.flags, AuditFlags(AuditFlag::NeverLoggedIn));
}

QTEST_GUILESS_MAIN(TestAuditBuilder)
#include "tst_auditbuilder.moc"
