#include "auditmodel.h"

#include "timeformat.h"
#include "usersmodel.h"

#include <QColor>
#include <QSet>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AuditModel::~AuditModel() = default;

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::targetText(const AuditRow &row)
{
    if (row.kind == AuditKind::Account)
        return {};
    if (row.flags.testFlag(AuditFlag::MissingTarget))
        return row.kind == AuditKind::Destination ? tr("%1 (deleted destination)").arg(row.targetId)
                                                  : tr("%1 (deleted connection)").arg(row.targetId);
    return row.targetName.isEmpty() ? row.targetId : row.targetName;
}

QString AuditModel::roleText(const AuditRow &row)
{
    return row.role.isEmpty() ? tr("No role") : row.role;
}

QString AuditModel::roleTip(const QString &role) const
{
    const auto it = m_roleIndex.constFind(role);
    if (it == m_roleIndex.constEnd())
        return role;
    const ftapi::Role &r = m_result.roles.at(*it);
    // The name first: the column may show it elided.
    QString tip = r.description.isEmpty() ? r.name : r.name + u'\n' + r.description;
    if (r.isDeprecated) {
        tip += u'\n' + tr("This role is deprecated.");
        if (r.replacementRoleName && !r.replacementRoleName->isEmpty())
            tip += u' ' + tr("Its replacement is %1.").arg(*r.replacementRoleName);
    }
    return tip;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &row = m_result.rows.at(index.row());
    const QDateTime login = row.lastLogin.value_or(QDateTime());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            return row.userName.isEmpty() ? row.email : row.userName;
        case EmailColumn:
            return row.email;
        case StatusColumn:
            return statusText(row.status);
        case LastLoginColumn:
            return TimeFormat::relative(login, m_result.generatedAt);
        case KindColumn:
            return Audit::kindText(row.kind);
        case TargetColumn:
            return targetText(row);
        case RoleColumn:
            return roleText(row);
        case SinceColumn:
            return TimeFormat::shortDate(row.since);
        case FlagsColumn:
            return Audit::flagMarks(row.flags);
        case UserIdColumn:
            return row.userId;
        case TargetIdColumn:
            return row.targetId;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == FlagsColumn) // the words, not the names of the signs
            return Audit::flagTexts(row.flags).join(u", "_s);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        // Free texts may be elided in a narrow column: the whole of them on hovering.
        case UserColumn:
            return row.userName.isEmpty() ? row.email : row.userName + u" <"_s + row.email + u'>';
        case EmailColumn:
            return row.email;
        case TargetColumn:
            return targetText(row);
        case UserIdColumn:
            return row.userId;
        case TargetIdColumn:
            return row.targetId;
        case StatusColumn:
            return statusExplanation(row.status);
        case LastLoginColumn:
            return row.lastLogin ? TimeFormat::exact(login) : tr("Has never logged in.");
        case RoleColumn:
            return row.role.isEmpty() ? QString() : roleTip(row.role);
        case SinceColumn:
            return TimeFormat::exact(row.since);
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
            || (index.column() == TargetColumn && row.flags.testFlag(AuditFlag::MissingTarget))
            || (index.column() == RoleColumn && row.flags.testFlag(AuditFlag::DeprecatedRole)))
            return QColor(0xb0, 0x30, 0x30);
        break;
    case UserIdRole:
        return row.userId;
    case TargetIdRole:
        return row.targetId;
    case KindRole:
        return int(row.kind);
    case FlagsRole:
        return int(row.flags.toInt());
    case StatusRole:
        return int(row.status);
    case SourceRowRole:
        return index.row();
    case SortValueRole:
        switch (index.column()) {
        case UserColumn:
            return m_keys.at(index.row()).user;
        case EmailColumn:
            return row.email.toLower();
        case StatusColumn:
            return int(row.status);
        case LastLoginColumn:
            return login;
        case KindColumn:
            return int(row.kind);
        case TargetColumn:
            return targetText(row).toLower();
        case RoleColumn:
            return row.role;
        case SinceColumn:
            return row.since;
        case FlagsColumn:
            return int(row.flags.toInt());
        case UserIdColumn:
            return row.userId;
        case TargetIdColumn:
            return row.targetId;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("E-mail");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last login");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case RoleColumn:
        return tr("Role");
    case SinceColumn:
        return tr("Since");
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

void AuditModel::setResult(const AuditResult &result)
{
    beginResetModel();
    m_result = result;
    if (!m_result.generatedAt.isValid())
        m_result.generatedAt = QDateTime::currentDateTimeUtc();
    m_keys.clear();
    m_keys.reserve(m_result.rows.size());
    QHash<QString, int> users;
    QHash<QString, int> targets;
    for (const AuditRow &row : std::as_const(m_result.rows)) {
        Keys keys;
        keys.user = UsersModel::foldKey(row.userName + u' ' + row.email);
        keys.target = UsersModel::foldKey(targetText(row) + u' ' + row.targetId);
        // The number of a key seen before, or the next one.
        auto number = [](QHash<QString, int> &numbers, const QString &key) {
            int n = numbers.value(key, -1);
            if (n < 0) {
                n = int(numbers.size());
                numbers.insert(key, n);
            }
            return n;
        };
        keys.userNumber = number(users, row.userId);
        keys.targetNumber = number(targets, Audit::kindKey(row.kind) + u':' + row.targetId);
        m_keys.append(keys);
    }
    m_roleIndex.clear();
    for (int i = 0; i < int(m_result.roles.size()); ++i)
        m_roleIndex.insert(m_result.roles.at(i).name, i);
    endResetModel();
}

void AuditModel::clear()
{
    setResult(AuditResult());
}

QStringList AuditModel::distinctRoles() const
{
    QSet<QString> names;
    for (const AuditRow &row : m_result.rows)
        names.insert(row.role);
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return list;
}

int AuditModel::rowsWithFlag(AuditFlag flag) const
{
    return int(std::count_if(m_result.rows.cbegin(), m_result.rows.cend(),
                             [flag](const AuditRow &row) { return row.flags.testFlag(flag); }));
}

int AuditModel::usersWithFlag(AuditFlag flag) const
{
    QSet<QString> users;
    for (const AuditRow &row : m_result.rows) {
        if (row.flags.testFlag(flag))
            users.insert(row.userId);
    }
    return int(users.size());
}

} // namespace ftmodels
