#include "effectivemodel.h"

#include "accessreasons.h"
#include "usersmodel.h"

#include <QColor>

#include <algorithm>
#include <functional>
#include <numeric>

namespace ftmodels {

using namespace Qt::StringLiterals;

EffectiveModel::EffectiveModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EffectiveModel::~EffectiveModel() = default;

int EffectiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_access.rows().size());
}

int EffectiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EffectiveModel::personName(int row) const
{
    const EffectiveAccess::Person &person = m_access.personOf(rowAt(row));
    return person.userName.isEmpty() ? person.email : person.userName;
}

QString EffectiveModel::targetName(int row) const
{
    return m_access.targetOf(rowAt(row)).name;
}

QStringList EffectiveModel::reasonsAt(int row) const
{
    const EffectiveRow &r = rowAt(row);
    return AccessReasons::reasons(m_access.graph(), r.target, m_access.paths(r));
}

QVariant EffectiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const EffectiveRow &row = rowAt(r);
    const EffectiveAccess::Person &person = m_access.personOf(row);
    const AccessGraph::Target &target = m_access.targetOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return personName(r);
        case EmailColumn:
            return person.email;
        case KindColumn:
            return Audit::kindText(target.kind);
        case TargetColumn:
            return target.name;
        case LevelColumn:
            return AccessReasons::levelText(row.level);
        case ReasonsColumn:
            return reasonsAt(r).join(u"; "_s);
        case FlagsColumn:
            return Audit::flagTexts(row.flags).join(u", "_s);
        case UserIdColumn:
            return person.access.userId;
        case TargetIdColumn:
            return target.id;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LevelColumn:
            return AccessReasons::levelExplanation(row.level);
        case ReasonsColumn:
            return reasonsAt(r).join(u'\n');
        case FlagsColumn: {
            QStringList lines;
            for (AuditFlag flag : Audit::allFlags()) {
                if (row.flags.testFlag(flag))
                    lines.append(Audit::flagExplanation(flag));
            }
            return lines.join(u'\n');
        }
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if ((index.column() == FlagsColumn && row.flags)
            || (index.column() == LevelColumn && row.level == AccessLevel::Unknown))
            return QColor(0xb0, 0x30, 0x30);
        break;
    case UserIdRole:
        return person.access.userId;
    case TargetIdRole:
        return target.id;
    case KindRole:
        return int(target.kind);
    case LevelRole:
        return int(row.level);
    case ViasRole:
        return int(row.vias);
    case FlagsRole:
        return int(row.flags.toInt());
    case SourceRowRole:
        return r;
    case SortValueRole:
        switch (index.column()) {
        case UserColumn:
            return m_userKeys.at(row.person);
        case EmailColumn:
            return person.email.toLower();
        case KindColumn:
            return int(target.kind);
        case TargetColumn:
            return target.name.toLower();
        case LevelColumn:
            return int(row.level);
        case ReasonsColumn:
            return reasonsAt(r).join(u"; "_s);
        case FlagsColumn:
            return int(row.flags.toInt());
        case UserIdColumn:
            return person.access.userId;
        case TargetIdColumn:
            return target.id;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EffectiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("E-mail");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case LevelColumn:
        return tr("Level");
    case ReasonsColumn:
        return tr("Why");
    case FlagsColumn:
        return tr("Hygiene");
    case UserIdColumn:
        return tr("User id");
    case TargetIdColumn:
        return tr("Target id");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

void EffectiveModel::setResult(const AuditResult &result)
{
    beginResetModel();
    m_access = result.effective;
    m_teamsRead = result.teamsRead;
    m_userKeys.clear();
    m_userKeys.reserve(m_access.people().size());
    for (const EffectiveAccess::Person &person : m_access.people())
        m_userKeys.append(UsersModel::foldKey(person.userName + u' ' + person.email));
    m_targetKeys.clear();
    m_targetKeys.reserve(m_access.graph().targets().size());
    for (const AccessGraph::Target &target : m_access.graph().targets())
        m_targetKeys.append(UsersModel::foldKey(target.name + u' ' + target.id));
    auto ranks = [](qsizetype count, const std::function<bool(int, int)> &less) {
        QVector<int> order(count);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), less);
        QVector<int> rank(count);
        for (int i = 0; i < int(count); ++i)
            rank[order.at(i)] = i;
        return rank;
    };
    const auto &people = m_access.people();
    m_personRanks = ranks(people.size(), [this, &people](int a, int b) {
        if (m_userKeys.at(a) != m_userKeys.at(b))
            return m_userKeys.at(a) < m_userKeys.at(b);
        return people.at(a).access.userId < people.at(b).access.userId;
    });
    const auto &targets = m_access.graph().targets();
    m_targetRanks = ranks(targets.size(), [this, &targets](int a, int b) {
        const bool destinationA = targets.at(a).kind == AuditKind::Destination;
        const bool destinationB = targets.at(b).kind == AuditKind::Destination;
        if (destinationA != destinationB)
            return destinationA;
        if (m_targetKeys.at(a) != m_targetKeys.at(b))
            return m_targetKeys.at(a) < m_targetKeys.at(b);
        return targets.at(a).id < targets.at(b).id;
    });
    endResetModel();
}

void EffectiveModel::clear()
{
    setResult(AuditResult());
}

} // namespace ftmodels
