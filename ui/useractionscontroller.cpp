#include "useractionscontroller.h"

#include "apidialog.h"
#include "deleteuserdialog.h"
#include "edituserdialog.h"
#include "icons.h"
#include "inviteuserdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "membershipdialog.h"
#include "membershipsmodel.h"
#include "membershipsview.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "namedirectory.h"
#include "plan.h"
#include "planrun.h"
#include "removeaccountroledialog.h"
#include "session.h"
#include "userdetailspanel.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QAction>
#include <QKeyEvent>
#include <QStatusBar>
#include <QTableView>

#include <memory>

namespace ftui {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

constexpr int kStatusTimeoutMs = 10000;
constexpr MembershipKind kKinds[] = { MembershipKind::Group, MembershipKind::Connection };

} // namespace

UserActionsController::UserActionsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"userActionsController"_s);
    MainActions *actions = window->actions();
    ftmodels::Session *session = window->session();

    connect(actions->invite, &QAction::triggered, this, &UserActionsController::invite);
    connect(actions->edit, &QAction::triggered, this, &UserActionsController::editUser);
    connect(actions->removeRole, &QAction::triggered, this,
            &UserActionsController::removeAccountRole);
    connect(actions->deleteUser, &QAction::triggered, this, &UserActionsController::deleteUser);
    connect(actions->addToDestination, &QAction::triggered, this,
            [this] { addMembership(MembershipKind::Group); });
    connect(actions->addToConnection, &QAction::triggered, this,
            [this] { addMembership(MembershipKind::Connection); });
    connect(window->usersView(), &UsersView::userActivated, this, &UserActionsController::editUser);

    for (MembershipKind kind : kKinds) {
        const bool groups = kind == MembershipKind::Group;
        QAction *change = new QAction(icon(u"edit"_s), tr("Change &Role…"), this);
        change->setStatusTip(groups ? tr("Give the user another role in this destination")
                                    : tr("Give the user another role in this connection"));
        QAction *remove = new QAction(
            icon(u"delete"_s),
            groups ? tr("Remove from &Destination…") : tr("Remove from &Connection…"), this);
        remove->setStatusTip(groups ? tr("Take the user out of this destination")
                                    : tr("Take the user out of this connection"));
        // Delete on a membership row removes the membership (handled in eventFilter): a
        // window-wide shortcut there would delete the user instead.
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        m_changeRole[slot(kind)] = change;
        m_remove[slot(kind)] = remove;
        connect(change, &QAction::triggered, this, [this, kind] { changeMembershipRole(kind); });
        connect(remove, &QAction::triggered, this, [this, kind] { removeMembership(kind); });

        QTableView *table = view(kind)->table();
        table->addAction(groups ? actions->addToDestination : actions->addToConnection);
        table->addAction(change);
        table->addAction(remove);
        table->installEventFilter(this);
        connect(table, &QAbstractItemView::activated, this,
                [this, kind] { changeMembershipRole(kind); });
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &UserActionsController::updateActions);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this,
                &UserActionsController::updateActions);
        connect(table->model(), &QAbstractItemModel::modelReset, this,
                &UserActionsController::updateActions);
    }

    connect(session, &ftmodels::Session::currentUserChanged, this,
            &UserActionsController::updateActions);
    // With several users selected the same actions are BulkActionsController's.
    connect(window->usersView(), &UsersView::selectedUsersChanged, this,
            &UserActionsController::updateActions);
    connect(session, &ftmodels::Session::currentUserUpdated, this,
            &UserActionsController::updateActions);
    updateActions();
}

QAction *UserActionsController::changeRoleAction(MembershipKind kind) const
{
    return m_changeRole[slot(kind)];
}

QAction *UserActionsController::removeMembershipAction(MembershipKind kind) const
{
    return m_remove[slot(kind)];
}

ApiDialog *UserActionsController::currentDialog() const
{
    return m_dialog;
}

MembershipsView *UserActionsController::view(MembershipKind kind) const
{
    UserDetailsPanel *details = m_window->detailsPanel();
    return kind == MembershipKind::Group ? details->destinations() : details->connections();
}

QString UserActionsController::selectedTarget(MembershipKind kind) const
{
    const QTableView *table = view(kind)->table();
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(ftmodels::MembershipsModel::TargetIdRole).toString();
}

bool UserActionsController::severalSelected() const
{
    return m_window->usersView()->selectedCount() > 1;
}

void UserActionsController::updateActions()
{
    MainActions *actions = m_window->actions();
    const ftapi::User *user = m_window->session()->currentUser();
    actions->invite->setEnabled(true);
    for (QAction *action : { actions->edit, actions->deleteUser, actions->addToDestination,
                             actions->addToConnection })
        action->setEnabled(user != nullptr);
    actions->removeRole->setEnabled(user && user->role);
    if (severalSelected()) {
        // One dialog edits one person; the rest act on all of them (BulkActionsController).
        actions->edit->setEnabled(false);
        bool anyRole = false;
        const QStringList ids = m_window->usersView()->selectedUserIds();
        for (const QString &id : ids) {
            const ftapi::User *u = m_window->session()->users()->user(id);
            anyRole = anyRole || (u && u->role);
            if (anyRole)
                break;
        }
        actions->removeRole->setEnabled(anyRole);
    }
    for (MembershipKind kind : kKinds) {
        const bool selected = user && !selectedTarget(kind).isEmpty();
        m_changeRole[slot(kind)]->setEnabled(selected);
        m_remove[slot(kind)]->setEnabled(selected && !m_removing);
    }
}

bool UserActionsController::raiseOpenDialog()
{
    if (!m_dialog)
        return false;
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void UserActionsController::show(ApiDialog *dialog)
{
    m_dialog = dialog;
    // A single change applies at once; the dialog also offers to hold it back with the rest.
    dialog->setPendingChanges(m_window->pendingChanges());
    connect(dialog, &ApiDialog::succeeded, this, &UserActionsController::showStatus);
    // Nobody is left guessing whether a cancelled change happened: the run says so.
    connect(dialog, &ApiDialog::cancelledWhileSending, this,
            &UserActionsController::reportCancelled);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void UserActionsController::reportCancelled(ftmodels::PlanRun *run)
{
    if (!run)
        return;
    showStatus(tr("Cancelling: waiting to hear whether Fivetran already made the change…"));
    connect(run, &ftmodels::PlanRun::finished, this, [this, run] {
        QStringList made;
        for (int i = 0; i < run->total(); ++i) {
            const auto outcome = run->result(i).outcome;
            if (outcome == ftmodels::PlanRun::Outcome::Applied)
                made.append(run->check().changes.at(i).text);
        }
        showStatus(made.isEmpty()
                       ? tr("Cancelled; nothing was changed.")
                       : tr("Cancel came too late; this was done: %1.").arg(made.join(u"; "_s)));
    });
}

void UserActionsController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, kStatusTimeoutMs);
}

void UserActionsController::invite()
{
    if (raiseOpenDialog())
        return;
    auto *dialog = new InviteUserDialog(m_window->session(), m_window);
    auto hidden = std::make_shared<bool>(false);
    connect(dialog, &InviteUserDialog::userInvited, this,
            [this, hidden](const QString &userId) { *hidden = !selectInvited(userId); });
    show(dialog);
    // After the status show() connects: the same words, and why the table does not show them.
    connect(dialog, &ApiDialog::succeeded, this, [this, hidden](const QString &text) {
        if (*hidden)
            showStatus(
                tr("%1. The filters in use hide them; clear the filters to see them.").arg(text));
    });
}

bool UserActionsController::selectInvited(const QString &userId)
{
    // The filters the person set stay: they were chosen on purpose, and an invitation is no
    // reason to lose them.
    return m_window->usersView()->selectUser(userId);
}

void UserActionsController::editUser()
{
    const QString id = m_window->session()->currentUserId();
    if (id.isEmpty() || severalSelected() || raiseOpenDialog())
        return;
    show(new EditUserDialog(m_window->session(), id, m_window));
}

void UserActionsController::removeAccountRole()
{
    const ftapi::User *user = m_window->session()->currentUser();
    if (!user || !user->role || severalSelected() || raiseOpenDialog())
        return;
    show(new RemoveAccountRoleDialog(m_window->session(), user->id, m_window));
}

void UserActionsController::deleteUser()
{
    const QString id = m_window->session()->currentUserId();
    if (id.isEmpty() || severalSelected() || raiseOpenDialog())
        return;
    show(new DeleteUserDialog(m_window->session(), id, m_window));
}

void UserActionsController::addMembership(MembershipKind kind)
{
    const QString id = m_window->session()->currentUserId();
    if (id.isEmpty() || severalSelected() || raiseOpenDialog())
        return;
    show(new MembershipDialog(m_window->session(), id, kind, m_window));
}

void UserActionsController::changeMembershipRole(MembershipKind kind)
{
    const QString id = m_window->session()->currentUserId();
    const QString target = selectedTarget(kind);
    if (id.isEmpty() || target.isEmpty() || raiseOpenDialog())
        return;
    show(new MembershipDialog(m_window->session(), id, kind, target, m_window));
}

void UserActionsController::removeMembership(MembershipKind kind)
{
    ftmodels::Session *session = m_window->session();
    const ftapi::User *user = session->currentUser();
    const QString target = selectedTarget(kind);
    if (!user || target.isEmpty() || m_removing || m_dialog)
        return;
    // Everything the question and the change need is copied now: nothing points into a model
    // while the question is open (a refresh may move or remove rows meanwhile).
    const bool groups = kind == MembershipKind::Group;
    const QString userId = user->id;
    const QString who = ApiDialog::displayName(*user);
    const QString where = session->names()->targetName(kind, target);
    const int row = session->memberships()->rowOf(kind, target);
    const QString role =
        row >= 0 ? session->memberships()->entryAt(row).membership.role : QString();
    const QString text = (groups ? tr("%1 will no longer be a member of the destination “%2”")
                                 : tr("%1 will no longer be a member of the connection “%2”"))
                             .arg(who, where)
        + (role.isEmpty()
               ? u"."_s
               : tr(" and will lose the role %1 there, with everything it allows.").arg(role))
        + u"\n\n"_s + tr("Their account role and other memberships stay as they are.");

    m_removing = true;
    updateActions();
    MessageBox::confirm(
        m_window, groups ? tr("Remove from Destination") : tr("Remove from Connection"), text,
        tr("Remove"), this, [this, kind, userId, target, role, who, where](bool yes) {
            if (!yes) {
                m_removing = false;
                updateActions();
                return;
            }
            m_window->statusBar()->showMessage(tr("Removing %1 from %2…").arg(who, where));
            ftmodels::PlanRun *run = m_window->session()->apply(ftmodels::Plan(
                { ftmodels::Change::deleteMembership(kind, userId, target).expectingRole(role) }));
            connect(run, &ftmodels::PlanRun::finished, this,
                    [this, run, kind, userId, target, who, where] {
                        m_removing = false;
                        m_window->statusBar()->clearMessage();
                        if (run->succeeded()) {
                            showStatus(tr("Removed %1 from %2").arg(who, where));
                            Q_EMIT membershipRemoved(userId, kind, target);
                        } else {
                            const ftmodels::PlanRun::Result &r = run->result(0);
                            const QString why = run->wasRefused() ? run->check().firstError(0)
                                : r.error.httpStatus > 0          ? r.error.userText()
                                                                  : r.message;
                            m_window->banner()->showMessage(
                                tr("%1 could not be removed from %2. %3").arg(who, where, why),
                                MessageWidget::Type::Error);
                        }
                        updateActions();
                    });
        });
}

bool UserActionsController::eventFilter(QObject *watched, QEvent *event)
{
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if ((shortcut || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        for (MembershipKind kind : kKinds) {
            if (watched != view(kind)->table())
                continue;
            if (shortcut) {
                event->accept(); // the key is the table's: do not delete the user
                return true;
            }
            removeMembership(kind);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ftui
