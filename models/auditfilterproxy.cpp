#include "auditfilterproxy.h"

#include "auditmodel.h"
#include "usersmodel.h"

#include <QDateTime>

namespace ftmodels {

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditModel::SortValueRole);
}

void AuditFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_audit = qobject_cast<AuditModel *>(model);
    QSortFilterProxyModel::setSourceModel(m_audit);
}

void AuditFilterProxy::refilter()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the whole-table equivalent.
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void AuditFilterProxy::setUserFilter(const QString &text)
{
    if (text == m_userText)
        return;
    m_userText = text;
    m_userNeedle = UsersModel::foldKey(text.trimmed());
    refilter();
}

void AuditFilterProxy::setTargetFilter(const QString &text)
{
    if (text == m_targetText)
        return;
    m_targetText = text;
    m_targetNeedle = UsersModel::foldKey(text.trimmed());
    refilter();
}

void AuditFilterProxy::setKindFilter(std::optional<AuditKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void AuditFilterProxy::setRoleFilter(const std::optional<QString> &role)
{
    if (role == m_role)
        return;
    m_role = role;
    refilter();
}

void AuditFilterProxy::setFlagFilter(AuditFlags flags)
{
    if (flags == m_flags)
        return;
    m_flags = flags;
    refilter();
}

void AuditFilterProxy::setFlagFiltered(AuditFlag flag, bool on)
{
    AuditFlags flags = m_flags;
    flags.setFlag(flag, on);
    setFlagFilter(flags);
}

bool AuditFilterProxy::isFiltering() const
{
    return !m_userNeedle.isEmpty() || !m_targetNeedle.isEmpty() || m_kind || m_role || m_flags;
}

void AuditFilterProxy::clearFilters()
{
    m_userText.clear();
    m_userNeedle.clear();
    m_targetText.clear();
    m_targetNeedle.clear();
    m_kind.reset();
    m_role.reset();
    m_flags = {};
    refilter();
}

int AuditFilterProxy::sourceRowAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const AuditModel *audit = m_audit.data();
    if (!audit || sourceParent.isValid() || sourceRow < 0 || sourceRow >= audit->rowCount())
        return false;
    const AuditRow &row = audit->rowAt(sourceRow);
    if (m_kind && row.kind != *m_kind)
        return false;
    if (m_role && row.role != *m_role)
        return false;
    if (m_flags && !(row.flags & m_flags))
        return false;
    if (!m_userNeedle.isEmpty() && !audit->userKeyAt(sourceRow).contains(m_userNeedle))
        return false;
    if (!m_targetNeedle.isEmpty() && !audit->targetKeyAt(sourceRow).contains(m_targetNeedle))
        return false;
    return true;
}

bool AuditFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(AuditModel::SortValueRole);
    const QVariant b = right.data(AuditModel::SortValueRole);
    if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime) {
        const QDateTime da = a.toDateTime();
        const QDateTime db = b.toDateTime();
        if (da.isValid() != db.isValid())
            return !da.isValid(); // "never" before any date
        if (da != db)
            return da < db;
    } else if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int c = a.toString().localeAwareCompare(b.toString());
        if (c != 0)
            return c < 0;
    }
    // Ties keep the audit's own order, so a sort never shuffles a user's rows.
    return left.row() < right.row();
}

} // namespace ftmodels
