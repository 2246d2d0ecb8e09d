#include "membershipsmodel.h"
#include "modelfixture.h"
#include "namedirectory.h"
#include "rolesmodel.h"
#include "sandboxstore.h"
#include "session.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::Session;
using ftmodels::UsersModel;

namespace {

struct Fixture
{
    explicit Fixture(const ftsandbox::SandboxOptions &options)
        : sandbox(options)
    {
        client = fttest::newClient(sandbox, &owner);
        client->scheduler()->setMaxAttempts(1);
        session = std::make_unique<Session>(
            client, ftmodels::AccountInfo { u"Test"_s, sandbox.server().baseUrl(), true });
    }

    bool startAndWait()
    {
        QSignalSpy loaded(session.get(), &Session::usersLoaded);
        session->start();
        return loaded.wait(20000) && QTest::qWaitFor([&] { return !session->isBusy(); }, 10000);
    }

    bool refreshAndWait()
    {
        QSignalSpy loaded(session.get(), &Session::usersLoaded);
        session->refresh();
        return loaded.wait(20000) && QTest::qWaitFor([&] { return !session->isBusy(); }, 10000);
    }

    fttest::TestSandbox sandbox;
    QObject owner;
    ftapi::ApiClient *client = nullptr;
    std::unique_ptr<Session> session;
};

QString selectedId(const QItemSelectionModel &selection, const ftmodels::UsersFilterProxy &proxy)
{
    const QModelIndexList rows = selection.selectedRows();
    return rows.size() == 1 ? proxy.userIdAt(rows.constFirst().row()) : QString();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startLoadsUsersAndRoles();
    void currentUserBringsMemberships();
    void refreshKeepsTheSelection();
    void changesAreGranular();
    void removingTheCurrentUserClearsIt();
    void membershipChangesReachTheCurrentUser();
    void errorsNameTheirPartAndRetryRecovers();
    void outlivingTheClientIsSafe();
};

void TestSession::startLoadsUsersAndRoles()
{
    Fixture f(fttest::generatedAccount(120));
    QSignalSpy busy(f.session.get(), &Session::busyChanged);
    QVERIFY(f.startAndWait());
    QCOMPARE(f.session->users()->rowCount(), int(f.sandbox.store().users().size()));
    QCOMPARE(f.session->roles()->rowCount(), int(f.sandbox.store().roles().size()));
    QVERIFY(busy.count() >= 2);
    QCOMPARE(busy.constLast().constFirst().toBool(), false);
    QCOMPARE(f.session->account().label(), u"Test"_s);
}

void TestSession::currentUserBringsMemberships()
{
    Fixture f(fttest::generatedAccount(40, 3, 8, 4));
    QVERIFY(f.startAndWait());
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    QString userId;
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (!store.groupMemberships(user.id).isEmpty()
            && !store.connectionMemberships(user.id).isEmpty()) {
            userId = user.id;
            break;
        }
    }
    QVERIFY(!userId.isEmpty());
    QSignalSpy current(f.session.get(), &Session::currentUserChanged);
    f.session->setCurrentUser(userId);
    QCOMPARE(current.count(), 1);
    QCOMPARE(f.session->currentUser()->id, userId);
    QVERIFY(QTest::qWaitFor([&] { return !f.session->isBusy(); }, 10000));
    QCOMPARE(
        f.session->memberships()->rowCount(),
        int(store.groupMemberships(userId).size() + store.connectionMemberships(userId).size()));
    QVERIFY(f.session->names()->connectionsComplete()); // fetched because it was needed
}

void TestSession::refreshKeepsTheSelection()
{
    Fixture f(fttest::generatedAccount(900));
    f.client->setPageLimit(250);
    QVERIFY(f.startAndWait());
    ftmodels::UsersFilterProxy proxy;
    proxy.setSourceModel(f.session->users());
    proxy.sort(UsersModel::NameColumn);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);

    ftsandbox::SandboxStore &store = f.sandbox.store();
    QString chosen;
    QString other;
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (user.role == u"Account Administrator"_s)
            continue;
        if (chosen.isEmpty() && &user - store.users().data() > 600)
            chosen = user.id;
        else if (other.isEmpty() && &user - store.users().data() > 10)
            other = user.id;
    }
    QVERIFY(!chosen.isEmpty() && !other.isEmpty());
    selection.setCurrentIndex(proxy.index(proxy.proxyRowOf(chosen), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    f.session->setCurrentUser(chosen);
    QCOMPARE(selectedId(selection, proxy), chosen);

    // Meanwhile: the chosen user renamed (moves in the sort), another deleted, one invited.
    ftsandbox::SandboxUserPatch patch;
    patch.givenName = u"Aaaron"_s;
    QVERIFY(!store.updateUser(chosen, patch, nullptr).isError());
    QVERIFY(!store.deleteUser(other).isError());
    ftsandbox::SandboxNewUser invite { u"zz.new@example.com"_s, u"Zz"_s, u"New"_s, {}, {}, {} };
    QVERIFY(!store.inviteUser(invite, nullptr).isError());

    QSignalSpy updated(f.session.get(), &Session::currentUserUpdated);
    QVERIFY(f.refreshAndWait());
    QCOMPARE(selectedId(selection, proxy), chosen);
    QCOMPARE(proxy.userIdAt(selection.currentIndex().row()), chosen);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(f.session->currentUser()->givenName, u"Aaaron"_s);
    QCOMPARE(f.session->currentUserId(), chosen);
    QCOMPARE(f.session->users()->rowCount(), int(store.users().size()));
}

void TestSession::changesAreGranular()
{
    Fixture f(fttest::generatedAccount(30));
    QVERIFY(f.startAndWait());
    UsersModel *users = f.session->users();
    QSignalSpy inserted(users, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(users, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(users, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(users, &QAbstractItemModel::modelReset);

    ftapi::User invited = users->userAt(0);
    invited.id = u"brand_new"_s;
    invited.email = u"brand.new@example.com"_s;
    f.session->upsertUser(invited);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(users->rowOf(u"brand_new"_s), users->rowCount() - 1);

    ftapi::User edited = users->userAt(3);
    edited.familyName = u"Edited"_s;
    f.session->upsertUser(edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toModelIndex().row(), 3);

    f.session->removeUser(u"brand_new"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestSession::removingTheCurrentUserClearsIt()
{
    Fixture f(fttest::generatedAccount(30));
    QVERIFY(f.startAndWait());
    const QString id = f.session->users()->userAt(5).id;
    f.session->setCurrentUser(id);
    QSignalSpy current(f.session.get(), &Session::currentUserChanged);
    f.session->removeUser(id);
    QCOMPARE(current.count(), 1);
    QVERIFY(current.constFirst().constFirst().toString().isEmpty());
    QVERIFY(!f.session->currentUser());
    QCOMPARE(f.session->memberships()->rowCount(), 0);
}

void TestSession::membershipChangesReachTheCurrentUser()
{
    Fixture f(fttest::generatedAccount(30, 2, 4, 0));
    QVERIFY(f.startAndWait());
    const QString current = f.session->users()->userAt(2).id;
    const QString other = f.session->users()->userAt(3).id;
    f.session->setCurrentUser(current);
    QVERIFY(QTest::qWaitFor([&] { return !f.session->isBusy(); }, 10000));
    const int before = f.session->memberships()->rowCount();
    const ftapi::Membership m { u"some_group"_s, u"View Destination"_s,
                                QDateTime::currentDateTimeUtc() };
    f.session->upsertMembership(other, ftapi::MembershipKind::Group, m);
    QCOMPARE(f.session->memberships()->rowCount(), before);
    f.session->upsertMembership(current, ftapi::MembershipKind::Group, m);
    QCOMPARE(f.session->memberships()->rowCount(), before + 1);
    f.session->removeMembership(current, ftapi::MembershipKind::Group, m.id);
    QCOMPARE(f.session->memberships()->rowCount(), before);
}

void TestSession::errorsNameTheirPartAndRetryRecovers()
{
    Fixture f(fttest::generatedAccount(30));
    f.sandbox.server().setFailRate(1.0);
    QSignalSpy errors(f.session.get(), &Session::errorOccurred);
    f.session->start();
    QVERIFY(QTest::qWaitFor([&] { return errors.count() >= 2; }, 10000));
    QSet<int> parts;
    for (const QList<QVariant> &args : std::as_const(errors))
        parts.insert(int(args.at(0).value<Session::Part>()));
    QCOMPARE(parts, (QSet<int> { int(Session::Part::Users), int(Session::Part::Roles) }));
    QCOMPARE(f.session->users()->rowCount(), 0);

    f.sandbox.server().setFailRate(0);
    QSignalSpy loaded(f.session.get(), &Session::usersLoaded);
    f.session->retry(Session::Part::Users);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(f.session->users()->rowCount(), int(f.sandbox.store().users().size()));
}

void TestSession::outlivingTheClientIsSafe()
{
    Fixture f(fttest::generatedAccount(10));
    QVERIFY(f.startAndWait());
    QCOMPARE(f.session->client(), f.client);
    QCOMPARE(f.client->parent(), &f.owner); // not taken over
    const int rows = f.session->users()->rowCount();
    delete f.client;
    QVERIFY(!f.session->client());
    QSignalSpy errors(f.session.get(), &Session::errorOccurred);
    f.session->refresh();
    QVERIFY(errors.count() >= 1);
    QCOMPARE(errors.constFirst().constFirst().value<Session::Part>(), Session::Part::Users);
    QCOMPARE(f.session->users()->rowCount(), rows);
    QVERIFY(!f.session->isBusy());
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
