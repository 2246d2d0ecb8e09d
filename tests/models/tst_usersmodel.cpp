#include "modelfixture.h"
#include "sandboxstore.h"
#include "timeformat.h"
#include "usersmodel.h"
#include "userstatus.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::UsersModel;

namespace {

using Tester = QAbstractItemModelTester;

bool loadAndWait(UsersModel &model, int timeoutMs = 20000)
{
    QSignalSpy finished(&model, &UsersModel::loadFinished);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.reload();
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs)
        && !finished.isEmpty();
}

// A user of the store who may be deleted or demoted without breaking the last-admin rule.
QString ordinaryUserAt(const ftsandbox::SandboxStore &store, int from)
{
    for (int i = from; i < store.users().size(); ++i) {
        if (store.users().at(i).role != u"Account Administrator"_s)
            return store.users().at(i).id;
    }
    return {};
}

ftapi::User makeUser(const QString &id, const QString &given)
{
    ftapi::User user;
    user.id = id;
    user.givenName = given;
    user.familyName = u"Tester"_s;
    user.email = id + u"@example.com"_s;
    user.active = true;
    user.verified = true;
    return user;
}

} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppendAsTheyArrive();
    void changesWhileRowsWaitTheirTurn();
    void rowsMatchTheServer();
    void reloadMergesById();
    void reloadRemovingManyScatteredRows();
    void failedReloadKeepsRows();
    void unauthorizedIsReported();
    void cancelStopsQuietly();
    void upsertAndRemoveAreGranular();
    void duplicateIdsMakeOneRow();
    void displayTexts();
};

void TestUsersModel::pagesAppendAsTheyArrive()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(2500, 3, 6, 1));
    QVERIFY(sandbox.isListening());
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);

    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(client);

    // What the model looked like each time rows arrived, and how many came at once.
    QVector<std::pair<int, bool>> arrivals;
    QVector<int> batches;
    connect(&model, &QAbstractItemModel::rowsInserted, &owner,
            [&](const QModelIndex &, int first, int last) {
                arrivals.append({ model.rowCount(), model.isLoading() });
                batches.append(last - first + 1);
            });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QVERIFY(loadAndWait(model));

    const int total = int(sandbox.store().users().size());
    const int pageSize = client->pageLimit();
    QCOMPARE(model.rowCount(), total);
    // Each page's rows come in batches of at most kRowsPerInsert, one per turn of the event
    // loop, so no turn holds a whole page's work.
    const int batch = UsersModel::kRowsPerInsert;
    QVERIFY(batch < pageSize);
    int expectedBatches = 0;
    for (int page = 0; page < total; page += pageSize)
        expectedBatches += (std::min(pageSize, total - page) + batch - 1) / batch;
    QCOMPARE(arrivals.size(), expectedBatches);
    QVERIFY(*std::max_element(batches.cbegin(), batches.cend()) <= batch);
    QCOMPARE(arrivals.constFirst(), std::make_pair(batch, true)); // first rows while loading
    QVERIFY(std::all_of(arrivals.cbegin(), arrivals.cend(),
                        [](const auto &arrival) { return arrival.second; }));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QVERIFY(model.hasLoaded());
    QVERIFY(!model.isLoading());
}

// Users received but not yet rows (they are inserted a batch per turn): an invite or a delete
// meanwhile first makes them rows, so every user is one row and row numbers stay true.
void TestUsersModel::changesWhileRowsWaitTheirTurn()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(2500, 3, 6, 1));
    QObject owner;
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(fttest::newClient(sandbox, &owner));

    int waiting = -1;
    int rowsAfterInvite = -1;
    QString removed;
    connect(&model, &QAbstractItemModel::rowsInserted, &owner, [&] {
        if (waiting >= 0)
            return;
        waiting = model.receivedThisLoad() - model.rowCount(); // the first page's other rows
        model.upsertUser(makeUser(u"invited"_s, u"Ivy"_s));
        rowsAfterInvite = model.rowCount();
        removed = model.userAt(1).id;
        QVERIFY(model.removeUser(removed));
    });
    QVERIFY(loadAndWait(model));

    QCOMPARE(waiting, 1000 - UsersModel::kRowsPerInsert);
    QCOMPARE(rowsAfterInvite, 1000 + 1); // the page's rows, then the invited user
    const QVector<ftsandbox::SandboxUser> &users = sandbox.store().users();
    QCOMPARE(model.rowCount(), int(users.size())); // one removed, one invited
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.userAt(row).id);
        QCOMPARE(model.rowOf(model.userAt(row).id), row);
    }
    QCOMPARE(ids.size(), model.rowCount());
    QVERIFY(ids.contains(u"invited"_s));
    QVERIFY(!ids.contains(removed));
    for (const ftsandbox::SandboxUser &user : users)
        QCOMPARE(ids.contains(user.id), user.id != removed);
}

void TestUsersModel::rowsMatchTheServer()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(300));
    QObject owner;
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(fttest::newClient(sandbox, &owner));
    QVERIFY(loadAndWait(model));

    const auto &users = sandbox.store().users();
    QCOMPARE(model.rowCount(), int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const ftapi::User expected = fttest::toApiUser(users.at(row));
        QCOMPARE(model.userAt(row), expected);
        QCOMPARE(model.rowOf(expected.id), row);
        QCOMPARE(model.index(row, UsersModel::EmailColumn).data().toString(), expected.email);
        QCOMPARE(model.index(row, UsersModel::StatusColumn).data().toString(),
                 ftmodels::statusText(ftmodels::userStatus(expected)));
        QCOMPARE(model.index(row, 0).data(UsersModel::UserIdRole).toString(), expected.id);
    }
}

void TestUsersModel::reloadMergesById()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(1500));
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->setPageLimit(400);
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(client);
    QVERIFY(loadAndWait(model));

    ftsandbox::SandboxStore &store = sandbox.store();
    const QString keptId = ordinaryUserAt(store, 700);
    const QString deletedId = ordinaryUserAt(store, 100);
    QVERIFY(!keptId.isEmpty() && !deletedId.isEmpty() && keptId != deletedId);
    const QPersistentModelIndex kept = model.index(model.rowOf(keptId), UsersModel::NameColumn);
    const int rowsBefore = model.rowCount();

    // Elsewhere, meanwhile: one user edited, one deleted, one invited.
    ftsandbox::SandboxUserPatch patch;
    patch.givenName = u"Renamed"_s;
    QVERIFY(!store.updateUser(keptId, patch, nullptr).isError());
    QVERIFY(!store.deleteUser(deletedId).isError());
    ftsandbox::SandboxNewUser invite;
    invite.email = u"new.person@example.com"_s;
    invite.givenName = u"New"_s;
    invite.familyName = u"Person"_s;
    ftsandbox::SandboxUser created;
    QVERIFY(!store.inviteUser(invite, &created).isError());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAndWait(model));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), rowsBefore); // one gone, one new
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(UsersModel::UserIdRole).toString(), keptId);
    QCOMPARE(model.userAt(kept.row()).givenName, u"Renamed"_s);
    QCOMPARE(model.rowOf(deletedId), -1);
    QCOMPARE(model.rowOf(created.id), model.rowCount() - 1);
    // Same rows as the server, in its order.
    for (int row = 0; row < store.users().size(); ++row)
        QCOMPARE(model.userAt(row).id, store.users().at(row).id);
}

void TestUsersModel::reloadRemovingManyScatteredRows()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(600));
    QObject owner;
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(fttest::newClient(sandbox, &owner));
    QVERIFY(loadAndWait(model));

    ftsandbox::SandboxStore &store = sandbox.store();
    QStringList deleted;
    for (int i = 3; i < store.users().size(); i += 5) {
        if (store.users().at(i).role != u"Account Administrator"_s)
            deleted.append(store.users().at(i).id);
    }
    QVERIFY(deleted.size() > 64);
    for (const QString &id : std::as_const(deleted))
        QVERIFY(!store.deleteUser(id).isError());
    const QString survivor = store.users().at(store.users().size() / 2).id;
    QVERIFY(loadAndWait(model));

    QCOMPARE(model.rowCount(), int(store.users().size()));
    for (const QString &id : std::as_const(deleted))
        QCOMPARE(model.rowOf(id), -1);
    QCOMPARE(model.userAt(model.rowOf(survivor)).id, survivor);
}

void TestUsersModel::failedReloadKeepsRows()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(50));
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxAttempts(1);
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(client);
    QVERIFY(loadAndWait(model));
    const int rows = model.rowCount();

    sandbox.server().setFailRate(1.0);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    QVERIFY(!loadAndWait(model));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.constFirst().constFirst().value<ftapi::ApiError>();
    QVERIFY2(error.httpStatus >= 500, qPrintable(error.toString()));
    QVERIFY(!error.userText().isEmpty());
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.isLoading());

    // And it recovers.
    sandbox.server().setFailRate(0);
    QVERIFY(loadAndWait(model));
    QCOMPARE(model.rowCount(), rows);
}

void TestUsersModel::unauthorizedIsReported()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5));
    QObject owner;
    auto *client = new ftapi::ApiClient(&sandbox.manager(), sandbox.server().baseUrl(),
                                        { u"wrong"_s, u"key"_s }, &owner);
    UsersModel model;
    model.setClient(client);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    QVERIFY(!loadAndWait(model));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<ftapi::ApiError>().httpStatus, 401);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasLoaded());
}

void TestUsersModel::cancelStopsQuietly()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(20));
    sandbox.server().setLatencyMs(300);
    QObject owner;
    UsersModel model;
    model.setClient(fttest::newClient(sandbox, &owner));
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    QSignalSpy finished(&model, &UsersModel::loadFinished);
    model.reload();
    QVERIFY(model.isLoading());
    model.cancel();
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QTest::qWait(500); // the late answer, if any, must be ignored
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestUsersModel::upsertAndRemoveAreGranular()
{
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setUsers(
        { makeUser(u"a"_s, u"Ann"_s), makeUser(u"b"_s, u"Bob"_s), makeUser(u"c"_s, u"Cy"_s) });

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QCOMPARE(model.upsertUser(makeUser(u"d"_s, u"Di"_s)), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 3);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 3);

    model.upsertUser(makeUser(u"b"_s, u"Bobby"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, UsersModel::NameColumn).data().toString(), u"Bobby Tester"_s);

    model.upsertUser(makeUser(u"b"_s, u"Bobby"_s)); // nothing new
    QCOMPARE(changed.count(), 1);

    QVERIFY(model.removeUser(u"a"_s));
    QVERIFY(!model.removeUser(u"a"_s));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(u"b"_s), 0);
    QCOMPARE(model.rowOf(u"d"_s), 2);
    QCOMPARE(reset.count(), 0);
}

void TestUsersModel::duplicateIdsMakeOneRow()
{
    UsersModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setUsers({ makeUser(u"a"_s, u"First"_s), makeUser(u"a"_s, u"Second"_s) });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.userAt(0).givenName, u"Second"_s);
    model.appendUsers(
        { makeUser(u"b"_s, u"B1"_s), makeUser(u"b"_s, u"B2"_s), makeUser(u"a"_s, u"Third"_s) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.userAt(0).givenName, u"Third"_s);
    QCOMPARE(model.userAt(1).givenName, u"B2"_s);
}

void TestUsersModel::displayTexts()
{
    ftapi::User never = makeUser(u"n"_s, u"Nora"_s);
    never.invited = true;
    never.verified = false;
    ftapi::User recent = makeUser(u"r"_s, u"Rob"_s);
    recent.role = u"Account Reviewer"_s;
    recent.loggedInAt = QDateTime::currentDateTimeUtc().addDays(-3).addSecs(-60);
    recent.createdAt = QDateTime::currentDateTimeUtc().addYears(-1);
    ftapi::User nameless = makeUser(u"x"_s, QString());
    nameless.familyName.clear();

    UsersModel model;
    model.setUsers({ never, recent, nameless });
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, UsersModel::LastLoginColumn).toString(), u"never"_s);
    QCOMPARE(cell(1, UsersModel::LastLoginColumn).toString(), u"3 days ago"_s);
    QCOMPARE(cell(1, UsersModel::LastLoginColumn, Qt::ToolTipRole).toString(),
             ftmodels::TimeFormat::exact(*recent.loggedInAt));
    QCOMPARE(cell(0, UsersModel::StatusColumn).toString(), u"Invitation pending"_s);
    QCOMPARE(cell(0, UsersModel::RoleColumn).toString(), u"No account role"_s);
    QCOMPARE(cell(1, UsersModel::RoleColumn).toString(), u"Account Reviewer"_s);
    QCOMPARE(cell(2, UsersModel::NameColumn).toString(), nameless.email);
    QCOMPARE(cell(1, UsersModel::CreatedColumn, UsersModel::SortValueRole).toDateTime(),
             recent.createdAt);
    QCOMPARE(cell(0, UsersModel::StatusColumn, UsersModel::StatusRole).toInt(),
             int(ftmodels::UserStatus::InvitationPending));
    for (int column = 0; column < UsersModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
