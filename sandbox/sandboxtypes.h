#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ftsandbox {

// The records the sandbox keeps, shaped like the API's objects (see ../shared/API.md).
// Timestamps are kept as the ISO-8601 strings the API sends (milliseconds and Z), so a page of
// a thousand users is serialised without formatting a thousand dates. `seq` is the stable
// listing order; cursors point into it, so deleting or adding an item never shifts a page.

struct SandboxUser
{
    QString id;
    QString email;
    QString givenName;
    QString familyName;
    std::optional<QString> phone;
    std::optional<QString> picture;
    std::optional<QString> role; // account role; nullopt is JSON null (no account role)
    bool verified = true;
    bool invited = false;
    bool active = true;
    QString createdAt;
    std::optional<QString> loggedInAt;
    QString userType = QStringLiteral("REGULAR_USER");
    qint64 seq = 0;
};

struct SandboxGroup
{
    QString id;
    QString name;
    QString createdAt;
    qint64 seq = 0;
};

struct SandboxConnection
{
    QString id;
    QString groupId;
    QString service;
    QString schema;
    bool paused = false;
    QString createdAt;
    int syncFrequency = 360; // minutes
    qint64 seq = 0;
};

// A user's membership in a group (destination) or in a connection. `id` is the group's or the
// connection's id; it may name a connection that no longer exists (an orphan, for audits).
struct SandboxMembership
{
    QString id;
    QString role;
    QString createdAt;
    qint64 seq = 0;
};

// A team: its members get its account role (`role`, nullopt for none) and the roles it holds
// on destinations and connections (SandboxMembership records, kept by SandboxTeams).
struct SandboxTeam
{
    QString id;
    QString name;
    QString description;
    std::optional<QString> role;
    qint64 seq = 0;
};

// A user in a team: `role` is "Team Member" or "Team Manager".
struct SandboxTeamMember
{
    QString userId;
    QString role;
    qint64 seq = 0;
};

struct SandboxRole
{
    QString name;
    QString description;
    QStringList scope; // ACCOUNT, DESTINATION, CONNECTOR, TEAM
    bool isCustom = false;
    bool isDeprecated = false;
    QString replacementRoleName; // empty: JSON null
};

} // namespace ftsandbox
