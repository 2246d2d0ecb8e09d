#include "diffwords.h"

#include "accessreasons.h"
#include "auditrow.h"

#include <QHash>

namespace ftmodels {

using namespace Qt::StringLiterals;
using Type = AccessChange::Type;
using Via = AccessPath::Via;

QString DiffWords::typeText(Type type)
{
    switch (type) {
    case Type::UserAdded:
        return tr("Person added");
    case Type::UserRemoved:
        return tr("Person removed");
    case Type::AccountRoleChanged:
        return tr("Account role changed");
    case Type::StatusChanged:
        return tr("Status changed");
    case Type::GrantAdded:
        return tr("Grant added");
    case Type::GrantRemoved:
        return tr("Grant removed");
    case Type::GrantRoleChanged:
        return tr("Grant role changed");
    case Type::EffectiveGained:
        return tr("Access gained");
    case Type::EffectiveLost:
        return tr("Access lost");
    case Type::EffectiveLevelChanged:
        break;
    }
    return tr("Access level changed");
}

QString DiffWords::statusWord(UserStatus status)
{
    return statusText(status);
}

QString DiffWords::who(const AccessChange &change)
{
    if (change.userName.isEmpty())
        return change.email.isEmpty() ? change.userId : change.email;
    return change.userName;
}

QString DiffWords::targetText(const AccessChange &change)
{
    const QString name = change.targetName.isEmpty() ? change.targetId : change.targetName;
    if (change.kind == AuditKind::Connection)
        return tr("the connection %1").arg(name);
    return tr("the destination %1").arg(name);
}

QString DiffWords::roleText(const QString &role)
{
    return role.isEmpty() ? tr("no role") : role;
}

QString DiffWords::pathPhrase(const AccessGraph &graph, const AccessPath &path)
{
    auto destination = [&graph](const QString &id) {
        const QString name = graph.targetName(AuditKind::Destination, id);
        return name.isEmpty() ? id : name;
    };
    switch (path.via) {
    case Via::Direct:
        return tr("through their own membership (%1)").arg(path.role);
    case Via::Account:
        return tr("through the account role %1").arg(path.role);
    case Via::Destination:
        return tr("through the destination %1 (%2)").arg(destination(path.groupId), path.role);
    case Via::Team:
        break;
    }
    const TeamAccess *team = graph.team(path.teamId);
    const QString name = team && !team->team.name.isEmpty() ? team->team.name : path.teamId;
    if (!path.groupId.isEmpty())
        return tr("through the team %1 on the destination %2 (%3)")
            .arg(name, destination(path.groupId), path.role);
    return tr("through the team %1 (%2)").arg(name, path.role);
}

QString DiffWords::causePhrase(const AccessChange &change, const AccessGraph &graph)
{
    if (change.cause.isEmpty())
        return tr("as what its roles allow changed");
    QStringList phrases;
    for (const AccessPath &path : change.cause)
        phrases.append(pathPhrase(graph, path));
    phrases.removeDuplicates();
    const QString joined = phrases.join(tr(" and "));
    if (change.type == Type::EffectiveLost
        || (change.type == Type::EffectiveLevelChanged && !change.isRaise()))
        return tr("no longer %1").arg(joined);
    return joined;
}

bool DiffWords::fromOlder(const AccessChange &change)
{
    return change.type == Type::EffectiveLost
        || (change.type == Type::EffectiveLevelChanged && !change.isRaise());
}

QString DiffWords::causeKey(const AccessChange &change)
{
    QString key;
    for (const AccessPath &p : change.cause)
        key += QString::number(int(p.via)) + u'\x1e' + p.role + u'\x1e' + p.groupId + u'\x1e'
            + p.teamId + u'\x1d';
    return key;
}

QString DiffWords::reason(const AccessChange &change, const AccessGraph &older,
                          const AccessGraph &newer)
{
    const AccessGraph &graph = fromOlder(change) ? older : newer;
    const QString level = AccessReasons::levelText(change.newLevel.value_or(AccessLevel::None));
    const QString old = AccessReasons::levelText(change.oldLevel.value_or(AccessLevel::None));
    const QString why = causePhrase(change, graph);
    switch (change.type) {
    case Type::EffectiveGained:
        return tr("gained %1 on %2 %3").arg(level, targetText(change), why);
    case Type::EffectiveLost:
        return tr("lost %1 on %2, %3").arg(old, targetText(change), why);
    case Type::EffectiveLevelChanged:
        return tr("went from %1 to %2 on %3, %4").arg(old, level, targetText(change), why);
    default:
        break;
    }
    return text(change, older, newer);
}

QString DiffWords::text(const AccessChange &change, const AccessGraph &older,
                        const AccessGraph &newer)
{
    const QString name = who(change);
    switch (change.type) {
    case Type::UserAdded:
        return tr("%1 (%2) was added, with %3, %4")
            .arg(name, change.email, roleText(change.newRole.value_or(QString())),
                 statusText(change.newStatus.value_or(UserStatus::Active)).toLower());
    case Type::UserRemoved:
        return tr("%1 (%2) was removed; they had %3")
            .arg(name, change.email, roleText(change.oldRole.value_or(QString())));
    case Type::AccountRoleChanged:
        return tr("%1's account role went from %2 to %3")
            .arg(name, roleText(change.oldRole.value_or(QString())),
                 roleText(change.newRole.value_or(QString())));
    case Type::StatusChanged:
        return tr("%1 went from %2 to %3")
            .arg(name, statusText(change.oldStatus.value_or(UserStatus::Active)).toLower(),
                 statusText(change.newStatus.value_or(UserStatus::Active)).toLower());
    case Type::GrantAdded:
        return tr("%1 was given %2 on %3")
            .arg(name, roleText(change.newRole.value_or(QString())), targetText(change));
    case Type::GrantRemoved:
        return tr("%1 no longer has %2 on %3")
            .arg(name, roleText(change.oldRole.value_or(QString())), targetText(change));
    case Type::GrantRoleChanged:
        return tr("%1's role on %2 went from %3 to %4")
            .arg(name, targetText(change), roleText(change.oldRole.value_or(QString())),
                 roleText(change.newRole.value_or(QString())));
    case Type::EffectiveGained:
    case Type::EffectiveLost:
    case Type::EffectiveLevelChanged:
        break;
    }
    return tr("%1 %2").arg(name, reason(change, older, newer));
}

QStringList DiffWords::summaries(const QVector<AccessChange> &changes, const AccessGraph &older,
                                 const AccessGraph &newer)
{
    // One line per person, change, level(s) and cause, with the destinations and connections
    // it covers counted; in the order of the changes.
    struct Group
    {
        const AccessChange *first = nullptr;
        QString who;
        QString verb;
        int destinations = 0;
        int connections = 0;
    };
    QVector<Group> groups;
    QHash<QString, int> index;
    for (const AccessChange &c : changes) {
        if (c.type != Type::EffectiveGained && c.type != Type::EffectiveLost
            && c.type != Type::EffectiveLevelChanged)
            continue;
        const QString key = c.userId + u'\x1f' + QString::number(int(c.type)) + u'\x1f'
            + QString::number(int(c.oldLevel.value_or(AccessLevel::None))) + u'\x1f'
            + QString::number(int(c.newLevel.value_or(AccessLevel::None))) + u'\x1f' + causeKey(c);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            const QString level = AccessReasons::levelText(c.newLevel.value_or(AccessLevel::None));
            const QString old = AccessReasons::levelText(c.oldLevel.value_or(AccessLevel::None));
            QString verb;
            if (c.type == Type::EffectiveGained)
                verb = tr("gained %1 on").arg(level);
            else if (c.type == Type::EffectiveLost)
                verb = tr("lost %1 on").arg(old);
            else
                verb = tr("went from %1 to %2 on").arg(old, level);
            it = index.insert(key, int(groups.size()));
            groups.append({ &c, who(c), verb, 0, 0 });
        }
        Group &g = groups[it.value()];
        (c.kind == AuditKind::Connection ? g.connections : g.destinations) += 1;
    }
    QStringList lines;
    lines.reserve(groups.size());
    for (const Group &g : std::as_const(groups)) {
        const QString why = causePhrase(*g.first, fromOlder(*g.first) ? older : newer);
        QStringList what;
        if (g.destinations > 0)
            what.append(g.destinations == 1 ? tr("1 destination")
                                            : tr("%1 destinations").arg(g.destinations));
        if (g.connections > 0)
            what.append(g.connections == 1 ? tr("1 connection")
                                           : tr("%1 connections").arg(g.connections));
        const QString separator = fromOlder(*g.first) ? u", "_s : u" "_s;
        lines.append(tr("%1 %2 %3").arg(g.who, g.verb, what.join(tr(" and "))) + separator + why);
    }
    return lines;
}

} // namespace ftmodels
