#include "sandboxteams.h"

#include <algorithm>

namespace ftsandbox {

const SandboxTeam *SandboxTeams::team(const QString &id) const
{
    const auto it =
        std::find_if(m_teams.cbegin(), m_teams.cend(), [&id](const auto &t) { return t.id == id; });
    return it == m_teams.cend() ? nullptr : &*it;
}

QVector<SandboxTeamMember> SandboxTeams::members(const QString &teamId) const
{
    return m_members.value(teamId);
}

QVector<SandboxMembership> SandboxTeams::groups(const QString &teamId) const
{
    return m_groups.value(teamId);
}

QVector<SandboxMembership> SandboxTeams::connections(const QString &teamId) const
{
    return m_connections.value(teamId);
}

QStringList SandboxTeams::teamsOf(const QString &userId) const
{
    QStringList ids;
    for (const SandboxTeam &team : m_teams) {
        const QVector<SandboxTeamMember> list = m_members.value(team.id);
        if (std::any_of(list.cbegin(), list.cend(),
                        [&userId](const auto &m) { return m.userId == userId; }))
            ids.append(team.id);
    }
    return ids;
}

const SandboxTeam &SandboxTeams::add(SandboxTeam team)
{
    team.seq = nextSeq();
    m_teams.append(std::move(team));
    return m_teams.constLast();
}

void SandboxTeams::addMember(const QString &teamId, SandboxTeamMember member)
{
    member.seq = nextSeq();
    m_members[teamId].append(std::move(member));
}

void SandboxTeams::addGroup(const QString &teamId, SandboxMembership grant)
{
    grant.seq = nextSeq();
    m_groups[teamId].append(std::move(grant));
}

void SandboxTeams::addConnection(const QString &teamId, SandboxMembership grant)
{
    grant.seq = nextSeq();
    m_connections[teamId].append(std::move(grant));
}

void SandboxTeams::removeUser(const QString &userId)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it)
        it->removeIf([&userId](const auto &m) { return m.userId == userId; });
}

void SandboxTeams::clear()
{
    m_teams.clear();
    m_members.clear();
    m_groups.clear();
    m_connections.clear();
}

} // namespace ftsandbox
