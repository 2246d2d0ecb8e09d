#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ftmodels {
class RolesModel;
class UsersFilterProxy;
} // namespace ftmodels

namespace ftui {

// The row above the users table: a filter box (name or e-mail, applied on every keystroke),
// an account-role choice (roles from GET /roles, plus "No account role"), statuses (any
// number at once, ticked in a menu) and when people last signed in. Drives a
// UsersFilterProxy and follows it when filters are cleared elsewhere.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(ftmodels::UsersFilterProxy *proxy, ftmodels::RolesModel *roles,
              QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_text; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *statusButton() const { return m_status; }
    QAction *statusAction(int status) const; // the tick of one ftmodels::UserStatus
    QComboBox *lastLoginBox() const { return m_lastLogin; }

    void focusFilter(); // Ctrl+F: focus the box and select what is in it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRoles();
    void applyRole();
    void applyStatus();
    void applyLastLogin();
    void updateStatusText();
    void syncFromProxy();

    ftmodels::UsersFilterProxy *m_proxy = nullptr;
    ftmodels::RolesModel *m_roles = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_status = nullptr;
    QList<QAction *> m_statusActions; // by UserStatus
    QComboBox *m_lastLogin = nullptr;
    bool m_syncing = false; // ticking the statuses to follow the proxy
};

} // namespace ftui
