#include "effectivefilterproxy.h"

#include "accessrules.h"
#include "effectivemodel.h"

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;

EffectiveFilterProxy::EffectiveFilterProxy(QObject *parent)
    : AuditFilterBase(EffectiveModel::SortValueRole, parent)
{
}

void EffectiveFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_effective = qobject_cast<EffectiveModel *>(model);
    QSortFilterProxyModel::setSourceModel(m_effective);
}

void EffectiveFilterProxy::setLevelFilter(std::optional<AccessLevel> level)
{
    if (level == m_level)
        return;
    m_level = level;
    refilter();
}

void EffectiveFilterProxy::setViaFilter(std::optional<AccessPath::Via> via)
{
    if (via == m_via)
        return;
    m_via = via;
    refilter();
}

bool EffectiveFilterProxy::isFiltering() const
{
    return AuditFilterBase::isFiltering() || m_level || m_via;
}

QJsonObject EffectiveFilterProxy::filterDescription() const
{
    QJsonObject filter = AuditFilterBase::filterDescription();
    if (m_level)
        filter.insert(u"level"_s, AccessRules::levelKey(*m_level));
    if (m_via)
        filter.insert(u"via"_s, AccessPath::viaKey(*m_via));
    return filter;
}

void EffectiveFilterProxy::clearFilters()
{
    clearCommonFilters();
    m_level.reset();
    m_via.reset();
    refilter();
}

bool EffectiveFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const EffectiveModel *model = m_effective.data();
    if (!model || sourceParent.isValid() || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    const EffectiveRow &row = model->rowAt(sourceRow);
    if (m_level && row.level != *m_level)
        return false;
    if (m_via && !(row.vias & (1u << int(*m_via))))
        return false;
    const AccessGraph::Target &target = model->access().targetOf(row);
    if (!passesCommonFilters(model->userKeyAt(sourceRow), model->targetKeyAt(sourceRow),
                             target.kind, row.flags))
        return false;
    if (const std::optional<QString> role = roleFilter()) {
        const QVector<AccessPath> paths = model->access().paths(row);
        return std::any_of(paths.cbegin(), paths.cend(),
                           [&role](const AccessPath &path) { return path.role == *role; });
    }
    return true;
}

} // namespace ftmodels
