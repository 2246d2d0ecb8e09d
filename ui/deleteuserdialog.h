#pragma once

#include "apidialog.h"
#include "membership.h"

#include <QVector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ftui {

// Delete (Delete key): says in plain words what the user loses (the account role and every
// destination and connection membership, fetched fresh and listed by name) and asks for the
// user's e-mail to be typed before OK is possible. Refuses, before sending, to delete the
// account's only Account Administrator. On success the users model loses one row.
class DeleteUserDialog : public ApiDialog
{
    Q_OBJECT

public:
    DeleteUserDialog(ftmodels::Session *session, const QString &userId, QWidget *parent = nullptr);
    ~DeleteUserDialog() override;

    QString userId() const { return m_user.id; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QListWidget *lossList() const { return m_losses; } // one line per thing lost
    bool hasListedLosses() const { return m_pending == 0; }

Q_SIGNALS:
    void lossesListed(); // both membership lists arrived (or failed)
    void userDeleted(const QString &userId);

protected:
    bool validate() override;
    void submit() override;

private:
    void listMemberships(ftapi::MembershipKind kind);
    void showLosses();

    ftapi::User m_user;
    bool m_found = false;
    QLabel *m_summary = nullptr;
    QListWidget *m_losses = nullptr;
    QLineEdit *m_confirm = nullptr;
    QVector<ftapi::Membership> m_groups;
    QVector<ftapi::Membership> m_connections;
    QStringList m_listProblems;
    QVector<ftapi::ApiClient::CallId> m_listCalls;
    int m_pending = 0;
};

} // namespace ftui
