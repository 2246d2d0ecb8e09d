#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace ftmodels {
class RolesModel;
}

namespace ftui {

// A choice of one role of one scope (account, destination or connection), taken from the
// session's RolesModel (GET /roles) and never from a list in the code. Each role shows its
// description under the box; deprecated roles are marked with their replacement and custom
// ones as such. Optionally offers "no role" as a choice of its own. Follows the roles model:
// while it loads the box says so, and a reload keeps the choice.
class RolePicker : public QWidget
{
    Q_OBJECT

public:
    RolePicker(ftmodels::RolesModel *roles, const QString &scope, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_box; }
    QLabel *descriptionLabel() const { return m_description; }

    // Offers "no role" first, with these words ("No account role") and what it means;
    // empty text: not offered.
    void setNoneChoice(const QString &text, const QString &description);
    // Selects a role by name (nullopt: the "no role" choice, or nothing when not offered).
    // A name GET /roles does not list stays selectable, marked as unknown, so the current
    // value of a user can always be shown.
    void setCurrentRole(const std::optional<QString> &name);

    bool hasChoice() const; // a role or "no role" is selected
    bool isNoneChosen() const; // the "no role" choice is selected
    std::optional<QString> selectedRole() const; // the chosen role's name
    bool isKnownRole() const; // the chosen role is in GET /roles
    bool isLoaded() const;

    // What the box shows for a role: "Connector Administrator (deprecated: use Manage
    // Connection)", "Security Auditor (custom)".
    QString textFor(const QString &name) const;

Q_SIGNALS:
    void roleChanged(); // the selection changed, by the person or by a reload
    void roleActivated(); // the person picked something

private:
    void fill();
    void updateDescription();

    ftmodels::RolesModel *m_roles = nullptr; // the session's, outlives the picker
    QString m_scope;
    QString m_noneText;
    QString m_noneDescription;
    std::optional<QString> m_extra; // a current role the list does not know
    QComboBox *m_box = nullptr;
    QLabel *m_description = nullptr;
    bool m_filling = false;
};

} // namespace ftui
