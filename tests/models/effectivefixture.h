#pragma once

// Effective access computed from a sandbox's store by brute force: for every person and every
// destination and connection, every rule of API.md's table is tried against every membership,
// every team and every grant, with no index and no code of ftmodels. It is the second reading
// the effective computation, the audit's redundant-grant flag and the headless export are
// compared with. Its own copy of the table is deliberate.

#include "sandboxstore.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace fttest {

// One reason, as the export writes it: path "direct" | "account" | "destination" | "team".
struct ExpectedVia
{
    QString path;
    QString role;
    QString groupId;
    QString teamId;
    QString level; // "manage", "edit", "view", "unknown"

    friend bool operator==(const ExpectedVia &a, const ExpectedVia &b)
    {
        return a.path == b.path && a.role == b.role && a.groupId == b.groupId
            && a.teamId == b.teamId && a.level == b.level;
    }
};

struct ExpectedReach
{
    QString userId;
    QString email;
    QString kind; // "destination" | "connection"
    QString targetId;
    QString targetName;
    QString level;
    QVector<ExpectedVia> via;
    bool redundantDirect = false;
    bool deprecatedRole = false;
};

// "manage" 3, "edit" 2, "view" 1, nothing 0 (reaches nothing), "unknown" -1.
inline int expectedRank(const ftsandbox::SandboxStore &store, const QString &role,
                        const QString &scope)
{
    struct Line
    {
        const char *scope;
        const char *name;
        int rank;
    };
    static const Line table[] = {
        { "ACCOUNT", "Account Administrator", 3 },
        { "ACCOUNT", "Account Reviewer", 1 },
        { "ACCOUNT", "Account Analyst", 1 },
        { "ACCOUNT", "Account Billing", 0 },
        { "ACCOUNT", "Destination Creator", 0 },
        { "DESTINATION", "Manage Destination", 3 },
        { "DESTINATION", "Destination Administrator", 3 },
        { "DESTINATION", "Edit Destination", 2 },
        { "DESTINATION", "Destination Analyst", 2 },
        { "DESTINATION", "View Destination", 1 },
        { "DESTINATION", "Destination Reviewer", 1 },
        { "DESTINATION", "Create Connection", 0 },
        { "CONNECTOR", "Manage Connection", 3 },
        { "CONNECTOR", "Connector Administrator", 3 },
        { "CONNECTOR", "Edit Connection", 2 },
        { "CONNECTOR", "Connector Collaborator", 2 },
        { "CONNECTOR", "View Connection", 1 },
        { "CONNECTOR", "Connector Reviewer", 1 },
    };
    QString name = role;
    QSet<QString> seen;
    for (;;) {
        for (const Line &line : table) {
            if (QLatin1String(line.scope) == scope && QLatin1String(line.name) == name)
                return line.rank;
        }
        const ftsandbox::SandboxRole *known = store.role(name);
        if (!known || known->isCustom || known->replacementRoleName.isEmpty()
            || seen.contains(name))
            return -1;
        seen.insert(name);
        name = known->replacementRoleName;
    }
}

inline QString expectedLevelKey(int rank)
{
    switch (rank) {
    case 3:
        return QStringLiteral("manage");
    case 2:
        return QStringLiteral("edit");
    case 1:
        return QStringLiteral("view");
    default:
        return QStringLiteral("unknown");
    }
}

inline QString expectedConnectionName(const ftsandbox::SandboxConnection &c)
{
    if (!c.schema.isEmpty() && !c.service.isEmpty())
        return c.schema + QStringLiteral(" (") + c.service + QLatin1Char(')');
    if (!c.schema.isEmpty())
        return c.schema;
    return c.service.isEmpty() ? c.id : c.service;
}

// Every person and target they reach, ordered by user id, kind and target id as text.
// Without `withTeams`, as an audit must find it when the server would not show its teams.
inline QVector<ExpectedReach> expectedEffectiveRows(const ftsandbox::SandboxStore &store,
                                                    bool withTeams = true)
{
    struct Target
    {
        QString kind;
        QString id;
        QString name;
        QString groupId; // a connection's destination
    };
    QVector<Target> targets;
    for (const ftsandbox::SandboxGroup &g : store.groups())
        targets.append(
            { QStringLiteral("destination"), g.id, g.name.isEmpty() ? g.id : g.name, {} });
    for (const ftsandbox::SandboxConnection &c : store.connections())
        targets.append(
            { QStringLiteral("connection"), c.id, expectedConnectionName(c), c.groupId });
    QVector<ftsandbox::SandboxTeam> teams;
    if (withTeams)
        teams = store.teams().list();
    std::sort(teams.begin(), teams.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    const QString account = QStringLiteral("ACCOUNT");
    const QString destinationScope = QStringLiteral("DESTINATION");
    const QString connectionScope = QStringLiteral("CONNECTOR");

    QVector<ExpectedReach> rows;
    for (const ftsandbox::SandboxUser &u : store.users()) {
        for (const Target &t : targets) {
            const bool isConnection = t.kind == QLatin1String("connection");
            QVector<ExpectedVia> via;
            auto add = [&](const QString &path, const QString &role, const QString &scope,
                           const QString &groupId, const QString &teamId) {
                const int rank = expectedRank(store, role, scope);
                if (rank == 0)
                    return;
                const ExpectedVia item { path, role, groupId, teamId, expectedLevelKey(rank) };
                if (!via.contains(item))
                    via.append(item);
            };
            const auto own =
                isConnection ? store.connectionMemberships(u.id) : store.groupMemberships(u.id);
            for (const ftsandbox::SandboxMembership &m : own) {
                if (m.id == t.id)
                    add(QStringLiteral("direct"), m.role,
                        isConnection ? connectionScope : destinationScope, {}, {});
            }
            if (u.role && !u.role->isEmpty())
                add(QStringLiteral("account"), *u.role, account, {}, {});
            if (isConnection) {
                for (const ftsandbox::SandboxMembership &m : store.groupMemberships(u.id)) {
                    if (m.id == t.groupId)
                        add(QStringLiteral("destination"), m.role, destinationScope, t.groupId, {});
                }
            }
            for (const ftsandbox::SandboxTeam &team : teams) {
                bool member = false;
                for (const ftsandbox::SandboxTeamMember &m : store.teams().members(team.id))
                    member = member || m.userId == u.id;
                if (!member)
                    continue;
                if (team.role && !team.role->isEmpty())
                    add(QStringLiteral("team"), *team.role, account, {}, team.id);
                const QString group = isConnection ? t.groupId : t.id;
                for (const ftsandbox::SandboxMembership &g : store.teams().groups(team.id)) {
                    if (!group.isEmpty() && g.id == group)
                        add(QStringLiteral("team"), g.role, destinationScope, group, team.id);
                }
                if (isConnection) {
                    for (const ftsandbox::SandboxMembership &c :
                         store.teams().connections(team.id)) {
                        if (c.id == t.id)
                            add(QStringLiteral("team"), c.role, connectionScope, {}, team.id);
                    }
                }
            }
            if (via.isEmpty())
                continue;

            ExpectedReach reach { u.id, u.email, t.kind, t.id, t.name, {}, via, false, false };
            int best = 0;
            bool unknown = false;
            int direct = 0;
            int others = 0;
            for (const ExpectedVia &v : via) {
                const int rank = v.level == QLatin1String("manage") ? 3
                    : v.level == QLatin1String("edit")              ? 2
                    : v.level == QLatin1String("view")              ? 1
                                                                    : -1;
                if (rank < 0)
                    unknown = true;
                best = std::max(best, rank);
                if (rank > 0)
                    (v.path == QLatin1String("direct") ? direct : others) =
                        std::max(v.path == QLatin1String("direct") ? direct : others, rank);
                const ftsandbox::SandboxRole *role = store.role(v.role);
                reach.deprecatedRole = reach.deprecatedRole || (role && role->isDeprecated);
            }
            reach.level = best == 3 ? QStringLiteral("manage")
                : unknown           ? QStringLiteral("unknown")
                                    : expectedLevelKey(best);
            reach.redundantDirect = direct > 0 && others >= direct;
            rows.append(reach);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const ExpectedReach &a, const ExpectedReach &b) {
        if (a.userId != b.userId)
            return a.userId < b.userId;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.targetId < b.targetId;
    });
    return rows;
}

// Whether the store's user `userId` holds a membership of the target that another path already
// gives at least as high.
inline bool expectedRedundant(const QVector<ExpectedReach> &rows, const QString &userId,
                              const QString &kind, const QString &targetId)
{
    for (const ExpectedReach &r : rows) {
        if (r.userId == userId && r.kind == kind && r.targetId == targetId)
            return r.redundantDirect;
    }
    return false;
}

// The CSV form of the effective export: user_id, email, kind, target_id, target_name, level,
// via (path:role[:id] joined by ';', the id being the team's for team paths and the
// destination's for destination paths).
inline QStringList expectedEffectiveCsv(const ExpectedReach &r)
{
    QStringList via;
    for (const ExpectedVia &v : r.via) {
        QString item = v.path + QLatin1Char(':') + v.role;
        if (!v.teamId.isEmpty())
            item += QLatin1Char(':') + v.teamId;
        else if (!v.groupId.isEmpty())
            item += QLatin1Char(':') + v.groupId;
        via.append(item);
    }
    return {
        r.userId, r.email, r.kind, r.targetId, r.targetName, r.level, via.join(QLatin1Char(';'))
    };
}

} // namespace fttest
