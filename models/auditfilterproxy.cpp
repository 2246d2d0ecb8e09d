#include "auditfilterproxy.h"

#include "auditmodel.h"

namespace ftmodels {

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : AuditFilterBase(AuditModel::SortValueRole, parent)
{
}

void AuditFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_audit = qobject_cast<AuditModel *>(model);
    QSortFilterProxyModel::setSourceModel(m_audit);
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const AuditModel *audit = m_audit.data();
    if (!audit || sourceParent.isValid() || sourceRow < 0 || sourceRow >= audit->rowCount())
        return false;
    const AuditRow &row = audit->rowAt(sourceRow);
    const std::optional<QString> role = roleFilter();
    if (role && row.role != *role)
        return false;
    return passesCommonFilters(audit->userKeyAt(sourceRow), audit->targetKeyAt(sourceRow), row.kind,
                               row.flags);
}

} // namespace ftmodels
