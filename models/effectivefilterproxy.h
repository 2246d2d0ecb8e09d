#pragma once

#include "accessgraph.h"
#include "auditfilterbase.h"

#include <QPointer>

#include <optional>

namespace ftmodels {

class EffectiveModel;

// The effective-access table as the window shows it: AuditFilterBase's filters (the role
// filter keeps rows with a path through that role) plus the level and the kind of path
// ("through a team"), over an EffectiveModel, sorted by each column's natural value.
class EffectiveFilterProxy : public AuditFilterBase
{
    Q_OBJECT

public:
    explicit EffectiveFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // an EffectiveModel, or nothing

    std::optional<AccessLevel> levelFilter() const { return m_level; }
    void setLevelFilter(std::optional<AccessLevel> level);
    std::optional<AccessPath::Via> viaFilter() const { return m_via; }
    void setViaFilter(std::optional<AccessPath::Via> via); // rows with a path of this kind

    bool isFiltering() const override;
    QJsonObject filterDescription() const override; // also "level" and "via"
    void clearFilters() override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<EffectiveModel> m_effective;
    std::optional<AccessLevel> m_level;
    std::optional<AccessPath::Via> m_via;
};

} // namespace ftmodels
