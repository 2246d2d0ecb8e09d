#include "accessreasons.h"

namespace ftmodels {

using Via = AccessPath::Via;

namespace {

// A team path without a destination is the team's role on the connection itself, or its
// account role: the team's grants tell them apart.
bool isConnectionGrant(const AccessGraph &graph, int target, const AccessPath &path)
{
    const TeamAccess *team = graph.team(path.teamId);
    if (!team || target < 0 || target >= int(graph.targets().size()))
        return false;
    const QString &id = graph.targets().at(target).id;
    for (const ftapi::TeamGrant &grant : team->connections) {
        if (grant.id == id && grant.role == path.role)
            return true;
    }
    return false;
}

} // namespace

QString AccessReasons::levelText(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Manage:
        return tr("Manage");
    case AccessLevel::Edit:
        return tr("Edit");
    case AccessLevel::View:
        return tr("View");
    case AccessLevel::None:
        return tr("Nothing");
    case AccessLevel::Unknown:
        break;
    }
    return tr("Unknown");
}

QString AccessReasons::levelExplanation(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Manage:
        return tr("Full control, its members included.");
    case AccessLevel::Edit:
        return tr("Can change the setup, but not who has access.");
    case AccessLevel::View:
        return tr("Can look, not change.");
    case AccessLevel::None:
        return tr("Reaches nothing.");
    case AccessLevel::Unknown:
        break;
    }
    return tr("A custom role, or one the console does not know, is involved: what it allows is "
              "not documented, so the level is not guessed.");
}

QString AccessReasons::viaText(Via via)
{
    switch (via) {
    case Via::Direct:
        return tr("Own membership");
    case Via::Account:
        return tr("Account role");
    case Via::Destination:
        return tr("Destination");
    case Via::Team:
        break;
    }
    return tr("Team");
}

QString AccessReasons::reason(const AccessGraph &graph, int target, const AccessPath &path)
{
    const bool onConnection = target >= 0 && target < int(graph.targets().size())
        && graph.targets().at(target).kind == AuditKind::Connection;
    auto destinationName = [&graph](const QString &id) {
        const QString name = graph.targetName(AuditKind::Destination, id);
        return name.isEmpty() ? id : name;
    };
    auto teamName = [&graph](const QString &id) {
        const TeamAccess *team = graph.team(id);
        return team && !team->team.name.isEmpty() ? team->team.name : id;
    };

    QString how;
    switch (path.via) {
    case Via::Direct:
        how = tr("as a member with the role %1").arg(path.role);
        break;
    case Via::Account:
        how = tr("because their account role is %1").arg(path.role);
        break;
    case Via::Destination:
        how = tr("through the destination %1 (%2)").arg(destinationName(path.groupId), path.role);
        break;
    case Via::Team:
        if (!path.groupId.isEmpty() && onConnection)
            how = tr("through the team %1 and the destination %2 (%3)")
                      .arg(teamName(path.teamId), destinationName(path.groupId), path.role);
        else if (!path.groupId.isEmpty() || isConnectionGrant(graph, target, path))
            how = tr("through the team %1 (%2)").arg(teamName(path.teamId), path.role);
        else
            how = tr("through the team %1, whose account role is %2")
                      .arg(teamName(path.teamId), path.role);
        break;
    }
    QString text = tr("%1, %2").arg(levelText(path.level), how);
    if (path.level == AccessLevel::Unknown)
        text += u' '
            + (graph.rules().isCustom(path.role)
                   ? tr("(a custom role: what it reaches is not documented)")
                   : tr("(a role the console does not know: what it reaches is not guessed)"));
    return text;
}

QStringList AccessReasons::reasons(const AccessGraph &graph, int target,
                                   const QVector<AccessPath> &paths)
{
    QStringList texts;
    texts.reserve(paths.size());
    for (const AccessPath &path : paths)
        texts.append(reason(graph, target, path));
    return texts;
}

} // namespace ftmodels
