#include "aboutdialog.h"
#include "accountindicator.h"
#include "emptystate.h"
#include "filterbar.h"
#include "mainactions.h"
#include "membershipsview.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "statussummary.h"
#include "translations.h"
#include "uifixture.h"
#include "useractionscontroller.h"
#include "userdetailspanel.h"
#include "usersfilterproxy.h"
#include "usersview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using ftmodels::UsersModel;

namespace {

QSet<QString> shownTargets(const ftui::MembershipsView *view)
{
    QSet<QString> names;
    for (int row = 0; row < view->count(); ++row)
        names.insert(view->targetNameAt(row) + u" | "_s + view->roleAt(row));
    return names;
}

void clickRow(QTableView *table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, UsersModel::EmailColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterSelectAndSeeTheUsersAccess();
    void emptyFilterResultIsExplainedAndClearable();
    void refreshKeepsTheSelection();
    void errorBannerRetries();
    void keyboardTableAndLaterActionsDisabled();
    void aPersonTheFilterHidesCannotBeActedOn();
    void demoBadgeOnlyOnTheSandbox();
    void accountStaysInSightInGermanOnANarrowWindow();
    void layoutPersists();
    void aboutOpensOneAboutDialog();
};

void TestMainWindow::initTestCase()
{
    fttest::useTestSettings();
}

void TestMainWindow::filterSelectAndSeeTheUsersAccess()
{
    fttest::UiFixture f(fttest::generatedAccount(300, 6, 20, 4));
    ftui::MainWindow *window = f.openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(f.startAndWait());

    const ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString total = QLocale().toString(int(store.users().size()));
    QCOMPARE(window->summary()->text(), u"%1 users"_s.arg(total));

    // A user who can reach both kinds of things, found by typing part of the e-mail.
    const QString id = f.userWith(1, 1);
    QVERIFY(!id.isEmpty());
    const ftsandbox::SandboxUser &user = *store.user(id);
    const QString typed = user.email.left(user.email.indexOf(u'@') + 1);
    QSet<QString> expectedMatches;
    // Case and accents do not count (the filter's promise).
    const QString needle = UsersModel::foldKey(typed);
    for (const ftsandbox::SandboxUser &u : store.users()) {
        if (UsersModel::foldKey(u.givenName + u' ' + u.familyName).contains(needle)
            || UsersModel::foldKey(u.email).contains(needle))
            expectedMatches.insert(u.id);
    }

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = window->usersView()->filterBar()->lineEdit();
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, typed);
    ftmodels::UsersFilterProxy *proxy = window->usersView()->proxy();
    QCOMPARE(proxy->rowCount(), int(expectedMatches.size()));
    QCOMPARE(window->summary()->text(),
             u"%1 users · %2 shown"_s.arg(total).arg(expectedMatches.size()));

    QTableView *table = window->usersView()->table();
    const int row = proxy->proxyRowOf(id);
    QVERIFY(row >= 0);
    clickRow(table, row);
    QCOMPARE(window->usersView()->selectedUserId(), id);
    QCOMPARE(f.session->currentUserId(), id);
    QVERIFY(f.waitIdle());

    // The details panel shows that user, by name, with the role's description.
    ftui::UserDetailsPanel *details = window->detailsPanel();
    QVERIFY(details->isShowingUser());
    QCOMPARE(details->fieldText(u"detailsName"_s), user.givenName + u' ' + user.familyName);
    QCOMPARE(details->fieldText(u"detailsEmail"_s), user.email);
    if (user.role) {
        QCOMPARE(details->fieldText(u"detailsRole"_s), *user.role);
        QVERIFY(details->fieldText(u"detailsRoleDescription"_s)
                    .startsWith(store.role(*user.role)->description));
    } else {
        QCOMPARE(details->fieldText(u"detailsRole"_s), u"No account role"_s);
    }
    QCOMPARE(details->fieldText(u"detailsUserId"_s).section(u' ', 0, 0), user.id);

    // Both tabs: the memberships by target name and role, as the sandbox has them.
    QSet<QString> groups;
    for (const ftsandbox::SandboxMembership &m : store.groupMemberships(id))
        groups.insert(store.group(m.id)->name + u" | "_s + m.role);
    QSet<QString> connections;
    for (const ftsandbox::SandboxMembership &m : store.connectionMemberships(id)) {
        const ftsandbox::SandboxConnection *c = store.connection(m.id);
        const QString name = c ? QString(c->schema + u" ("_s + c->service + u')')
                               : QString(m.id + u" (deleted connection)"_s);
        connections.insert(name + u" | "_s + m.role);
    }
    QVERIFY(QTest::qWaitFor([&] { return shownTargets(details->destinations()) == groups; }, 5000));
    QCOMPARE(shownTargets(details->destinations()), groups);
    QCOMPARE(shownTargets(details->connections()), connections);
    QCOMPARE(details->tabs()->tabText(0), u"Destinations (%1)"_s.arg(groups.size()));
    QCOMPARE(details->tabs()->tabText(1), u"Connections (%1)"_s.arg(connections.size()));
    QVERIFY(details->destinations()->emptyState()->isHidden());

    // The connections tab, as a person would open it.
    details->tabs()->setCurrentIndex(1);
    QVERIFY(details->connections()->table()->isVisible());
}

void TestMainWindow::emptyFilterResultIsExplainedAndClearable()
{
    fttest::UiFixture f(fttest::generatedAccount(40));
    ftui::MainWindow *window = f.openWindow();
    QVERIFY(f.startAndWait());
    QLineEdit *filter = window->usersView()->filterBar()->lineEdit();
    QTest::keyClicks(filter, u"no-such-person-xyz"_s);
    ftui::EmptyState *empty = window->usersView()->emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->message().contains(u"No users match “no-such-person-xyz”"_s),
             qPrintable(empty->message()));
    QCOMPARE(empty->linkText(), u"Clear the filter"_s);

    Q_EMIT empty->linkActivated(u"action"_s); // as a click on the link does
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(window->usersView()->proxy()->rowCount(), f.session->users()->rowCount());
    QVERIFY(empty->isHidden());
}

void TestMainWindow::refreshKeepsTheSelection()
{
    fttest::UiFixture f(fttest::generatedAccount(400));
    f.client->setPageLimit(150);
    ftui::MainWindow *window = f.openWindow();
    QVERIFY(f.startAndWait());
    ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString id = store.users().at(250).id;
    QVERIFY(window->usersView()->selectUser(id));
    QCOMPARE(f.session->currentUserId(), id);

    // Others change meanwhile; the selected user is renamed so it moves in the sorted table.
    ftsandbox::SandboxUserPatch patch;
    patch.familyName = u"Aardvark"_s;
    QVERIFY(!store.updateUser(id, patch, nullptr).isError());
    for (int i = 10; i < 20; ++i) {
        if (store.users().at(i).role != u"Account Administrator"_s && store.users().at(i).id != id)
            QVERIFY(!store.deleteUser(store.users().at(i).id).isError());
    }

    QSignalSpy loaded(f.session.get(), &ftmodels::Session::usersLoaded);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window->usersView()->table(), Qt::Key_F5);
    QVERIFY(loaded.wait(10000));
    QVERIFY(f.waitIdle());
    QCOMPARE(window->usersView()->selectedUserId(), id);
    QVERIFY(window->detailsPanel()->fieldText(u"detailsName"_s).endsWith(u"Aardvark"_s));
    QCOMPARE(f.session->users()->rowCount(), int(store.users().size()));
}

void TestMainWindow::errorBannerRetries()
{
    fttest::UiFixture f(fttest::generatedAccount(30));
    ftui::MainWindow *window = f.openWindow();
    QVERIFY(f.startAndWait());
    const int rows = f.session->users()->rowCount();

    f.sandbox.server().setFailRate(1.0);
    window->actions()->refresh->trigger();
    ftui::MessageWidget *banner = window->banner();
    QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
    QCOMPARE(banner->type(), ftui::MessageWidget::Type::Error);
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(banner->actionButton()->text(), u"Retry"_s);
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.session->users()->rowCount(), rows); // nothing lost

    f.sandbox.server().setFailRate(0);
    QSignalSpy loaded(f.session.get(), &ftmodels::Session::usersLoaded);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000)); // Retry loads every part that failed, users included
    QVERIFY(QTest::qWaitFor([&] { return banner->isHidden(); }, 10000));
    QCOMPARE(f.session->users()->rowCount(), rows);
}

void TestMainWindow::keyboardTableAndLaterActionsDisabled()
{
    fttest::UiFixture f(fttest::generatedAccount(5));
    ftui::MainWindow *window = f.openWindow();
    const ftui::MainActions *a = window->actions();
    QCOMPARE(a->invite->shortcut(), QKeySequence(u"Ctrl+N"_s));
    QCOMPARE(a->edit->shortcut(), QKeySequence(u"F2"_s));
    QCOMPARE(a->deleteUser->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(a->filter->shortcut(), QKeySequence(u"Ctrl+F"_s));
    QCOMPARE(a->refresh->shortcut(), QKeySequence(u"F5"_s));
    QCOMPARE(a->audit->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
    QCOMPARE(a->addToDestination->shortcut(), QKeySequence(u"Ctrl+G"_s));
    QCOMPARE(a->addToConnection->shortcut(), QKeySequence(u"Ctrl+K"_s));
    QCOMPARE(a->quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    // Nobody is selected yet: what acts on a selected user waits.
    for (QAction *later : { a->edit, a->deleteUser, a->removeRole, a->addToDestination,
                            a->addToConnection, a->connectAccount })
        QVERIFY2(!later->isEnabled(), qPrintable(later->text()));
    for (QAction *now : { a->invite, a->filter, a->refresh, a->audit, a->quit })
        QVERIFY(now->isEnabled());
    // Every action is reachable from a menu.
    for (QAction *action : a->all())
        QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->text()));

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QSignalSpy busy(f.session.get(), &ftmodels::Session::busyChanged);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(busy.count() >= 1); // F5 started a load
    QVERIFY(f.waitIdle());

    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return !window->isVisible(); }, 2000));
}

void TestMainWindow::aPersonTheFilterHidesCannotBeActedOn()
{
    fttest::UiFixture f(fttest::generatedAccount(30));
    ftui::MainWindow *window = f.openWindow();
    QVERIFY(f.startAndWait());
    const ftui::MainActions *a = window->actions();
    ftui::UsersView *users = window->usersView();
    QTableView *table = users->table();
    clickRow(table, 4);
    const QString chosen = users->selectedUserId();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(window->detailsPanel()->isShowingUser());
    QVERIFY(a->edit->isEnabled() && a->deleteUser->isEnabled());

    const auto nothingToActOn = [&] {
        QVERIFY(users->selectedUserIds().isEmpty());
        QVERIFY(f.session->currentUserId().isEmpty());
        QVERIFY(!window->detailsPanel()->isShowingUser());
        for (QAction *action :
             { a->edit, a->deleteUser, a->removeRole, a->addToDestination, a->addToConnection })
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        // The keys do nothing either.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!window->userActions()->currentDialog());
    };

    // A filter that shows nobody, then one that shows someone else only.
    QLineEdit *filter = users->filterBar()->lineEdit();
    QTest::keyClicks(filter, u"no-such-person-xyz"_s);
    QCOMPARE(users->proxy()->rowCount(), 0);
    nothingToActOn();
    filter->clear();
    QCOMPARE(users->selectedUserId(), chosen); // back in view, selected again
    QVERIFY(a->edit->isEnabled());

    QString otherEmail;
    for (const ftsandbox::SandboxUser &u : f.sandbox.store().users()) {
        if (u.id != chosen)
            otherEmail = u.email;
    }
    QTest::keyClicks(filter, otherEmail);
    QCOMPARE(users->proxy()->rowCount(), 1);
    nothingToActOn();
    filter->clear();
    QCOMPARE(users->selectedUserId(), chosen);
    QVERIFY(window->detailsPanel()->isShowingUser());
}

void TestMainWindow::demoBadgeOnlyOnTheSandbox()
{
    {
        fttest::UiFixture f(fttest::generatedAccount(3), true);
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(window->accountIndicator()->isDemoBadgeVisible());
        QVERIFY(window->windowTitle().contains(u"Demo"_s));
        QVERIFY(window->accountIndicator()->label().contains(f.sandbox.server().baseUrl().host()));
    }
    {
        fttest::UiFixture f(fttest::generatedAccount(3), false);
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(!window->accountIndicator()->isDemoBadgeVisible());
        QVERIFY(!window->windowTitle().contains(u"Demo"_s));
    }
}

// German labels are long: whatever the toolbar has to hide behind its overflow arrow, the
// open account and the Demo badge stay in sight.
void TestMainWindow::accountStaysInSightInGermanOnANarrowWindow()
{
    QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
    const auto english = qScopeGuard([] { ftui::Translations::uninstall(); });
    fttest::UiFixture f(fttest::generatedAccount(3), true);
    ftui::MainWindow *window = f.openWindow();
    window->resize(1000, 700);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const ftui::AccountIndicator *account = window->accountIndicator();
    QTRY_VERIFY(account->isVisible());
    QVERIFY(account->isDemoBadgeVisible());
    const QRect where(account->mapTo(window, QPoint(0, 0)), account->size());
    QVERIFY2(
        window->rect().contains(where),
        qPrintable(
            u"%1,%2 %3x%4"_s.arg(where.x()).arg(where.y()).arg(where.width()).arg(where.height())));
    QVERIFY(!account->visibleRegion().isEmpty());
}

void TestMainWindow::layoutPersists()
{
    fttest::UiFixture f(fttest::generatedAccount(3));
    QList<int> sizes;
    int emailWidth = 0;
    {
        ftui::MainWindow *window = f.openWindow();
        window->splitter()->setSizes({ 900, 300 });
        sizes = window->splitter()->sizes();
        QHeaderView *header = window->usersView()->table()->horizontalHeader();
        header->resizeSection(UsersModel::EmailColumn, 333);
        emailWidth = header->sectionSize(UsersModel::EmailColumn);
        window->close(); // saves
    }
    ftui::MainWindow *again = f.openWindow();
    QCOMPARE(again->splitter()->sizes(), sizes);
    QCOMPARE(again->usersView()->table()->horizontalHeader()->sectionSize(UsersModel::EmailColumn),
             emailWidth);
}

void TestMainWindow::aboutOpensOneAboutDialog()
{
    fttest::UiFixture f(fttest::generatedAccount(3));
    ftui::MainWindow *window = f.openWindow();
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    window->actions()->about->trigger();
    auto *about = window->findChild<ftui::AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QVERIFY(about->versionLabel()->text().contains(u"9.8.7"_s));
    window->actions()->about->trigger(); // raised again, not a second one
    QCOMPARE(window->findChildren<ftui::AboutDialog *>().size(), 1);
    QCOMPARE(ftui::AboutDialog::usageGuide().fragment(), u"usage"_s);
    about->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
