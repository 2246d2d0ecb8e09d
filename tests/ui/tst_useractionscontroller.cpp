#include "deleteuserdialog.h"
#include "dialogfixture.h"
#include "edituserdialog.h"
#include "inviteuserdialog.h"
#include "mainactions.h"
#include "membershipdialog.h"
#include "membershipsview.h"
#include "namedirectory.h"
#include "removeaccountroledialog.h"
#include "targetpicker.h"
#include "userdetailspanel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using fttest::DialogFixture;

namespace {

const QString kPriya = u"candid_atlas"_s; // Account Analyst; two destinations
const QString kJames = u"keen_walnut"_s; // no role; Production Snowflake, app_db

QTableView *membershipTable(DialogFixture &f, MembershipKind kind)
{
    ftui::UserDetailsPanel *details = f.window->detailsPanel();
    return (kind == MembershipKind::Group ? details->destinations() : details->connections())
        ->table();
}

// Selects the membership row whose target is `targetId`; false when it is not shown.
bool selectMembership(DialogFixture &f, MembershipKind kind, const QString &targetId)
{
    QTableView *table = membershipTable(f, kind);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 1);
        if (index.data(ftmodels::MembershipsModel::TargetIdRole).toString() == targetId) {
            table->setFocus();
            table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

bool activate(DialogFixture &f)
{
    f.window->activateWindow();
    return QTest::qWaitForWindowActive(f.window.get());
}

// A key press on `widget` in the active window: after a dialog closes, the offscreen platform
// does not hand activation back to the window by itself, and window shortcuts need it.
bool press(DialogFixture &f, QWidget *widget, Qt::Key key,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (!activate(f))
        return false;
    widget->setFocus();
    QTest::keyClick(widget, key, modifiers);
    return true;
}

// Closes the dialog with Escape, as a person would, and waits for it to go.
bool escape(ftui::ApiDialog *dialog)
{
    QPointer<ftui::ApiDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    return QTest::qWaitFor([&] { return guard.isNull(); }, 5000);
}

bool submitAndWait(ftui::ApiDialog *dialog)
{
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    return fttest::waitForAnswer(guard) && guard.isNull();
}

} // namespace

class TestUserActionsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theWindowHasOne();
    void actionsFollowTheSelection();
    void shortcutsOpenTheDialogs();
    void editRefreshesWithUserDetails();
    void membershipContextMenuChangesAndRemoves();
    void deleteOnAMembershipRemovesTheMembershipNotTheUser();
    void failedRemovalIsExplained();
    void removalAskedWhileRowsMoveRemovesTheRightMembership();
    void allSixteenOperationsFromTheGui();
    void cancelAfterSendingShowsWhatHappened();
};

void TestUserActionsController::initTestCase()
{
    fttest::useTestSettings();
}

void TestUserActionsController::init()
{
    ftui::MessageBox::clear();
}

void TestUserActionsController::theWindowHasOne()
{
    DialogFixture f;
    f.openWindow();
    QVERIFY(f.window->findChild<ftui::UserActionsController *>());
}

void TestUserActionsController::actionsFollowTheSelection()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    const ftui::MainActions *a = f.window->actions();
    QVERIFY(a->invite->isEnabled());
    for (QAction *action :
         { a->edit, a->deleteUser, a->removeRole, a->addToDestination, a->addToConnection })
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

    QVERIFY(f.selectUser(kPriya));
    for (QAction *action :
         { a->edit, a->deleteUser, a->removeRole, a->addToDestination, a->addToConnection })
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!controller->changeRoleAction(MembershipKind::Group)->isEnabled());

    QVERIFY(f.selectUser(kJames)); // no account role to remove
    QVERIFY(!a->removeRole->isEnabled());
    QVERIFY(a->edit->isEnabled());

    // The membership tables carry their own actions in their context menus.
    QTableView *table = membershipTable(f, MembershipKind::Group);
    QVERIFY(table->actions().contains(a->addToDestination));
    QVERIFY(table->actions().contains(controller->changeRoleAction(MembershipKind::Group)));
    QVERIFY(table->actions().contains(controller->removeMembershipAction(MembershipKind::Group)));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(membershipTable(f, MembershipKind::Connection)
                ->actions()
                .contains(controller->removeMembershipAction(MembershipKind::Connection)));
    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    QVERIFY(controller->changeRoleAction(MembershipKind::Group)->isEnabled());
    QVERIFY(controller->removeMembershipAction(MembershipKind::Group)->isEnabled());
    QVERIFY(!controller->changeRoleAction(MembershipKind::Connection)->isEnabled());
}

void TestUserActionsController::shortcutsOpenTheDialogs()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kPriya));
    QVERIFY(activate(f));
    QWidget *users = f.window->usersView()->table();
    users->setFocus();

    QVERIFY(press(f, users, Qt::Key_N, Qt::ControlModifier));
    QVERIFY(qobject_cast<ftui::InviteUserDialog *>(controller->currentDialog()));
    QVERIFY(escape(controller->currentDialog()));

    QVERIFY(press(f, users, Qt::Key_F2));
    auto *edit = qobject_cast<ftui::EditUserDialog *>(controller->currentDialog());
    QVERIFY(edit);
    QCOMPARE(edit->userId(), kPriya);
    QVERIFY(escape(edit));

    QVERIFY(press(f, users, Qt::Key_Delete));
    auto *remove = qobject_cast<ftui::DeleteUserDialog *>(controller->currentDialog());
    QVERIFY(remove);
    QCOMPARE(remove->userId(), kPriya);
    QVERIFY(escape(remove));

    QVERIFY(press(f, users, Qt::Key_G, Qt::ControlModifier));
    auto *group = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
    QVERIFY(group);
    QCOMPARE(group->kind(), MembershipKind::Group);
    QCOMPARE(group->mode(), ftui::MembershipDialog::Mode::Add);
    QVERIFY(escape(group));

    QVERIFY(press(f, users, Qt::Key_K, Qt::ControlModifier));
    auto *connection = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
    QVERIFY(connection);
    QCOMPARE(connection->kind(), MembershipKind::Connection);
    QVERIFY(escape(connection));

    // Enter on a user edits; Enter on a membership changes its role.
    QVERIFY(press(f, users, Qt::Key_Return));
    QVERIFY(qobject_cast<ftui::EditUserDialog *>(controller->currentDialog()));
    QVERIFY(escape(controller->currentDialog()));
    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    QVERIFY(press(f, membershipTable(f, MembershipKind::Group), Qt::Key_Return));
    auto *change = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
    QVERIFY(change);
    QCOMPARE(change->mode(), ftui::MembershipDialog::Mode::Change);
    QCOMPARE(change->targetId(), u"warm_harbor"_s);
    QVERIFY(escape(change));
}

// Edit reads the user again as it opens (user_details), then sends one PATCH whose answer is
// the new row: nothing is fetched again afterwards.
void TestUserActionsController::editRefreshesWithUserDetails()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kPriya));
    f.sandbox.server().resetStats();
    const quint64 sentBefore = f.client->scheduler()->requestsSent();
    f.window->actions()->edit->trigger();
    auto *edit = qobject_cast<ftui::EditUserDialog *>(controller->currentDialog());
    QVERIFY(edit);
    fttest::typeInto(edit->givenNameEdit(), u"Priyanka"_s);
    QVERIFY(submitAndWait(edit));
    QCOMPARE(f.window->statusBar()->currentMessage(), u"Saved the changes to Priyanka Sharma"_s);
    QCOMPARE(f.requests(u"GET /users/{id}"_s), 1); // user_details as the dialog opened
    QCOMPARE(f.requests(u"PATCH /users/{id}"_s), 1);
    // A refetch after the answer would have left by the time the dialog closed.
    QCOMPARE(f.client->scheduler()->requestsSent() - sentBefore, quint64(2));
    QCOMPARE(f.window->detailsPanel()->fieldText(u"detailsName"_s), u"Priyanka Sharma"_s);
}

void TestUserActionsController::membershipContextMenuChangesAndRemoves()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kJames));
    f.sandbox.server().resetStats();

    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    controller->changeRoleAction(MembershipKind::Group)->trigger();
    auto *change = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
    QVERIFY(change);
    QVERIFY(fttest::chooseRole(change->rolePicker(), u"View Destination"_s));
    QVERIFY(submitAndWait(change));
    QCOMPARE(f.window->statusBar()->currentMessage(),
             u"James Walker is now View Destination in Production Snowflake"_s);
    // get_user_membership_in_group read the membership as the dialog opened; the answer of
    // the change itself is the new row.
    QCOMPARE(f.requests(u"GET /users/{id}/groups/{groupId}"_s), 1);
    QCOMPARE(f.window->detailsPanel()->destinations()->roleAt(0), u"View Destination"_s);

    // Removal asks first, in plain words, through the MessageBox seam.
    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    ftui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    controller->removeMembershipAction(MembershipKind::Group)->trigger();
    QCOMPARE(ftui::MessageBox::shown().size(), 1);
    const QString question = ftui::MessageBox::shown().constFirst();
    QVERIFY2(question.contains(u"James Walker will no longer be a member of the destination "
                               u"“Production Snowflake”"_s),
             qPrintable(question));
    QVERIFY(question.contains(u"View Destination"_s));
    QCOMPARE(f.requests(u"DELETE /users/{id}/groups/{groupId}"_s), 0);
    QCOMPARE(f.window->detailsPanel()->destinations()->count(), 1);
    // The answer comes through a callback, not a nested event loop: until then the action
    // waits.
    QTRY_VERIFY(controller->removeMembershipAction(MembershipKind::Group)->isEnabled());

    ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy removed(controller, &ftui::UserActionsController::membershipRemoved);
    controller->removeMembershipAction(MembershipKind::Group)->trigger();
    QVERIFY(removed.wait(10000));
    QVERIFY(f.sandbox.store().groupMemberships(kJames).isEmpty());
    QCOMPARE(f.window->detailsPanel()->destinations()->count(), 0);
    QCOMPARE(f.window->statusBar()->currentMessage(),
             u"Removed James Walker from Production Snowflake"_s);
    QVERIFY(!f.window->banner()->isVisible());
}

void TestUserActionsController::deleteOnAMembershipRemovesTheMembershipNotTheUser()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kJames));
    QVERIFY(activate(f));
    f.window->detailsPanel()->tabs()->setCurrentIndex(1);
    QVERIFY(selectMembership(f, MembershipKind::Connection, u"placid_otter"_s));
    ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy removed(controller, &ftui::UserActionsController::membershipRemoved);
    QVERIFY(press(f, membershipTable(f, MembershipKind::Connection), Qt::Key_Delete));
    QVERIFY(!controller->currentDialog()); // no "delete user" dialog
    QVERIFY(removed.wait(10000));
    QVERIFY(f.sandbox.store().connectionMemberships(kJames).isEmpty());
    QVERIFY(f.sandbox.store().user(kJames));
    QCOMPARE(f.window->detailsPanel()->connections()->count(), 0);
}

// The confirmation stays open while the list changes under it: users before James go, others
// arrive, a refresh moves every row, and another member of the same destination becomes the
// selected user. Confirming still removes James's membership, and only that.
void TestUserActionsController::removalAskedWhileRowsMoveRemovesTheRightMembership()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kJames));
    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    const int jamesRow = f.session->users()->rowOf(kJames);
    controller->removeMembershipAction(MembershipKind::Group)->trigger();
    QTRY_VERIFY(ftui::MessageBox::openBox());
    QMessageBox *box = ftui::MessageBox::openBox();
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"James Walker"_s));
    // Its buttons say what they do.
    auto *action = box->findChild<QPushButton *>(u"confirmAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"Remove"_s);
    QVERIFY(!box->button(QMessageBox::Yes) && !box->button(QMessageBox::No));

    // Meanwhile: two users before James are deleted, three new ones arrive, F5.
    ftsandbox::SandboxStore &store = f.sandbox.store();
    QVERIFY(!store.deleteUser(u"gentle_canyon"_s).isError());
    QVERIFY(!store.deleteUser(u"vivid_oasis"_s).isError());
    for (int n = 0; n < 3; ++n) {
        ftsandbox::SandboxNewUser fields;
        fields.email = u"late.%1@example.com"_s.arg(n);
        fields.givenName = u"Late"_s;
        fields.familyName = QString::number(n);
        QVERIFY(!store.inviteUser(fields, nullptr).isError());
    }
    QSignalSpy loaded(f.session.get(), &ftmodels::Session::usersLoaded);
    f.session->refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(f.session->users()->rowOf(kJames) != jamesRow); // his row moved
    // ...and Priya, also in that destination, is the one selected now.
    QVERIFY(f.window->usersView()->selectUser(kPriya));
    QCOMPARE(f.session->currentUserId(), kPriya);
    QVERIFY(box->isVisible());

    QSignalSpy removed(controller, &ftui::UserActionsController::membershipRemoved);
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.constFirst().at(0).toString(), kJames);
    QCOMPARE(removed.constFirst().at(2).toString(), u"warm_harbor"_s);
    QVERIFY(store.groupMemberships(kJames).isEmpty());
    QCOMPARE(store.groupMemberships(kPriya).size(), 2); // hers are untouched
    QCOMPARE(f.requests(u"DELETE /users/{id}/groups/{groupId}"_s), 1);
}

void TestUserActionsController::failedRemovalIsExplained()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(f.selectUser(kJames));
    QVERIFY(selectMembership(f, MembershipKind::Group, u"warm_harbor"_s));
    f.sandbox.server().setFailRate(1.0);
    ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
    controller->removeMembershipAction(MembershipKind::Group)->trigger();
    QVERIFY(!controller->removeMembershipAction(MembershipKind::Group)->isEnabled()); // running
    QTRY_VERIFY(f.window->banner()->isVisible());
    f.sandbox.server().setFailRate(0);
    QCOMPARE(f.window->banner()->type(), ftui::MessageWidget::Type::Error);
    QVERIFY(
        f.window->banner()->text().contains(u"could not be removed from Production Snowflake"_s));
    QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 1);
    QCOMPARE(f.window->detailsPanel()->destinations()->count(), 1);
    QTRY_VERIFY(controller->removeMembershipAction(MembershipKind::Group)->isEnabled());
}

void TestUserActionsController::allSixteenOperationsFromTheGui()
{
    DialogFixture f;
    QVERIFY(f.open()); // list_all_users
    ftui::UserActionsController *controller = f.controller();
    QVERIFY(activate(f));
    QWidget *users = f.window->usersView()->table();
    users->setFocus();

    // create_user, and the new user is selected (get_user_memberships_in_groups|connectors)
    QVERIFY(press(f, users, Qt::Key_N, Qt::ControlModifier));
    auto *invite = qobject_cast<ftui::InviteUserDialog *>(controller->currentDialog());
    QVERIFY(invite);
    fttest::typeInto(invite->emailEdit(), u"zoe.park@example.com"_s);
    fttest::typeInto(invite->givenNameEdit(), u"Zoe"_s);
    fttest::typeInto(invite->familyNameEdit(), u"Park"_s);
    QVERIFY(fttest::chooseRole(invite->rolePicker(), u"Account Reviewer"_s));
    QVERIFY(submitAndWait(invite));
    const QString zoe = f.sandbox.store().userByEmail(u"zoe.park@example.com"_s)->id;
    QCOMPARE(f.session->currentUserId(), zoe);
    QVERIFY(f.selectUser(zoe));

    // modify_user, then user_details
    QVERIFY(press(f, users, Qt::Key_F2));
    auto *edit = qobject_cast<ftui::EditUserDialog *>(controller->currentDialog());
    QVERIFY(edit);
    fttest::typeInto(edit->phoneEdit(), u"+1 415 555 0123"_s);
    QVERIFY(submitAndWait(edit));

    // delete_user_membership_in_account
    f.window->actions()->removeRole->trigger();
    auto *removeRole = qobject_cast<ftui::RemoveAccountRoleDialog *>(controller->currentDialog());
    QVERIFY(removeRole);
    QVERIFY(submitAndWait(removeRole));
    QVERIFY(!f.sandbox.store().user(zoe)->role);

    // add / get / update / delete membership, for both kinds
    const struct
    {
        MembershipKind kind;
        Qt::Key key;
        QString filter;
        QString role;
        QString newRole;
    } kinds[] = {
        { MembershipKind::Group, Qt::Key_G, u"Finance"_s, u"View Destination"_s,
          u"Edit Destination"_s },
        { MembershipKind::Connection, Qt::Key_K, u"stripe"_s, u"View Connection"_s,
          u"Edit Connection"_s },
    };
    for (const auto &k : kinds) {
        QVERIFY(press(f, users, k.key, Qt::ControlModifier));
        auto *add = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
        QVERIFY(add);
        QVERIFY(QTest::qWaitFor([&] { return add->targetPicker()->isLoaded(); }, 10000));
        fttest::typeInto(add->targetPicker()->filterEdit(), k.filter);
        const QString target = add->targetPicker()->selectedId();
        QVERIFY(!target.isEmpty());
        QVERIFY(fttest::chooseRole(add->rolePicker(), k.role));
        QVERIFY(submitAndWait(add));
        QTRY_VERIFY(selectMembership(f, k.kind, target));

        QVERIFY(press(f, membershipTable(f, k.kind), Qt::Key_Return));
        auto *change = qobject_cast<ftui::MembershipDialog *>(controller->currentDialog());
        QVERIFY(change);
        QVERIFY(fttest::chooseRole(change->rolePicker(), k.newRole));
        QVERIFY(submitAndWait(change));

        QVERIFY(selectMembership(f, k.kind, target));
        ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy removed(controller, &ftui::UserActionsController::membershipRemoved);
        QVERIFY(press(f, membershipTable(f, k.kind), Qt::Key_Delete));
        QVERIFY(removed.wait(10000));
    }

    // delete_user
    QVERIFY(press(f, users, Qt::Key_Delete));
    auto *remove = qobject_cast<ftui::DeleteUserDialog *>(controller->currentDialog());
    QVERIFY(remove);
    QVERIFY(QTest::qWaitFor([&] { return remove->hasListedLosses(); }, 10000));
    fttest::typeInto(remove->confirmEdit(), u"zoe.park@example.com"_s);
    QVERIFY(submitAndWait(remove));
    QVERIFY(!f.sandbox.store().user(zoe));

    // Every one of the sixteen operations reached the server at least once.
    QTRY_VERIFY(f.requests(u"GET /users/{id}/connections/{connectionId}"_s)
                    + f.requests(u"GET /users/{id}/connectors/{connectionId}"_s)
                >= 1);
    auto count = [&](const QString &route) {
        QString other = route;
        other.replace(u"/connections"_s, u"/connectors"_s);
        return f.requests(route) + (other != route ? f.requests(other) : 0);
    };
    const QStringList routes = {
        u"GET /users"_s,
        u"POST /users"_s,
        u"GET /users/{id}"_s,
        u"PATCH /users/{id}"_s,
        u"DELETE /users/{id}"_s,
        u"DELETE /users/{id}/role"_s,
        u"GET /users/{id}/groups"_s,
        u"POST /users/{id}/groups"_s,
        u"GET /users/{id}/groups/{groupId}"_s,
        u"PATCH /users/{id}/groups/{groupId}"_s,
        u"DELETE /users/{id}/groups/{groupId}"_s,
        u"GET /users/{id}/connections"_s,
        u"POST /users/{id}/connections"_s,
        u"GET /users/{id}/connections/{connectionId}"_s,
        u"PATCH /users/{id}/connections/{connectionId}"_s,
        u"DELETE /users/{id}/connections/{connectionId}"_s,
    };
    QCOMPARE(routes.size(), 16);
    for (const QString &route : routes)
        QVERIFY2(count(route) >= 1, qPrintable(route));
}

// Cancel pressed after the invitation reached the server (its answer is still on the way):
// the dialog closes at once, the status bar says the console waits to hear, then says that the
// invitation was made, and the new user shows up instead of existing unseen.
void TestUserActionsController::cancelAfterSendingShowsWhatHappened()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::UserActionsController *controller = f.controller();
    f.window->actions()->invite->trigger();
    auto *invite = qobject_cast<ftui::InviteUserDialog *>(controller->currentDialog());
    QVERIFY(invite);
    const QString email = u"late.cancel@example.com"_s;
    fttest::typeInto(invite->emailEdit(), email);
    fttest::typeInto(invite->givenNameEdit(), u"Lena"_s);
    fttest::typeInto(invite->familyNameEdit(), u"Late"_s);
    QVERIFY(fttest::chooseRole(invite->rolePicker(), u"Account Analyst"_s));
    QVERIFY(invite->okButton()->isEnabled());
    f.sandbox.server().setLatencyMs(1500); // the answer comes long after the user is made
    const auto inStore = [&] {
        return f.sandbox.store().userByEmail(email) != nullptr;
    };
    QPointer<ftui::ApiDialog> guard(invite);
    fttest::clickOk(invite);
    QTRY_VERIFY(inStore());
    QVERIFY(!guard.isNull());
    QVERIFY(invite->isBusy());
    QTest::mouseClick(invite->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QVERIFY2(f.window->statusBar()->currentMessage().contains(u"waiting to hear"_s),
             qPrintable(f.window->statusBar()->currentMessage()));
    const auto inList = [&] {
        const ftmodels::UsersModel *users = f.session->users();
        for (int row = 0; row < users->rowCount(); ++row) {
            if (users->userAt(row).email == email)
                return true;
        }
        return false;
    };
    QVERIFY(!inList()); // the answer has not arrived yet...
    QTRY_VERIFY_WITH_TIMEOUT(inList(), 10000); // ...and when it does, the user is in
    QTRY_VERIFY(f.window->statusBar()->currentMessage().contains(u"Cancel came too late"_s));
    QVERIFY(f.window->statusBar()->currentMessage().contains(email));
    QCOMPARE(f.requests(u"POST /users"_s), 1);
    f.sandbox.server().setLatencyMs(0);
}

QTEST_MAIN(TestUserActionsController)
#include "tst_useractionscontroller.moc"
