#include "modelfixture.h"
#include "namedirectory.h"
#include "sandboxstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using ftmodels::NameDirectory;

namespace {

bool loadAndWait(NameDirectory &names)
{
    names.ensureLoaded();
    return QTest::qWaitFor([&] { return !names.isLoading(); }, 10000);
}

} // namespace

class TestNameDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesEveryName();
    void pendingBeforeLoad();
    void missingTargetsAreDeleted();
    void loadsOnlyOnce();
    void failureLeavesNamesPending();
};

void TestNameDirectory::resolvesEveryName()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(10, 6, 25));
    QObject owner;
    NameDirectory names;
    names.setClient(fttest::newClient(sandbox, &owner));
    QSignalSpy changed(&names, &NameDirectory::namesChanged);
    QVERIFY(loadAndWait(names));
    QVERIFY(names.groupsComplete());
    QVERIFY(names.connectionsComplete());
    QVERIFY(changed.count() >= 1);

    const auto &store = sandbox.store();
    QCOMPARE(names.groups().size(), store.groups().size());
    QCOMPARE(names.connections().size(), store.connections().size());
    for (const ftsandbox::SandboxGroup &group : store.groups()) {
        QCOMPARE(names.lookup(MembershipKind::Group, group.id), NameDirectory::Lookup::Known);
        QCOMPARE(names.targetName(MembershipKind::Group, group.id), group.name);
        QCOMPARE(names.connectionsOfGroup(group.id).size(),
                 store.connectionsOfGroup(group.id).size());
    }
    for (const ftsandbox::SandboxConnection &connection : store.connections()) {
        QCOMPARE(names.lookup(MembershipKind::Connection, connection.id),
                 NameDirectory::Lookup::Known);
        const QString name = names.targetName(MembershipKind::Connection, connection.id);
        QVERIFY2(name.contains(connection.schema), qPrintable(name));
        QCOMPARE(names.connection(connection.id)->groupId, connection.groupId);
    }
}

void TestNameDirectory::pendingBeforeLoad()
{
    NameDirectory names;
    QCOMPARE(names.lookup(MembershipKind::Group, u"warm_harbor"_s), NameDirectory::Lookup::Pending);
    QCOMPARE(names.targetName(MembershipKind::Connection, u"brisk_falcon"_s), u"brisk_falcon"_s);
}

void TestNameDirectory::missingTargetsAreDeleted()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(10, 3, 8));
    const QString removed = sandbox.store().connections().constFirst().id;
    sandbox.store().removeConnection(removed);
    QObject owner;
    NameDirectory names;
    names.setClient(fttest::newClient(sandbox, &owner));
    QVERIFY(loadAndWait(names));
    QCOMPARE(names.lookup(MembershipKind::Connection, removed), NameDirectory::Lookup::Missing);
    const QString text = names.targetName(MembershipKind::Connection, removed);
    QVERIFY2(text.contains(removed) && text.contains(u"deleted connection"_s), qPrintable(text));
    QVERIFY(names.targetName(MembershipKind::Group, u"nope"_s).contains(u"deleted destination"_s));
}

void TestNameDirectory::loadsOnlyOnce()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5, 2, 4));
    QObject owner;
    NameDirectory names;
    names.setClient(fttest::newClient(sandbox, &owner));
    QSignalSpy loading(&names, &NameDirectory::loadingChanged);
    QVERIFY(loadAndWait(names));
    names.ensureLoaded();
    QVERIFY(!names.isLoading());
    QCOMPARE(loading.count(), 2); // one load: on, off
    names.reload();
    QVERIFY(names.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !names.isLoading(); }, 10000));
    QCOMPARE(loading.count(), 4);
}

void TestNameDirectory::failureLeavesNamesPending()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5, 2, 4));
    sandbox.server().setFailRate(1.0);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxAttempts(1);
    NameDirectory names;
    names.setClient(client);
    QSignalSpy failed(&names, &NameDirectory::loadFailed);
    QVERIFY(loadAndWait(names));
    QCOMPARE(failed.count(), 1);
    // Not loaded is not "deleted".
    const QString id = sandbox.store().connections().constFirst().id;
    QCOMPARE(names.lookup(MembershipKind::Connection, id), NameDirectory::Lookup::Pending);
    QCOMPARE(names.targetName(MembershipKind::Connection, id), id);

    // The next need tries again.
    sandbox.server().setFailRate(0);
    QVERIFY(loadAndWait(names));
    QCOMPARE(names.lookup(MembershipKind::Connection, id), NameDirectory::Lookup::Known);
}

QTEST_MAIN(TestNameDirectory)
#include "tst_namedirectory.moc"
