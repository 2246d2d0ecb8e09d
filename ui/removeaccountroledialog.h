#pragma once

#include "apidialog.h"

class QLabel;

namespace ftui {

// Remove Account Role: the user stays in the account and keeps their memberships, but loses
// what the account role allows; the dialog says which role and what it allows. Refuses,
// before sending, for the account's only Account Administrator.
class RemoveAccountRoleDialog : public ApiDialog
{
    Q_OBJECT

public:
    RemoveAccountRoleDialog(ftmodels::Session *session, const QString &userId,
                            QWidget *parent = nullptr);

    QString userId() const { return m_user.id; }
    QLabel *explanation() const { return m_explanation; }

Q_SIGNALS:
    void userChanged(const QString &userId);

protected:
    bool validate() override;
    void submit() override;

private:
    QString consequences() const;

    ftapi::User m_user;
    QLabel *m_explanation = nullptr;
};

} // namespace ftui
