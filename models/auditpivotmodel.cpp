#include "auditpivotmodel.h"

#include "auditmodel.h"
#include "timeformat.h"

#include <QAbstractProxyModel>
#include <QColor>

namespace ftmodels {

using namespace Qt::StringLiterals;

AuditPivotModel::AuditPivotModel(Mode mode, QObject *parent)
    : QAbstractItemModel(parent)
    , m_mode(mode)
{
}

AuditPivotModel::~AuditPivotModel() = default;

QString AuditPivotModel::groupKeyOf(Mode mode, const AuditRow &row)
{
    if (mode == Mode::ByUser)
        return row.userId;
    return Audit::kindKey(row.kind) + u':' + row.targetId;
}

void AuditPivotModel::setSourceModel(QAbstractItemModel *rows)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = rows;
    // The rows are an AuditModel's, possibly seen through proxies.
    m_audit = nullptr;
    for (QAbstractItemModel *model = rows; model;) {
        if (auto *audit = qobject_cast<AuditModel *>(model)) {
            m_audit = audit;
            break;
        }
        auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    if (!m_audit)
        m_source = nullptr;
    connectSource();
    rebuild();
}

void AuditPivotModel::connectSource()
{
    if (!m_source)
        return;
    // Any change of the rows (a new result, a filter keystroke, a sort) rebuilds the tree:
    // grouping 15,000 rows takes a few milliseconds, far less than tracking moves would cost.
    connect(m_source, &QAbstractItemModel::modelReset, this, &AuditPivotModel::rebuild);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, &AuditPivotModel::rebuild);
    connect(m_source, &QAbstractItemModel::rowsInserted, this, &AuditPivotModel::rebuild);
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, &AuditPivotModel::rebuild);
    connect(m_source, &QAbstractItemModel::rowsMoved, this, &AuditPivotModel::rebuild);
    connect(m_source, &QAbstractItemModel::dataChanged, this, &AuditPivotModel::rebuild);
    connect(m_source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); });
}

void AuditPivotModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_groupIndex.clear();
    const QAbstractItemModel *source = m_source.data();
    const AuditModel *audit = m_audit.data();
    if (source && audit) {
        const int count = source->rowCount();
        for (int r = 0; r < count; ++r) {
            const int sourceRow = source->index(r, 0).data(AuditModel::SourceRowRole).toInt();
            if (sourceRow < 0 || sourceRow >= audit->rowCount())
                continue;
            const AuditRow &row = audit->rowAt(sourceRow);
            const QString key = groupKeyOf(m_mode, row);
            int group = m_groupIndex.value(key, -1);
            if (group < 0) {
                group = int(m_groups.size());
                m_groupIndex.insert(key, group);
                m_groups.append(Group { key, {}, {}, {}, false });
            }
            Group &g = m_groups[group];
            g.rows.append(sourceRow);
            g.flags |= row.flags;
            if (row.kind == AuditKind::Account) {
                g.hasAccount = true;
                g.accountRole = row.role;
            }
        }
    }
    endResetModel();
}

QModelIndex AuditPivotModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
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

QModelIndex AuditPivotModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AuditPivotModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int AuditPivotModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QString AuditPivotModel::groupLabel(const AuditRow &first) const
{
    if (m_mode == Mode::ByUser)
        return first.userName.isEmpty() ? first.email : first.userName;
    if (first.kind == AuditKind::Account)
        return tr("The account");
    return AuditModel::targetText(first);
}

QVariant AuditPivotModel::groupData(const Group &group, const AuditRow &first, int column,
                                    int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return groupLabel(first);
        case DetailColumn:
            return m_mode == Mode::ByUser ? first.email : Audit::kindText(first.kind);
        case RoleColumn:
            if (m_mode == Mode::ByUser && group.hasAccount)
                return group.accountRole.isEmpty() ? tr("No account role") : group.accountRole;
            return {};
        case FlagsColumn:
            return Audit::flagTexts(group.flags).join(u", "_s);
        case CountColumn:
            return int(group.rows.size());
        }
        break;
    case Qt::ToolTipRole:
        if (column == LabelColumn)
            return m_mode == Mode::ByUser ? first.userId : first.targetId;
        break;
    case Qt::ForegroundRole:
        if (column == FlagsColumn && group.flags)
            return QColor(0xb0, 0x30, 0x30);
        break;
    case GroupKeyRole:
        return group.key;
    case SourceRowRole:
        return -1;
    case IsGroupRole:
        return true;
    case FlagsRole:
        return int(group.flags.toInt());
    default:
        break;
    }
    return {};
}

QVariant AuditPivotModel::rowData(const AuditRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            if (m_mode == Mode::ByTarget)
                return row.userName.isEmpty() ? row.email : row.userName;
            return row.kind == AuditKind::Account ? tr("The account") : AuditModel::targetText(row);
        case DetailColumn:
            return m_mode == Mode::ByTarget ? row.email : Audit::kindText(row.kind);
        case RoleColumn:
            return AuditModel::roleText(row);
        case SinceColumn:
            return TimeFormat::shortDate(row.since);
        case FlagsColumn:
            return Audit::flagTexts(row.flags).join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (column == SinceColumn)
            return TimeFormat::exact(row.since);
        if (column == LabelColumn)
            return m_mode == Mode::ByTarget ? row.userId : row.targetId;
        break;
    case Qt::ForegroundRole:
        if (column == FlagsColumn && row.flags)
            return QColor(0xb0, 0x30, 0x30);
        break;
    case GroupKeyRole:
        return groupKeyOf(m_mode, row);
    case IsGroupRole:
        return false;
    case FlagsRole:
        return int(row.flags.toInt());
    default:
        break;
    }
    return {};
}

QVariant AuditPivotModel::data(const QModelIndex &index, int role) const
{
    const AuditModel *audit = m_audit.data();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !audit)
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        return groupData(group, audit->rowAt(group.rows.constFirst()), index.column(), role);
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const int sourceRow = group.rows.at(index.row());
    if (role == SourceRowRole)
        return sourceRow;
    return rowData(audit->rowAt(sourceRow), index.column(), role);
}

QVariant AuditPivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    const bool byUser = m_mode == Mode::ByUser;
    switch (section) {
    case LabelColumn:
        return byUser ? tr("User / can reach") : tr("Target / reachable by");
    case DetailColumn:
        return byUser ? tr("E-mail / kind") : tr("Kind / e-mail");
    case RoleColumn:
        return tr("Role");
    case SinceColumn:
        return tr("Since");
    case FlagsColumn:
        return tr("Hygiene");
    case CountColumn:
        return tr("Rows");
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

} // namespace ftmodels
