#include "accessgraph.h"

#include <algorithm>
#include <vector>

namespace ftmodels {

using namespace Qt::StringLiterals;
using Via = AccessPath::Via;

QString AccessPath::viaKey(Via via)
{
    switch (via) {
    case Via::Direct:
        return u"direct"_s;
    case Via::Account:
        return u"account"_s;
    case Via::Destination:
        return u"destination"_s;
    case Via::Team:
        break;
    }
    return u"team"_s;
}

QVector<AccessPath::Via> AccessPath::allVias()
{
    return { Via::Direct, Via::Account, Via::Destination, Via::Team };
}

AccessGraph::AccessGraph(const QVector<ftapi::Group> &groups,
                         const QVector<ftapi::Connection> &connections,
                         const QVector<ftapi::Role> &roles, const QVector<TeamAccess> &teams)
    : m_rules(roles)
{
    for (const ftapi::Connection &connection : connections) {
        if (!connection.id.isEmpty())
            m_targets.append({ AuditKind::Connection, connection.id, connection.displayName(),
                               connection.groupId });
    }
    for (const ftapi::Group &group : groups) {
        if (!group.id.isEmpty())
            m_targets.append({ AuditKind::Destination, group.id,
                               group.name.isEmpty() ? group.id : group.name, QString() });
    }
    // The kinds' words sort "connection" before "destination": the export's order.
    std::stable_sort(m_targets.begin(), m_targets.end(), [](const Target &a, const Target &b) {
        if (a.kind != b.kind)
            return a.kind == AuditKind::Connection;
        return a.id < b.id;
    });
    // A server that lists an id twice keeps its first entry.
    m_targets.erase(std::unique(m_targets.begin(), m_targets.end(),
                                [](const Target &a, const Target &b) {
                                    return a.kind == b.kind && a.id == b.id;
                                }),
                    m_targets.end());
    for (int i = 0; i < int(m_targets.size()); ++i) {
        const Target &target = m_targets.at(i);
        if (target.kind == AuditKind::Destination) {
            m_destinationIndex.insert(target.id, i);
        } else {
            m_connectionIndex.insert(target.id, i);
            if (!target.groupId.isEmpty())
                m_connectionsOfGroup[target.groupId].append(i);
        }
    }

    m_teams = teams;
    std::stable_sort(m_teams.begin(), m_teams.end(), [](const TeamAccess &a, const TeamAccess &b) {
        return a.team.id < b.team.id;
    });
    for (int i = 0; i < int(m_teams.size()); ++i) {
        const TeamAccess &team = m_teams.at(i);
        if (team.team.id.isEmpty() || m_teamIndex.contains(team.team.id))
            continue;
        m_teamIndex.insert(team.team.id, i);
        for (const ftapi::TeamMember &member : team.members) {
            QVector<int> &list = m_teamsOfUser[member.userId];
            if (!list.contains(i))
                list.append(i);
        }
    }
}

int AccessGraph::targetIndex(AuditKind kind, const QString &id) const
{
    if (kind == AuditKind::Destination)
        return m_destinationIndex.value(id, -1);
    if (kind == AuditKind::Connection)
        return m_connectionIndex.value(id, -1);
    return -1;
}

QString AccessGraph::targetName(AuditKind kind, const QString &id) const
{
    const int index = targetIndex(kind, id);
    return index < 0 ? QString() : m_targets.at(index).name;
}

const TeamAccess *AccessGraph::team(const QString &id) const
{
    const auto it = m_teamIndex.constFind(id);
    return it == m_teamIndex.constEnd() ? nullptr : &m_teams.at(*it);
}

QVector<AccessPath> AccessGraph::paths(const AccessPerson &person, int targetIndex) const
{
    QVector<AccessPath> found;
    if (targetIndex < 0 || targetIndex >= int(m_targets.size()))
        return found;
    const Target &target = m_targets.at(targetIndex);
    const bool isConnection = target.kind == AuditKind::Connection;
    const AccessScope ownScope = isConnection ? AccessScope::Connection : AccessScope::Destination;
    auto add = [&found](Via via, AccessLevel level, const QString &role, const QString &groupId,
                        const QString &teamId) {
        if (level == AccessLevel::None)
            return; // a role that reaches nothing by cascade is no way in
        const AccessPath path { via, level, role, groupId, teamId };
        if (!found.contains(path)) // a server that lists a membership twice
            found.append(path);
    };

    const QVector<ftapi::Membership> &own = isConnection ? person.connections : person.destinations;
    for (const ftapi::Membership &m : own) {
        if (m.id == target.id)
            add(Via::Direct, m_rules.level(m.role, ownScope), m.role, {}, {});
    }
    if (!person.accountRole.isEmpty())
        add(Via::Account, m_rules.level(person.accountRole, AccessScope::Account),
            person.accountRole, {}, {});
    if (isConnection && !target.groupId.isEmpty()) {
        for (const ftapi::Membership &m : person.destinations) {
            if (m.id == target.groupId)
                add(Via::Destination, m_rules.level(m.role, AccessScope::Destination), m.role,
                    target.groupId, {});
        }
    }
    const QVector<int> teams = m_teamsOfUser.value(person.userId);
    for (int index : teams) {
        const TeamAccess &team = m_teams.at(index);
        const QString &teamId = team.team.id;
        if (team.team.role && !team.team.role->isEmpty())
            add(Via::Team, m_rules.level(*team.team.role, AccessScope::Account), *team.team.role,
                {}, teamId);
        const QString &groupId = isConnection ? target.groupId : target.id;
        if (!groupId.isEmpty()) {
            for (const ftapi::TeamGrant &grant : team.destinations) {
                if (grant.id == groupId)
                    add(Via::Team, m_rules.level(grant.role, AccessScope::Destination), grant.role,
                        groupId, teamId);
            }
        }
        if (isConnection) {
            for (const ftapi::TeamGrant &grant : team.connections) {
                if (grant.id == target.id)
                    add(Via::Team, m_rules.level(grant.role, AccessScope::Connection), grant.role,
                        {}, teamId);
            }
        }
    }
    return found;
}

template<typename Note>
void AccessGraph::forEachPath(const AccessPerson &person, Note &&note) const
{
    // Every path of every target at once, from what the person holds: each membership and
    // grant is looked up once (by id) instead of being compared with every target. The
    // sources go in paths()' order (direct, account, destination, then each team's account
    // role, destination roles and connection roles), so each target's paths come in the
    // order paths() gives them.
    const int targetCount = int(m_targets.size());
    const QString none;
    auto everywhere = [&](Via via, AccessLevel level, const QString &role, const QString &teamId) {
        for (int i = 0; i < targetCount; ++i)
            note(i, via, level, role, none, teamId);
    };
    auto connectionsOf = [this](const QString &groupId) {
        return m_connectionsOfGroup.value(groupId);
    };

    for (const ftapi::Membership &m : person.destinations)
        note(m_destinationIndex.value(m.id, -1), Via::Direct,
             m_rules.level(m.role, AccessScope::Destination), m.role, none, none);
    for (const ftapi::Membership &m : person.connections)
        note(m_connectionIndex.value(m.id, -1), Via::Direct,
             m_rules.level(m.role, AccessScope::Connection), m.role, none, none);
    if (!person.accountRole.isEmpty())
        everywhere(Via::Account, m_rules.level(person.accountRole, AccessScope::Account),
                   person.accountRole, none);
    for (const ftapi::Membership &m : person.destinations) {
        if (m.id.isEmpty())
            continue;
        const AccessLevel level = m_rules.level(m.role, AccessScope::Destination);
        const QVector<int> connections = connectionsOf(m.id);
        for (int c : connections)
            note(c, Via::Destination, level, m.role, m.id, none);
    }
    const QVector<int> teams = m_teamsOfUser.value(person.userId);
    for (int index : teams) {
        const TeamAccess &team = m_teams.at(index);
        const QString &teamId = team.team.id;
        if (team.team.role && !team.team.role->isEmpty())
            everywhere(Via::Team, m_rules.level(*team.team.role, AccessScope::Account),
                       *team.team.role, teamId);
        for (const ftapi::TeamGrant &grant : team.destinations) {
            if (grant.id.isEmpty())
                continue;
            const AccessLevel level = m_rules.level(grant.role, AccessScope::Destination);
            note(m_destinationIndex.value(grant.id, -1), Via::Team, level, grant.role, grant.id,
                 teamId);
            const QVector<int> connections = connectionsOf(grant.id);
            for (int c : connections)
                note(c, Via::Team, level, grant.role, grant.id, teamId);
        }
        for (const ftapi::TeamGrant &grant : team.connections)
            note(m_connectionIndex.value(grant.id, -1), Via::Team,
                 m_rules.level(grant.role, AccessScope::Connection), grant.role, none, teamId);
    }
}

QVector<AccessGraph::Reached> AccessGraph::reach(const AccessPerson &person) const
{
    const int targetCount = int(m_targets.size());
    QVector<QVector<AccessPath>> found(targetCount);
    forEachPath(person,
                [&found](int target, Via via, AccessLevel level, const QString &role,
                         const QString &groupId, const QString &teamId) {
                    if (target < 0 || level == AccessLevel::None)
                        return; // no such target, or a role that reaches nothing by cascade
                    QVector<AccessPath> &paths = found[target];
                    const AccessPath path { via, level, role, groupId, teamId };
                    if (!paths.contains(path)) // a server that lists a membership twice
                        paths.append(path);
                });
    QVector<Reached> reached;
    for (int i = 0; i < targetCount; ++i) {
        if (found.at(i).isEmpty())
            continue;
        const AccessLevel level = levelOf(found.at(i));
        reached.append({ i, level, std::move(found[i]) });
    }
    return reached;
}

QVector<AccessGraph::ReachSummary> AccessGraph::reachSummary(const AccessPerson &person) const
{
    // What the paths of a target add up to. A path listed twice changes none of it, so
    // duplicates need no check here.
    struct Sum
    {
        bool any = false;
        bool unknown = false;
        bool deprecated = false;
        quint8 vias = 0;
        AccessLevel best = AccessLevel::None; // the highest known level
        AccessLevel direct = AccessLevel::None; // the highest known level of a direct path
        AccessLevel others = AccessLevel::None; // of the other paths
    };
    const int targetCount = int(m_targets.size());
    std::vector<Sum> sums;
    sums.resize(size_t(targetCount));
    // The same role comes up for many targets (an account role reaches all of them).
    const QString *lastRole = nullptr;
    bool lastDeprecated = false;
    forEachPath(person,
                [&](int target, Via via, AccessLevel level, const QString &role, const QString &,
                    const QString &) {
                    if (target < 0 || level == AccessLevel::None)
                        return;
                    if (lastRole != &role) {
                        lastRole = &role;
                        lastDeprecated = m_rules.isDeprecated(role);
                    }
                    Sum &sum = sums[size_t(target)];
                    sum.any = true;
                    sum.vias |= quint8(1u << int(via));
                    sum.deprecated = sum.deprecated || lastDeprecated;
                    if (!AccessRules::isKnown(level)) {
                        sum.unknown = true;
                        return;
                    }
                    if (int(level) > int(sum.best))
                        sum.best = level;
                    AccessLevel &slot = via == Via::Direct ? sum.direct : sum.others;
                    if (int(level) > int(slot))
                        slot = level;
                });
    QVector<ReachSummary> reached;
    for (int i = 0; i < targetCount; ++i) {
        const Sum &sum = sums[size_t(i)];
        if (!sum.any)
            continue;
        ReachSummary r;
        r.target = i;
        // AccessRules::combine: Manage whatever else; otherwise an unknown path makes it Unknown.
        r.level = sum.best == AccessLevel::Manage ? AccessLevel::Manage
            : sum.unknown                         ? AccessLevel::Unknown
                                                  : sum.best;
        r.vias = sum.vias;
        r.deprecated = sum.deprecated;
        r.redundantDirect = sum.direct != AccessLevel::None && int(sum.others) >= int(sum.direct);
        reached.append(r);
    }
    return reached;
}

AccessLevel AccessGraph::levelOf(const QVector<AccessPath> &paths)
{
    QVector<AccessLevel> levels;
    levels.reserve(paths.size());
    for (const AccessPath &path : paths)
        levels.append(path.level);
    return AccessRules::combine(levels);
}

bool AccessGraph::hasRedundantDirect(const QVector<AccessPath> &paths)
{
    AccessLevel direct = AccessLevel::None;
    AccessLevel others = AccessLevel::None;
    for (const AccessPath &path : paths) {
        if (!AccessRules::isKnown(path.level))
            continue;
        AccessLevel &slot = path.via == Via::Direct ? direct : others;
        if (int(path.level) > int(slot))
            slot = path.level;
    }
    return direct != AccessLevel::None && int(others) >= int(direct);
}

quint8 AccessGraph::viaMask(const QVector<AccessPath> &paths)
{
    quint8 mask = 0;
    for (const AccessPath &path : paths)
        mask |= quint8(1u << int(path.via));
    return mask;
}

} // namespace ftmodels
