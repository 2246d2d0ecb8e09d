#pragma once

// Shared by the audit tests (models, ui, app): hygiene cases seeded straight into a sandbox's
// store, the rows an audit must produce computed from the store on their own (a second reading
// of the rules, not a call into the code under test), and an RFC 4180 reader for the CSV.

#include "auditbuilder.h"
#include "auditdata.h"
#include "auditresult.h"
#include "effectiveaccess.h"
#include "effectivefixture.h"
#include "modelfixture.h"
#include "sandboxseeder.h"
#include "sandboxstore.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace fttest {

// The audit's "now" in tests: the instant the sandbox's generated data is spread before.
inline QDateTime auditNow()
{
    return QDateTime::fromMSecsSinceEpoch(ftsandbox::SandboxSeeder::referenceMSecs(), Qt::UTC);
}

inline QString daysBefore(const QDateTime &now, double days)
{
    return ftsandbox::SandboxStore::timestamp(now.toMSecsSinceEpoch()
                                              - qint64(days * 24 * 3600 * 1000));
}

// The export's flag words, in the order the export lists them.
inline QStringList auditFlagKeys()
{
    return { QStringLiteral("stale_invitation"), QStringLiteral("no_login_90_days"),
             QStringLiteral("never_logged_in"),  QStringLiteral("no_account_role"),
             QStringLiteral("deprecated_role"),  QStringLiteral("missing_target"),
             QStringLiteral("redundant_grant") };
}

inline QString firstDeprecatedRole(const ftsandbox::SandboxStore &store, const QString &scope)
{
    for (const ftsandbox::SandboxRole &role : store.roles()) {
        if (role.isDeprecated && role.scope.contains(scope))
            return role.name;
    }
    return {};
}

inline QString firstCurrentRole(const ftsandbox::SandboxStore &store, const QString &scope)
{
    for (const ftsandbox::SandboxRole &role : store.roles()) {
        if (!role.isDeprecated && role.scope.contains(scope))
            return role.name;
    }
    return {};
}

// Adds, to an account that already has groups and connections, users that carry each hygiene
// flag and near misses that must not, plus names that CSV must quote. Returns the number of
// users added.
inline int seedHygieneCases(ftsandbox::SandboxStore &store, const QDateTime &now)
{
    using ftsandbox::SandboxMembership;
    using ftsandbox::SandboxUser;
    const QString accountRole = firstCurrentRole(store, QStringLiteral("ACCOUNT"));
    const QString groupRole = firstCurrentRole(store, QStringLiteral("DESTINATION"));
    const QString connectionRole = firstCurrentRole(store, QStringLiteral("CONNECTOR"));
    const QString oldGroupRole = firstDeprecatedRole(store, QStringLiteral("DESTINATION"));
    const QString oldConnectionRole = firstDeprecatedRole(store, QStringLiteral("CONNECTOR"));
    const QString groupId = store.groups().constFirst().id;
    const QString connectionId = store.connections().constFirst().id;

    int added = 0;
    auto add = [&](const QString &given, const QString &family, const QString &email,
                   double createdDaysAgo, double loginDaysAgo, bool invited, bool hasRole) {
        SandboxUser user;
        user.givenName = given;
        user.familyName = family;
        user.email = email;
        user.createdAt = daysBefore(now, createdDaysAgo);
        if (loginDaysAgo >= 0)
            user.loggedInAt = daysBefore(now, loginDaysAgo);
        user.invited = invited;
        user.verified = !invited;
        if (hasRole)
            user.role = accountRole;
        ++added;
        return store.addUser(user).id;
    };
    auto member = [&](const QString &userId, bool group, const QString &target, const QString &role,
                      double daysAgo) {
        SandboxMembership membership;
        membership.id = target;
        membership.role = role;
        membership.createdAt = daysBefore(now, daysAgo);
        if (group)
            store.addGroupMembership(userId, membership);
        else
            store.addConnectionMembership(userId, membership);
    };

    // Invitations: one 40 days old (flagged), one 5 days old (not).
    const QString staleInvite = add(QStringLiteral("Stale"), QStringLiteral("Invite"),
                                    QStringLiteral("stale.invite@audit.test"), 40, -1, true, true);
    member(staleInvite, true, groupId, groupRole, 39);
    add(QStringLiteral("Fresh"), QStringLiteral("Invite"),
        QStringLiteral("fresh.invite@audit.test"), 5, -1, true, true);
    // Logins: 120 days ago (flagged), 10 days ago (not), never.
    const QString oldLogin = add(QStringLiteral("Old"), QStringLiteral("Login"),
                                 QStringLiteral("old.login@audit.test"), 400, 120, false, true);
    member(oldLogin, false, connectionId, connectionRole, 300);
    add(QStringLiteral("Recent"), QStringLiteral("Login"),
        QStringLiteral("recent.login@audit.test"), 400, 10, false, true);
    add(QStringLiteral("Never"), QStringLiteral("Seen"), QStringLiteral("never.seen@audit.test"),
        200, -1, false, true);
    // No account role and no memberships at all: still one row.
    add(QStringLiteral("Nobody"), QStringLiteral("Roleless"), QStringLiteral("roleless@audit.test"),
        100, 3, false, false);
    // Deprecated roles on memberships.
    const QString legacy = add(QStringLiteral("Legacy"), QStringLiteral("Roles"),
                               QStringLiteral("legacy.roles@audit.test"), 500, 2, false, true);
    member(legacy, true, groupId, oldGroupRole, 450);
    member(legacy, false, connectionId, oldConnectionRole, 440);
    // Memberships whose target is gone: a connection removed from the store, a group that
    // never existed.
    const QString orphan = add(QStringLiteral("Orphan"), QStringLiteral("Access"),
                               QStringLiteral("orphan.access@audit.test"), 300, 1, false, true);
    const QString goneConnection = store.connections().constLast().id;
    member(orphan, false, goneConnection, connectionRole, 200);
    store.removeConnection(goneConnection);
    member(orphan, true, store.newId(), groupRole, 150);
    // Names CSV must quote, and non-ASCII text.
    const QString odd = add(QStringLiteral("Zoë, \"Z\""), QStringLiteral("Ólafsdóttir\nSmith"),
                            QStringLiteral("zoe@audit.test"), 60, 4, false, true);
    ftsandbox::SandboxGroup group;
    group.name = QStringLiteral("Ventes, \"Europe\" – 東京");
    group.createdAt = daysBefore(now, 90);
    const QString oddGroup = store.addGroup(group).id;
    member(odd, true, oddGroup, groupRole, 30);
    return added;
}

inline QString expectedStatusKey(const ftsandbox::SandboxUser &u)
{
    if (!u.active)
        return QStringLiteral("suspended");
    if (u.invited && !u.verified)
        return QStringLiteral("invitation_pending");
    if (!u.verified)
        return QStringLiteral("email_not_verified");
    return QStringLiteral("active");
}

// The rows an audit of `store` must export, as CSV fields (user_id, user_name, email, status,
// last_login, kind, target_id, target_name, role, since, flags), in the audit's order.
inline QVector<QStringList> expectedAuditRows(const ftsandbox::SandboxStore &store,
                                              const QDateTime &now, bool withTeams = true)
{
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto ms = [](const QString &iso) {
        return sandboxTime(iso).toMSecsSinceEpoch();
    };
    auto deprecated = [&store](const QString &role) {
        const ftsandbox::SandboxRole *r = store.role(role);
        return r && r->isDeprecated;
    };
    const QStringList keys = auditFlagKeys();
    const QVector<ExpectedReach> reached = expectedEffectiveRows(store, withTeams);
    // The membership of a target that exists and that another path covers too.
    auto redundant = [&reached](const QString &userId, const QString &kind, const QString &id) {
        return expectedRedundant(reached, userId, kind, id);
    };

    QVector<QStringList> rows;
    for (const ftsandbox::SandboxUser &u : store.users()) {
        QString name = u.givenName;
        if (name.isEmpty())
            name = u.familyName;
        else if (!u.familyName.isEmpty())
            name += QLatin1Char(' ') + u.familyName;
        const QString status = expectedStatusKey(u);
        const QString role = u.role.value_or(QString());
        QSet<QString> userFlags;
        if (status == QStringLiteral("invitation_pending") && nowMs - ms(u.createdAt) > 30 * dayMs)
            userFlags.insert(keys.at(0));
        if (!u.loggedInAt)
            userFlags.insert(keys.at(2));
        else if (nowMs - ms(*u.loggedInAt) > 90 * dayMs)
            userFlags.insert(keys.at(1));
        if (role.isEmpty())
            userFlags.insert(keys.at(3));

        auto row = [&](const QString &kind, const QString &targetId, const QString &targetName,
                       const QString &rowRole, const QString &since, QSet<QString> flags) {
            if (deprecated(rowRole))
                flags.insert(keys.at(4));
            QStringList flagList;
            for (const QString &key : keys) {
                if (flags.contains(key))
                    flagList.append(key);
            }
            rows.append({ u.id, name, u.email, status, u.loggedInAt.value_or(QString()), kind,
                          targetId, targetName, rowRole, since, flagList.join(QLatin1Char(';')) });
        };
        row(QStringLiteral("account"), QString(), QString(), role, u.createdAt, userFlags);
        for (const ftsandbox::SandboxMembership &m : store.groupMemberships(u.id)) {
            const ftsandbox::SandboxGroup *g = store.group(m.id);
            QSet<QString> flags = userFlags;
            if (!g)
                flags.insert(keys.at(5));
            else if (redundant(u.id, QStringLiteral("destination"), m.id))
                flags.insert(keys.at(6));
            row(QStringLiteral("destination"), m.id, g ? g->name : QString(), m.role, m.createdAt,
                flags);
        }
        for (const ftsandbox::SandboxMembership &m : store.connectionMemberships(u.id)) {
            const ftsandbox::SandboxConnection *c = store.connection(m.id);
            QSet<QString> flags = userFlags;
            QString targetName;
            if (!c) {
                flags.insert(keys.at(5));
            } else if (!c->schema.isEmpty() && !c->service.isEmpty()) {
                targetName = c->schema + QStringLiteral(" (") + c->service + QLatin1Char(')');
            } else {
                targetName = c->schema.isEmpty() ? c->service : c->schema;
                if (targetName.isEmpty())
                    targetName = c->id;
            }
            if (c && redundant(u.id, QStringLiteral("connection"), m.id))
                flags.insert(keys.at(6));
            row(QStringLiteral("connection"), m.id, targetName, m.role, m.createdAt, flags);
        }
    }
    return rows;
}

// The least number of requests an audit of `store` can make with pages of `limit` items
// (without `withTeams`: a server that refuses GET /teams, asked once).
inline int minimumAuditRequests(const ftsandbox::SandboxStore &store, int limit = 1000,
                                bool withTeams = true)
{
    auto pages = [limit](qsizetype items) {
        return int(qMax<qsizetype>(1, (items + limit - 1) / limit));
    };
    int requests =
        pages(store.roles().size()) + pages(store.users().size()) + pages(store.groups().size());
    for (const ftsandbox::SandboxGroup &group : store.groups())
        requests += pages(store.connectionsOfGroup(group.id).size());
    for (const ftsandbox::SandboxUser &user : store.users())
        requests += pages(store.groupMemberships(user.id).size())
            + pages(store.connectionMemberships(user.id).size());
    // One listing of teams, and each team's three lists when there are teams.
    if (!withTeams)
        return requests + 1;
    requests += pages(store.teams().list().size());
    for (const ftsandbox::SandboxTeam &team : store.teams().list())
        requests += pages(store.teams().members(team.id).size())
            + pages(store.teams().groups(team.id).size())
            + pages(store.teams().connections(team.id).size());
    return requests;
}

// The store's contents as the API would hand them to an audit (for tests of the models that
// need rows without running a collector over the network).
inline ftmodels::AuditData auditDataFromStore(const ftsandbox::SandboxStore &store)
{
    ftmodels::AuditData data;
    auto membership = [](const ftsandbox::SandboxMembership &m) {
        return ftapi::Membership { m.id, m.role, sandboxTime(m.createdAt) };
    };
    for (const ftsandbox::SandboxUser &u : store.users()) {
        data.users.append(toApiUser(u));
        QVector<ftapi::Membership> groups;
        for (const ftsandbox::SandboxMembership &m : store.groupMemberships(u.id))
            groups.append(membership(m));
        QVector<ftapi::Membership> connections;
        for (const ftsandbox::SandboxMembership &m : store.connectionMemberships(u.id))
            connections.append(membership(m));
        data.destinationMemberships.insert(u.id, groups);
        data.connectionMemberships.insert(u.id, connections);
    }
    for (const ftsandbox::SandboxGroup &g : store.groups())
        data.groups.append(ftapi::Group { g.id, g.name, sandboxTime(g.createdAt) });
    for (const ftsandbox::SandboxConnection &c : store.connections()) {
        ftapi::Connection connection;
        connection.id = c.id;
        connection.service = c.service;
        connection.schema = c.schema;
        connection.groupId = c.groupId;
        connection.paused = c.paused;
        data.connections.append(connection);
    }
    for (const ftsandbox::SandboxRole &r : store.roles()) {
        ftapi::Role role;
        role.name = r.name;
        role.description = r.description;
        role.scope = r.scope;
        role.isCustom = r.isCustom;
        role.isDeprecated = r.isDeprecated;
        if (!r.replacementRoleName.isEmpty())
            role.replacementRoleName = r.replacementRoleName;
        data.roles.append(role);
    }
    for (const ftsandbox::SandboxTeam &t : store.teams().list()) {
        ftmodels::TeamAccess team;
        team.team = ftapi::Team { t.id, t.name, t.description, t.role };
        for (const ftsandbox::SandboxTeamMember &m : store.teams().members(t.id))
            team.members.append(ftapi::TeamMember { m.userId, m.role });
        for (const ftsandbox::SandboxMembership &g : store.teams().groups(t.id))
            team.destinations.append(ftapi::TeamGrant { g.id, g.role, sandboxTime(g.createdAt) });
        for (const ftsandbox::SandboxMembership &c : store.teams().connections(t.id))
            team.connections.append(ftapi::TeamGrant { c.id, c.role, sandboxTime(c.createdAt) });
        data.teams.append(team);
    }
    data.teamsRead = true;
    data.usersComplete = data.groupsComplete = data.connectionsComplete = true;
    data.rolesComplete = true;
    return data;
}

// A finished audit of the store's contents as of auditNow(), built without a network.
inline ftmodels::AuditResult auditResultFromStore(const ftsandbox::SandboxStore &store)
{
    ftmodels::AuditResult result;
    const ftmodels::AuditData data = auditDataFromStore(store);
    result.rows = ftmodels::AuditBuilder::build(data, auditNow());
    result.effective = ftmodels::EffectiveAccess::build(data, auditNow());
    result.roles = data.roles;
    result.userCount = int(data.users.size());
    result.generatedAt = auditNow();
    return result;
}

// Reads RFC 4180 CSV: CRLF between records, quoted fields with doubled quotes. *ok is false on
// a malformed input (a quote inside an unquoted field, an unterminated quote, a bare LF).
inline QVector<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    const QString text = QString::fromUtf8(bytes);
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty()) {
                *ok = false;
                return records;
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *ok = false;
                return records;
            }
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            *ok = false; // records end with CRLF
            return records;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !record.isEmpty())
        *ok = false; // the last record must end with CRLF too
    return records;
}

} // namespace fttest
