// SandboxSeeder: the same options give byte-identical data, the generated account has the
// requested size and a realistic mix, memberships respect scopes, and the demo account is
// small and complete.

#include "sandboxjson.h"
#include "sandboxseeder.h"
#include "sandboxstore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftsandbox;

namespace {

SandboxOptions generated(int users, quint32 seed = 1)
{
    SandboxOptions options;
    options.users = users;
    options.groups = 10;
    options.connections = 60;
    options.membershipsPerUser = 3;
    options.seed = seed;
    return options;
}

// Everything a store holds, serialised as the API would.
QByteArray dump(const SandboxStore &store)
{
    QByteArray out;
    for (const auto &user : store.users()) {
        SandboxJson::appendUser(out, user);
        for (const auto &m : store.groupMemberships(user.id))
            SandboxJson::appendMembership(out, m);
        out += '|';
        for (const auto &m : store.connectionMemberships(user.id))
            SandboxJson::appendMembership(out, m);
        out += '\n';
    }
    for (const auto &group : store.groups())
        SandboxJson::appendGroup(out, group);
    for (const auto &connection : store.connections())
        SandboxJson::appendConnection(out, connection);
    return out;
}

} // namespace

class TestSandboxSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes();
    void otherSeedOtherData();
    void sizesFollowOptions();
    void idsAndEmailsAreUnique();
    void realisticMixOfUsers();
    void membershipsRespectScopes();
    void orphansAreDeterministic();
    void demoAccountIsSmallAndComplete();
    void fiftyThousandUsers();
    void emptyAccountIsAllowed();
    void referenceMovesDatesOnly();
};

void TestSandboxSeeder::sameSeedSameBytes()
{
    SandboxStore a;
    SandboxStore b;
    SandboxSeeder::seed(a, generated(500, 7));
    SandboxSeeder::seed(b, generated(500, 7));
    QCOMPARE(dump(a), dump(b));
    SandboxStore demoA;
    SandboxStore demoB;
    SandboxSeeder::seed(demoA, SandboxOptions {});
    SandboxSeeder::seed(demoB, SandboxOptions {});
    QCOMPARE(dump(demoA), dump(demoB));
}

void TestSandboxSeeder::otherSeedOtherData()
{
    SandboxStore a;
    SandboxStore b;
    SandboxSeeder::seed(a, generated(200, 7));
    SandboxSeeder::seed(b, generated(200, 8));
    QVERIFY(dump(a) != dump(b));
    QVERIFY(a.users().constFirst().id != b.users().constFirst().id
            || a.users().constFirst().email != b.users().constFirst().email);
}

void TestSandboxSeeder::sizesFollowOptions()
{
    SandboxStore store;
    const SandboxOptions options = generated(321);
    SandboxSeeder::seed(store, options);
    QCOMPARE(store.users().size(), 321);
    QCOMPARE(store.groups().size(), 10);
    QCOMPARE(store.connections().size(), 60);
    qsizetype memberships = 0;
    for (const auto &user : store.users()) {
        const qsizetype own =
            store.groupMemberships(user.id).size() + store.connectionMemberships(user.id).size();
        QVERIFY(own <= 2 * options.membershipsPerUser + 1); // + at most one orphan
        memberships += own;
    }
    // On average about membershipsPerUser each.
    const double average = double(memberships) / 321;
    QVERIFY2(average > options.membershipsPerUser * 0.6
                 && average < options.membershipsPerUser * 1.4,
             qPrintable(QString::number(average)));
    // Seeding again replaces, it does not add.
    SandboxSeeder::seed(store, generated(5));
    QCOMPARE(store.users().size(), 5);
}

void TestSandboxSeeder::idsAndEmailsAreUnique()
{
    SandboxStore store;
    SandboxSeeder::seed(store, generated(5000));
    QSet<QString> ids;
    QSet<QString> emails;
    for (const auto &user : store.users()) {
        ids.insert(user.id);
        emails.insert(user.email.toLower());
        QVERIFY2(SandboxStore::isValidEmail(user.email), qPrintable(user.email));
    }
    for (const auto &group : store.groups())
        ids.insert(group.id);
    for (const auto &connection : store.connections())
        ids.insert(connection.id);
    QCOMPARE(ids.size(), 5000 + 10 + 60);
    QCOMPARE(emails.size(), 5000);
    QSet<QString> names;
    for (const auto &group : store.groups())
        names.insert(group.name);
    QCOMPARE(names.size(), 10);
}

void TestSandboxSeeder::realisticMixOfUsers()
{
    SandboxStore store;
    SandboxSeeder::seed(store, generated(2000, 11));
    int admins = 0, noRole = 0, pending = 0, neverLoggedIn = 0, inactive = 0, pictures = 0,
        phones = 0;
    QSet<QString> roles;
    QString previous;
    for (const auto &user : store.users()) {
        admins += user.role == u"Account Administrator"_s;
        noRole += !user.role;
        if (user.role) {
            roles.insert(*user.role);
            QVERIFY(store.role(*user.role)->scope.contains(u"ACCOUNT"_s));
        }
        if (user.invited && !user.verified) {
            ++pending;
            QVERIFY(!user.loggedInAt); // cannot have signed in before accepting
        }
        neverLoggedIn += user.verified && !user.loggedInAt;
        inactive += !user.active;
        pictures += user.picture.has_value();
        phones += user.phone.has_value();
        if (user.loggedInAt)
            QVERIFY(*user.loggedInAt >= user.createdAt);
        QVERIFY(user.createdAt >= previous); // listed in order of arrival
        previous = user.createdAt;
    }
    QVERIFY(admins >= 2);
    QVERIFY(admins < 200);
    QVERIFY(noRole > 100);
    QVERIFY(roles.size() >= 5);
    QVERIFY(pending > 50);
    QVERIFY(neverLoggedIn > 50);
    QVERIFY(inactive > 10);
    QVERIFY(pictures > 20 && pictures < 400);
    QVERIFY(phones > 200);
    // The account's first user is an active administrator who signs in.
    const SandboxUser &owner = store.users().constFirst();
    QCOMPARE(owner.role, std::optional<QString>(u"Account Administrator"_s));
    QVERIFY(owner.active && owner.verified && owner.loggedInAt);
    // Spread over years, all before the reference instant.
    const QString reference =
        QDateTime::fromMSecsSinceEpoch(SandboxSeeder::referenceMSecs(), Qt::UTC)
            .toString(Qt::ISODateWithMs);
    QVERIFY(owner.createdAt.left(4).toInt() <= reference.left(4).toInt() - 4);
    QVERIFY(store.users().constLast().createdAt < reference);
}

void TestSandboxSeeder::membershipsRespectScopes()
{
    SandboxStore store;
    SandboxSeeder::seed(store, generated(800, 5));
    QSet<QString> groupIds;
    for (const auto &group : store.groups())
        groupIds.insert(group.id);
    QSet<QString> connectionIds;
    for (const auto &connection : store.connections()) {
        connectionIds.insert(connection.id);
        QVERIFY(groupIds.contains(connection.groupId));
    }
    int groupMemberships = 0;
    int connectionMemberships = 0;
    for (const auto &user : store.users()) {
        QSet<QString> targets;
        for (const auto &m : store.groupMemberships(user.id)) {
            QVERIFY(groupIds.contains(m.id));
            QVERIFY2(store.role(m.role)->scope.contains(u"DESTINATION"_s), qPrintable(m.role));
            QVERIFY(m.createdAt >= user.createdAt);
            QVERIFY(!targets.contains(m.id));
            targets.insert(m.id);
            ++groupMemberships;
        }
        for (const auto &m : store.connectionMemberships(user.id)) {
            QVERIFY2(store.role(m.role)->scope.contains(u"CONNECTOR"_s), qPrintable(m.role));
            QVERIFY(!targets.contains(m.id));
            targets.insert(m.id);
            ++connectionMemberships;
        }
    }
    QVERIFY(groupMemberships > 100);
    QVERIFY(connectionMemberships > 100);
}

void TestSandboxSeeder::orphansAreDeterministic()
{
    auto orphans = [](const SandboxStore &store) {
        QStringList found;
        for (const auto &user : store.users()) {
            for (const auto &m : store.connectionMemberships(user.id)) {
                if (!store.connection(m.id))
                    found.append(user.id + u'/' + m.id);
            }
        }
        return found;
    };
    SandboxStore a;
    SandboxStore b;
    SandboxSeeder::seed(a, generated(600, 21));
    SandboxSeeder::seed(b, generated(600, 21));
    const QStringList found = orphans(a);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < 60); // a few, not many
    QCOMPARE(orphans(b), found);
}

void TestSandboxSeeder::demoAccountIsSmallAndComplete()
{
    SandboxStore store;
    SandboxSeeder::seed(store, SandboxOptions {}); // users == -1
    QVERIFY(store.users().size() >= 8 && store.users().size() <= 12);
    QCOMPARE(store.groups().size(), 3);
    QVERIFY(store.connections().size() >= 6 && store.connections().size() <= 10);
    QVERIFY(store.accountAdministratorCount() >= 2);
    bool pending = false, noRole = false, inactive = false, orphan = false, memberships = false;
    for (const auto &user : store.users()) {
        pending = pending || (user.invited && !user.verified);
        noRole = noRole || !user.role;
        inactive = inactive || !user.active;
        memberships = memberships || !store.groupMemberships(user.id).isEmpty();
        for (const auto &m : store.connectionMemberships(user.id)) {
            orphan = orphan || !store.connection(m.id);
            QVERIFY(store.role(m.role)->scope.contains(u"CONNECTOR"_s));
        }
        for (const auto &m : store.groupMemberships(user.id)) {
            QVERIFY(store.group(m.id));
            QVERIFY(store.role(m.role)->scope.contains(u"DESTINATION"_s));
        }
    }
    QVERIFY(pending && noRole && inactive && orphan && memberships);
    // Options that shape a generated account do not change the demo.
    SandboxOptions other;
    other.groups = 50;
    other.seed = 99;
    SandboxStore again;
    SandboxSeeder::seed(again, other);
    QCOMPARE(again.groups().size(), 3);
    QCOMPARE(dump(again), dump(store));
}

void TestSandboxSeeder::fiftyThousandUsers()
{
    SandboxOptions options = generated(50000);
    options.groups = 10;
    options.connections = 60;
    options.membershipsPerUser = 2;
    SandboxStore store;
    QElapsedTimer timer;
    timer.start();
    SandboxSeeder::seed(store, options);
    qInfo("seeded 50,000 users in %lld ms", timer.elapsed()); // a figure, not an assertion
    QCOMPARE(store.users().size(), 50000);
    QVERIFY(store.user(store.users().at(25000).id));
}

void TestSandboxSeeder::emptyAccountIsAllowed()
{
    SandboxOptions options;
    options.users = 0;
    options.groups = 0;
    options.connections = 5; // no group to hold them: none are made
    SandboxStore store;
    SandboxSeeder::seed(store, options);
    QVERIFY(store.users().isEmpty());
    QVERIFY(store.groups().isEmpty());
    QVERIFY(store.connections().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxSeeder)
void TestSandboxSeeder::referenceMovesDatesOnly()
{
    SandboxStore fixed;
    SandboxSeeder::seed(fixed, generated(300, 3));
    SandboxOptions later = generated(300, 3);
    const QDateTime reference(QDate(2031, 2, 14), QTime(9, 0), Qt::UTC);
    later.referenceMSecs = reference.toMSecsSinceEpoch();
    SandboxStore moved;
    SandboxSeeder::seed(moved, later);

    QCOMPARE(moved.users().size(), fixed.users().size());
    const QString limit = reference.toString(Qt::ISODateWithMs);
    int recentSignIns = 0;
    for (int i = 0; i < fixed.users().size(); ++i) {
        const SandboxUser &a = fixed.users().at(i);
        const SandboxUser &b = moved.users().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.email, a.email);
        QCOMPARE(b.role, a.role);
        QCOMPARE(bool(b.loggedInAt), bool(a.loggedInAt));
        QVERIFY(b.createdAt < limit);
        QVERIFY(b.createdAt > a.createdAt);
        if (b.loggedInAt && *b.loggedInAt > u"2030"_s)
            ++recentSignIns;
    }
    QVERIFY(recentSignIns > 0);
}

#include "tst_sandboxseeder.moc"
