// SnapshotDiff: two hand-built audits with one change of every kind, compared field by field,
// with the effective consequences and their reasons in words; and two audits of a sandbox's
// store, changed between them, compared with a brute-force reading of the same store.
#include "auditfixture.h"
#include "diffwords.h"
#include "effectivefixture.h"
#include "sandboxserver.h"
#include "snapshotdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AccessChange;
using ftmodels::AccessLevel;
using ftmodels::AuditData;
using ftmodels::AuditKind;
using ftmodels::DiffSide;
using ftmodels::SnapshotDiff;
using Type = AccessChange::Type;

namespace {

const QDateTime kOld(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
const QDateTime kNew(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

ftapi::User user(const QString &id, const std::optional<QString> &role, bool pending = false)
{
    ftapi::User u;
    u.id = id;
    u.email = id.mid(2) + u"@example.com"_s;
    u.givenName = id.mid(2, 1).toUpper() + id.mid(3);
    u.familyName = u"Test"_s;
    u.role = role;
    u.active = true;
    u.invited = pending;
    u.verified = !pending;
    u.createdAt = kOld.addDays(-10);
    u.loggedInAt = kOld.addDays(-1);
    return u;
}

ftapi::Membership grant(const QString &id, const QString &role)
{
    return { id, role, kOld.addDays(-5) };
}

AuditData account()
{
    AuditData d;
    d.groups = { ftapi::Group { u"g1"_s, u"Warehouse"_s, kOld } };
    ftapi::Connection c1;
    c1.id = u"c1"_s;
    c1.schema = u"sales"_s;
    c1.service = u"postgres"_s;
    c1.groupId = u"g1"_s;
    ftapi::Connection c2 = c1;
    c2.id = u"c2"_s;
    c2.schema = u"ads"_s;
    c2.service = u"google_ads"_s;
    d.connections = { c1, c2 };
    d.teamsRead = d.usersComplete = d.groupsComplete = d.connectionsComplete = true;
    d.rolesComplete = true;
    return d;
}

AuditData older()
{
    AuditData d = account();
    d.users = { user(u"u_ann"_s, u"Account Reviewer"_s), user(u"u_bob"_s, std::nullopt),
                user(u"u_cat"_s, u"Account Analyst"_s, true),
                user(u"u_dan"_s, u"Account Billing"_s) };
    d.destinationMemberships.insert(u"u_bob"_s, { grant(u"g1"_s, u"View Destination"_s) });
    d.connectionMemberships.insert(u"u_bob"_s, { grant(u"c1"_s, u"Manage Connection"_s) });
    d.connectionMemberships.insert(u"u_dan"_s, { grant(u"c2"_s, u"View Connection"_s) });
    return d;
}

// Ann becomes an administrator; Bob's destination role rises, he loses c1 and gains c2; Cat
// accepts her invitation; Dan is deleted; Eve is invited.
AuditData newer()
{
    AuditData d = account();
    d.users = { user(u"u_ann"_s, u"Account Administrator"_s), user(u"u_bob"_s, std::nullopt),
                user(u"u_cat"_s, u"Account Analyst"_s),
                user(u"u_eve"_s, u"Account Reviewer"_s, true) };
    d.destinationMemberships.insert(u"u_bob"_s, { grant(u"g1"_s, u"Edit Destination"_s) });
    d.connectionMemberships.insert(u"u_bob"_s, { grant(u"c2"_s, u"View Connection"_s) });
    return d;
}

// A change as a line that says every field, for exact comparison.
QString line(const AccessChange &c)
{
    auto opt = [](const std::optional<QString> &v) {
        return v ? u"'"_s + *v + u"'"_s : u"-"_s;
    };
    auto level = [](const std::optional<AccessLevel> &v) {
        return v ? ftmodels::AccessRules::levelKey(*v) : u"-"_s;
    };
    QStringList via;
    for (const ftmodels::AccessPath &p : c.via)
        via.append(ftmodels::AccessPath::viaKey(p.via) + u':' + p.role);
    return QStringList { AccessChange::typeKey(c.type),
                         c.userId,
                         c.kind ? ftmodels::Audit::kindKey(*c.kind) : u"-"_s,
                         c.targetId,
                         opt(c.oldRole),
                         opt(c.newRole),
                         level(c.oldLevel),
                         level(c.newLevel),
                         c.oldStatus ? ftmodels::statusText(*c.oldStatus) : u"-"_s,
                         c.newStatus ? ftmodels::statusText(*c.newStatus) : u"-"_s,
                         via.join(u'+') }
        .join(u'|');
}

QStringList lines(const SnapshotDiff &diff)
{
    QStringList all;
    for (const AccessChange &c : diff.changes())
        all.append(line(c));
    return all;
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfChange()
    {
        const DiffSide a = DiffSide::of(older(), kOld, 1);
        const DiffSide b = DiffSide::of(newer(), kNew, 2);
        const SnapshotDiff diff = SnapshotDiff::compare(a, b);
        const QStringList expected {
            u"account_role_changed|u_ann|account||'Account Reviewer'|'Account Administrator'|-|-|-|-|"_s,
            u"effective_level_changed|u_ann|connection|c1|-|-|view|manage|-|-|account:Account Administrator"_s,
            u"effective_level_changed|u_ann|connection|c2|-|-|view|manage|-|-|account:Account Administrator"_s,
            u"effective_level_changed|u_ann|destination|g1|-|-|view|manage|-|-|account:Account Administrator"_s,
            u"grant_added|u_bob|connection|c2|-|'View Connection'|-|-|-|-|"_s,
            u"grant_removed|u_bob|connection|c1|'Manage Connection'|-|-|-|-|-|"_s,
            u"grant_role_changed|u_bob|destination|g1|'View Destination'|'Edit Destination'|-|-|-|-|"_s,
            u"effective_level_changed|u_bob|connection|c1|-|-|manage|edit|-|-|destination:Edit Destination"_s,
            u"effective_level_changed|u_bob|connection|c2|-|-|view|edit|-|-|direct:View Connection+destination:Edit Destination"_s,
            u"effective_level_changed|u_bob|destination|g1|-|-|view|edit|-|-|direct:Edit Destination"_s,
            u"status_changed|u_cat|-||-|-|-|-|Invitation pending|Active|"_s,
            u"user_removed|u_dan|-||'Account Billing'|-|-|-|Active|-|"_s,
            u"grant_removed|u_dan|connection|c2|'View Connection'|-|-|-|-|-|"_s,
            u"effective_lost|u_dan|connection|c2|-|-|view|-|-|-|direct:View Connection"_s,
            u"user_added|u_eve|-||-|'Account Reviewer'|-|-|-|Invitation pending|"_s,
            u"effective_gained|u_eve|connection|c1|-|-|-|view|-|-|account:Account Reviewer"_s,
            u"effective_gained|u_eve|connection|c2|-|-|-|view|-|-|account:Account Reviewer"_s,
            u"effective_gained|u_eve|destination|g1|-|-|-|view|-|-|account:Account Reviewer"_s,
        };
        QCOMPARE(lines(diff), expected);
        QCOMPARE(diff.peopleChanged(), 5);
        QCOMPARE(diff.count(Type::EffectiveLevelChanged), 6);
        QCOMPARE(diff.count(Type::EffectiveGained), 3);
        QCOMPARE(diff.count(Type::UserAdded), 1);
        QCOMPARE(diff.count(Type::StatusChanged), 1);
    }

    void reasonsInWords()
    {
        const DiffSide a = DiffSide::of(older(), kOld, 1);
        const DiffSide b = DiffSide::of(newer(), kNew, 2);
        const SnapshotDiff diff = SnapshotDiff::compare(a, b);
        const QStringList summaries = diff.summaries();
        QVERIFY2(summaries.contains(u"Ann Test went from View to Manage on 1 destination and 2 "
                                    u"connections through the account role Account "
                                    u"Administrator"_s),
                 qPrintable(summaries.join(u'\n')));
        QVERIFY2(summaries.contains(u"Eve Test gained View on 1 destination and 2 connections "
                                    u"through the account role Account Reviewer"_s),
                 qPrintable(summaries.join(u'\n')));
        // A loss names what went away.
        QVERIFY2(summaries.contains(u"Dan Test lost View on 1 connection, no longer through "
                                    u"their own membership (View Connection)"_s),
                 qPrintable(summaries.join(u'\n')));
        // Bob's c1 fell from Manage to Edit: his own Manage Connection went.
        const auto it =
            std::find_if(diff.changes().cbegin(), diff.changes().cend(), [](const AccessChange &c) {
                return c.userId == u"u_bob"_s && c.targetId == u"c1"_s
                    && c.type == Type::EffectiveLevelChanged;
            });
        QVERIFY(it != diff.changes().cend());
        QCOMPARE(ftmodels::DiffWords::reason(*it, a.graph, b.graph),
                 u"went from Manage to Edit on the connection sales (postgres), no longer "
                 u"through their own membership (Manage Connection)"_s);
        QCOMPARE(ftmodels::DiffWords::text(*it, a.graph, b.graph).left(9), u"Bob Test "_s);
    }

    void sameAuditTwiceChangesNothing()
    {
        const DiffSide a = DiffSide::of(older(), kOld, 1);
        const DiffSide b = DiffSide::of(older(), kNew, 2);
        const SnapshotDiff diff = SnapshotDiff::compare(a, b);
        QVERIFY(diff.changes().isEmpty());
        QCOMPARE(diff.peopleChanged(), 0);
        QVERIFY(diff.summaries().isEmpty());
    }

    void typeKeysRoundTrip()
    {
        QCOMPARE(AccessChange::allTypes().size(), AccessChange::kTypeCount);
        for (Type type : AccessChange::allTypes())
            QCOMPARE(AccessChange::typeFromKey(AccessChange::typeKey(type)), type);
        QVERIFY(!AccessChange::typeFromKey(u"nothing"_s));
    }

    // A sandbox account changed between two audits: every effective difference a brute-force
    // reading of the store finds, and no other.
    void sandboxChangesAgainstBruteForce()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(60, 4, 16, 3);
        options.teams = 3;
        ftsandbox::SandboxServer server(options);
        ftsandbox::SandboxStore &store = server.store();
        const QVector<fttest::ExpectedReach> before = fttest::expectedEffectiveRows(store, true);
        const DiffSide a = DiffSide::of(fttest::auditDataFromStore(store), kOld, 1);

        // One change of each kind the API allows.
        ftsandbox::SandboxUser invited;
        QVERIFY(!store
                     .inviteUser({ u"new.person@example.com"_s,
                                   u"New"_s,
                                   u"Person"_s,
                                   {},
                                   {},
                                   u"Account Reviewer"_s },
                                 &invited)
                     .isError());
        QString withRole;
        QString other;
        for (const ftsandbox::SandboxUser &u : store.users()) {
            if (u.id == invited.id)
                continue;
            if (withRole.isEmpty() && u.role && *u.role != u"Account Administrator"_s)
                withRole = u.id;
            else if (other.isEmpty() && u.role && *u.role != u"Account Administrator"_s)
                other = u.id;
        }
        QVERIFY(!withRole.isEmpty() && !other.isEmpty());
        ftsandbox::SandboxUserPatch patch;
        patch.role = u"Account Administrator"_s;
        ftsandbox::SandboxUser updated;
        QVERIFY(!store.updateUser(withRole, patch, &updated).isError());
        QVERIFY(!store.deleteUser(other).isError());
        // Grants: one removed, one changed in role, one added.
        using Kind = ftsandbox::MembershipKind;
        int grantChanges = 0;
        for (const ftsandbox::SandboxUser &u : store.users()) {
            if (u.id == withRole || u.id == invited.id || grantChanges == 3)
                continue;
            const auto connections = store.connectionMemberships(u.id);
            const auto groups = store.groupMemberships(u.id);
            if (grantChanges == 0 && !connections.isEmpty()) {
                QVERIFY(!store.deleteMembership(Kind::Connection, u.id, connections.first().id)
                             .isError());
                ++grantChanges;
            } else if (grantChanges == 1 && !groups.isEmpty()) {
                const QString role = groups.first().role == u"Manage Destination"_s
                    ? u"View Destination"_s
                    : u"Manage Destination"_s;
                ftsandbox::SandboxMembership changed;
                QVERIFY(
                    !store.updateMembership(Kind::Group, u.id, groups.first().id, role, &changed)
                         .isError());
                ++grantChanges;
            } else if (grantChanges == 2) {
                for (const ftsandbox::SandboxConnection &c : store.connections()) {
                    ftsandbox::SandboxMembership found;
                    if (!store.findMembership(Kind::Connection, u.id, c.id, &found).isError())
                        continue;
                    QVERIFY(!store
                                 .addMembership(Kind::Connection, u.id, c.id, u"Edit Connection"_s,
                                                &found)
                                 .isError());
                    ++grantChanges;
                    break;
                }
            }
        }
        QCOMPARE(grantChanges, 3);
        // A team gains a member: their access moves although their own grants did not.
        QVERIFY(!store.teams().list().isEmpty());
        const QString team = store.teams().list().constFirst().id;
        QString joiner;
        for (const ftsandbox::SandboxUser &u : store.users()) {
            bool member = false;
            for (const ftsandbox::SandboxTeamMember &m : store.teams().members(team))
                member = member || m.userId == u.id;
            if (!member && !u.role) {
                joiner = u.id;
                break;
            }
        }
        QVERIFY(!joiner.isEmpty());
        store.addTeamMember(team, joiner, u"Team Member"_s);
        const int expectedAdded = 1;
        const DiffSide b = DiffSide::of(fttest::auditDataFromStore(store), kNew, 2);
        const QVector<fttest::ExpectedReach> after = fttest::expectedEffectiveRows(store, true);

        QHash<QString, QString> old;
        for (const fttest::ExpectedReach &r : before)
            old.insert(r.userId + u'|' + r.kind + u'|' + r.targetId, r.level);
        QHash<QString, QString> now;
        for (const fttest::ExpectedReach &r : after)
            now.insert(r.userId + u'|' + r.kind + u'|' + r.targetId, r.level);
        QStringList expected;
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!now.contains(it.key()))
                expected.append(u"effective_lost|"_s + it.key() + u'|' + it.value() + u"|-"_s);
            else if (now.value(it.key()) != it.value())
                expected.append(u"effective_level_changed|"_s + it.key() + u'|' + it.value() + u'|'
                                + now.value(it.key()));
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!old.contains(it.key()))
                expected.append(u"effective_gained|"_s + it.key() + u"|-|"_s + it.value());
        }

        const SnapshotDiff diff = SnapshotDiff::compare(a, b);
        QStringList actual;
        for (const AccessChange &c : diff.changes()) {
            if (c.type < Type::EffectiveGained)
                continue;
            actual.append(AccessChange::typeKey(c.type) + u'|' + c.userId + u'|'
                          + ftmodels::Audit::kindKey(*c.kind) + u'|' + c.targetId + u'|'
                          + (c.oldLevel ? ftmodels::AccessRules::levelKey(*c.oldLevel) : u"-"_s)
                          + u'|'
                          + (c.newLevel ? ftmodels::AccessRules::levelKey(*c.newLevel) : u"-"_s));
        }
        expected.sort();
        actual.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(actual, expected);
        QCOMPARE(diff.count(Type::UserAdded), expectedAdded);
        QCOMPARE(diff.count(Type::UserRemoved), 1);
        QCOMPARE(diff.count(Type::AccountRoleChanged), 1);
        QCOMPARE(diff.count(Type::GrantRoleChanged), 1);
        // The removed person's grants go with them; the one removed on its own is one more.
        QCOMPARE(diff.count(Type::GrantRemoved),
                 1
                     + int(a.data.destinationMemberships.value(other).size()
                           + a.data.connectionMemberships.value(other).size()));
        QCOMPARE(diff.count(Type::GrantAdded), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
