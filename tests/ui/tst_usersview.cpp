#include "emptystate.h"
#include "filterbar.h"
#include "rolesmodel.h"
#include "uifixture.h"
#include "usersfilterproxy.h"
#include "userstatus.h"
#include "usersview.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

class TestUsersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadingThenLoaded();
    void emptyAccountIsSaid();
    void failureOffersToTryAgain();
    void filterHidesAndBringsBackTheSelection();
    void deletedCurrentUserIsNoLongerCurrent();
    void roleAndStatusChoicesFilter();
    void selectionStaysInViewWhenRowsMove();
};

void TestUsersView::loadingThenLoaded()
{
    fttest::UiFixture f(fttest::generatedAccount(30));
    f.sandbox.server().setLatencyMs(200);
    ftui::UsersView view(f.session.get());
    view.show();
    f.session->start();
    QVERIFY(view.emptyState()->isVisible());
    QCOMPARE(view.emptyState()->message(), u"Loading users…"_s);
    QVERIFY(f.waitIdle());
    QVERIFY(view.emptyState()->isHidden());
    QCOMPARE(view.proxy()->rowCount(), int(f.sandbox.store().users().size()));
    // Sorted by name out of the box.
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(),
             int(ftmodels::UsersModel::NameColumn));
}

void TestUsersView::emptyAccountIsSaid()
{
    fttest::UiFixture f(fttest::generatedAccount(0));
    ftui::UsersView view(f.session.get());
    view.show();
    QVERIFY(f.startAndWait());
    QVERIFY(view.emptyState()->isVisible());
    QCOMPARE(view.emptyState()->message(), u"This account has no users yet."_s);
}

void TestUsersView::failureOffersToTryAgain()
{
    fttest::UiFixture f(fttest::generatedAccount(12));
    f.sandbox.server().setFailRate(1.0);
    ftui::UsersView view(f.session.get());
    view.show();
    f.session->start();
    QVERIFY(f.waitIdle());
    QVERIFY(view.emptyState()->isVisible());
    QCOMPARE(view.emptyState()->linkText(), u"Try again"_s);

    f.sandbox.server().setFailRate(0);
    QSignalSpy loaded(f.session.get(), &ftmodels::Session::usersLoaded);
    Q_EMIT view.emptyState()->linkActivated(u"action"_s);
    QVERIFY(loaded.wait(10000));
    QVERIFY(view.emptyState()->isHidden());
    QCOMPARE(view.proxy()->rowCount(), 12);
}

void TestUsersView::filterHidesAndBringsBackTheSelection()
{
    fttest::UiFixture f(fttest::generatedAccount(60));
    ftui::UsersView view(f.session.get());
    view.show();
    QVERIFY(f.startAndWait());
    const ftsandbox::SandboxUser &user = f.sandbox.store().users().at(20);
    QVERIFY(view.selectUser(user.id));
    QCOMPARE(f.session->currentUserId(), user.id);

    QTest::keyClicks(view.filterBar()->lineEdit(), u"zz-nobody"_s);
    QCOMPARE(view.proxy()->rowCount(), 0);
    QVERIFY(view.selectedUserId().isEmpty());
    QVERIFY(f.session->currentUserId().isEmpty()); // hidden: nothing acts on them

    view.filterBar()->lineEdit()->clear();
    QCOMPARE(view.selectedUserId(), user.id); // selected again when it came back
    QCOMPARE(f.session->currentUserId(), user.id);

    // A filter that hides only the selected person, and someone else chosen meanwhile: the
    // hidden one does not come back over them.
    const ftsandbox::SandboxUser &other = f.sandbox.store().users().at(30);
    QTest::keyClicks(view.filterBar()->lineEdit(), other.email);
    QVERIFY(view.proxy()->rowCount() >= 1);
    QVERIFY(f.session->currentUserId().isEmpty());
    QVERIFY(view.selectUser(other.id));
    view.filterBar()->lineEdit()->clear();
    QCOMPARE(view.selectedUserId(), other.id);
    QCOMPARE(f.session->currentUserId(), other.id);

    // Of several selected, the filter hides the current one: one still shown takes its place.
    QCOMPARE(view.selectUsers({ user.id, other.id }), 2);
    QVERIFY(!f.session->currentUserId().isEmpty());
    QTest::keyClicks(view.filterBar()->lineEdit(), other.email);
    QCOMPARE(view.selectedUserIds(), QStringList { other.id });
    QCOMPARE(f.session->currentUserId(), other.id);
}

void TestUsersView::deletedCurrentUserIsNoLongerCurrent()
{
    fttest::UiFixture f(fttest::generatedAccount(20));
    ftui::UsersView view(f.session.get());
    view.show();
    QVERIFY(f.startAndWait());
    const QString id = f.session->users()->userAt(7).id;
    QVERIFY(view.selectUser(id));
    f.session->removeUser(id);
    QVERIFY(view.selectedUserId().isEmpty());
    QVERIFY(f.session->currentUserId().isEmpty());
}

void TestUsersView::roleAndStatusChoicesFilter()
{
    fttest::UiFixture f(fttest::generatedAccount(200));
    ftui::UsersView view(f.session.get());
    view.show();
    QVERIFY(f.startAndWait());
    const ftsandbox::SandboxStore &store = f.sandbox.store();

    // Every account-scope role of the server is offered, plus "No account role".
    QComboBox *roles = view.filterBar()->roleBox();
    int accountRoles = 0;
    for (const ftsandbox::SandboxRole &role : store.roles())
        accountRoles += role.scope.contains(u"ACCOUNT"_s, Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(roles->count(), accountRoles + 2);

    const int reviewer = roles->findData(u"Account Reviewer"_s);
    QVERIFY(reviewer > 1);
    roles->setCurrentIndex(reviewer);
    int expected = 0;
    for (const ftsandbox::SandboxUser &user : store.users())
        expected += user.role == u"Account Reviewer"_s ? 1 : 0;
    QCOMPARE(view.proxy()->rowCount(), expected);

    roles->setCurrentIndex(1); // no account role
    expected = 0;
    for (const ftsandbox::SandboxUser &user : store.users())
        expected += user.role ? 0 : 1;
    QCOMPARE(view.proxy()->rowCount(), expected);

    roles->setCurrentIndex(0);
    ftui::FilterBar *bar = view.filterBar();
    const QString allStatuses = bar->statusButton()->text();
    bar->statusAction(int(ftmodels::UserStatus::InvitationPending))->trigger();
    expected = 0;
    for (const ftsandbox::SandboxUser &user : store.users())
        expected += user.active && user.invited && !user.verified ? 1 : 0;
    QCOMPARE(view.proxy()->rowCount(), expected);
    QCOMPARE(bar->statusButton()->text(), u"Invitation pending"_s);

    // A second status ticked: users in either.
    bar->statusAction(int(ftmodels::UserStatus::Suspended))->trigger();
    int suspended = 0;
    for (const ftsandbox::SandboxUser &user : store.users())
        suspended += !user.active ? 1 : 0;
    QVERIFY(suspended > 0);
    QCOMPARE(view.proxy()->rowCount(), expected + suspended);
    QCOMPARE(bar->statusButton()->text(), u"2 statuses"_s);

    // Never signed in, among them.
    QComboBox *login = bar->lastLoginBox();
    login->setCurrentIndex(login->findData(int(ftmodels::LastLogin::Never)));
    int never = 0;
    for (const ftsandbox::SandboxUser &user : store.users())
        never += (!user.active || (user.invited && !user.verified)) && !user.loggedInAt ? 1 : 0;
    QCOMPARE(view.proxy()->rowCount(), never);

    // Cleared from elsewhere (the empty state's link): the choices follow.
    view.proxy()->clearFilters();
    QCOMPARE(roles->currentIndex(), 0);
    QCOMPARE(login->currentData().toInt(), int(ftmodels::LastLogin::Any));
    for (int s = 0; s < ftmodels::kUserStatusCount; ++s)
        QVERIFY(!bar->statusAction(s)->isChecked());
    QCOMPARE(bar->statusButton()->text(), allStatuses);
    QCOMPARE(view.proxy()->rowCount(), int(store.users().size()));
}

// A sort or a cleared filter moves the selected user far from where the table was scrolled:
// the table follows it.
void TestUsersView::selectionStaysInViewWhenRowsMove()
{
    fttest::UiFixture f(fttest::generatedAccount(300));
    ftui::UsersView view(f.session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(f.startAndWait());
    QTRY_VERIFY(!view.proxy()->isSortDeferred());
    QTableView *table = view.table();
    const auto inView = [table](const QString &id, const ftmodels::UsersFilterProxy *proxy) {
        const QModelIndex index = proxy->index(proxy->proxyRowOf(id), 0);
        return index.isValid() && table->viewport()->rect().contains(table->visualRect(index));
    };
    const QString id = view.proxy()->userIdAt(2);
    QVERIFY(view.selectUser(id));
    QVERIFY(inView(id, view.proxy()));

    table->sortByColumn(ftmodels::UsersModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(view.proxy()->proxyRowOf(id) > 250); // near the end now
    QVERIFY(inView(id, view.proxy()));

    table->scrollToTop();
    const ftmodels::UsersModel *users = f.session->users();
    const QString email = users->user(id)->email;
    QTest::keyClicks(view.filterBar()->lineEdit(), email);
    QCOMPARE(view.proxy()->rowCount(), 1);
    view.filterBar()->lineEdit()->clear();
    QCOMPARE(view.selectedUserId(), id);
    QVERIFY(inView(id, view.proxy()));
}

QTEST_MAIN(TestUsersView)
#include "tst_usersview.moc"
