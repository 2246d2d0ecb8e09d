#pragma once

#include "accessrules.h"
#include "auditrow.h"
#include "connection.h"
#include "group.h"
#include "membership.h"
#include "role.h"
#include "team.h"
#include "teamgrant.h"
#include "teammember.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace ftmodels {

// One way a person reaches a target, kept as provenance: their own membership of the target
// (Direct), their account role (Account), their role on the destination that holds the
// connection (Destination, with its group id), or a team they are in (Team, with its id, and
// the group id when the team's role is on the destination rather than the target itself).
struct AccessPath
{
    enum class Via : quint8 { Direct, Account, Destination, Team };

    Via via = Via::Direct;
    AccessLevel level = AccessLevel::Unknown;
    QString role;
    QString groupId;
    QString teamId;

    friend bool operator==(const AccessPath &a, const AccessPath &b)
    {
        return a.via == b.via && a.level == b.level && a.role == b.role && a.groupId == b.groupId
            && a.teamId == b.teamId;
    }
    friend bool operator!=(const AccessPath &a, const AccessPath &b) { return !(a == b); }

    static QString viaKey(Via via); // "direct", "account", "destination", "team"
    static QVector<Via> allVias();
};

// What a person holds themselves: the account role (empty for none) and their memberships.
struct AccessPerson
{
    QString userId;
    QString accountRole;
    QVector<ftapi::Membership> destinations;
    QVector<ftapi::Membership> connections;
};

// A team with everything it grants and who it grants it to.
struct TeamAccess
{
    ftapi::Team team;
    QVector<ftapi::TeamMember> members;
    QVector<ftapi::TeamGrant> destinations;
    QVector<ftapi::TeamGrant> connections;
};

// Effective access: for a person and a destination or connection, every path by which they
// reach it and the level that follows (AccessRules::combine over the paths), with the rules of
// AccessRules and nothing else. Holds the account's targets (every destination and connection
// that exists), which connections each destination holds, and the teams. Pure: no network;
// shared by the audit (everyone) and the details panel (one person).
//
//   AccessGraph graph(groups, connections, roles, teams);
//   for (const AccessGraph::Reached &r : graph.reach(person)) ...
class AccessGraph
{
public:
    struct Target
    {
        AuditKind kind = AuditKind::Destination;
        QString id;
        QString name; // the destination's name, or the connection's "schema (service)"
        QString groupId; // a connection's destination; empty for destinations
    };

    struct Reached
    {
        int target = -1; // index in targets()
        AccessLevel level = AccessLevel::Unknown;
        QVector<AccessPath> paths;
    };

    AccessGraph() = default;
    AccessGraph(const QVector<ftapi::Group> &groups, const QVector<ftapi::Connection> &connections,
                const QVector<ftapi::Role> &roles, const QVector<TeamAccess> &teams);

    const AccessRules &rules() const { return m_rules; }
    // Connections first, then destinations, each by id: the order rows are exported in.
    const QVector<Target> &targets() const { return m_targets; }
    int targetIndex(AuditKind kind, const QString &id) const;
    QString targetName(AuditKind kind, const QString &id) const; // empty when not a target
    // Teams by id; teamsOf() those `userId` is a member of, in that order.
    const QVector<TeamAccess> &teams() const { return m_teams; }
    const TeamAccess *team(const QString &id) const;
    QVector<int> teamsOf(const QString &userId) const { return m_teamsOfUser.value(userId); }

    // Every path from `person` to `target`, in a fixed order: direct, account, destination,
    // then teams (each team's account role, destination role, connection role). Roles that
    // reach nothing (AccessLevel::None) are no path. Empty: the person does not reach it.
    QVector<AccessPath> paths(const AccessPerson &person, int target) const;
    // Every target the person reaches, in targets() order.
    QVector<Reached> reach(const AccessPerson &person) const;

    // What reach() says of a target in a few bytes, without the paths themselves: the level,
    // the vias (viaMask()), whether a path holds a role `isDeprecated` says is deprecated, and
    // hasRedundantDirect() of the paths. For everyone's effective access, where the paths are
    // asked again only for the rows shown.
    struct ReachSummary
    {
        int target = -1;
        AccessLevel level = AccessLevel::Unknown;
        quint8 vias = 0;
        bool deprecated = false;
        bool redundantDirect = false;
    };
    QVector<ReachSummary> reachSummary(const AccessPerson &person) const;

    static AccessLevel levelOf(const QVector<AccessPath> &paths);
    // A direct membership that another path already gives at least as high: the person keeps
    // the same access without it (a clean-up candidate). Only known levels are compared.
    static bool hasRedundantDirect(const QVector<AccessPath> &paths);
    // Bits of the vias among `paths` (1 << int(Via)), for filtering.
    static quint8 viaMask(const QVector<AccessPath> &paths);

private:
    // Calls note(target, via, level, role, groupId, teamId) for every path of `person`, in
    // the order paths() lists each target's paths (duplicates included).
    template<typename Note>
    void forEachPath(const AccessPerson &person, Note &&note) const;

    AccessRules m_rules;
    QVector<Target> m_targets;
    QHash<QString, int> m_destinationIndex;
    QHash<QString, int> m_connectionIndex;
    QHash<QString, QVector<int>> m_connectionsOfGroup; // group id -> target indexes
    QVector<TeamAccess> m_teams;
    QHash<QString, int> m_teamIndex;
    QHash<QString, QVector<int>> m_teamsOfUser;
};

} // namespace ftmodels
