// SandboxStore's rules without HTTP: what each operation refuses, that a refusal changes
// nothing, ids never reused, orphans kept, and the order in which errors are reported.

#include "sandboxstore.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftsandbox;

namespace {

SandboxUser person(const QString &email, const std::optional<QString> &role = std::nullopt)
{
    SandboxUser user;
    user.email = email;
    user.givenName = u"Given"_s;
    user.familyName = u"Family"_s;
    user.role = role;
    return user;
}

// Two users (one administrator), one group, one connection.
struct Fixture
{
    SandboxStore store;
    QString admin;
    QString member;
    QString group;
    QString connection;

    Fixture()
    {
        admin = store.addUser(person(u"admin@example.com"_s, u"Account Administrator"_s)).id;
        member = store.addUser(person(u"member@example.com"_s)).id;
        group = store.addGroup({ {}, u"Production"_s, {}, 0 }).id;
        SandboxConnection c;
        c.groupId = group;
        c.service = u"postgres"_s;
        c.schema = u"app"_s;
        connection = store.addConnection(c).id;
    }
};

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emailShape_data();
    void emailShape();
    void inviteRefusalsChangeNothing();
    void inviteDefaultsToInvitedUnverified();
    void lastAdministratorRules();
    void deleteDropsMembershipsAndIndexes();
    void idsAreNeverReused();
    void membershipErrorOrder();
    void removedConnectionLeavesOrphans();
    void timestampsAreIsoWithMilliseconds();
};

void TestSandboxStore::emailShape_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"john@mycompany.com"_s << true;
    QTest::newRow("plus and subdomain") << u"a.b+c@mail.example.co.uk"_s << true;
    QTest::newRow("no at") << u"john.mycompany.com"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("no dot in domain") << u"john@localhost"_s << false;
    QTest::newRow("empty domain label") << u"john@example..com"_s << false;
    QTest::newRow("trailing dot") << u"john@example.com."_s << false;
    QTest::newRow("space") << u"jo hn@example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << false;
}

void TestSandboxStore::emailShape()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(SandboxStore::isValidEmail(email), valid);
}

void TestSandboxStore::inviteRefusalsChangeNothing()
{
    Fixture f;
    const qsizetype before = f.store.users().size();
    SandboxNewUser fields { u"new@example.com"_s, u"New"_s, u"User"_s, {}, {}, {} };

    SandboxNewUser blank = fields;
    blank.familyName = u"   "_s;
    QCOMPARE(f.store.inviteUser(blank, nullptr).status, 400);
    SandboxNewUser badEmail = fields;
    badEmail.email = u"new@"_s;
    QCOMPARE(f.store.inviteUser(badEmail, nullptr).status, 400);
    SandboxNewUser wrongScope = fields;
    wrongScope.role = u"View Connection"_s;
    QCOMPARE(f.store.inviteUser(wrongScope, nullptr).code, u"InvalidInput"_s);
    SandboxNewUser duplicate = fields;
    duplicate.email = u"  MEMBER@example.com "_s;
    const SandboxError conflict = f.store.inviteUser(duplicate, nullptr);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.code, u"AlreadyExists"_s);
    QCOMPARE(f.store.users().size(), before);

    SandboxUser created;
    QVERIFY(!f.store.inviteUser(fields, &created).isError());
    QCOMPARE(f.store.users().size(), before + 1);
    QCOMPARE(f.store.userByEmail(u"NEW@example.com"_s)->id, created.id);
}

void TestSandboxStore::inviteDefaultsToInvitedUnverified()
{
    Fixture f;
    SandboxUser created;
    QVERIFY(
        !f.store
             .inviteUser({ u" spaced@example.com "_s, u" Ann "_s, u"Lee"_s, {}, {}, {} }, &created)
             .isError());
    QCOMPARE(created.email, u"spaced@example.com"_s);
    QCOMPARE(created.givenName, u"Ann"_s);
    QVERIFY(created.invited);
    QVERIFY(!created.verified);
    QVERIFY(created.active);
    QVERIFY(!created.loggedInAt);
    QVERIFY(!created.role);
    QVERIFY(created.seq > f.store.users().constFirst().seq);
}

void TestSandboxStore::lastAdministratorRules()
{
    Fixture f;
    QCOMPARE(f.store.accountAdministratorCount(), 1);
    QCOMPARE(f.store.deleteUser(f.admin).code, u"LastAccountAdministrator"_s);
    QCOMPARE(f.store.removeAccountRole(f.admin, nullptr).code, u"LastAccountAdministrator"_s);
    SandboxUserPatch demote;
    demote.role = u"Account Reviewer"_s;
    QCOMPARE(f.store.updateUser(f.admin, demote, nullptr).code, u"LastAccountAdministrator"_s);
    // A patch that also renames is refused as a whole.
    demote.givenName = u"Renamed"_s;
    QVERIFY(f.store.updateUser(f.admin, demote, nullptr).isError());
    QCOMPARE(f.store.user(f.admin)->givenName, u"Given"_s);
    QCOMPARE(f.store.user(f.admin)->role, std::optional<QString>(u"Account Administrator"_s));

    SandboxUserPatch promote;
    promote.role = u"Account Administrator"_s;
    QVERIFY(!f.store.updateUser(f.member, promote, nullptr).isError());
    QCOMPARE(f.store.accountAdministratorCount(), 2);
    QVERIFY(!f.store.removeAccountRole(f.admin, nullptr).isError());
    QVERIFY(!f.store.user(f.admin)->role);
    QCOMPARE(f.store.deleteUser(f.member).code, u"LastAccountAdministrator"_s);
}

void TestSandboxStore::deleteDropsMembershipsAndIndexes()
{
    Fixture f;
    QVERIFY(!f.store
                 .addMembership(MembershipKind::Group, f.member, f.group, u"View Destination"_s,
                                nullptr)
                 .isError());
    QVERIFY(!f.store
                 .addMembership(MembershipKind::Connector, f.member, f.connection,
                                u"Edit Connection"_s, nullptr)
                 .isError());
    QVERIFY(!f.store.deleteUser(f.member).isError());
    QVERIFY(!f.store.user(f.member));
    QVERIFY(!f.store.userByEmail(u"member@example.com"_s));
    QVERIFY(f.store.groupMemberships(f.member).isEmpty());
    QVERIFY(f.store.connectionMemberships(f.member).isEmpty());
    QCOMPARE(f.store.user(f.admin)->email, u"admin@example.com"_s); // index rebuilt
    // The address is free again.
    QVERIFY(!f.store.inviteUser({ u"member@example.com"_s, u"M"_s, u"B"_s, {}, {}, {} }, nullptr)
                 .isError());
}

void TestSandboxStore::idsAreNeverReused()
{
    Fixture f;
    QSet<QString> seen { f.admin, f.member, f.group, f.connection };
    QVERIFY(!f.store.deleteUser(f.member).isError());
    for (int i = 0; i < 3000; ++i) {
        const QString id = f.store.newId();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
}

void TestSandboxStore::membershipErrorOrder()
{
    Fixture f;
    SandboxMembership found;
    // Unknown user first, then unknown target, then the membership itself.
    QCOMPARE(f.store.findMembership(MembershipKind::Group, u"x"_s, u"y"_s, &found).code,
             u"NotFound_User"_s);
    QCOMPARE(f.store.findMembership(MembershipKind::Group, f.member, u"y"_s, &found).code,
             u"NotFound_Group"_s);
    QCOMPARE(f.store.findMembership(MembershipKind::Connector, f.member, u"y"_s, &found).code,
             u"NotFound_Connector"_s);
    QCOMPARE(f.store.findMembership(MembershipKind::Connection, f.member, u"y"_s, &found).code,
             u"NotFound_Connection"_s);
    QCOMPARE(f.store.findMembership(MembershipKind::Group, f.member, f.group, &found).code,
             u"NotFound_Membership"_s);
    // Adding: target before role, role before duplicate.
    QCOMPARE(
        f.store.addMembership(MembershipKind::Group, f.member, u"y"_s, u"Nope"_s, nullptr).code,
        u"NotFound_Group"_s);
    QCOMPARE(
        f.store.addMembership(MembershipKind::Group, f.member, f.group, u"Nope"_s, nullptr).status,
        400);
    QVERIFY(!f.store
                 .addMembership(MembershipKind::Connection, f.member, f.connection,
                                u"View Connection"_s, nullptr)
                 .isError());
    // Connector and Connection are one collection under two names.
    QCOMPARE(f.store
                 .addMembership(MembershipKind::Connector, f.member, f.connection,
                                u"View Connection"_s, nullptr)
                 .status,
             409);
    QCOMPARE(f.store
                 .addMembership(MembershipKind::Connector, f.member, f.connection,
                                u"View Destination"_s, nullptr)
                 .status,
             400);
}

void TestSandboxStore::removedConnectionLeavesOrphans()
{
    Fixture f;
    QVERIFY(!f.store
                 .addMembership(MembershipKind::Connection, f.member, f.connection,
                                u"View Connection"_s, nullptr)
                 .isError());
    f.store.removeConnection(f.connection);
    QVERIFY(!f.store.connection(f.connection));
    QCOMPARE(f.store.connectionMemberships(f.member).size(), 1);
    SandboxMembership orphan;
    QVERIFY(!f.store.findMembership(MembershipKind::Connection, f.member, f.connection, &orphan)
                 .isError());
    QCOMPARE(orphan.role, u"View Connection"_s);
    QCOMPARE(f.store
                 .updateMembership(MembershipKind::Connection, f.member, f.connection,
                                   u"Edit Connection"_s, nullptr)
                 .status,
             0);
    QVERIFY(
        !f.store.deleteMembership(MembershipKind::Connection, f.member, f.connection).isError());
    QVERIFY(f.store.connectionMemberships(f.member).isEmpty());
    QVERIFY(f.store.connectionsOfGroup(f.group).isEmpty());
}

void TestSandboxStore::timestampsAreIsoWithMilliseconds()
{
    const QString now = SandboxStore::nowTimestamp();
    QCOMPARE(now.size(), 24);
    QVERIFY(now.endsWith(u'Z'));
    QCOMPARE(now.at(19), u'.');
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
