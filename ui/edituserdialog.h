#pragma once

#include "apidialog.h"
#include "userupdate.h"

class QLineEdit;

namespace ftui {

class RolePicker;

// Edit (F2): a user's names, phone, picture and account role. Only what changed is sent;
// emptying phone or picture clears it (JSON null). The e-mail is shown read-only with a note
// that it cannot change. Refuses, before sending, to take the role away from the account's
// only Account Administrator. On success the users model changes one row (one dataChanged).
class EditUserDialog : public ApiDialog
{
    Q_OBJECT

public:
    EditUserDialog(ftmodels::Session *session, const QString &userId, QWidget *parent = nullptr);

    QString userId() const { return m_original.id; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *givenNameEdit() const { return m_givenName; }
    QLineEdit *familyNameEdit() const { return m_familyName; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *pictureEdit() const { return m_picture; }
    RolePicker *rolePicker() const { return m_role; }

    ftapi::UserUpdate update() const; // what OK sends: the changed fields only

Q_SIGNALS:
    void userChanged(const QString &userId);

protected:
    bool validate() override;
    void submit() override;
    QWidget *fieldForError(const ftapi::ApiError &error) const override;

private:
    ftapi::User m_original;
    bool m_found = false;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_picture = nullptr;
    RolePicker *m_role = nullptr;
    QString m_administratorWarning; // shown in the banner
};

} // namespace ftui
