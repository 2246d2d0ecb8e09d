#pragma once

#include "apidialog.h"
#include "membership.h"

#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace ftmodels {
class PendingChanges;
class Plan;
class SelectionReach;
} // namespace ftmodels

namespace ftui {

class RolePicker;
class TargetPicker;

// One change for several people at once, added to the pending changes rather than sent: set
// or remove the account role, add to a destination or connection with a role, change the role
// there or remove from it, or delete (confirmed by typing how many people). It leaves out the
// people for whom the change would do nothing, as far as the window knows (already this role,
// not a member there), and says how many; the pending changes' check has the last word.
//
//   auto *dialog = new BulkChangeDialog(session, pending, ids, BulkChangeDialog::Action::Delete,
//                                       MembershipKind::Group, reach, window);
//   dialog->open();
class BulkChangeDialog : public ApiDialog
{
    Q_OBJECT

public:
    enum class Action {
        SetAccountRole,
        RemoveAccountRole,
        AddToTarget,
        ChangeTargetRole,
        RemoveFromTarget,
        Delete,
    };
    Q_ENUM(Action)

    // `reach` (may be null) says who is a member where; `kind` is for the target actions.
    BulkChangeDialog(ftmodels::Session *session, ftmodels::PendingChanges *pending,
                     const QStringList &userIds, Action action, ftapi::MembershipKind kind,
                     ftmodels::SelectionReach *reach, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    Action action() const { return m_action; }
    RolePicker *rolePicker() const { return m_role; } // null when the action takes no role
    TargetPicker *targetPicker() const { return m_target; } // null without a target
    QLineEdit *confirmEdit() const { return m_confirm; } // Delete only
    QLabel *outcomeLabel() const { return m_outcome; } // what OK will add, in words

    // The changes OK adds, for the choices made so far.
    ftmodels::Plan plan(int *skipped = nullptr) const;

protected:
    bool validate() override;
    void submit() override;

private:
    void build();
    QString peopleText() const;
    bool needsRole() const;
    bool needsTarget() const;

    QPointer<ftmodels::PendingChanges> m_pending;
    QStringList m_userIds;
    Action m_action;
    ftapi::MembershipKind m_kind;
    QPointer<ftmodels::SelectionReach> m_reach;
    RolePicker *m_role = nullptr;
    TargetPicker *m_target = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_outcome = nullptr;
};

} // namespace ftui
