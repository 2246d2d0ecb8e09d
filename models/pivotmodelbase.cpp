#include "pivotmodelbase.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace ftmodels {

PivotModelBase::PivotModelBase(int columns, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columns(columns)
{
}

PivotModelBase::~PivotModelBase() = default;

void PivotModelBase::setSourceModel(QAbstractItemModel *rows)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = rows;
    m_base = rows ? baseModelOf(rows) : nullptr;
    if (!m_base)
        m_source = nullptr;
    connectSource();
    rebuild();
}

void PivotModelBase::connectSource()
{
    if (!m_source)
        return;
    connect(m_source, &QAbstractItemModel::modelReset, this, &PivotModelBase::rebuild);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, &PivotModelBase::rebuild);
    connect(m_source, &QAbstractItemModel::rowsInserted, this, &PivotModelBase::rebuild);
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, &PivotModelBase::rebuild);
    connect(m_source, &QAbstractItemModel::rowsMoved, this, &PivotModelBase::rebuild);
    connect(m_source, &QAbstractItemModel::dataChanged, this, &PivotModelBase::rebuild);
    connect(m_source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); });
}

void PivotModelBase::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_groupIndex.clear();
    const QAbstractItemModel *source = m_source.data();
    const QAbstractItemModel *base = m_base.data();
    if (source && base) {
        const int count = source->rowCount();
        const int baseCount = base->rowCount();
        const int role = sourceRowRole();
        // A proxy straight over the base maps rows without a QVariant per row.
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source);
        if (proxy && proxy->sourceModel() != base)
            proxy = nullptr;
        QVector<int> slotOfId; // group id -> index in m_groups, -1: none yet
        for (int r = 0; r < count; ++r) {
            const int baseRow = proxy ? proxy->mapToSource(proxy->index(r, 0)).row()
                                      : source->index(r, 0).data(role).toInt();
            if (baseRow < 0 || baseRow >= baseCount)
                continue;
            const int id = groupIdOfRow(baseRow);
            if (id < 0)
                continue;
            if (id >= slotOfId.size())
                slotOfId.resize(id + 1, -1);
            int &slot = slotOfId[id];
            if (slot < 0) {
                slot = int(m_groups.size());
                m_groups.append(Group { groupKeyOfRow(baseRow), {}, {} });
            }
            Group &g = m_groups[slot];
            g.rows.append(baseRow);
            g.flags |= flagsOfRow(baseRow);
        }
        if (ranksRows())
            order();
        for (int g = 0; g < int(m_groups.size()); ++g)
            m_groupIndex.insert(m_groups.at(g).key, g);
    }
    endResetModel();
}

int PivotModelBase::groupRank(int firstBaseRow) const
{
    Q_UNUSED(firstBaseRow)
    return 0;
}

int PivotModelBase::rowRank(int baseRow) const
{
    Q_UNUSED(baseRow)
    return 0;
}

void PivotModelBase::order()
{
    auto byRank = [](QVector<int> &items, const std::function<int(int)> &rank) {
        QVector<QPair<int, int>> ranked;
        ranked.reserve(items.size());
        for (int item : std::as_const(items))
            ranked.append({ rank(item), item });
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype i = 0; i < ranked.size(); ++i)
            items[i] = ranked.at(i).second;
    };
    QVector<int> groups(m_groups.size());
    std::iota(groups.begin(), groups.end(), 0);
    byRank(groups, [this](int g) { return groupRank(m_groups.at(g).rows.constFirst()); });
    QVector<Group> ordered;
    ordered.reserve(m_groups.size());
    for (int g : std::as_const(groups)) {
        Group group = std::move(m_groups[g]);
        byRank(group.rows, [this](int row) { return rowRank(row); });
        ordered.append(std::move(group));
    }
    m_groups = std::move(ordered);
}

const PivotModelBase::Group &PivotModelBase::groupAt(const QModelIndex &index) const
{
    return m_groups.at(index.internalId() == 0 ? index.row() : int(index.internalId() - 1));
}

QModelIndex PivotModelBase::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= m_columns)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.model() != this)
        return {};
    const int group = parent.row();
    if (group >= int(m_groups.size()) || row >= int(m_groups.at(group).rows.size()))
        return {};
    return createIndex(row, column, quintptr(group + 1));
}

QModelIndex PivotModelBase::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PivotModelBase::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int PivotModelBase::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return m_columns;
}

} // namespace ftmodels
