#pragma once

#include "membership.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ftmodels {

// One kind of a MembershipsModel (a details-panel tab shows destinations, the other
// connections), sorted by each column's natural value: names as people sort them, dates as
// dates.
class MembershipsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MembershipsProxy(QObject *parent = nullptr);

    std::optional<ftapi::MembershipKind> kind() const { return m_kind; }
    void setKind(std::optional<ftapi::MembershipKind> kind); // nullopt: both kinds

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ftapi::MembershipKind> m_kind;
};

} // namespace ftmodels
