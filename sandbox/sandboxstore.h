#pragma once

#include "sandboxteams.h"
#include "sandboxtypes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QVector>

namespace ftsandbox {

// An error the API answers with: HTTP status, the envelope's `code` and a readable `message`.
// A default-constructed error (status 0) means success.
struct SandboxError
{
    int status = 0;
    QString code;
    QString message;

    bool isError() const { return status != 0; }
};

// Which membership collection a call addresses. Connector and Connection hold the same data;
// they differ only in the words of the route and of the NotFound code.
enum class MembershipKind { Group, Connector, Connection };

// Fields of an invitation (POST /users) after the JSON was checked for types.
struct SandboxNewUser
{
    QString email;
    QString givenName;
    QString familyName;
    std::optional<QString> phone;
    std::optional<QString> picture;
    std::optional<QString> role;
};

// A PATCH /users/{id}: a field that is absent stays unchanged; phone and picture may be set to
// null (the inner optional empty) to clear them.
struct SandboxUserPatch
{
    std::optional<QString> givenName;
    std::optional<QString> familyName;
    std::optional<std::optional<QString>> phone;
    std::optional<std::optional<QString>> picture;
    std::optional<QString> role;
};

// The sandbox's in-memory account: users, groups (destinations), connections, memberships,
// teams and roles, plus the rules of API.md that the service enforces. Tests read it to compare
// what the HTTP API answers with the truth, and write to it (add*, removeConnection) to set up
// cases the API cannot create. Lists keep creation order (`seq`), which is also the listing order.
class SandboxStore
{
public:
    SandboxStore();

    // ---- reading
    const QVector<SandboxUser> &users() const { return m_users; }
    const SandboxUser *user(const QString &id) const;
    const SandboxUser *userByEmail(const QString &email) const; // case-insensitive
    const QVector<SandboxGroup> &groups() const { return m_groups; }
    const SandboxGroup *group(const QString &id) const;
    const QVector<SandboxConnection> &connections() const { return m_connections; }
    const SandboxConnection *connection(const QString &id) const;
    QVector<SandboxConnection> connectionsOfGroup(const QString &groupId) const;
    const QVector<SandboxRole> &roles() const { return m_roles; }
    const SandboxRole *role(const QString &name) const;
    QVector<SandboxMembership> groupMemberships(const QString &userId) const;
    QVector<SandboxMembership> connectionMemberships(const QString &userId) const;
    QVector<SandboxMembership> memberships(MembershipKind kind, const QString &userId) const;
    int accountAdministratorCount() const;
    const SandboxTeams &teams() const { return m_teams; }

    // ---- direct writes for seeding and tests: no rule is checked. An empty id, createdAt or
    // a zero seq is filled in; the stored record is returned.
    const SandboxUser &addUser(SandboxUser user);
    const SandboxGroup &addGroup(SandboxGroup group);
    const SandboxConnection &addConnection(SandboxConnection connection);
    void addRole(const SandboxRole &role);
    void addGroupMembership(const QString &userId, SandboxMembership membership);
    void addConnectionMembership(const QString &userId, SandboxMembership membership);
    // Teams: an empty id or createdAt is filled in, as above.
    const SandboxTeam &addTeam(SandboxTeam team);
    void addTeamMember(const QString &teamId, const QString &userId, const QString &role);
    void addTeamGroup(const QString &teamId, SandboxMembership grant);
    void addTeamConnection(const QString &teamId, SandboxMembership grant);
    // Removes the connection but keeps memberships that point at it (orphans, as in the wild).
    void removeConnection(const QString &id);
    void clear(); // everything but the roles
    void reserveUsers(int count);
    QString newId(); // a fresh id in Fivetran's word_word style, unique in this store
    void setIdSeed(quint32 seed) { m_idRandom.seed(seed); }

    // ---- the API's operations, with its rules. On error nothing changed.
    SandboxError inviteUser(const SandboxNewUser &fields, SandboxUser *created);
    SandboxError updateUser(const QString &id, const SandboxUserPatch &patch, SandboxUser *updated);
    SandboxError deleteUser(const QString &id);
    SandboxError removeAccountRole(const QString &id, SandboxUser *updated);
    SandboxError findMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                                SandboxMembership *found) const;
    SandboxError addMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                               const QString &role, SandboxMembership *created);
    SandboxError updateMembership(MembershipKind kind, const QString &userId,
                                  const QString &targetId, const QString &role,
                                  SandboxMembership *updated);
    SandboxError deleteMembership(MembershipKind kind, const QString &userId,
                                  const QString &targetId);

    // The errors and words every layer uses for a missing user or membership target.
    static SandboxError userNotFound(const QString &id);
    static SandboxError targetNotFound(MembershipKind kind, const QString &targetId);
    static SandboxError teamNotFound(const QString &teamId);
    static QString targetNoun(MembershipKind kind); // "group", "connector", "connection"

    static bool isValidEmail(const QString &email);
    static QString nowTimestamp(); // ISO-8601 UTC with milliseconds and Z
    // The same format for an instant in milliseconds since 1970 (years 0 to 9999); much faster
    // than QDateTime, which matters when seeding a few hundred thousand timestamps.
    static QString timestamp(qint64 msecsSinceEpoch);

private:
    SandboxError checkRole(const QString &name, const QString &scope) const;
    bool targetExists(MembershipKind kind, const QString &targetId) const;
    bool isLastAdministrator(const SandboxUser &user) const;
    QVector<SandboxMembership> &membershipList(MembershipKind kind, const QString &userId);
    void reindexUsers();
    qint64 nextSeq() { return ++m_lastSeq; }

    QVector<SandboxUser> m_users;
    QHash<QString, qsizetype> m_userIndex; // id -> position in m_users
    QHash<QString, QString> m_emailIndex; // lower-case email -> user id
    QVector<SandboxGroup> m_groups;
    QVector<SandboxConnection> m_connections;
    QVector<SandboxRole> m_roles;
    QHash<QString, QVector<SandboxMembership>> m_groupMemberships; // by user id
    QHash<QString, QVector<SandboxMembership>> m_connectionMemberships; // by user id
    SandboxTeams m_teams;
    QSet<QString> m_ids; // every id ever handed out, so a deleted id is never reused
    QRandomGenerator m_idRandom;
    qint64 m_lastSeq = 0;
};

} // namespace ftsandbox
