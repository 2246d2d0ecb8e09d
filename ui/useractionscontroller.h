#pragma once

#include "membership.h"

#include <QObject>
#include <QPointer>

class QAction;
class QTableView;

namespace ftmodels {
class PlanRun;
}

namespace ftui {

class ApiDialog;
class MainWindow;
class MembershipsView;

// Puts every change behind the main window's actions, so all sixteen operations are reachable
// by mouse and keyboard: it enables the user actions for the selected user, opens the dialogs
// (one at a time, window-modal, deleted on close), adds the membership actions (change role,
// remove) to the tables' context menus, confirms a membership's removal through MessageBox
// (asynchronously, holding only ids while the question is open), hands every change to the
// session as a plan, and says what happened in the status bar. Kept out of MainWindow so the
// window stays wiring only. With several users selected it leaves the user actions to
// BulkActionsController.
class UserActionsController : public QObject
{
    Q_OBJECT

public:
    explicit UserActionsController(MainWindow *window);

    QAction *changeRoleAction(ftapi::MembershipKind kind) const;
    QAction *removeMembershipAction(ftapi::MembershipKind kind) const;
    ApiDialog *currentDialog() const; // the dialog open now, if any

    void invite();
    void editUser();
    void removeAccountRole();
    void deleteUser();
    void addMembership(ftapi::MembershipKind kind);
    void changeMembershipRole(ftapi::MembershipKind kind);
    void removeMembership(ftapi::MembershipKind kind);

Q_SIGNALS:
    void dialogOpened(ftui::ApiDialog *dialog);
    void membershipRemoved(const QString &userId, ftapi::MembershipKind kind,
                           const QString &targetId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static int slot(ftapi::MembershipKind kind)
    {
        return kind == ftapi::MembershipKind::Group ? 0 : 1;
    }
    MembershipsView *view(ftapi::MembershipKind kind) const;
    QString selectedTarget(ftapi::MembershipKind kind) const;
    bool raiseOpenDialog();
    void show(ApiDialog *dialog);
    void showStatus(const QString &text);
    bool selectInvited(const QString &userId); // false: the filters hide them
    void updateActions();
    bool severalSelected() const;
    void reportCancelled(ftmodels::PlanRun *run);

    MainWindow *m_window = nullptr;
    QPointer<ApiDialog> m_dialog;
    QAction *m_changeRole[2] = { nullptr, nullptr };
    QAction *m_remove[2] = { nullptr, nullptr };
    bool m_removing = false;
};

} // namespace ftui
