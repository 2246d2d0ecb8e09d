#include "effectivepivotmodel.h"

#include "accessreasons.h"
#include "effectivemodel.h"

#include <QColor>

#include <array>

namespace ftmodels {

using namespace Qt::StringLiterals;

EffectivePivotModel::EffectivePivotModel(Mode mode, QObject *parent)
    : PivotModelBase(ColumnCount, parent)
    , m_mode(mode)
{
}

EffectivePivotModel::~EffectivePivotModel() = default;

QString EffectivePivotModel::groupKeyOf(Mode mode, const EffectiveModel &model, int row)
{
    const EffectiveRow &r = model.rowAt(row);
    if (mode == Mode::ByPerson)
        return model.access().personOf(r).access.userId;
    const AccessGraph::Target &target = model.access().targetOf(r);
    return Audit::kindKey(target.kind) + u':' + target.id;
}

QAbstractItemModel *EffectivePivotModel::baseModelOf(QAbstractItemModel *model) const
{
    return findBaseModel<EffectiveModel>(model);
}

int EffectivePivotModel::sourceRowRole() const
{
    return EffectiveModel::SourceRowRole;
}

const EffectiveModel *EffectivePivotModel::effective() const
{
    return static_cast<const EffectiveModel *>(baseModel());
}

QString EffectivePivotModel::groupKeyOfRow(int baseRow) const
{
    return groupKeyOf(m_mode, *effective(), baseRow);
}

AuditFlags EffectivePivotModel::flagsOfRow(int baseRow) const
{
    return effective()->rowAt(baseRow).flags;
}

int EffectivePivotModel::groupIdOfRow(int baseRow) const
{
    const EffectiveRow &row = effective()->rowAt(baseRow);
    return m_mode == Mode::ByPerson ? row.person : row.target;
}

int EffectivePivotModel::groupRank(int firstBaseRow) const
{
    const EffectiveRow &row = effective()->rowAt(firstBaseRow);
    return m_mode == Mode::ByPerson ? effective()->personRank(row.person)
                                    : effective()->targetRank(row.target);
}

int EffectivePivotModel::rowRank(int baseRow) const
{
    const EffectiveRow &row = effective()->rowAt(baseRow);
    return m_mode == Mode::ByPerson ? effective()->targetRank(row.target)
                                    : effective()->personRank(row.person);
}

QVariant EffectivePivotModel::groupData(const Group &group, int column, int role) const
{
    const EffectiveModel *model = effective();
    const int first = group.rows.constFirst();
    const EffectiveRow &row = model->rowAt(first);
    const bool byPerson = m_mode == Mode::ByPerson;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return byPerson ? model->personName(first) : model->targetName(first);
        case DetailColumn:
            return byPerson ? model->access().personOf(row).email
                            : Audit::kindText(model->access().targetOf(row).kind);
        case LevelColumn: {
            // How many at each level, highest first: "Manage 2 · View 5".
            std::array<int, 5> counts {};
            for (int r : group.rows)
                ++counts[size_t(model->rowAt(r).level)];
            QStringList parts;
            for (AccessLevel level : { AccessLevel::Manage, AccessLevel::Edit, AccessLevel::View,
                                       AccessLevel::Unknown }) {
                if (counts[size_t(level)] > 0)
                    parts.append(
                        u"%1 %2"_s.arg(AccessReasons::levelText(level)).arg(counts[size_t(level)]));
            }
            return parts.join(u" · "_s);
        }
        case ReasonsColumn:
            return byPerson
                ? tr("Reaches %n destination(s) or connection(s)", nullptr, int(group.rows.size()))
                : tr("Reached by %n person(s)", nullptr, int(group.rows.size()));
        case FlagsColumn:
            return Audit::flagTexts(group.flags).join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (column == LabelColumn)
            return byPerson ? model->access().personOf(row).access.userId
                            : model->access().targetOf(row).id;
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

QVariant EffectivePivotModel::rowData(int r, int column, int role) const
{
    const EffectiveModel *model = effective();
    const EffectiveRow &row = model->rowAt(r);
    const bool byPerson = m_mode == Mode::ByPerson;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return byPerson ? model->targetName(r) : model->personName(r);
        case DetailColumn:
            return byPerson ? Audit::kindText(model->access().targetOf(row).kind)
                            : model->access().personOf(row).email;
        case LevelColumn:
            return AccessReasons::levelText(row.level);
        case ReasonsColumn:
            return model->reasonsAt(r).join(u"; "_s);
        case FlagsColumn:
            return Audit::flagTexts(row.flags).join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (column == ReasonsColumn)
            return model->reasonsAt(r).join(u'\n');
        if (column == LevelColumn)
            return AccessReasons::levelExplanation(row.level);
        if (column == LabelColumn)
            return byPerson ? model->access().targetOf(row).id
                            : model->access().personOf(row).access.userId;
        break;
    case Qt::ForegroundRole:
        if ((column == FlagsColumn && row.flags)
            || (column == LevelColumn && row.level == AccessLevel::Unknown))
            return QColor(0xb0, 0x30, 0x30);
        break;
    case GroupKeyRole:
        return groupKeyOf(m_mode, *model, r);
    case IsGroupRole:
        return false;
    case LevelRole:
        return int(row.level);
    case FlagsRole:
        return int(row.flags.toInt());
    default:
        break;
    }
    return {};
}

QVariant EffectivePivotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !effective())
        return {};
    if (isGroupIndex(index))
        return groupData(groupAt(index), index.column(), role);
    const int sourceRow = baseRowAt(index);
    if (role == SourceRowRole)
        return sourceRow;
    return rowData(sourceRow, index.column(), role);
}

QVariant EffectivePivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PivotModelBase::headerData(section, orientation, role);
    const bool byPerson = m_mode == Mode::ByPerson;
    switch (section) {
    case LabelColumn:
        return byPerson ? tr("Person / can reach") : tr("Destination or connection / reached by");
    case DetailColumn:
        return byPerson ? tr("E-mail / kind") : tr("Kind / e-mail");
    case LevelColumn:
        return tr("Level");
    case ReasonsColumn:
        return tr("Why");
    case FlagsColumn:
        return tr("Hygiene");
    default:
        return PivotModelBase::headerData(section, orientation, role);
    }
}

} // namespace ftmodels
