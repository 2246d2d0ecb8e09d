#pragma once

#include "apidialog.h"

class QLineEdit;

namespace ftui {

class RolePicker;

// Invite (Ctrl+N): e-mail, given and family name, optional phone and picture, and the account
// role chosen from GET /roles (or none). Checked before sending; on success the new user is
// one inserted row of the users model, and userInvited() lets the window select it.
class InviteUserDialog : public ApiDialog
{
    Q_OBJECT

public:
    explicit InviteUserDialog(ftmodels::Session *session, QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *givenNameEdit() const { return m_givenName; }
    QLineEdit *familyNameEdit() const { return m_familyName; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *pictureEdit() const { return m_picture; }
    RolePicker *rolePicker() const { return m_role; }

    ftapi::NewUser newUser() const; // what OK sends, from what is typed

Q_SIGNALS:
    void userInvited(const QString &userId);

protected:
    bool validate() override;
    void submit() override;
    QString adviceFor(const ftapi::ApiError &error) const override;

private:
    QLineEdit *m_email = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_picture = nullptr;
    RolePicker *m_role = nullptr;
};

} // namespace ftui
