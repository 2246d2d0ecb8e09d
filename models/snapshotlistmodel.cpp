#include "snapshotlistmodel.h"

#include <QLocale>

namespace ftmodels {

SnapshotListModel::SnapshotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SnapshotListModel::setStore(SnapshotStore *store)
{
    m_store = store;
    reload();
}

void SnapshotListModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->list() : QVector<SnapshotInfo>();
    endResetModel();
}

void SnapshotListModel::added(qint64 id)
{
    if (!m_store || rowOf(id) >= 0)
        return;
    const std::optional<SnapshotInfo> info = m_store->info(id);
    if (!info)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*info);
    endInsertRows();
}

bool SnapshotListModel::remove(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size() || !m_store->remove(m_rows.at(row).id))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int SnapshotListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotInfo &info = m_rows.at(index.row());
    if (role == IdRole)
        return info.id;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            return locale.toString(info.time.toLocalTime(), QLocale::ShortFormat);
        case PeopleColumn:
            return role == Qt::EditRole ? QVariant(info.users) : locale.toString(info.users);
        case GrantsColumn:
            return role == Qt::EditRole ? QVariant(info.grants) : locale.toString(info.grants);
        case LabelColumn:
            return info.label;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Snapshot %1, taken by %2 with fivetran-admin %3")
            .arg(info.id)
            .arg(info.osUser.isEmpty() ? tr("an unknown user") : info.osUser, info.version);
    if (role == Qt::TextAlignmentRole
        && (index.column() == PeopleColumn || index.column() == GrantsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool SnapshotListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != LabelColumn || !m_store
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SnapshotInfo &info = m_rows[index.row()];
    const QString label = value.toString().trimmed();
    if (!m_store->setLabel(info.id, label))
        return false;
    info.label = label;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags SnapshotListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PeopleColumn:
        return tr("People");
    case GrantsColumn:
        return tr("Grants");
    case LabelColumn:
        return tr("Label");
    default:
        break;
    }
    return {};
}

} // namespace ftmodels
