#include "diffpivotmodel.h"

#include "diffmodel.h"
#include "diffwords.h"

namespace ftmodels {

using namespace Qt::StringLiterals;

DiffPivotModel::DiffPivotModel(Mode mode, QObject *parent)
    : PivotModelBase(ColumnCount, parent)
    , m_mode(mode)
{
}

DiffPivotModel::~DiffPivotModel() = default;

const DiffModel *DiffPivotModel::diff() const
{
    return static_cast<const DiffModel *>(baseModel());
}

QAbstractItemModel *DiffPivotModel::baseModelOf(QAbstractItemModel *model) const
{
    return findBaseModel<DiffModel>(model);
}

int DiffPivotModel::sourceRowRole() const
{
    return DiffModel::SourceRowRole;
}

int DiffPivotModel::groupIdOfRow(int baseRow) const
{
    return m_mode == Mode::ByPerson ? diff()->personOf(baseRow) : diff()->targetOf(baseRow);
}

QString DiffPivotModel::groupKeyOfRow(int baseRow) const
{
    const AccessChange &c = diff()->changeAt(baseRow);
    if (m_mode == Mode::ByPerson)
        return c.userId;
    return Audit::kindKey(c.kind.value_or(AuditKind::Account)) + u':' + c.targetId;
}

AuditFlags DiffPivotModel::flagsOfRow(int) const
{
    return {};
}

QVariant DiffPivotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !diff() || role != Qt::DisplayRole)
        return {};
    if (isGroupIndex(index)) {
        const Group &group = groupAt(index);
        const AccessChange &first = diff()->changeAt(group.rows.constFirst());
        switch (index.column()) {
        case NameColumn:
            if (m_mode == Mode::ByPerson)
                return first.userName.isEmpty() ? first.email
                                                : tr("%1 (%2)").arg(first.userName, first.email);
            return tr("%1 (%2)").arg(first.targetName.isEmpty() ? first.targetId : first.targetName,
                                     Audit::kindText(first.kind.value_or(AuditKind::Account)));
        case ChangesColumn:
            return int(group.rows.size());
        default:
            return {};
        }
    }
    const AccessChange &c = diff()->changeAt(baseRowAt(index));
    switch (index.column()) {
    case NameColumn:
        if (m_mode == Mode::ByPerson)
            return c.targetName.isEmpty() ? c.targetId : c.targetName;
        return c.userName.isEmpty() ? c.email : c.userName;
    case ChangesColumn:
        return DiffWords::typeText(c.type);
    case WhyColumn:
        return c.type >= AccessChange::Type::EffectiveGained
            ? DiffWords::reason(c, diff()->older()->graph, diff()->newer()->graph)
            : DiffWords::text(c, diff()->older()->graph, diff()->newer()->graph);
    default:
        break;
    }
    return {};
}

QVariant DiffPivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_mode == Mode::ByPerson ? tr("Person") : tr("Destination or connection");
    case ChangesColumn:
        return tr("Changes");
    case WhyColumn:
        return tr("What and why");
    default:
        break;
    }
    return {};
}

} // namespace ftmodels
