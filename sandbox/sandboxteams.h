#pragma once

#include "sandboxtypes.h"

#include <QHash>
#include <QVector>

namespace ftsandbox {

// The account's teams: each team's members and the roles the team holds on destinations
// (groups) and connections, all in creation order (`seq`, which cursors point into). Team
// grants reuse SandboxMembership: `id` is the group's or connection's id. Filled by the seeder
// and by tests through SandboxStore (which hands out ids); read by the /teams routes.
class SandboxTeams
{
public:
    const QVector<SandboxTeam> &list() const { return m_teams; }
    const SandboxTeam *team(const QString &id) const;
    QVector<SandboxTeamMember> members(const QString &teamId) const;
    QVector<SandboxMembership> groups(const QString &teamId) const;
    QVector<SandboxMembership> connections(const QString &teamId) const;
    // The ids of the teams `userId` belongs to, in the teams' order (for tests).
    QStringList teamsOf(const QString &userId) const;

    // No rule is checked; `seq` is filled in. The team must have an id.
    const SandboxTeam &add(SandboxTeam team);
    void addMember(const QString &teamId, SandboxTeamMember member);
    void addGroup(const QString &teamId, SandboxMembership grant);
    void addConnection(const QString &teamId, SandboxMembership grant);
    void removeUser(const QString &userId); // a deleted user leaves every team
    void clear();

private:
    qint64 nextSeq() { return ++m_lastSeq; }

    QVector<SandboxTeam> m_teams;
    QHash<QString, QVector<SandboxTeamMember>> m_members; // by team id
    QHash<QString, QVector<SandboxMembership>> m_groups; // by team id
    QHash<QString, QVector<SandboxMembership>> m_connections; // by team id
    qint64 m_lastSeq = 0;
};

} // namespace ftsandbox
