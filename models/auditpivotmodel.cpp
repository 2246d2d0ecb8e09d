#include "auditpivotmodel.h"

#include "auditmodel.h"
#include "timeformat.h"

#include <QColor>

namespace ftmodels {

using namespace Qt::StringLiterals;

AuditPivotModel::AuditPivotModel(Mode mode, QObject *parent)
    : PivotModelBase(ColumnCount, parent)
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

QAbstractItemModel *AuditPivotModel::baseModelOf(QAbstractItemModel *model) const
{
    return findBaseModel<AuditModel>(model);
}

int AuditPivotModel::sourceRowRole() const
{
    return AuditModel::SourceRowRole;
}

const AuditModel *AuditPivotModel::audit() const
{
    return static_cast<const AuditModel *>(baseModel());
}

int AuditPivotModel::groupIdOfRow(int baseRow) const
{
    return m_mode == Mode::ByUser ? audit()->userNumberAt(baseRow)
                                  : audit()->targetNumberAt(baseRow);
}

QString AuditPivotModel::groupKeyOfRow(int baseRow) const
{
    return groupKeyOf(m_mode, audit()->rowAt(baseRow));
}

AuditFlags AuditPivotModel::flagsOfRow(int baseRow) const
{
    return audit()->rowAt(baseRow).flags;
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
            if (m_mode != Mode::ByUser)
                return {};
            for (int row : group.rows) {
                const AuditRow &account = audit()->rowAt(row);
                if (account.kind == AuditKind::Account)
                    return account.role.isEmpty() ? tr("No account role") : account.role;
            }
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
    const AuditModel *model = audit();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !model)
        return {};
    const Group &group = groupAt(index);
    if (isGroupIndex(index))
        return groupData(group, model->rowAt(group.rows.constFirst()), index.column(), role);
    const int sourceRow = baseRowAt(index);
    if (role == SourceRowRole)
        return sourceRow;
    return rowData(model->rowAt(sourceRow), index.column(), role);
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
