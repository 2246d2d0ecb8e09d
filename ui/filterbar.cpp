#include "filterbar.h"

#include "icons.h"
#include "rolesmodel.h"
#include "usersfilterproxy.h"
#include "userstatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ftui {

using namespace Qt::StringLiterals;
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

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Show only users in this state"));
    m_status->addItem(tr("All statuses"));
    for (int s = 0; s < ftmodels::kUserStatusCount; ++s)
        m_status->addItem(ftmodels::statusText(UserStatus(s)), s);
    layout->addWidget(m_status, 1);

    fillRoles();

    connect(m_text, &QLineEdit::textChanged, m_proxy, &ftmodels::UsersFilterProxy::setFilterText);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FilterBar::applyRole);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::applyStatus);
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

void FilterBar::applyStatus()
{
    const QVariant chosen = m_status->currentData();
    m_proxy->setStatusFilter(
        chosen.isValid() ? std::optional<UserStatus>(UserStatus(chosen.toInt())) : std::nullopt);
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
        const QSignalBlocker blocker(m_status);
        const std::optional<UserStatus> status = m_proxy->statusFilter();
        m_status->setCurrentIndex(status ? m_status->findData(int(*status)) : 0);
    }
}

} // namespace ftui
