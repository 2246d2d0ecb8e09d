#include "filterbar.h"

#include "icons.h"
#include "rolesmodel.h"
#include "usersfilterproxy.h"
#include "userstatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::LastLogin;
using ftmodels::UserStatus;

FilterBar::FilterBar(ftmodels::UsersFilterProxy *proxy, ftmodels::RolesModel *roles,
                     QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_roles(roles)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"usersFilter"_s);
    m_text->setPlaceholderText(tr("Filter by name or e-mail (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(icon(u"filter"_s), QLineEdit::LeadingPosition);
    m_text->setAccessibleName(tr("Filter users"));
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 3);

    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleFilter"_s);
    m_role->setAccessibleName(tr("Account role"));
    m_role->setToolTip(tr("Show only users with this account role"));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_role, 1);

    m_status = new QPushButton(this); // a push button's size counts its menu arrow
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Show only users in the ticked states (any number at once)"));
    m_status->setAutoDefault(false);
    auto *statusMenu = new QMenu(m_status);
    for (int s = 0; s < ftmodels::kUserStatusCount; ++s) {
        QAction *action = statusMenu->addAction(ftmodels::statusText(UserStatus(s)));
        action->setCheckable(true);
        action->setToolTip(ftmodels::statusExplanation(UserStatus(s)));
        connect(action, &QAction::toggled, this, &FilterBar::applyStatus);
        m_statusActions.append(action);
    }
    m_status->setMenu(statusMenu);
    layout->addWidget(m_status, 1);

    m_lastLogin = new QComboBox(this);
    m_lastLogin->setObjectName(u"lastLoginFilter"_s);
    m_lastLogin->setAccessibleName(tr("Last login"));
    m_lastLogin->setToolTip(tr("Show only users by when they last signed in"));
    m_lastLogin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QString loginTexts[ftmodels::kLastLoginCount] = {
        tr("Any last login"),           tr("Never signed in"),
        tr("Not in the last 30 days"),  tr("Not in the last 90 days"),
        tr("Not in the last 180 days"), tr("In the last 7 days"),
    };
    for (int l = 0; l < ftmodels::kLastLoginCount; ++l)
        m_lastLogin->addItem(loginTexts[l], l);
    m_lastLogin->setItemData(int(LastLogin::NotIn30Days), tr("Also those who never signed in"),
                             Qt::ToolTipRole);
    m_lastLogin->setItemData(int(LastLogin::NotIn90Days), tr("Also those who never signed in"),
                             Qt::ToolTipRole);
    m_lastLogin->setItemData(int(LastLogin::NotIn180Days), tr("Also those who never signed in"),
                             Qt::ToolTipRole);
    layout->addWidget(m_lastLogin, 1);
    updateStatusText();

    fillRoles();

    connect(m_text, &QLineEdit::textChanged, m_proxy, &ftmodels::UsersFilterProxy::setFilterText);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FilterBar::applyRole);
    connect(m_lastLogin, &QComboBox::currentIndexChanged, this, &FilterBar::applyLastLogin);
    connect(m_proxy, &ftmodels::UsersFilterProxy::filtersChanged, this, &FilterBar::syncFromProxy);
    if (m_roles)
        connect(m_roles, &QAbstractItemModel::modelReset, this, &FilterBar::fillRoles);
}

void FilterBar::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in a non-empty filter box clears it; in an empty one it does what it always does.
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::fillRoles()
{
    // Keep the choice across a reload of the roles.
    const QVariant chosen = m_role->currentData();
    const bool wasNoRole = m_role->currentIndex() == 1;
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    m_role->addItem(tr("All account roles"));
    m_role->addItem(tr("No account role"), QString());
    if (m_roles) {
        for (const ftapi::Role &role :
             m_roles->rolesWithScope(ftmodels::RolesModel::accountScope())) {
            const QString label =
                role.isDeprecated ? tr("%1 (deprecated)").arg(role.name) : role.name;
            m_role->addItem(label, role.name);
            m_role->setItemData(m_role->count() - 1, role.description, Qt::ToolTipRole);
        }
    }
    // A role filtered on that the new list lacks stays selectable.
    if (m_proxy && m_proxy->roleFilter() && !m_proxy->roleFilter()->isEmpty()
        && m_role->findData(*m_proxy->roleFilter()) < 0)
        m_role->addItem(*m_proxy->roleFilter(), *m_proxy->roleFilter());
    if (wasNoRole)
        m_role->setCurrentIndex(1);
    else if (chosen.isValid())
        m_role->setCurrentIndex(qMax(0, m_role->findData(chosen)));
    else
        syncFromProxy();
}

void FilterBar::applyRole()
{
    const QVariant chosen = m_role->currentData();
    m_proxy->setRoleFilter(chosen.isValid() ? std::optional<QString>(chosen.toString())
                                            : std::nullopt);
}

QAction *FilterBar::statusAction(int status) const
{
    return m_statusActions.value(status);
}

void FilterBar::applyStatus()
{
    if (m_syncing)
        return;
    QList<UserStatus> statuses;
    for (int s = 0; s < m_statusActions.size(); ++s) {
        if (m_statusActions.at(s)->isChecked())
            statuses.append(UserStatus(s));
    }
    m_proxy->setStatusFilters(statuses);
    updateStatusText();
}

void FilterBar::applyLastLogin()
{
    m_proxy->setLastLoginFilter(LastLogin(m_lastLogin->currentData().toInt()));
}

void FilterBar::updateStatusText()
{
    QStringList ticked;
    for (int s = 0; s < m_statusActions.size(); ++s) {
        if (m_statusActions.at(s)->isChecked())
            ticked.append(ftmodels::statusText(UserStatus(s)));
    }
    // Every status ticked filters nothing, like none.
    if (ticked.isEmpty() || ticked.size() == m_statusActions.size())
        m_status->setText(tr("All statuses"));
    else if (ticked.size() == 1)
        m_status->setText(ticked.first());
    else
        m_status->setText(tr("%n statuses", nullptr, int(ticked.size())));
    m_status->setAccessibleDescription(ticked.join(u", "_s));
}

void FilterBar::syncFromProxy()
{
    if (!m_proxy)
        return;
    if (m_text->text() != m_proxy->filterText()) {
        const QSignalBlocker blocker(m_text);
        m_text->setText(m_proxy->filterText());
    }
    {
        const QSignalBlocker blocker(m_role);
        const std::optional<QString> role = m_proxy->roleFilter();
        if (!role)
            m_role->setCurrentIndex(0);
        else if (role->isEmpty())
            m_role->setCurrentIndex(1);
        else if (const int index = m_role->findData(*role); index >= 0)
            m_role->setCurrentIndex(index);
    }
    {
        const QList<UserStatus> statuses = m_proxy->statusFilters();
        m_syncing = true;
        for (int s = 0; s < m_statusActions.size(); ++s)
            m_statusActions.at(s)->setChecked(statuses.contains(UserStatus(s)));
        m_syncing = false;
        updateStatusText();
    }
    {
        const QSignalBlocker blocker(m_lastLogin);
        m_lastLogin->setCurrentIndex(m_lastLogin->findData(int(m_proxy->lastLoginFilter())));
    }
}

} // namespace ftui
