#pragma once

#include "apidialog.h"
#include "membership.h"

class QLabel;

namespace ftui {

class RolePicker;
class TargetPicker;

// Gives a user a role in a destination (Ctrl+G) or a connection (Ctrl+K), picked by name
// (connections listed under their destination) with a role of the right scope from GET /roles;
// or changes the role of an existing membership. On success the memberships model gains or
// changes one row, and membershipChanged() lets the window fetch the membership back.
class MembershipDialog : public ApiDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Change };
    Q_ENUM(Mode)

    // Adds `userId` to a destination or connection the person picks.
    MembershipDialog(ftmodels::Session *session, const QString &userId, ftapi::MembershipKind kind,
                     QWidget *parent = nullptr);
    // Changes the role of `userId`'s membership in `targetId`.
    MembershipDialog(ftmodels::Session *session, const QString &userId, ftapi::MembershipKind kind,
                     const QString &targetId, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    ftapi::MembershipKind kind() const { return m_kind; }
    QString userId() const { return m_userId; }
    TargetPicker *targetPicker() const { return m_target; } // Add only
    RolePicker *rolePicker() const { return m_role; }
    QString targetId() const; // the chosen (Add) or given (Change) target

Q_SIGNALS:
    void membershipChanged(const QString &userId, ftapi::MembershipKind kind,
                           const QString &targetId);

protected:
    bool validate() override;
    void submit() override;
    QWidget *fieldForError(const ftapi::ApiError &error) const override;
    QString adviceFor(const ftapi::ApiError &error) const override;

private:
    void build();
    QString targetName(const QString &targetId) const;
    QString userName() const;

    Mode m_mode;
    ftapi::MembershipKind m_kind;
    QString m_userId;
    QString m_targetId; // Change
    ftapi::Membership m_current; // Change: the membership as the model holds it
    QLabel *m_currentRole = nullptr; // Change: shows m_current's role
    bool m_found = false;
    TargetPicker *m_target = nullptr;
    RolePicker *m_role = nullptr;
};

} // namespace ftui
