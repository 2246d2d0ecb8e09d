#include "diffmodel.h"

#include "accessreasons.h"
#include "diffwords.h"

namespace ftmodels {

using namespace Qt::StringLiterals;
using Type = AccessChange::Type;

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiffModel::setComparison(std::shared_ptr<const DiffSide> older,
                              std::shared_ptr<const DiffSide> newer)
{
    beginResetModel();
    m_older = std::move(older);
    m_newer = std::move(newer);
    m_diff = SnapshotDiff::compare(*m_older, *m_newer);
    m_person.clear();
    m_target.clear();
    QHash<QString, int> people;
    QHash<QString, int> targets;
    for (const AccessChange &c : m_diff.changes()) {
        m_person.append(*people.insert(c.userId, people.value(c.userId, int(people.size()))));
        if (c.targetId.isEmpty()) {
            m_target.append(-1);
        } else {
            const QString key =
                Audit::kindKey(c.kind.value_or(AuditKind::Account)) + u':' + c.targetId;
            m_target.append(*targets.insert(key, targets.value(key, int(targets.size()))));
        }
    }
    endResetModel();
}

void DiffModel::clear()
{
    beginResetModel();
    m_older.reset();
    m_newer.reset();
    m_diff = SnapshotDiff();
    m_person.clear();
    m_target.clear();
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes().size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffModel::beforeText(const AccessChange &c)
{
    if (c.oldLevel)
        return AccessReasons::levelText(*c.oldLevel);
    if (c.oldStatus && (c.type == Type::StatusChanged))
        return statusText(*c.oldStatus);
    if (c.oldRole)
        return c.oldRole->isEmpty() ? DiffWords::tr("no role") : *c.oldRole;
    return {};
}

QString DiffModel::afterText(const AccessChange &c)
{
    if (c.newLevel)
        return AccessReasons::levelText(*c.newLevel);
    if (c.newStatus && (c.type == Type::StatusChanged))
        return statusText(*c.newStatus);
    if (c.newRole)
        return c.newRole->isEmpty() ? DiffWords::tr("no role") : *c.newRole;
    return {};
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessChange &c = m_diff.changes().at(index.row());
    switch (role) {
    case TypeRole:
        return int(c.type);
    case SourceRowRole:
        return index.row();
    case SearchTextRole:
        return QStringList { c.userName, c.email, c.userId, c.targetName, c.targetId }.join(u'\n');
    case Qt::ToolTipRole:
        return c.type >= Type::EffectiveGained
            ? QVariant(DiffWords::text(c, m_older->graph, m_newer->graph))
            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ChangeColumn:
        return DiffWords::typeText(c.type);
    case PersonColumn:
        return c.userName.isEmpty() ? c.userId : c.userName;
    case EmailColumn:
        return c.email;
    case KindColumn:
        return c.kind && *c.kind != AuditKind::Account ? Audit::kindText(*c.kind) : QString();
    case TargetColumn:
        return c.targetName.isEmpty() ? c.targetId : c.targetName;
    case BeforeColumn:
        return beforeText(c);
    case AfterColumn:
        return afterText(c);
    case WhyColumn:
        return c.type >= Type::EffectiveGained
            ? DiffWords::reason(c, m_older->graph, m_newer->graph)
            : DiffWords::text(c, m_older->graph, m_newer->graph);
    default:
        break;
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PersonColumn:
        return tr("Person");
    case EmailColumn:
        return tr("E-mail");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case WhyColumn:
        return tr("What and why");
    default:
        break;
    }
    return {};
}

} // namespace ftmodels
