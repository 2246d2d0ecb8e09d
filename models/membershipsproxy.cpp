#include "membershipsproxy.h"

#include "membershipsmodel.h"

#include <QDateTime>

namespace ftmodels {

MembershipsProxy::MembershipsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MembershipsModel::SortValueRole);
}

void MembershipsProxy::setKind(std::optional<ftapi::MembershipKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool MembershipsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_kind)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(MembershipsModel::KindRole).toInt() == int(*m_kind);
}

bool MembershipsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(MembershipsModel::SortValueRole);
    const QVariant b = right.data(MembershipsModel::SortValueRole);
    int order = 0;
    switch (left.column()) {
    case MembershipsModel::KindColumn:
        order = a.toInt() - b.toInt();
        break;
    case MembershipsModel::SinceColumn: {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        if (x.isValid() != y.isValid())
            order = x.isValid() ? 1 : -1; // unknown dates first
        else if (x.isValid())
            order = x < y ? -1 : (y < x ? 1 : 0);
        break;
    }
    default:
        order = a.toString().localeAwareCompare(b.toString());
        break;
    }
    if (order == 0 && left.column() != MembershipsModel::TargetColumn) {
        const QModelIndex l = left.siblingAtColumn(MembershipsModel::TargetColumn);
        const QModelIndex r = right.siblingAtColumn(MembershipsModel::TargetColumn);
        order = l.data(MembershipsModel::SortValueRole)
                    .toString()
                    .localeAwareCompare(r.data(MembershipsModel::SortValueRole).toString());
    }
    return order < 0;
}

} // namespace ftmodels
