#include "bulkactionscontroller.h"

#include "auditwindow.h"
#include "importpreviewdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagewidget.h"
#include "pendingchanges.h"
#include "pendingchangespanel.h"
#include "plan.h"
#include "session.h"
#include "useractionscontroller.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QSet>
#include <QStatusBar>
#include <QTableView>

namespace ftui {

using namespace Qt::StringLiterals;
using Action = BulkChangeDialog::Action;
using ftapi::MembershipKind;

namespace {

constexpr int kStatusTimeoutMs = 10000;
// What a person imports or opens by hand; larger is not a list of people or changes.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

} // namespace

BulkActionsController::BulkActionsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"bulkActionsController"_s);
    m_chooseFile = [this](bool save, const QString &caption, const QString &suggested,
                          const QString &filter) {
        return save ? QFileDialog::getSaveFileName(m_window, caption, suggested, filter)
                    : QFileDialog::getOpenFileName(m_window, caption, suggested, filter);
    };
    MainActions *actions = window->actions();
    UsersView *users = window->usersView();

    connect(actions->selectAll, &QAction::triggered, this, [users] {
        users->selectAll();
        users->table()->setFocus();
    });
    connect(actions->setAccountRole, &QAction::triggered, this,
            [this] { openBulkDialog(Action::SetAccountRole, MembershipKind::Group); });
    connect(actions->changeDestinationRole, &QAction::triggered, this,
            [this] { openBulkDialog(Action::ChangeTargetRole, MembershipKind::Group); });
    connect(actions->changeConnectionRole, &QAction::triggered, this,
            [this] { openBulkDialog(Action::ChangeTargetRole, MembershipKind::Connection); });
    connect(actions->removeFromDestination, &QAction::triggered, this,
            [this] { openBulkDialog(Action::RemoveFromTarget, MembershipKind::Group); });
    connect(actions->removeFromConnection, &QAction::triggered, this,
            [this] { openBulkDialog(Action::RemoveFromTarget, MembershipKind::Connection); });
    // The single-user actions, when several are selected (UserActionsController leaves them).
    connect(actions->removeRole, &QAction::triggered, this, [this] {
        if (several())
            openBulkDialog(Action::RemoveAccountRole, MembershipKind::Group);
    });
    connect(actions->deleteUser, &QAction::triggered, this, [this] {
        if (several())
            openBulkDialog(Action::Delete, MembershipKind::Group);
    });
    connect(actions->addToDestination, &QAction::triggered, this, [this] {
        if (several())
            openBulkDialog(Action::AddToTarget, MembershipKind::Group);
    });
    connect(actions->addToConnection, &QAction::triggered, this, [this] {
        if (several())
            openBulkDialog(Action::AddToTarget, MembershipKind::Connection);
    });
    connect(actions->applyPending, &QAction::triggered, this, [this] {
        showPending();
        m_window->pendingPanel()->apply();
    });
    actions->importPeople->setEnabled(true);
    connect(actions->importPeople, &QAction::triggered, this, &BulkActionsController::importPeople);
    actions->openPlan->setEnabled(true);
    connect(actions->openPlan, &QAction::triggered, this, &BulkActionsController::openPlan);
    connect(actions->savePlan, &QAction::triggered, this, &BulkActionsController::savePlan);

    connect(users, &UsersView::selectedUsersChanged, this, &BulkActionsController::updateActions);
    ftmodels::PendingChanges *pending = window->pendingChanges();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(pending, signal, this, &BulkActionsController::updateActions);
    connect(pending, &QAbstractItemModel::modelReset, this, &BulkActionsController::updateActions);
    connect(pending, &QAbstractItemModel::rowsInserted, this, &BulkActionsController::showPending);
    updateActions();
}

bool BulkActionsController::several() const
{
    return m_window->usersView()->selectedCount() > 1;
}

void BulkActionsController::updateActions()
{
    MainActions *actions = m_window->actions();
    const bool any = m_window->usersView()->selectedCount() > 0;
    for (QAction *action : actions->bulkActions())
        action->setEnabled(any);
    actions->savePlan->setEnabled(!m_window->pendingChanges()->isEmpty());
}

void BulkActionsController::showPending()
{
    QDockWidget *dock = m_window->pendingDock();
    if (!dock->isVisible())
        dock->show();
    dock->raise();
}

void BulkActionsController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, kStatusTimeoutMs);
}

bool BulkActionsController::raiseOpenDialog()
{
    QWidget *open = m_dialog.data();
    if (!open && m_window->userActions())
        open = m_window->userActions()->currentDialog();
    if (!open)
        return false;
    open->raise();
    open->activateWindow();
    return true;
}

void BulkActionsController::showDialog(QDialog *dialog)
{
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void BulkActionsController::openBulkDialog(Action action, MembershipKind kind)
{
    const QStringList ids = m_window->usersView()->selectedUserIds();
    if (ids.isEmpty() || raiseOpenDialog())
        return;
    auto *dialog = new BulkChangeDialog(m_window->session(), m_window->pendingChanges(), ids,
                                        action, kind, m_window->selectionReach(), m_window);
    connect(dialog, &ApiDialog::succeeded, this, &BulkActionsController::showStatus);
    showDialog(dialog);
}

void BulkActionsController::importPeople()
{
    if (raiseOpenDialog())
        return;
    const QString path = m_chooseFile(false, tr("Import People"), QDir::homePath(),
                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void BulkActionsController::importFile(const QString &path)
{
    if (raiseOpenDialog())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_window->banner()->showMessage(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            MessageWidget::Type::Error);
        return;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        m_window->banner()->showMessage(tr("%1 is larger than 64 MB; that is not a list of people.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        MessageWidget::Type::Error);
        return;
    }
    auto *dialog = new ImportPreviewDialog(m_window->session(), m_window->pendingChanges(), path,
                                           bytes, m_window);
    connect(dialog, &ImportPreviewDialog::added, this, &BulkActionsController::showStatus);
    showDialog(dialog);
}

void BulkActionsController::openPlan()
{
    const QString path =
        m_chooseFile(false, tr("Open Plan"), QDir::homePath(), tr("Plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPlanFile(path);
}

bool BulkActionsController::openPlanFile(const QString &path)
{
    MessageWidget *banner = m_window->pendingPanel()->banner();
    showPending();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        banner->showMessage(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            MessageWidget::Type::Error);
        return false;
    }
    ftmodels::Plan::ReadError error;
    const std::optional<ftmodels::Plan> plan =
        ftmodels::Plan::fromJson(file.read(kMaxFileBytes), &error);
    if (!plan) {
        banner->showMessage(tr("%1 is not a plan of changes: %2")
                                .arg(QDir::toNativeSeparators(path), error.toString()),
                            MessageWidget::Type::Error);
        return false;
    }
    m_window->pendingChanges()->add(*plan);
    banner->showMessage(tr("Added %n change(s) from %1; nothing is sent until you apply them.",
                           nullptr, plan->size())
                            .arg(QDir::toNativeSeparators(path)),
                        MessageWidget::Type::Information);
    return true;
}

void BulkActionsController::savePlan()
{
    if (m_window->pendingChanges()->isEmpty())
        return;
    const QString path = m_chooseFile(true, tr("Save Pending Changes"),
                                      QDir::home().filePath(u"plan.json"_s), tr("Plans (*.json)"));
    if (!path.isEmpty())
        savePlanFile(path.endsWith(u".json"_s, Qt::CaseInsensitive) ? path : path + u".json"_s);
}

bool BulkActionsController::savePlanFile(const QString &path)
{
    MessageWidget *banner = m_window->pendingPanel()->banner();
    QSaveFile file(path);
    const QByteArray json = m_window->pendingChanges()->plan().toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        banner->showMessage(tr("The plan could not be written to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()),
                            MessageWidget::Type::Error);
        return false;
    }
    banner->showMessage(tr("Saved %n change(s) to %1; \"fivetran-admin apply\" reads it.", nullptr,
                           m_window->pendingChanges()->count())
                            .arg(QDir::toNativeSeparators(path)),
                        MessageWidget::Type::Positive);
    return true;
}

ftmodels::Plan BulkActionsController::revocationsOf(const QVector<ftmodels::AuditRow> &rows)
{
    using ftmodels::AuditKind;
    using ftmodels::Change;
    ftmodels::Plan plan;
    QSet<QString> seen;
    for (const ftmodels::AuditRow &row : rows) {
        const QString key =
            row.userId + u'/' + QString::number(int(row.kind)) + u'/' + row.targetId;
        if (row.userId.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        switch (row.kind) {
        case AuditKind::Account:
            if (!row.role.isEmpty())
                plan.append(Change::removeAccountRole(row.userId));
            break;
        case AuditKind::Destination:
            plan.append(Change::deleteMembership(MembershipKind::Group, row.userId, row.targetId)
                            .expectingRole(row.role));
            break;
        case AuditKind::Connection:
            plan.append(
                Change::deleteMembership(MembershipKind::Connection, row.userId, row.targetId)
                    .expectingRole(row.role));
            break;
        }
    }
    return plan;
}

void BulkActionsController::revoke(const QVector<ftmodels::AuditRow> &rows)
{
    const ftmodels::Plan plan = revocationsOf(rows);
    if (plan.isEmpty())
        return;
    m_window->pendingChanges()->add(plan);
    showStatus(tr("Added %n revocation(s) to Pending Changes; nothing is sent until you apply "
                  "them.",
                  nullptr, plan.size()));
}

void BulkActionsController::actOn(const QStringList &userIds)
{
    UsersView *users = m_window->usersView();
    if (users->selectUsers(userIds) < userIds.size()) {
        users->proxy()->clearFilters(); // some were hidden: they are wanted now
        users->selectUsers(userIds);
    }
    m_window->raise();
    m_window->activateWindow();
    users->table()->setFocus();
    showStatus(tr("Selected %n people from the audit; the User menu acts on all of them.", nullptr,
                  users->selectedCount()));
}

void BulkActionsController::showPerson(const QString &userId)
{
    UsersView *users = m_window->usersView();
    if (!users->selectUser(userId)) {
        users->proxy()->clearFilters(); // hidden: wanted now
        if (!users->selectUser(userId)) {
            showStatus(tr("That person is no longer in the account; refresh the audit."));
            return;
        }
    }
    m_window->raise();
    m_window->activateWindow();
    users->table()->setFocus();
}

void BulkActionsController::watchAudit(AuditWindow *audit)
{
    connect(audit, &AuditWindow::revokeRequested, this, &BulkActionsController::revoke);
    connect(audit, &AuditWindow::actOnPeopleRequested, this, &BulkActionsController::actOn);
    connect(audit, &AuditWindow::personRequested, this, &BulkActionsController::showPerson);
}

} // namespace ftui
