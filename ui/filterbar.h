#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ftmodels {
class RolesModel;
class UsersFilterProxy;
} // namespace ftmodels

namespace ftui {

// The row above the users table: a filter box (name or e-mail, applied on every keystroke),
// an account-role choice (roles from GET /roles, plus "No account role") and a status
// choice. Drives a UsersFilterProxy and follows it when filters are cleared elsewhere.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(ftmodels::UsersFilterProxy *proxy, ftmodels::RolesModel *roles,
              QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_text; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *statusBox() const { return m_status; }

    void focusFilter(); // Ctrl+F: focus the box and select what is in it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRoles();
    void applyRole();
    void applyStatus();
    void syncFromProxy();

    ftmodels::UsersFilterProxy *m_proxy = nullptr;
    ftmodels::RolesModel *m_roles = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace ftui
