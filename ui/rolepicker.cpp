#include "rolepicker.h"

#include "rolesmodel.h"
#include "themecolours.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

enum ItemKind { NoneItem, RoleItem, UnknownItem };
constexpr int kNameRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

} // namespace

RolePicker::RolePicker(ftmodels::RolesModel *roles, const QString &scope, QWidget *parent)
    : QWidget(parent)
    , m_roles(roles)
    , m_scope(scope)
{
    m_box = new QComboBox(this);
    m_box->setObjectName(u"roleBox"_s);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(24);
    m_description = new QLabel(this);
    m_description->setObjectName(u"roleDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setStyleSheet(textStyle(TextTone::Secondary));
    m_description->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_box);
    layout->addWidget(m_description);
    setFocusProxy(m_box);

    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        if (!m_filling)
            Q_EMIT roleChanged();
    });
    connect(m_box, &QComboBox::activated, this, &RolePicker::roleActivated);
    if (m_roles) {
        connect(m_roles, &QAbstractItemModel::modelReset, this, &RolePicker::fill);
        connect(m_roles, &ftmodels::RolesModel::loadingChanged, this, &RolePicker::fill);
        connect(m_roles, &ftmodels::RolesModel::loadFailed, this, &RolePicker::fill);
    }
    fill();
}

void RolePicker::setNoneChoice(const QString &text, const QString &description)
{
    m_noneText = text;
    m_noneDescription = description;
    fill();
}

void RolePicker::setCurrentRole(const std::optional<QString> &name)
{
    if (!name) {
        m_box->setCurrentIndex(m_box->findData(NoneItem, kKindRole));
        return;
    }
    if (!m_roles || !m_roles->role(*name) || !m_roles->role(*name)->hasScope(m_scope)) {
        m_extra = *name;
        fill();
    }
    m_box->setCurrentIndex(m_box->findData(*name, kNameRole));
}

bool RolePicker::hasChoice() const
{
    return m_box->currentIndex() >= 0;
}

bool RolePicker::isNoneChosen() const
{
    return hasChoice() && m_box->currentData(kKindRole).toInt() == NoneItem;
}

std::optional<QString> RolePicker::selectedRole() const
{
    if (!hasChoice() || isNoneChosen())
        return std::nullopt;
    return m_box->currentData(kNameRole).toString();
}

bool RolePicker::isKnownRole() const
{
    return hasChoice() && m_box->currentData(kKindRole).toInt() == RoleItem;
}

bool RolePicker::isLoaded() const
{
    return m_roles && m_roles->hasLoaded();
}

QString RolePicker::textFor(const QString &name) const
{
    const ftapi::Role *role = m_roles ? m_roles->role(name) : nullptr;
    if (!role || !role->hasScope(m_scope))
        return tr("%1 (not in the service's role list)").arg(name);
    if (role->isDeprecated) {
        if (role->replacementRoleName && !role->replacementRoleName->isEmpty())
            return tr("%1 (deprecated: use %2)").arg(name, *role->replacementRoleName);
        return tr("%1 (deprecated)").arg(name);
    }
    if (role->isCustom)
        return tr("%1 (custom)").arg(name);
    return name;
}

void RolePicker::fill()
{
    // Keep the choice across a reload of the roles.
    const int previousKind = hasChoice() ? m_box->currentData(kKindRole).toInt() : -1;
    const QString previousName = m_box->currentData(kNameRole).toString();

    m_filling = true;
    m_box->clear();
    if (!m_noneText.isEmpty())
        m_box->addItem(m_noneText, QVariant());
    if (!m_noneText.isEmpty()) {
        m_box->setItemData(0, NoneItem, kKindRole);
        m_box->setItemData(0, m_noneDescription, Qt::ToolTipRole);
    }
    QVector<ftapi::Role> roles;
    if (m_roles)
        roles = m_roles->rolesWithScope(m_scope);
    bool extraListed = false;
    for (const ftapi::Role &role : std::as_const(roles)) {
        m_box->addItem(textFor(role.name), role.name);
        const int row = m_box->count() - 1;
        m_box->setItemData(row, RoleItem, kKindRole);
        m_box->setItemData(row, role.description, Qt::ToolTipRole);
        if (m_extra && role.name == *m_extra)
            extraListed = true;
    }
    if (m_extra && !extraListed) {
        m_box->addItem(textFor(*m_extra), *m_extra);
        m_box->setItemData(m_box->count() - 1, UnknownItem, kKindRole);
    }

    if (m_roles && m_roles->isLoading() && roles.isEmpty())
        m_box->setPlaceholderText(tr("Loading roles…"));
    else if (roles.isEmpty())
        m_box->setPlaceholderText(tr("The roles could not be loaded"));
    else
        m_box->setPlaceholderText(tr("Choose a role…"));

    int index = -1;
    if (previousKind == NoneItem)
        index = m_box->findData(NoneItem, kKindRole);
    else if (previousKind >= 0)
        index = m_box->findData(previousName, kNameRole);
    m_box->setCurrentIndex(index);
    m_filling = false;
    updateDescription();
    const int nowKind = hasChoice() ? m_box->currentData(kKindRole).toInt() : -1;
    if (nowKind != previousKind || m_box->currentData(kNameRole).toString() != previousName)
        Q_EMIT roleChanged();
}

void RolePicker::updateDescription()
{
    QString text;
    if (hasChoice()) {
        const int kind = m_box->currentData(kKindRole).toInt();
        if (kind == NoneItem) {
            text = m_noneDescription;
        } else if (kind == UnknownItem) {
            text = tr("Fivetran does not list this role any more, so it cannot be chosen again "
                      "once changed.");
        } else if (const ftapi::Role *role =
                       m_roles->role(m_box->currentData(kNameRole).toString())) {
            text = role->description;
            if (role->isDeprecated) {
                text += u' '
                    + (role->replacementRoleName && !role->replacementRoleName->isEmpty()
                           ? tr("Fivetran is retiring this role; %1 replaces it.")
                                 .arg(*role->replacementRoleName)
                           : tr("Fivetran is retiring this role."));
            }
        }
    }
    m_description->setText(text.trimmed());
    m_description->setVisible(!m_description->text().isEmpty());
}

} // namespace ftui
