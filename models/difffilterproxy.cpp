#include "difffilterproxy.h"

#include "diffmodel.h"

namespace ftmodels {

DiffFilterProxy::DiffFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DiffFilterProxy::setTypes(const QSet<AccessChange::Type> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
}

void DiffFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_types.isEmpty()
        && !m_types.contains(AccessChange::Type(index.data(DiffModel::TypeRole).toInt())))
        return false;
    return m_text.isEmpty()
        || index.data(DiffModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace ftmodels
