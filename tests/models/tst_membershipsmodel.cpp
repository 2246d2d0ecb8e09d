#include "membershipsmodel.h"
#include "modelfixture.h"
#include "namedirectory.h"
#include "rolesmodel.h"
#include "sandboxstore.h"
#include "timeformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using ftmodels::MembershipsModel;
using ftmodels::NameDirectory;

namespace {

// The first user of the store with at least `groups` group and `connections` connection
// memberships.
QString userWith(const ftsandbox::SandboxStore &store, int groups, int connections)
{
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (store.groupMemberships(user.id).size() >= groups
            && store.connectionMemberships(user.id).size() >= connections)
            return user.id;
    }
    return {};
}

struct Fixture
{
    explicit Fixture(const ftsandbox::SandboxOptions &options)
        : sandbox(options)
    {
        client = fttest::newClient(sandbox, &owner);
        names.setClient(client);
        roles.setClient(client);
        model.setClient(client);
        model.setDirectory(&names);
        model.setRoles(&roles);
    }

    bool showAndWait(const QString &userId)
    {
        model.setUserId(userId);
        return QTest::qWaitFor([&] { return !model.isLoading() && !names.isLoading(); }, 10000);
    }

    fttest::TestSandbox sandbox;
    QObject owner;
    ftapi::ApiClient *client = nullptr;
    NameDirectory names;
    ftmodels::RolesModel roles;
    MembershipsModel model;
};

QString expectedName(const ftsandbox::SandboxStore &store, MembershipKind kind, const QString &id)
{
    if (kind == MembershipKind::Group)
        return store.group(id)->name;
    const ftsandbox::SandboxConnection *c = store.connection(id);
    return c->schema + u" ("_s + c->service + u')';
}

} // namespace

class TestMembershipsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheUsersMembershipsByName();
    void deletedTargetsSaySo();
    void namesArrivingLaterRepaint();
    void roleDescriptionsAsTooltips();
    void switchingUsers();
    void reloadMergesByTarget();
    void granularChanges();
    void failurePerKind();
};

void TestMembershipsModel::showsTheUsersMembershipsByName()
{
    Fixture f(fttest::generatedAccount(60, 4, 12, 4));
    QAbstractItemModelTester tester(&f.model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString userId = userWith(store, 1, 1);
    QVERIFY(!userId.isEmpty());
    QVERIFY(f.showAndWait(userId));

    QVERIFY(f.model.hasLoaded(MembershipKind::Group));
    QVERIFY(f.model.hasLoaded(MembershipKind::Connection));
    const auto groups = store.groupMemberships(userId);
    const auto connections = store.connectionMemberships(userId);
    QCOMPARE(f.model.rowCount(), int(groups.size() + connections.size()));
    QCOMPARE(f.model.count(MembershipKind::Group), int(groups.size()));
    QCOMPARE(f.model.count(MembershipKind::Connection), int(connections.size()));

    const auto check = [&](MembershipKind kind, const QVector<ftsandbox::SandboxMembership> &list) {
        for (const ftsandbox::SandboxMembership &m : list) {
            const int row = f.model.rowOf(kind, m.id);
            QVERIFY(row >= 0);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return f.model.index(row, column).data(role);
            };
            QCOMPARE(cell(MembershipsModel::TargetColumn).toString(),
                     expectedName(store, kind, m.id));
            QCOMPARE(cell(MembershipsModel::RoleColumn).toString(), m.role);
            QCOMPARE(cell(MembershipsModel::SinceColumn).toString(),
                     ftmodels::TimeFormat::shortDate(fttest::sandboxTime(m.createdAt)));
            QCOMPARE(cell(0, MembershipsModel::KindRole).toInt(), int(kind));
            QCOMPARE(cell(0, MembershipsModel::TargetIdRole).toString(), m.id);
            QCOMPARE(cell(MembershipsModel::KindColumn).toString(),
                     kind == MembershipKind::Group ? u"Destination"_s : u"Connection"_s);
            // A connection says which destination it loads into; a destination says nothing.
            QCOMPARE(cell(MembershipsModel::DestinationColumn).toString(),
                     kind == MembershipKind::Group
                         ? QString()
                         : store.group(store.connection(m.id)->groupId)->name);
        }
    };
    check(MembershipKind::Group, groups);
    check(MembershipKind::Connection, connections);
    QCOMPARE(f.model.headerData(MembershipsModel::DestinationColumn, Qt::Horizontal).toString(),
             u"Destination"_s);
}

void TestMembershipsModel::deletedTargetsSaySo()
{
    Fixture f(fttest::generatedAccount(60, 4, 12, 4));
    QAbstractItemModelTester tester(&f.model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString userId = userWith(store, 0, 2);
    QVERIFY(!userId.isEmpty());
    const QString gone = store.connectionMemberships(userId).constFirst().id;
    const QString kept = store.connectionMemberships(userId).constLast().id;
    QVERIFY(gone != kept);
    store.removeConnection(gone);
    QVERIFY(f.showAndWait(userId));

    const int row = f.model.rowOf(MembershipKind::Connection, gone);
    QVERIFY(row >= 0);
    const QString text = f.model.index(row, MembershipsModel::TargetColumn).data().toString();
    QVERIFY2(text.contains(gone) && text.contains(u"deleted connection"_s), qPrintable(text));
    QCOMPARE(f.model.index(row, 0).data(MembershipsModel::TargetLookupRole).toInt(),
             int(NameDirectory::Lookup::Missing));
    const int keptRow = f.model.rowOf(MembershipKind::Connection, kept);
    QCOMPARE(f.model.index(keptRow, MembershipsModel::TargetColumn).data().toString(),
             expectedName(store, MembershipKind::Connection, kept));
}

void TestMembershipsModel::namesArrivingLaterRepaint()
{
    MembershipsModel model;
    NameDirectory names;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(&names);
    model.setMemberships(MembershipKind::Group, { { u"g1"_s, u"View Destination"_s, {} } });
    model.setMemberships(MembershipKind::Connection, { { u"c1"_s, u"Edit Connection"_s, {} } });
    QCOMPARE(model.index(0, MembershipsModel::TargetColumn).data().toString(), u"g1"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    names.setContents({ { u"g1"_s, u"Warehouse"_s, {} } },
                      { { u"c1"_s, u"postgres"_s, u"app_db"_s, u"g1"_s, false } });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, MembershipsModel::TargetColumn).data().toString(), u"Warehouse"_s);
    QCOMPARE(model.index(1, MembershipsModel::TargetColumn).data().toString(),
             u"app_db (postgres)"_s);
    QVERIFY(model.index(1, MembershipsModel::TargetColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Warehouse"_s));
}

void TestMembershipsModel::roleDescriptionsAsTooltips()
{
    Fixture f(fttest::generatedAccount(60, 4, 12, 4));
    QSignalSpy rolesLoaded(&f.roles, &ftmodels::RolesModel::loadFinished);
    f.roles.reload();
    QVERIFY(rolesLoaded.wait(10000));
    const QString userId = userWith(f.sandbox.store(), 1, 0);
    QVERIFY(f.showAndWait(userId));
    const ftsandbox::SandboxMembership m = f.sandbox.store().groupMemberships(userId).constFirst();
    const int row = f.model.rowOf(MembershipKind::Group, m.id);
    const QString tip =
        f.model.index(row, MembershipsModel::RoleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(f.sandbox.store().role(m.role)->description), qPrintable(tip));
}

void TestMembershipsModel::switchingUsers()
{
    Fixture f(fttest::generatedAccount(60, 4, 12, 4));
    QAbstractItemModelTester tester(&f.model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString first = userWith(store, 1, 1);
    QString second;
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (user.id != first && !store.connectionMemberships(user.id).isEmpty()) {
            second = user.id;
            break;
        }
    }
    QVERIFY(f.showAndWait(first));
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QVERIFY(f.showAndWait(second));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.model.userId(), second);
    QCOMPARE(
        f.model.rowCount(),
        int(store.groupMemberships(second).size() + store.connectionMemberships(second).size()));
    f.model.setUserId(QString());
    QCOMPARE(f.model.rowCount(), 0);
    QVERIFY(!f.model.isLoading());
}

void TestMembershipsModel::reloadMergesByTarget()
{
    Fixture f(fttest::generatedAccount(60, 4, 12, 4));
    QAbstractItemModelTester tester(&f.model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString userId = userWith(store, 1, 2);
    QVERIFY(f.showAndWait(userId));
    const QString keptTarget = store.connectionMemberships(userId).constLast().id;
    const QPersistentModelIndex kept =
        f.model.index(f.model.rowOf(MembershipKind::Connection, keptTarget), 0);
    const QString removedTarget = store.connectionMemberships(userId).constFirst().id;
    QVERIFY(!store.deleteMembership(ftsandbox::MembershipKind::Connection, userId, removedTarget)
                 .isError());

    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    f.model.reload();
    QVERIFY(QTest::qWaitFor([&] { return !f.model.isLoading(); }, 10000));
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(MembershipsModel::TargetIdRole).toString(), keptTarget);
    QCOMPARE(f.model.rowOf(MembershipKind::Connection, removedTarget), -1);
}

void TestMembershipsModel::granularChanges()
{
    MembershipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    model.upsertMembership(MembershipKind::Group, { u"g"_s, u"View Destination"_s, since });
    model.upsertMembership(MembershipKind::Connection, { u"g"_s, u"View Connection"_s, since });
    QCOMPARE(inserted.count(), 2); // same id, different kinds: two rows
    model.upsertMembership(MembershipKind::Group, { u"g"_s, u"Manage Destination"_s, since });
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, MembershipsModel::RoleColumn).data().toString(),
             u"Manage Destination"_s);
    QVERIFY(model.removeMembership(MembershipKind::Group, u"g"_s));
    QVERIFY(!model.removeMembership(MembershipKind::Group, u"g"_s));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberships(MembershipKind::Connection).constFirst().role, u"View Connection"_s);
}

void TestMembershipsModel::failurePerKind()
{
    Fixture f(fttest::generatedAccount(20, 2, 4, 2));
    f.client->scheduler()->setMaxAttempts(1);
    const QString userId = f.sandbox.store().users().constFirst().id;
    f.sandbox.server().setFailRate(1.0);
    QSignalSpy failed(&f.model, &MembershipsModel::loadFailed);
    QVERIFY(f.showAndWait(userId));
    QCOMPARE(failed.count(), 2);
    QVERIFY(f.model.hasFailed(MembershipKind::Group));
    QVERIFY(f.model.hasFailed(MembershipKind::Connection));
    QVERIFY(!f.model.hasLoaded(MembershipKind::Group));

    f.sandbox.server().setFailRate(0);
    f.model.reload();
    QVERIFY(QTest::qWaitFor([&] { return !f.model.isLoading(); }, 10000));
    QVERIFY(f.model.hasLoaded(MembershipKind::Group));
    QVERIFY(!f.model.hasFailed(MembershipKind::Connection));
}

QTEST_MAIN(TestMembershipsModel)
#include "tst_membershipsmodel.moc"
